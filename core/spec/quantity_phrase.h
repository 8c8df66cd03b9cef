#pragma once
// parseQuantity's errors and the "a <dimension> with its unit" expectation as
// Phrases the GUI translates. Each sentence names its dimension in words, so
// every dimension has its own patterns: a translator sees whole sentences, and
// lupdate finds them as literals (RL_TR). english() equals the old messages.
#include <string_view>
#include <variant>

#include "core/spec/phrase.h"
#include "core/spec/units.h"

namespace rl {

enum class QuantityProblem {
    empty,        // "empty text"
    tooLong,      // "text too long for a quantity"
    noNumber,     // "no number at the start"
    notFinite,    // "the number is not finite"
    noUnit,       // "the unit is missing"
    overflow,     // "the value overflows"
    unknownUnit,  // "unknown unit "<unit>""
};

// "<problem>; expected a <dimension> such as "<example>"" (`unit` only for unknownUnit).
Phrase quantityProblemPhrase(QuantityProblem problem, Dimension d, std::string_view unit = {});
// "a <dimension> with its unit, such as "<example>"", after "a bare number has
// no unit; " when the file holds a bare number.
Phrase quantityWithUnitPhrase(Dimension d, bool bareNumber);

// parseQuantity with its error as a Phrase (QuantityError::message is its english()).
std::variant<double, Phrase> parseQuantityPhrase(std::string_view text, Dimension d);

}  // namespace rl
