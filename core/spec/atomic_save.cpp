// Saving without ever leaving a half-written file (core/spec/atomic_save.h).
#include "core/spec/atomic_save.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <utility>

#include "core/spec/spec_io.h"

namespace rl {
namespace {

namespace fs = std::filesystem;

using A = PhraseArg;

// A failure: the English is the sentence with the parts' English in their
// places, as the messages read before they were typed.
SaveError saveError(Phrase sentence, std::vector<Phrase> parts = {}) {
    SaveError e;
    Phrase whole = sentence;
    for (const Phrase& part : parts) whole.args.push_back(A::verbatim(part.english()));
    e.english = whole.english();
    e.sentence = std::move(sentence);
    e.parts = std::move(parts);
    return e;
}

// "cannot save "<file>": <step> (<system's reason>)"
SaveError stepFailed(const std::string& target, Phrase step, int err) {
    return saveError(
        Phrase(RL_TR("SpecText", "cannot save \"%1\": %2 (%3)"), {A::verbatim(target)}),
        {std::move(step), systemReason(err)});
}

// The file a write to `path` must replace: symlinks followed (also dangling
// ones, whose target is created), so the link itself is kept.
std::string resolveSymlinks(const std::string& path) {
    fs::path p(path);
    std::error_code ec;
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(p, ec)); ++hops) {
        fs::path next = fs::read_symlink(p, ec);
        if (ec) break;
        p = next.is_absolute() ? next : p.parent_path() / next;
    }
    return p.lexically_normal().string();
}

// The process's umask, read without changing it (umask() would race with
// other threads creating files).
mode_t currentUmask() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "Umask:") {
            std::string octal;
            status >> octal;
            return static_cast<mode_t>(std::strtoul(octal.c_str(), nullptr, 8));
        }
        status.ignore(1 << 16, '\n');
    }
    return 022;
}

}  // namespace

Phrase systemReason(int err) {
    // glibc's English words for the errors a save or an open meets, so the
    // catalogue can translate them; strerror stays the English.
    static constexpr std::pair<int, const char*> kKnown[] = {
        {ENOENT, RL_TR("SpecText", "No such file or directory")},
        {EACCES, RL_TR("SpecText", "Permission denied")},
        {EPERM, RL_TR("SpecText", "Operation not permitted")},
        {EROFS, RL_TR("SpecText", "Read-only file system")},
        {ENOSPC, RL_TR("SpecText", "No space left on device")},
        {EDQUOT, RL_TR("SpecText", "Disk quota exceeded")},
        {EISDIR, RL_TR("SpecText", "Is a directory")},
        {ENOTDIR, RL_TR("SpecText", "Not a directory")},
        {ENAMETOOLONG, RL_TR("SpecText", "File name too long")},
        {ELOOP, RL_TR("SpecText", "Too many levels of symbolic links")},
        {EEXIST, RL_TR("SpecText", "File exists")},
        {EMFILE, RL_TR("SpecText", "Too many open files")},
        {ENFILE, RL_TR("SpecText", "Too many open files in system")},
        {EXDEV, RL_TR("SpecText", "Invalid cross-device link")},
        {EIO, RL_TR("SpecText", "Input/output error")},
        {EBUSY, RL_TR("SpecText", "Device or resource busy")},
        {ETXTBSY, RL_TR("SpecText", "Text file busy")},
        {EFBIG, RL_TR("SpecText", "File too large")},
        {ENXIO, RL_TR("SpecText", "No such device or address")},
        {ENOMEM, RL_TR("SpecText", "Cannot allocate memory")},
    };
    const std::string english = std::strerror(err);
    for (const auto& [code, words] : kKnown)
        if (code == err && english == words) return Phrase(words);
    // Another error, or a C library that words it otherwise: as it is.
    return Phrase("%1", {A::verbatim(english)});
}

AtomicFile::AtomicFile(const std::string& target) : target_(target) {
    if (target.empty()) {
        error_ = saveError(RL_TR("SpecText", "cannot save: no file name given"));
        return;
    }
    final_ = resolveSymlinks(target);
    struct stat st {};
    if (::stat(final_.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        error_ = saveError(Phrase(RL_TR("SpecText", "cannot save to \"%1\": it is a directory"),
                                  {A::verbatim(target)}));
        return;
    }
    const fs::path file(final_);
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    // ".<name>.XXXXXX<suffix>": hidden, unique, and with the target's suffix
    // for writers that pick the format from the name.
    const std::string suffix = file.extension().string();
    std::string tmpl = (dir / ("." + file.filename().string() + ".XXXXXX" + suffix)).string();
    fd_ = ::mkostemps(tmpl.data(), static_cast<int>(suffix.size()), O_CLOEXEC);
    if (fd_ < 0) {
        error_ = stepFailed(target,
                            Phrase(RL_TR("SpecText", "cannot create a temporary file in \"%1\""),
                                   {A::verbatim(dir.string())}),
                            errno);
        return;
    }
    temp_ = tmpl;
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
}

std::string AtomicFile::fail(Phrase step) {
    const int err = errno;
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!temp_.empty()) ::unlink(temp_.c_str());
    temp_.clear();
    error_ = stepFailed(target_, std::move(step), err);
    return error_.english;
}

std::string AtomicFile::write(std::string_view bytes) {
    if (!ok()) return error_.english;
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd_, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(RL_TR("SpecText", "write error"));
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return {};
}

std::string AtomicFile::commit() {
    if (!ok()) return error_.english;
    // Keep the permissions of the file being replaced; a new file gets what
    // open(0666) would have given it.
    struct stat st {};
    const mode_t mode =
        ::stat(final_.c_str(), &st) == 0 ? (st.st_mode & 07777) : (0666 & ~currentUmask());
    if (::fchmod(fd_, mode) != 0) return fail(RL_TR("SpecText", "cannot set the permissions"));
    if (::fsync(fd_) != 0) return fail(RL_TR("SpecText", "cannot flush to disk"));
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return fail(RL_TR("SpecText", "cannot close the temporary file"));
    if (::rename(temp_.c_str(), final_.c_str()) != 0)
        return fail(RL_TR("SpecText", "cannot replace the file"));
    committed_ = true;
    // Make the rename itself durable.
    const fs::path file(final_);
    const std::string dir = file.has_parent_path() ? file.parent_path().string() : ".";
    if (int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

SaveError saveFileTyped(const std::string& path, std::string_view bytes) {
    AtomicFile f(path);
    if (f.ok() && f.write(bytes).empty()) f.commit();
    return f.failure();
}

std::string saveFileAtomically(const std::string& path, std::string_view bytes) {
    return saveFileTyped(path, bytes).english;
}

SaveError saveJsonTyped(const std::string& path, const Json& doc) {
    std::string text;
    try {
        text = doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    } catch (const std::exception& e) {
        return saveError(Phrase(RL_TR("SpecText", "cannot serialise the document: %1"),
                                {A::verbatim(e.what())}));
    }
    return saveFileTyped(path, text);
}

std::string saveJsonAtomically(const std::string& path, const Json& doc) {
    return saveJsonTyped(path, doc).english;
}

}  // namespace rl
