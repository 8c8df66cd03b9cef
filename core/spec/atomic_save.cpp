// Saving without ever leaving a half-written file: write a temporary file in
// the same directory, flush it to disk, then rename it over the target (an
// atomic replace on POSIX file systems).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "core/spec/spec_io.h"

namespace rl {

std::string saveJsonAtomically(const std::string& path, const Json& doc) {
    namespace fs = std::filesystem;
    std::string text;
    try {
        text = doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    } catch (const std::exception& e) {
        return std::string("cannot serialise the document: ") + e.what();
    }
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::random_device rd;
    std::string tmp =
        (dir / ("." + target.filename().string() + ".tmp-" + std::to_string(rd()))).string();

    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return "cannot create \"" + tmp + "\": " + std::strerror(errno);
    const char* p = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string err = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            return "cannot write \"" + tmp + "\": " + err;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        std::string err = std::strerror(errno);
        ::close(fd);
        ::unlink(tmp.c_str());
        return "cannot flush \"" + tmp + "\" to disk: " + err;
    }
    if (::close(fd) != 0) {
        std::string err = std::strerror(errno);
        ::unlink(tmp.c_str());
        return "cannot close \"" + tmp + "\": " + err;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string err = std::strerror(errno);
        ::unlink(tmp.c_str());
        return "cannot replace \"" + path + "\": " + err;
    }
    // Make the rename itself durable.
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

}  // namespace rl
