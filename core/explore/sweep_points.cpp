#include "core/explore/sweep_points.h"

#include <cmath>
#include <limits>

#include "core/explore/field_values.h"
#include "core/explore/library_devices.h"
#include "core/sim/engine/random.h"
#include "core/spec/spec_phrases.h"

namespace rl::explore {
namespace {

// Significant digits of a drawn quantity: enough that distinct draws stay
// distinct, few enough to read. Grid steps start at 4 and get more only
// when needed to keep the steps apart.
constexpr int kDrawDigits = 6;
constexpr int kGridDigits = 4;
constexpr int kMaxDigits = 12;

std::string numberLabel(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

std::string labelOf(const Json& v, std::size_t position) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_number_integer()) return v.dump();
    if (v.is_number()) return numberLabel(v.get<double>());
    if (v.is_object() && v.contains("name") && v["name"].is_string())
        return v["name"].get<std::string>();
    return "value " + std::to_string(position + 1);
}

double numberOf(const Json& v) {
    if (v.is_number()) return v.get<double>();
    if (v.is_string())
        if (auto q = parseAnyQuantity(v.get<std::string>())) return q->si;
    return kNoValue;
}

// Value i of `steps` between from and to, the ends exact.
double stepValue(const AxisValues& v, int i) {
    if (i <= 0) return v.from;
    if (i >= v.steps - 1) return v.to;
    const double t = double(i) / double(v.steps - 1);
    if (v.kind == AxisValues::Kind::log) return v.from * std::pow(v.to / v.from, t);
    return v.from + (v.to - v.from) * t;
}

// The JSON a range value is written as, and the SI number it parses back to.
std::pair<Json, double> rangeValue(const AxisValues& v, double x, int digits = kDrawDigits) {
    if (v.integer) {
        const auto n = static_cast<std::int64_t>(std::llround(x));
        return {Json(n), double(n)};
    }
    if (v.dimension) {
        const std::string text = formatQuantity(x, *v.dimension, digits);
        const auto q = parseQuantity(text, *v.dimension);
        return {Json(text), std::holds_alternative<double>(q) ? std::get<double>(q) : x};
    }
    return {Json(x), x};
}

// A range's grid steps as written: as few digits as keep them distinct.
std::vector<Json> gridSteps(const AxisValues& v) {
    std::vector<Json> steps;
    for (int digits = kGridDigits; digits <= kMaxDigits; ++digits) {
        steps.clear();
        for (int k = 0; k < v.steps; ++k)
            steps.push_back(rangeValue(v, stepValue(v, k), digits).first);
        bool distinct = true;
        for (std::size_t k = 1; k < steps.size() && distinct; ++k)
            distinct = steps[k] != steps[k - 1];
        if (distinct || v.integer || !v.dimension) break;
    }
    return steps;
}

bool mulOverflows(std::uint64_t a, std::uint64_t b) {
    return b != 0 && a > std::numeric_limits<std::uint64_t>::max() / b;
}

}  // namespace

std::optional<PointSpace> PointSpace::build(const SweepSpec& spec, Diagnostics& diag) {
    PointSpace s;
    s.spec_ = &spec;
    const int before = diag.errorCount();
    // Draw dimensions: one per tie group or ungrouped axis, by first axis.
    std::vector<int> dimOfGroup;
    for (std::size_t i = 0; i < spec.axes.size(); ++i) {
        const SweepAxis& a = spec.axes[i];
        Axis axis;
        axis.spec = &a;
        try {
            axis.pointer = Json::json_pointer(a.pointer);
        } catch (const Json::exception&) {
            diag.error(
                jsonPointerChild(a.path, "pointer"), quotedValue(displayValue(a.pointer)),
                RL_TR("SpecText", "a JSON pointer such as \"/hardware/memory/0/bandwidth\""));
            continue;
        }
        const AxisValues& v = a.values;
        switch (v.kind) {
            case AxisValues::Kind::list:
                axis.json = v.list;
                break;
            case AxisValues::Kind::linear:
            case AxisValues::Kind::log:
                axis.json = gridSteps(v);
                break;
            case AxisValues::Kind::library: {
                LibraryDevices devices =
                    readLibraryDevices(v, jsonPointerChild(a.path, "library"), diag);
                axis.json = std::move(devices.documents);
                axis.labels = std::move(devices.names);
                break;
            }
        }
        for (std::size_t k = 0; k < axis.json.size(); ++k) {
            axis.numbers.push_back(numberOf(axis.json[k]));
            if (axis.labels.size() <= k) axis.labels.push_back(labelOf(axis.json[k], k));
        }
        std::size_t dim = s.groups_.size();
        if (a.group >= 0) {
            if (dimOfGroup.size() <= std::size_t(a.group)) dimOfGroup.resize(a.group + 1, -1);
            if (dimOfGroup[a.group] < 0) {
                dimOfGroup[a.group] = int(dim);
                s.groups_.emplace_back();
            }
            dim = std::size_t(dimOfGroup[a.group]);
        } else {
            s.groups_.emplace_back();
        }
        axis.dimension = dim;
        s.groups_[dim].push_back(i);
        s.axes_.push_back(std::move(axis));
    }
    if (diag.errorCount() > before) return std::nullopt;

    const bool grid = spec.sampling.method == Sampling::Method::grid;
    // Tied axes with discrete values need the same count (library sizes are
    // known only now); in a grid every axis is discrete.
    for (const auto& group : s.groups_) {
        std::int64_t count = -1;
        const Axis* first = nullptr;
        for (std::size_t ai : group) {
            const Axis& ax = s.axes_[ai];
            const bool continuous = !grid && (ax.spec->values.kind == AxisValues::Kind::linear ||
                                              ax.spec->values.kind == AxisValues::Kind::log);
            if (continuous) continue;
            const auto n = std::int64_t(ax.json.size());
            if (count < 0) {
                count = n;
                first = &ax;
            } else if (n != count) {
                diag.error(jsonPointerChild(ax.spec->path, "tie"),
                           Phrase(RL_TR("SpecText", "%1 values tied to %2"),
                                  {PhraseArg::integer(n), PhraseArg::integer(count)}),
                           Phrase(RL_TR("SpecText",
                                        "as many values as the axis it is tied to "
                                        "(\"%1\")"),
                                  {PhraseArg::verbatim(first->spec->name)}));
            }
        }
        s.radix_.push_back(std::uint64_t(std::max<std::int64_t>(count, 1)));
    }
    if (diag.errorCount() > before) return std::nullopt;

    if (grid) {
        s.size_ = 1;
        for (std::uint64_t r : s.radix_) {
            if (mulOverflows(s.size_, r)) {
                diag.error("/axes", RL_TR("SpecText", "more than 1.8e19 grid points"),
                           RL_TR("SpecText",
                                 "a grid that can be counted; sample with "
                                 "\"random\" or \"latin_hypercube\""));
                return std::nullopt;
            }
            s.size_ *= r;
        }
    } else {
        s.size_ = spec.sampling.count;
        sim::Random keys(spec.sampling.seed);
        for (std::size_t d = 0; d < s.groups_.size() * 2 + 8; ++d) s.keys_.push_back(keys.next());
        unsigned bits = 0;
        while ((std::uint64_t(1) << bits) < s.size_ && bits < 62) ++bits;
        s.permutationBits_ = (bits + 1) / 2;  // halves of the Feistel network
    }
    return s;
}

double PointSpace::uniform(std::uint64_t index, std::size_t dimension, std::uint64_t stream) const {
    // One generator per (point, dimension, stream), seeded from keys that
    // differ per dimension: no state is shared between points.
    sim::Random r(keys_[dimension * 2 + stream] ^ index);
    return r.uniform();
}

// A seeded permutation of [0, size) computed point by point: a balanced
// Feistel network on 2 * permutationBits_ bits, walked until it lands inside.
std::uint64_t PointSpace::permuted(std::uint64_t index, std::size_t dimension) const {
    const unsigned half = permutationBits_;
    const std::uint64_t mask = (std::uint64_t(1) << half) - 1;
    std::uint64_t x = index;
    do {
        std::uint64_t left = x >> half, right = x & mask;
        for (int round = 0; round < 4; ++round) {
            sim::Random f(keys_[groups_.size() * 2 + std::size_t(round)] ^
                          (right * 0x9E3779B97F4A7C15ull) ^ dimension);
            const std::uint64_t next = left ^ (f.next() & mask);
            left = right;
            right = next;
        }
        x = (left << half) | right;
    } while (x >= size_);
    return x;
}

AxisSetting PointSpace::continuous(std::size_t axis, double u) const {
    const AxisValues& v = axes_[axis].spec->values;
    double x = v.kind == AxisValues::Kind::log
                   ? std::exp(std::log(v.from) + u * (std::log(v.to) - std::log(v.from)))
                   : v.from + u * (v.to - v.from);
    AxisSetting s;
    s.number = rangeValue(v, x).second;
    return s;
}

void PointSpace::settings(std::uint64_t index, std::span<AxisSetting> out) const {
    const Sampling::Method method = spec_->sampling.method;
    if (method == Sampling::Method::grid) {
        std::uint64_t rest = index;
        for (std::size_t d = groups_.size(); d-- > 0;) {
            const std::uint64_t pos = rest % radix_[d];
            rest /= radix_[d];
            for (std::size_t ai : groups_[d])
                out[ai] = AxisSetting{std::int64_t(pos), axes_[ai].numbers[pos]};
        }
        return;
    }
    for (std::size_t d = 0; d < groups_.size(); ++d) {
        double u;
        if (method == Sampling::Method::random) {
            u = uniform(index, d, 0);
        } else {
            const std::uint64_t stratum = permuted(index, d);
            u = (double(stratum) + uniform(index, d, 1)) / double(size_);
        }
        for (std::size_t ai : groups_[d]) {
            const Axis& ax = axes_[ai];
            const auto kind = ax.spec->values.kind;
            if (kind == AxisValues::Kind::linear || kind == AxisValues::Kind::log) {
                out[ai] = continuous(ai, u);
            } else {
                const auto n = ax.json.size();
                const auto pos = std::min<std::size_t>(std::size_t(u * double(n)), n - 1);
                out[ai] = AxisSetting{std::int64_t(pos), ax.numbers[pos]};
            }
        }
    }
}

Json PointSpace::jsonValue(std::size_t axis, const AxisSetting& s) const {
    const Axis& ax = axes_[axis];
    if (s.position >= 0) return ax.json[std::size_t(s.position)];
    return rangeValue(ax.spec->values, s.number).first;
}

SweepAxisValue PointSpace::axisValue(std::size_t axis, const AxisSetting& s) const {
    const Axis& ax = axes_[axis];
    SweepAxisValue v;
    v.number = s.number;
    v.position = s.position >= 0 ? s.position : -1;
    if (s.position >= 0) {
        v.label = ax.labels[std::size_t(s.position)];
    } else if (s.position == kBaseValue) {
        v.label = "base";
    } else {
        const Json j = rangeValue(ax.spec->values, s.number).first;
        v.label = j.is_string() ? j.get<std::string>() : labelOf(j, 0);
    }
    return v;
}

namespace {
// True when `inner` lies inside `outer` (or is it).
bool within(const Json::json_pointer& inner, const Json::json_pointer& outer) {
    const std::string a = inner.to_string(), b = outer.to_string();
    return a.compare(0, b.size(), b) == 0 && (a.size() == b.size() || a[b.size()] == '/');
}
}  // namespace

namespace {
Phrase missingField(const SweepAxis& axis) {
    return Phrase(RL_TR("EngineText", "the field %1 (axis \"%2\") does not exist in this design"),
                  {PhraseArg::verbatim(axis.pointer), PhraseArg::verbatim(axis.name)});
}
}  // namespace

Phrase PointSpace::apply(Json& design, std::span<const AxisSetting> settings) const {
    // An axis left at the base value keeps it even when another axis replaces
    // the document around it (a library axis swapping /hardware must not
    // drop the base's /hardware/interconnect/0/devices): kept and put back.
    std::vector<std::pair<std::size_t, Json>> keep;
    for (std::size_t i = 0; i < axes_.size(); ++i) {
        if (settings[i].position != kBaseValue) continue;
        for (std::size_t j = 0; j < axes_.size(); ++j)
            if (j != i && settings[j].position != kBaseValue &&
                within(axes_[i].pointer, axes_[j].pointer) && design.contains(axes_[i].pointer)) {
                keep.emplace_back(i, design.at(axes_[i].pointer));
                break;
            }
    }
    for (std::size_t i = 0; i < axes_.size(); ++i) {
        if (settings[i].position == kBaseValue) continue;
        const Axis& ax = axes_[i];
        if (!design.contains(ax.pointer)) return missingField(*ax.spec);
        design[ax.pointer] = jsonValue(i, settings[i]);
    }
    for (auto& [i, value] : keep) {
        if (!design.contains(axes_[i].pointer.parent_pointer()))
            return missingField(*axes_[i].spec);
        design[axes_[i].pointer] = std::move(value);
    }
    return {};
}

std::vector<AxisSetting> PointSpace::baseSettings(const SweepBase& base) const {
    std::vector<AxisSetting> out(axes_.size());
    for (std::size_t i = 0; i < axes_.size(); ++i) {
        out[i].position = kBaseValue;
        if (base.design.contains(axes_[i].pointer))
            out[i].number = numberOf(base.design.at(axes_[i].pointer));
    }
    return out;
}

std::vector<AxisSetting> PointSpace::sensitivityValues(std::size_t axis) const {
    const Axis& ax = axes_[axis];
    std::vector<AxisSetting> out;
    for (std::size_t k = 0; k < ax.json.size(); ++k)
        out.push_back(AxisSetting{std::int64_t(k), ax.numbers[k]});
    if (out.empty())
        for (int k = 0; k < 5; ++k) out.push_back(continuous(axis, k / 4.0));
    return out;
}

const std::vector<std::size_t>& PointSpace::tiedWith(std::size_t axis) const {
    return groups_[axes_[axis].dimension];
}

}  // namespace rl::explore
