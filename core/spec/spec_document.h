#pragma once
// Pieces every spec reader shares: the "format"/"version" header check and
// small helpers for keys with several spellings. Internal to core/spec.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/spec/json_reader.h"
#include "core/spec/spec_io.h"

namespace rl {

// Reads "format" and "version" of a Ridgeline document. Returns false (after
// reporting why) when the document is of another kind or an unknown version,
// in which case the caller should not read further: every key would be wrong.
bool readFormatHeader(ObjectReader& r, std::string_view expectedFormat);

// Reads a whole document of `format` as a T: checks the header, lets
// `body(reader, value)` read the keys, reports the keys nobody read, and
// hands out the value only when nothing was wrong, so a half-read spec never
// escapes. Every top-level spec reader goes through here.
template <typename T, typename Body>
Loaded<T> readSpecDocument(const Json& doc, const std::string& file, std::string_view format,
                           Body body) {
    Loaded<T> out{std::nullopt, Diagnostics(file)};
    ObjectReader r(doc, "", out.diagnostics);
    if (!readFormatHeader(r, format)) return out;
    T value;
    body(r, value);
    r.finish();
    if (!out.diagnostics.hasErrors()) out.value = std::move(value);
    return out;
}

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
