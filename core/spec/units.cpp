#include "core/spec/units.h"

#include "core/spec/quantity_phrase.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>
#include <vector>

namespace rl {
namespace {

// A Julian year: what "years" means when a long time is printed or parsed.
constexpr double kYearS = 365.25 * 86400.0;

struct UnitDef {
    std::string_view symbol;  // without prefix
    double scale;             // SI value of one unit
};

// The base units accepted for each dimension (prefixes are applied on top);
// the first is the one values are written in.
const std::vector<UnitDef>& baseUnits(Dimension d) {
    static const std::map<Dimension, std::vector<UnitDef>> kUnits = {
        {Dimension::bytes, {{"B", 1.0}, {"bit", 0.125}, {"b", 0.125}}},
        {Dimension::bandwidth, {{"B/s", 1.0}, {"bit/s", 0.125}, {"bps", 0.125}}},
        {Dimension::flop_rate, {{"FLOP/s", 1.0}, {"FLOPS", 1.0}, {"OP/s", 1.0}, {"OPS", 1.0}}},
        {Dimension::frequency, {{"Hz", 1.0}}},
        {Dimension::time,
         {{"s", 1.0},
          {"h", 3600.0},
          {"min", 60.0},
          {"d", 86400.0},
          {"day", 86400.0},
          {"days", 86400.0},
          {"year", kYearS},
          {"years", kYearS},
          {"yr", kYearS}}},
        {Dimension::power, {{"W", 1.0}}},
        {Dimension::energy, {{"J", 1.0}}},
        {Dimension::energy_per_byte, {{"J/B", 1.0}, {"J/bit", 8.0}}},
        {Dimension::energy_per_flop, {{"J/FLOP", 1.0}, {"J/OP", 1.0}}},
        {Dimension::area, {{"m2", 1.0}, {"m^2", 1.0}}},
        {Dimension::money_rate, {{"USD/h", 1.0}, {"$/h", 1.0}}},
        {Dimension::flops, {{"FLOP", 1.0}, {"OP", 1.0}}},
    };
    return kUnits.at(d);
}

struct Prefix {
    std::string_view symbol;
    double scale;
};

// Longest symbols first so "Gi" wins over "G".
constexpr Prefix kPrefixes[] = {
    {"Ki", 1024.0},
    {"Mi", 1048576.0},
    {"Gi", 1073741824.0},
    {"Ti", 1099511627776.0},
    {"Pi", 1125899906842624.0},
    {"a", 1e-18},
    {"f", 1e-15},
    {"p", 1e-12},
    {"n", 1e-9},
    {"u", 1e-6},
    {"\xC2\xB5", 1e-6},
    {"m", 1e-3},
    {"k", 1e3},
    {"K", 1e3},
    {"M", 1e6},
    {"G", 1e9},
    {"T", 1e12},
    {"P", 1e15},
    {"E", 1e18},
    {"", 1.0},
};

// Times of 1000 s and more read as minutes, hours, days or years: "2.9 h",
// "4.2 d", never "174 Gs". `rounding` keeps 3599.9 s from printing "60 min".
std::string formatLongTime(double value, int significantDigits, double rounding) {
    static constexpr std::pair<double, std::string_view> kLong[] = {
        {kYearS, "years"}, {86400.0, "d"}, {3600.0, "h"}, {60.0, "min"}};
    const double mag = std::fabs(value);
    auto [scale, unit] = kLong[3];
    for (const auto& [s, u] : kLong)
        if (mag >= s * rounding) {
            scale = s;
            unit = u;
            break;
        }
    const double scaled = value / scale;
    char number[64];
    // %g would switch to "1e+03 years" past the digits asked for.
    if (std::fabs(scaled) >= std::pow(10.0, significantDigits) && std::fabs(scaled) < 1e15)
        std::snprintf(number, sizeof number, "%.0f", scaled);
    else
        std::snprintf(number, sizeof number, "%.*g", significantDigits, scaled);
    if (unit == "years" && std::string_view(number) == "1") unit = "year";
    return std::string(number) + " " + std::string(unit);
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

}  // namespace

std::string_view toString(Dimension d) {
    switch (d) {
        case Dimension::bytes:
            return "size in bytes";
        case Dimension::bandwidth:
            return "bandwidth";
        case Dimension::flop_rate:
            return "compute rate";
        case Dimension::frequency:
            return "frequency";
        case Dimension::time:
            return "time";
        case Dimension::power:
            return "power";
        case Dimension::energy:
            return "energy";
        case Dimension::energy_per_byte:
            return "energy per byte";
        case Dimension::energy_per_flop:
            return "energy per operation";
        case Dimension::area:
            return "area";
        case Dimension::money_rate:
            return "cost per hour";
        case Dimension::flops:
            return "operation count";
    }
    return "quantity";
}

std::string_view exampleFor(Dimension d) {
    switch (d) {
        case Dimension::bytes:
            return "80 GiB";
        case Dimension::bandwidth:
            return "3.35 TB/s";
        case Dimension::flop_rate:
            return "989 TFLOP/s";
        case Dimension::frequency:
            return "1.41 GHz";
        case Dimension::time:
            return "500 ns";
        case Dimension::power:
            return "700 W";
        case Dimension::energy:
            return "0.845 pJ";
        case Dimension::energy_per_byte:
            return "7 pJ/B";
        case Dimension::energy_per_flop:
            return "0.5 pJ/FLOP";
        case Dimension::area:
            return "826 mm2";
        case Dimension::money_rate:
            return "2.50 USD/h";
        case Dimension::flops:
            return "3.2 TFLOP";
    }
    return "";
}

std::variant<double, QuantityError> parseQuantity(std::string_view text, Dimension d) {
    auto parsed = parseQuantityPhrase(text, d);
    if (const auto* problem = std::get_if<Phrase>(&parsed))
        return QuantityError{problem->english()};
    return std::get<double>(parsed);
}

std::variant<double, Phrase> parseQuantityPhrase(std::string_view text, Dimension d) {
    auto expected = [&](QuantityProblem problem, std::string_view unit = {}) {
        return quantityProblemPhrase(problem, d, unit);
    };
    std::string_view s = trim(text);
    if (s.empty()) return expected(QuantityProblem::empty);
    if (s.size() > 64) return expected(QuantityProblem::tooLong);

    // Number part: let from_chars decide where it ends.
    double number = 0.0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), number);
    if (ec != std::errc() || end == s.data()) return expected(QuantityProblem::noNumber);
    if (!std::isfinite(number)) return expected(QuantityProblem::notFinite);
    std::string_view unit = trim(std::string_view(end, s.data() + s.size() - end));
    if (unit.empty()) return expected(QuantityProblem::noUnit);

    // Special spellings of area and money.
    if (d == Dimension::area) {
        for (std::string_view mm : {"mm2", "mm^2", "mm\xC2\xB2"})
            if (unit == mm) return number * 1e-6;
        for (std::string_view cm : {"cm2", "cm^2"})
            if (unit == cm) return number * 1e-4;
    }
    for (const Prefix& p : kPrefixes) {
        if (unit.substr(0, p.symbol.size()) != p.symbol) continue;
        std::string_view rest = unit.substr(p.symbol.size());
        for (const UnitDef& u : baseUnits(d)) {
            if (rest == u.symbol) {
                double v = number * p.scale * u.scale;
                if (!std::isfinite(v)) return expected(QuantityProblem::overflow);
                return v;
            }
        }
    }
    return expected(QuantityProblem::unknownUnit, unit);
}

std::string formatQuantity(double value, Dimension d, int significantDigits) {
    // Areas (in mm2) and money rates are written without SI prefixes.
    if (d == Dimension::area || d == Dimension::money_rate) {
        char buf[64];
        if (d == Dimension::area)
            std::snprintf(buf, sizeof buf, "%.*g mm2", significantDigits, value * 1e6);
        else
            std::snprintf(buf, sizeof buf, "%.*g USD/h", significantDigits, value);
        return buf;
    }
    const std::string_view unit = baseUnits(d).front().symbol;
    static constexpr std::pair<double, std::string_view> kScale[] = {
        {1e18, "E"}, {1e15, "P"}, {1e12, "T"}, {1e9, "G"},  {1e6, "M"},   {1e3, "k"},
        {1.0, ""},   {1e-3, "m"}, {1e-6, "u"}, {1e-9, "n"}, {1e-12, "p"}, {1e-15, "f"},
    };
    double mag = std::fabs(value);
    if (d == Dimension::time && std::isfinite(mag)) {
        // What rounds up to the next unit at this many digits (0.9995 for 3).
        const double rounding = 1.0 - 0.5 * std::pow(10.0, -std::max(significantDigits, 1));
        if (mag >= 1e3 * rounding) return formatLongTime(value, significantDigits, rounding);
    }
    double scale = 1.0;
    std::string_view prefix;
    if (mag > 0.0 && std::isfinite(mag)) {
        scale = 1e-18;
        prefix = "a";
        for (auto& [s, p] : kScale) {
            if (mag >= s * 0.9995) {
                scale = s;
                prefix = p;
                break;
            }
        }
    }
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.*g %.*s%.*s", significantDigits, value / scale,
                  static_cast<int>(prefix.size()), prefix.data(), static_cast<int>(unit.size()),
                  unit.data());
    return buf;
}

}  // namespace rl
