#include "core/explore/field_values.h"

#include <cmath>
#include <cstdio>
#include <iterator>
#include <variant>

namespace rl::explore {

// Every Dimension, for parsing a quantity whose kind is not known yet.
constexpr Dimension kDimensions[] = {
    Dimension::bytes,
    Dimension::bandwidth,
    Dimension::flop_rate,
    Dimension::frequency,
    Dimension::time,
    Dimension::power,
    Dimension::energy,
    Dimension::energy_per_byte,
    Dimension::energy_per_flop,
    Dimension::area,
    Dimension::money_rate,
    Dimension::flops,
};

std::optional<AnyQuantity> parseAnyQuantity(const std::string& text) {
    for (Dimension d : kDimensions) {
        auto q = parseQuantity(text, d);
        if (const double* v = std::get_if<double>(&q)) return AnyQuantity{*v, d};
    }
    return std::nullopt;
}

std::optional<Dimension> dimensionOfUnit(std::string_view unit) {
    for (Dimension d : kDimensions)
        if (siUnit(d) == unit && d != Dimension::money_rate) return d;
    return std::nullopt;
}

std::string siUnit(Dimension d) {
    // Area is the one dimension the quantity formatter writes in another
    // unit (mm2); every other unit is what it writes without a prefix.
    if (d == Dimension::area) return "m^2";
    const std::string one = formatQuantity(1.0, d, 1);  // "1 B/s", "1 USD/h"
    return one.substr(one.find(' ') + 1);
}

bool isJsonPointer(const std::string& p) {
    if (p.empty()) return true;
    if (p.front() != '/') return false;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] == '~' && (i + 1 >= p.size() || (p[i + 1] != '0' && p[i + 1] != '1')))
            return false;
    return true;
}

bool isDesignPointer(const std::string& p) {
    if (!isJsonPointer(p)) return false;
    for (std::string_view root : {"/hardware", "/model", "/scenario"})
        if (p.compare(0, root.size(), root) == 0 &&
            (p.size() == root.size() || p[root.size()] == '/'))
            return true;
    return false;
}

FieldKind fieldKindOf(const Json& v) {
    FieldKind k;
    if (v.is_number_integer()) {
        k.kind = FieldKind::Kind::integer;
    } else if (v.is_number()) {
        k.kind = FieldKind::Kind::number;
    } else if (v.is_boolean()) {
        k.kind = FieldKind::Kind::boolean;
    } else if (v.is_object()) {
        k.kind = FieldKind::Kind::object;
    } else if (v.is_string()) {
        if (auto q = parseAnyQuantity(v.get<std::string>())) {
            k.kind = FieldKind::Kind::quantity;
            k.dimension = q->dimension;
        } else {
            k.kind = FieldKind::Kind::text;
        }
    } else {
        k.kind = FieldKind::Kind::text;  // null or array: nothing an axis writes matches
    }
    return k;
}

bool writable(const FieldKind& field, const FieldKind& v) {
    using K = FieldKind::Kind;
    if (field.kind == K::number) return v.kind == K::number || v.kind == K::integer;
    if (field.kind == K::quantity) return v.kind == K::quantity && v.dimension == field.dimension;
    return field.kind == v.kind;
}

namespace {

// [dimension][0]: "a <dimension> such as "%1""; [1]: the same after
// "range ends of the field's kind: ". English as toString(Dimension) names it.
constexpr const char* kQuantityKinds[][2] = {
    {RL_TR("SpecText", "a size in bytes such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a size in bytes such as \"%1\"")},
    {RL_TR("SpecText", "a bandwidth such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a bandwidth such as \"%1\"")},
    {RL_TR("SpecText", "a compute rate such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a compute rate such as \"%1\"")},
    {RL_TR("SpecText", "a frequency such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a frequency such as \"%1\"")},
    {RL_TR("SpecText", "a time such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a time such as \"%1\"")},
    {RL_TR("SpecText", "a power such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a power such as \"%1\"")},
    {RL_TR("SpecText", "a energy such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a energy such as \"%1\"")},
    {RL_TR("SpecText", "a energy per byte such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a energy per byte such as \"%1\"")},
    {RL_TR("SpecText", "a energy per operation such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a energy per operation such as \"%1\"")},
    {RL_TR("SpecText", "a area such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a area such as \"%1\"")},
    {RL_TR("SpecText", "a cost per hour such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a cost per hour such as \"%1\"")},
    {RL_TR("SpecText", "a operation count such as \"%1\""),
     RL_TR("SpecText", "range ends of the field's kind: a operation count such as \"%1\"")},
};
static_assert(std::size(kQuantityKinds) == static_cast<std::size_t>(Dimension::flops) + 1,
              "one row per Dimension");

}  // namespace

Phrase FieldKind::describe(bool rangeEnds) const {
    const int form = rangeEnds ? 1 : 0;
    switch (kind) {
        case Kind::integer:
            return rangeEnds ? RL_TR("SpecText", "range ends of the field's kind: an integer")
                             : RL_TR("SpecText", "an integer");
        case Kind::number:
            return rangeEnds ? RL_TR("SpecText", "range ends of the field's kind: a number")
                             : RL_TR("SpecText", "a number");
        case Kind::quantity:
            return Phrase(kQuantityKinds[static_cast<int>(dimension)][form],
                          {PhraseArg::verbatim(std::string(exampleFor(dimension)))});
        case Kind::text:
            return rangeEnds ? RL_TR("SpecText", "range ends of the field's kind: a name (text)")
                             : RL_TR("SpecText", "a name (text)");
        case Kind::boolean:
            return rangeEnds ? RL_TR("SpecText", "range ends of the field's kind: true or false")
                             : RL_TR("SpecText", "true or false");
        case Kind::object:
            return rangeEnds ? RL_TR("SpecText", "range ends of the field's kind: an object")
                             : RL_TR("SpecText", "an object");
    }
    return {};
}

std::string shortNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

}  // namespace rl::explore
