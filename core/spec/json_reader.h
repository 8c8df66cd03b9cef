#pragma once
// Reading JSON spec documents with full diagnostics. parseJsonDocument guards
// against hostile bytes (size, nesting depth, syntax with line/column);
// ObjectReader walks one object, type- and range-checks each field, records the
// JSON path of every problem, and on finish() reports keys nobody asked for,
// suggesting the closest valid one.
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/spec/diagnostics.h"
#include "core/spec/dtype.h"
#include "core/spec/units.h"

namespace rl {

using Json = nlohmann::json;

inline constexpr std::size_t kMaxSpecFileBytes = 64u << 20;  // 64 MiB
inline constexpr int kMaxJsonDepth = 64;

// Parses `text`; on failure adds a diagnostic (with line and column for syntax
// errors) and returns nullopt. Never throws.
std::optional<Json> parseJsonDocument(std::string_view text, Diagnostics& diag);
// Reads and parses a file (the path is used in diagnostics). Never throws.
std::optional<Json> readJsonFile(const std::string& path, Diagnostics& diag);

// Appends one key to a JSON pointer, escaping "~" and "/".
std::string jsonPointerChild(const std::string& parent, std::string_view key);
std::string jsonPointerChild(const std::string& parent, std::size_t index);
// A short, printable rendering of a JSON value for error messages.
std::string displayJson(const Json& v);

enum class Need { optional, required };

struct Range {
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    bool minExclusive = false;  // true: value must be > min
    static Range positive(double max = 1e30) { return {0.0, max, true}; }
    static Range nonNegative(double max = 1e30) { return {0.0, max, false}; }
    static Range fraction() { return {0.0, 1.0, true}; }  // (0, 1]
};

class ObjectReader {
  public:
    // If `value` is not an object, reports that once and every accessor
    // returns nullopt.
    ObjectReader(const Json& value, std::string path, Diagnostics& diag);

    bool valid() const { return object_ != nullptr; }
    bool has(std::string_view key) const;
    const std::string& path() const { return path_; }
    std::string pathOf(std::string_view key) const { return jsonPointerChild(path_, key); }
    Diagnostics& diagnostics() { return diag_; }

    // The raw child (marks the key as known); nullptr if absent. Reports a
    // missing required key.
    const Json* child(std::string_view key, Need need = Need::optional);

    std::optional<std::string> string(std::string_view key, Need need = Need::optional,
                                      std::size_t maxLength = 256);
    // A string that must be one of `choices`.
    std::optional<std::string> choice(std::string_view key,
                                      std::span<const std::string_view> choices,
                                      Need need = Need::optional);
    std::optional<std::string> choice(std::string_view key,
                                      std::initializer_list<std::string_view> choices,
                                      Need need = Need::optional) {
        return choice(key, std::span(choices.begin(), choices.size()), need);
    }
    std::optional<bool> boolean(std::string_view key, Need need = Need::optional);
    // An integer (JSON number without fraction) within [min, max].
    std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max,
                                        Need need = Need::optional);
    // A dimensionless number (ratio, efficiency) within the range.
    std::optional<double> number(std::string_view key, Range range, Need need = Need::optional);
    // A quantity with unit, e.g. "3.35 TB/s", within the range (in SI units).
    std::optional<double> quantity(std::string_view key, Dimension dim, Range range,
                                   Need need = Need::optional);
    std::optional<DType> dtype(std::string_view key, Need need = Need::optional);

    // Marks keys as known without reading them (e.g. "format", comments).
    void accept(std::initializer_list<std::string_view> keys);
    // Reports every key that was never asked for, with the closest known key
    // as a suggestion. `severity` is error for Ridgeline's own formats.
    void finish(Diagnostic::Severity severity = Diagnostic::Severity::error);

  private:
    void missing(std::string_view key);
    const Json* object_ = nullptr;
    std::string path_;
    Diagnostics& diag_;
    std::set<std::string, std::less<>> known_;
};

}  // namespace rl
