#pragma once
// JSON from any guarded input (core/spec/input_file.h), with the spec reader's
// checks (size and nesting caps, syntax errors with line and column, repeated
// keys, numbers that do not fit a double) and a caller-chosen size cap, so
// learned models and other JSON files share one reader with the spec files.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/spec/json_reader.h"

namespace rl {

// Parses `text` (at most `maxBytes`); on failure adds diagnostics and returns
// nullopt. Never throws. A syntax error quotes the bytes around it only when
// the text looks like JSON (starts with '{' or '['), so a file that is not
// JSON at all (a private file a project points at) is never echoed.
std::optional<Json> parseJsonText(std::string_view text, std::uint64_t maxBytes, Diagnostics& diag);
// readInputFile + parseJsonText; `what` names the kind of file ("a learned-model file").
std::optional<Json> readJsonInput(const std::string& path, std::uint64_t maxBytes,
                                  std::string_view what, Diagnostics& diag);

}  // namespace rl
