#pragma once
// The one way Ridgeline writes a user's file (projects, models, CSV exports,
// renders, traces, sweeps): never a half-written or truncated target, never
// another file clobbered.
//   1. a unique temporary file is created exclusively (mkstemp: O_CREAT|O_EXCL)
//      in the target's folder, so the final rename stays on one file system
//      and a stray "<out>.tmp" (or a symlink of that name) is never touched;
//   2. the bytes are written and fsync'ed;
//   3. the temporary file gets the target's permission bits (a 0600 file stays
//      0600; a new file gets 0666 minus the umask);
//   4. it is renamed over the target (atomic on POSIX) and the folder is
//      fsync'ed, so the rename survives a crash;
//   5. on any failure the temporary file is removed and the reason returned.
// A symlinked target is written through: the link stays and the file it
// points to is replaced (docs/reliability.md).
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/spec/phrase.h"

namespace rl {

// Why a save failed, typed for the GUI to translate (docs/messages.md).
// `sentence` is a "SpecText" pattern whose own values are the file (and a
// folder); `parts` fill the placeholders after them, each translated on its
// own: the step that failed ("cannot replace the file"), then the system's
// reason (systemReason). `english` is the reason the string functions
// return, byte for byte ("" when the file was saved).
struct SaveError {
    std::string english;
    Phrase sentence;
    std::vector<Phrase> parts;
    bool ok() const { return english.empty(); }
};

// Writes `bytes` to `path` as above. Returns "" on success, else the reason.
std::string saveFileAtomically(const std::string& path, std::string_view bytes);
// The same with the reason typed.
SaveError saveFileTyped(const std::string& path, std::string_view bytes);
// saveJsonAtomically (core/spec/spec_io.h) with the reason typed.
SaveError saveJsonTyped(const std::string& path, const nlohmann::json& doc);

// The system's reason for errno `err` as a "SpecText" phrase: the C
// library's English words (strerror) as the pattern for the common errors
// (ENOENT, EACCES, ENOSPC, ...), so the catalogue translates them; any other
// as a verbatim value. english() is strerror(err).
Phrase systemReason(int err);

// For writers that need a file name or descriptor (image and PDF writers):
// create, let the writer fill tempPath(), then commit(). Destroying an
// uncommitted AtomicFile removes the temporary file.
class AtomicFile {
  public:
    explicit AtomicFile(const std::string& target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    bool ok() const { return error_.ok(); }
    const std::string& error() const { return error_.english; }
    // error() typed, for the GUI to translate.
    const SaveError& failure() const { return error_; }
    // The temporary file (same folder and suffix as the target's real file).
    const std::string& tempPath() const { return temp_; }
    // The file that commit() replaces: the target with symlinks resolved.
    const std::string& finalPath() const { return final_; }

    // Appends bytes through the descriptor; returns "" or the reason.
    std::string write(std::string_view bytes);
    // Flushes, sets the permissions, renames over the target, syncs the folder.
    std::string commit();

  private:
    std::string fail(Phrase step);
    std::string target_, final_, temp_;
    SaveError error_;
    int fd_ = -1;
    bool committed_ = false;
};

}  // namespace rl
