#include "core/spec/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace rl {
namespace {

// Closes the descriptor on every path out of the reader.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

using A = PhraseArg;

const char* kindOf(mode_t mode) {
    if (S_ISDIR(mode)) return RL_TR("SpecText", "a directory");
    if (S_ISFIFO(mode)) return RL_TR("SpecText", "a FIFO (named pipe)");
    if (S_ISCHR(mode)) return RL_TR("SpecText", "a character device");
    if (S_ISBLK(mode)) return RL_TR("SpecText", "a block device");
    if (S_ISSOCK(mode)) return RL_TR("SpecText", "a socket");
    return RL_TR("SpecText", "not a regular file");
}

// The sentences that name the kind of file: whole for the JSON files a user
// opens (a translator sees the sentence), with the kind as a value otherwise.
enum class FileSentence { pathOf, regularFile, capped, utf8 };

const char* fileSentence(std::string_view what, FileSentence s) {
    // One row per kind of file a reader names, its sentences in FileSentence order.
    struct Kind {
        std::string_view what;
        const char* sentences[4];
    };
    // clang-format off
    static constexpr Kind kKinds[] = {
        {"a spec file",
         {RL_TR("SpecText", "the path of a spec file"),
          RL_TR("SpecText", "a regular file (a spec file; directories, pipes and devices are not read)"),
          RL_TR("SpecText", "a spec file of at most %1"),
          RL_TR("SpecText", "UTF-8 text (a spec file must be UTF-8 encoded)")}},
        {"a learned-model file",
         {RL_TR("SpecText", "the path of a learned-model file"),
          RL_TR("SpecText", "a regular file (a learned-model file; directories, pipes and devices are not read)"),
          RL_TR("SpecText", "a learned-model file of at most %1"),
          RL_TR("SpecText", "UTF-8 text (a learned-model file must be UTF-8 encoded)")}},
        {"a CSV file",
         {RL_TR("SpecText", "the path of a CSV file"),
          RL_TR("SpecText", "a regular file (a CSV file; directories, pipes and devices are not read)"),
          RL_TR("SpecText", "a CSV file of at most %1"),
          RL_TR("SpecText", "UTF-8 text (a CSV file must be UTF-8 encoded)")}},
        {"a trace CSV file",
         {RL_TR("SpecText", "the path of a trace CSV file"),
          RL_TR("SpecText", "a regular file (a trace CSV file; directories, pipes and devices are not read)"),
          RL_TR("SpecText", "a trace CSV file of at most %1"),
          RL_TR("SpecText", "UTF-8 text (a trace CSV file must be UTF-8 encoded)")}},
        {"a topology CSV file",
         {RL_TR("SpecText", "the path of a topology CSV file"),
          RL_TR("SpecText", "a regular file (a topology CSV file; directories, pipes and devices are not read)"),
          RL_TR("SpecText", "a topology CSV file of at most %1"),
          RL_TR("SpecText", "UTF-8 text (a topology CSV file must be UTF-8 encoded)")}},
    };
    // Another kind: named as a value.
    static constexpr const char* kAny[] = {
        RL_TR("SpecText", "the path of %2"),
        RL_TR("SpecText", "a regular file (%2; directories, pipes and devices are not read)"),
        RL_TR("SpecText", "%2 of at most %1"),
        RL_TR("SpecText", "UTF-8 text (%2 must be UTF-8 encoded)")};
    // clang-format on
    const auto i = static_cast<std::size_t>(s);
    for (const Kind& k : kKinds)
        if (k.what == what) return k.sentences[i];
    return kAny[i];
}

// %1: the size cap where the sentence has one; %2: the kind of file where the
// sentence is not written for it.
Phrase fileExpectation(std::string_view what, FileSentence s, std::string cap = {}) {
    return Phrase(fileSentence(what, s),
                  {A::verbatim(std::move(cap)), A::verbatim(std::string(what))});
}

// Why the file cannot be opened: a whole sentence for each common reason
// (the C library's words inside, as strerror gives them), so a translator
// sees it whole; any other reason as a value.
Phrase cannotOpen(int err) {
    static constexpr std::pair<int, const char*> kSentences[] = {
        {ENOENT, RL_TR("SpecText", "a readable file (cannot open it: No such file or directory)")},
        {EACCES, RL_TR("SpecText", "a readable file (cannot open it: Permission denied)")},
        {EPERM, RL_TR("SpecText", "a readable file (cannot open it: Operation not permitted)")},
        {ENOTDIR, RL_TR("SpecText", "a readable file (cannot open it: Not a directory)")},
        {ENAMETOOLONG, RL_TR("SpecText", "a readable file (cannot open it: File name too long)")},
        {ELOOP,
         RL_TR("SpecText", "a readable file (cannot open it: Too many levels of symbolic links)")},
        {EMFILE, RL_TR("SpecText", "a readable file (cannot open it: Too many open files)")},
        {ENFILE,
         RL_TR("SpecText", "a readable file (cannot open it: Too many open files in system)")},
        {ENXIO, RL_TR("SpecText", "a readable file (cannot open it: No such device or address)")},
        {EIO, RL_TR("SpecText", "a readable file (cannot open it: Input/output error)")},
    };
    Phrase generic(RL_TR("SpecText", "a readable file (cannot open it: %1)"),
                   {A::verbatim(std::strerror(err))});
    for (const auto& [code, sentence] : kSentences)
        if (code == err && generic.english() == sentence) return Phrase(sentence);
    return generic;
}

InputRefusal refusalOf(Phrase value, Phrase expected) {
    InputRefusal r;
    r.value = value.english();
    r.expected = expected.english();
    r.valueText = std::move(value);
    r.expectedText = std::move(expected);
    return r;
}

Phrase capText(std::string_view what, std::uint64_t maxBytes) {
    return fileExpectation(what, FileSentence::capped, humanBytes(maxBytes));
}

}  // namespace

std::string InputRefusal::reason() const {
    return (value.empty() ? std::string() : "got " + value + "; ") + "expected " + expected;
}

std::string InputRefusal::message(const std::string& file) const {
    std::string out = file;
    if (line > 0)
        out += " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")";
    return out + ": " + reason();
}

std::string humanBytes(std::uint64_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + " B";
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(bytes);
    int u = -1;
    while (v >= 1024 && u < 3) v /= 1024, ++u;
    char buf[32];
    std::snprintf(buf, sizeof buf,
                  v == static_cast<double>(static_cast<std::uint64_t>(v)) ? "%.0f %s" : "%.1f %s",
                  v, units[u]);
    return buf;
}

void lineAndColumnAt(std::string_view text, std::size_t offset, int& line, int& column) {
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

std::size_t firstInvalidUtf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        std::uint32_t cp = 0, min = 0;
        if ((c & 0xE0) == 0xC0)
            len = 2, cp = c & 0x1F, min = 0x80;
        else if ((c & 0xF0) == 0xE0)
            len = 3, cp = c & 0x0F, min = 0x800;
        else if ((c & 0xF8) == 0xF0)
            len = 4, cp = c & 0x07, min = 0x10000;
        else
            return i;  // a continuation byte or 0xF8..0xFF where a character starts
        if (i + static_cast<std::size_t>(len) > n) return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += static_cast<std::size_t>(len);
    }
    return std::string_view::npos;
}

InputText readInputFile(const std::string& path, std::uint64_t maxBytes, std::string_view what) {
    InputText out;
    auto refuse = [&](Phrase value, Phrase expected) {
        out.refusal = refusalOf(std::move(value), std::move(expected));
        out.text.clear();
        return out;
    };
    if (path.empty() || path.find('\0') != std::string::npos)
        return refuse(RL_TR("SpecText", "an empty path"),
                      fileExpectation(what, FileSentence::pathOf));
    Fd f;
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    f.fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (f.fd < 0) {
        return refuse({}, cannotOpen(errno));
    }
    struct stat st {};
    if (::fstat(f.fd, &st) != 0)
        return refuse({}, Phrase(RL_TR("SpecText", "a readable file (cannot inspect it: %1)"),
                                 {A::verbatim(std::strerror(errno))}));
    if (!S_ISREG(st.st_mode))
        return refuse(kindOf(st.st_mode), fileExpectation(what, FileSentence::regularFile));
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > maxBytes) return refuse(humanBytes(size), capText(what, maxBytes));
    // Regular files never block; read in the usual (blocking) mode.
    ::fcntl(f.fd, F_SETFL, ::fcntl(f.fd, F_GETFL) & ~O_NONBLOCK);
    out.text.resize(static_cast<std::size_t>(size));
    std::size_t have = 0;
    for (;;) {
        if (have == out.text.size()) {
            // The file may have grown since fstat; read on, but never past the cap.
            if (have > maxBytes)
                return refuse(Phrase(RL_TR("SpecText", "more than %1 (it grew while read)"),
                                     {A::verbatim(humanBytes(maxBytes))}),
                              capText(what, maxBytes));
            out.text.resize(have + 65536);
        }
        const ssize_t n = ::read(f.fd, out.text.data() + have, out.text.size() - have);
        if (n < 0) {
            if (errno == EINTR) continue;
            return refuse({}, Phrase(RL_TR("SpecText", "a readable file (read error: %1)"),
                                     {A::verbatim(std::strerror(errno))}));
        }
        if (n == 0) break;
        have += static_cast<std::size_t>(n);
    }
    out.text.resize(have);
    if (have > maxBytes) return refuse(humanBytes(have), capText(what, maxBytes));
    std::size_t bom = 0;
    if (out.text.rfind("\xEF\xBB\xBF", 0) == 0) {
        out.text.erase(0, 3);  // a byte-order mark says nothing more than "UTF-8"
        bom = 3;
    }
    if (std::size_t bad = firstInvalidUtf8(out.text); bad != std::string_view::npos) {
        char byte[16];
        std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(out.text[bad]));
        Phrase value(RL_TR("SpecText", "byte %1 at offset %2"),
                     {A::verbatim(byte), A::integer(static_cast<std::int64_t>(bad + bom))});
        Phrase expected = fileExpectation(what, FileSentence::utf8);
        InputRefusal r = refusalOf(std::move(value), std::move(expected));
        lineAndColumnAt(out.text, bad, r.line, r.column);
        out.refusal = std::move(r);
        out.text.clear();
    }
    return out;
}

}  // namespace rl
