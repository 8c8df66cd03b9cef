#pragma once
// Pieces every spec reader shares: the "format"/"version" header check and
// small helpers for keys with several spellings. Internal to core/spec.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/spec/json_reader.h"

namespace rl {

// Reads "format" and "version" of a Ridgeline document. Returns false (after
// reporting why) when the document is of another kind or an unknown version,
// in which case the caller should not read further: every key would be wrong.
bool readFormatHeader(ObjectReader& r, std::string_view expectedFormat);

// A new document of `format` (e.g. "ridgeline.hardware") in this build's
// version, named `name`: the keys every writer starts with.
Json newDocument(std::string_view format, const std::string& name);

// The message for a version this build cannot read.
std::string unsupportedVersionMessage(std::int64_t version);

// True when `key` is present and not JSON null (HF configs write null for "unset").
bool hasValue(ObjectReader& r, std::string_view key);

// The first of several spellings that is present (and not null); marks all of
// them as known. Empty when none is present.
std::string firstPresent(ObjectReader& r, std::initializer_list<std::string_view> keys);

// Reads a list of strings at `r[key]`; reports non-strings.
std::optional<std::vector<std::string>> readStringList(ObjectReader& r, std::string_view key,
                                                       std::size_t maxItems = 1000);

}  // namespace rl

namespace rl {
// A required string that must not be empty or only spaces.
std::optional<std::string> readName(ObjectReader& r, std::string_view key,
                                    Need need = Need::required, std::size_t maxLength = 256);
}  // namespace rl
