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

#include "core/spec/spec_io.h"

namespace rl {
namespace {

namespace fs = std::filesystem;

std::string inQuotes(const std::string& s) { return "\"" + s + "\""; }

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

AtomicFile::AtomicFile(const std::string& target) : target_(target) {
    if (target.empty()) {
        error_ = "cannot save: no file name given";
        return;
    }
    final_ = resolveSymlinks(target);
    struct stat st {};
    if (::stat(final_.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        error_ = "cannot save to " + inQuotes(target) + ": it is a directory";
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
        error_ = "cannot save " + inQuotes(target) + ": cannot create a temporary file in " +
                 inQuotes(dir.string()) + " (" + std::strerror(errno) + ")";
        return;
    }
    temp_ = tmpl;
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
}

std::string AtomicFile::fail(const std::string& what) {
    const std::string reason = std::strerror(errno);
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!temp_.empty()) ::unlink(temp_.c_str());
    temp_.clear();
    error_ = "cannot save " + inQuotes(target_) + ": " + what + " (" + reason + ")";
    return error_;
}

std::string AtomicFile::write(std::string_view bytes) {
    if (!ok()) return error_;
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd_, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("write error");
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return {};
}

std::string AtomicFile::commit() {
    if (!ok()) return error_;
    // Keep the permissions of the file being replaced; a new file gets what
    // open(0666) would have given it.
    struct stat st {};
    const mode_t mode =
        ::stat(final_.c_str(), &st) == 0 ? (st.st_mode & 07777) : (0666 & ~currentUmask());
    if (::fchmod(fd_, mode) != 0) return fail("cannot set the permissions");
    if (::fsync(fd_) != 0) return fail("cannot flush to disk");
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return fail("cannot close the temporary file");
    if (::rename(temp_.c_str(), final_.c_str()) != 0) return fail("cannot replace the file");
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

std::string saveFileAtomically(const std::string& path, std::string_view bytes) {
    AtomicFile f(path);
    if (!f.ok()) return f.error();
    if (auto err = f.write(bytes); !err.empty()) return err;
    return f.commit();
}

std::string saveJsonAtomically(const std::string& path, const Json& doc) {
    std::string text;
    try {
        text = doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    } catch (const std::exception& e) {
        return std::string("cannot serialise the document: ") + e.what();
    }
    return saveFileAtomically(path, text);
}

}  // namespace rl
