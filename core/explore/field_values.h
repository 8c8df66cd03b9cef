#pragma once
// What kind of value a spec field holds, so an axis writes values of the
// same kind: a plain number (integer or not), a quantity string of one
// dimension ("3.35 TB/s"), a name, a boolean or a whole object. Internal to
// core/explore.
#include <optional>
#include <string>
#include <string_view>

#include "core/spec/json_reader.h"
#include "core/spec/units.h"

namespace rl::explore {

struct AnyQuantity {
    double si = 0;
    Dimension dimension = Dimension::bytes;
};
// Parses text as a quantity of whichever dimension its unit names.
std::optional<AnyQuantity> parseAnyQuantity(const std::string& text);

// The dimension of a metric unit ("s", "J", "B", "m^2"); nothing for units
// that are plain numbers in files ("", "1/s", "USD").
std::optional<Dimension> dimensionOfUnit(std::string_view unit);
// The SI unit shown for a dimension ("B/s", "FLOP/s", "m^2").
std::string siUnit(Dimension d);

// RFC 6901 syntax ("" or "/a/0/b", with ~0 and ~1 escapes only).
bool isJsonPointer(const std::string& p);
// A pointer into a design: "/hardware", "/model" or "/scenario", or below them.
bool isDesignPointer(const std::string& p);

struct FieldKind {
    enum class Kind { integer, number, quantity, text, boolean, object };
    Kind kind = Kind::number;
    Dimension dimension = Dimension::bytes;  // for quantity
    // "an integer", "a bandwidth such as ..."; with `rangeEnds`, after
    // "range ends of the field's kind: " (one pattern each, for translators).
    Phrase describe(bool rangeEnds = false) const;
};
FieldKind fieldKindOf(const Json& v);
// True when a value of kind `v` may be written where the base holds `field`
// (an integer into a number field is fine, a number into an integer is not).
bool writable(const FieldKind& field, const FieldKind& v);

// A short number text for people and messages ("1e+11", "0.25").
std::string shortNumber(double v);

}  // namespace rl::explore
