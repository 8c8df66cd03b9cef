#pragma once
// The one guarded way to read a file a user hands us (spec, learned model,
// CSV, trace): whatever the bytes or the kind of file, the reader returns text
// or a clear refusal, never blocks, never grows without end.
//   - only regular files: directories, FIFOs, devices (/dev/zero) and sockets
//     are refused at once, without reading a byte (a FIFO is opened
//     non-blocking, so no writer is waited for);
//   - a size cap per kind of file, checked before and while reading (a file
//     that grows while read is refused too);
//   - UTF-8: a leading byte-order mark is dropped; invalid UTF-8 is refused,
//     naming the byte offset, line and column.
// docs/reliability.md lists the guarantees and the caps.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/spec/phrase.h"

namespace rl {

// Size caps (bytes). A spec file's cap is kMaxSpecFileBytes (json_reader.h).
inline constexpr std::uint64_t kMaxModelFileBytes = 128ull << 20;  // learned models
inline constexpr std::uint64_t kMaxCsvFileBytes = 256ull << 20;    // measurements, traces

// Why a file was refused, as a Diagnostic wants it: "got <value>; expected <expected>".
struct InputRefusal {
    std::string value;     // e.g. "a directory", "300 MiB", "byte 0xff"
    std::string expected;  // e.g. "a regular file", "a CSV file of at most 256 MiB"
    int line = 0;          // 1-based where known (invalid UTF-8), else 0
    int column = 0;
    // The typed twins of value and expected, for the GUI to translate.
    Phrase valueText;
    Phrase expectedText;
    // "got ...; expected ..."
    std::string reason() const;
    // "<file>: got ...; expected ..." (with "(line L, column C)" where known).
    std::string message(const std::string& file) const;
};

struct InputText {
    std::string text;  // without a leading UTF-8 BOM
    std::optional<InputRefusal> refusal;
    bool ok() const { return !refusal.has_value(); }
};

// Reads `path` through every guard above. `what` names the kind of file in
// messages ("a spec file", "a learned-model file", "a CSV file").
InputText readInputFile(const std::string& path, std::uint64_t maxBytes, std::string_view what);

// The offset of the first byte that is not valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or npos.
std::size_t firstInvalidUtf8(std::string_view text);

// 1-based line and column (in bytes) of `offset` in `text`.
void lineAndColumnAt(std::string_view text, std::size_t offset, int& line, int& column);

// A short human size: "512 B", "3.2 MiB".
std::string humanBytes(std::uint64_t bytes);

}  // namespace rl
