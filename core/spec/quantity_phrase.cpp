#include "core/spec/quantity_phrase.h"

#include <string>

namespace rl {
namespace {

// One row per Dimension (in enum order): the seven QuantityProblem sentences,
// then "with its unit" and its bare-number form.
constexpr int kPatternsPerDimension = 9;
constexpr const char* kPatterns[][kPatternsPerDimension] = {
    // Dimension::bytes
    {RL_TR("SpecText", "empty text; expected a size in bytes such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a size in bytes such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a size in bytes such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a size in bytes such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a size in bytes such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a size in bytes such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a size in bytes such as \"%1\""),
     RL_TR("SpecText", "a size in bytes with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a size in bytes with its unit, such as \"%1\"")},
    // Dimension::bandwidth
    {RL_TR("SpecText", "empty text; expected a bandwidth such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a bandwidth such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a bandwidth such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a bandwidth such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a bandwidth such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a bandwidth such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a bandwidth such as \"%1\""),
     RL_TR("SpecText", "a bandwidth with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a bandwidth with its unit, such as \"%1\"")},
    // Dimension::flop_rate
    {RL_TR("SpecText", "empty text; expected a compute rate such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a compute rate such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a compute rate such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a compute rate such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a compute rate such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a compute rate such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a compute rate such as \"%1\""),
     RL_TR("SpecText", "a compute rate with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a compute rate with its unit, such as \"%1\"")},
    // Dimension::frequency
    {RL_TR("SpecText", "empty text; expected a frequency such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a frequency such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a frequency such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a frequency such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a frequency such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a frequency such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a frequency such as \"%1\""),
     RL_TR("SpecText", "a frequency with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a frequency with its unit, such as \"%1\"")},
    // Dimension::time
    {RL_TR("SpecText", "empty text; expected a time such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a time such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a time such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a time such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a time such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a time such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a time such as \"%1\""),
     RL_TR("SpecText", "a time with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a time with its unit, such as \"%1\"")},
    // Dimension::power
    {RL_TR("SpecText", "empty text; expected a power such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a power such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a power such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a power such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a power such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a power such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a power such as \"%1\""),
     RL_TR("SpecText", "a power with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a power with its unit, such as \"%1\"")},
    // Dimension::energy
    {RL_TR("SpecText", "empty text; expected a energy such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a energy such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a energy such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a energy such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a energy such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a energy such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a energy such as \"%1\""),
     RL_TR("SpecText", "a energy with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a energy with its unit, such as \"%1\"")},
    // Dimension::energy_per_byte
    {RL_TR("SpecText", "empty text; expected a energy per byte such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a energy per byte such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a energy per byte such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a energy per byte such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a energy per byte such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a energy per byte such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a energy per byte such as \"%1\""),
     RL_TR("SpecText", "a energy per byte with its unit, such as \"%1\""),
     RL_TR("SpecText",
           "a bare number has no unit; a energy per byte with its unit, such as \"%1\"")},
    // Dimension::energy_per_flop
    {RL_TR("SpecText", "empty text; expected a energy per operation such as \"%1\""),
     RL_TR("SpecText",
           "text too long for a quantity; expected a energy per operation such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a energy per operation such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a energy per operation such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a energy per operation such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a energy per operation such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a energy per operation such as \"%1\""),
     RL_TR("SpecText", "a energy per operation with its unit, such as \"%1\""),
     RL_TR("SpecText",
           "a bare number has no unit; a energy per operation with its unit, such as \"%1\"")},
    // Dimension::area
    {RL_TR("SpecText", "empty text; expected a area such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a area such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a area such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a area such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a area such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a area such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a area such as \"%1\""),
     RL_TR("SpecText", "a area with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a area with its unit, such as \"%1\"")},
    // Dimension::money_rate
    {RL_TR("SpecText", "empty text; expected a cost per hour such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a cost per hour such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a cost per hour such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a cost per hour such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a cost per hour such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a cost per hour such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a cost per hour such as \"%1\""),
     RL_TR("SpecText", "a cost per hour with its unit, such as \"%1\""),
     RL_TR("SpecText", "a bare number has no unit; a cost per hour with its unit, such as \"%1\"")},
    // Dimension::flops
    {RL_TR("SpecText", "empty text; expected a operation count such as \"%1\""),
     RL_TR("SpecText", "text too long for a quantity; expected a operation count such as \"%1\""),
     RL_TR("SpecText", "no number at the start; expected a operation count such as \"%1\""),
     RL_TR("SpecText", "the number is not finite; expected a operation count such as \"%1\""),
     RL_TR("SpecText", "the unit is missing; expected a operation count such as \"%1\""),
     RL_TR("SpecText", "the value overflows; expected a operation count such as \"%1\""),
     RL_TR("SpecText", "unknown unit \"%2\"; expected a operation count such as \"%1\""),
     RL_TR("SpecText", "a operation count with its unit, such as \"%1\""),
     RL_TR("SpecText",
           "a bare number has no unit; a operation count with its unit, such as \"%1\"")},
};
constexpr int kWithUnit = 7;
constexpr int kBareNumber = 8;

const char* patternFor(Dimension d, int index) {
    constexpr auto kRows = static_cast<int>(sizeof kPatterns / sizeof kPatterns[0]);
    const int row = static_cast<int>(d);
    static_assert(kRows == static_cast<int>(Dimension::flops) + 1, "one row per Dimension");
    return row >= 0 && row < kRows ? kPatterns[row][index] : kPatterns[0][index];
}

}  // namespace

Phrase quantityProblemPhrase(QuantityProblem problem, Dimension d, std::string_view unit) {
    std::vector<PhraseArg> args{PhraseArg::verbatim(std::string(exampleFor(d)))};
    if (problem == QuantityProblem::unknownUnit)
        args.push_back(PhraseArg::verbatim(std::string(unit)));
    return Phrase(patternFor(d, static_cast<int>(problem)), std::move(args));
}

Phrase quantityWithUnitPhrase(Dimension d, bool bareNumber) {
    return Phrase(patternFor(d, bareNumber ? kBareNumber : kWithUnit),
                  {PhraseArg::verbatim(std::string(exampleFor(d)))});
}

}  // namespace rl
