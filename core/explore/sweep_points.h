#pragma once
// The points of a sweep, addressed by index: point i's axis settings are a
// pure function of (spec, i), so threads, shards and MPI ranks can each
// compute any subset and the whole sweep is the same whatever the split.
//   grid:            every combination; the first axis (group) varies slowest.
//   random:          each axis drawn independently from a counter-based hash
//                    of (seed, point, axis): no shared generator state.
//   latin_hypercube: each axis group's range cut into `count` strata; a
//                    seeded permutation per group puts exactly one point in
//                    each stratum, jittered inside it.
// Tied axes (a group) share one draw, so their i-th values stay together.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/explore/sweep_spec.h"

namespace rl::explore {

// AxisSetting::position of an axis left at the base project's own value
// (baseSettings, sensitivity): apply() leaves the field as the base has it,
// also when another axis replaces the document around it (a library axis).
inline constexpr std::int64_t kBaseValue = -2;

// One axis' value at one point.
struct AxisSetting {
    // Index into the axis' discrete values (PointSpace::values); -1 for a
    // value drawn from a continuous range (random / Latin hypercube);
    // kBaseValue for the base project's own value.
    std::int64_t position = -1;
    double number = kNoValue;  // SI value; NaN for categorical values (text, objects)
};

class PointSpace {
  public:
    // Builds the value tables (reads the device library for library axes).
    // Returns nothing after reporting errors (an empty library kind, ...).
    static std::optional<PointSpace> build(const SweepSpec& spec, Diagnostics& diag);

    std::uint64_t size() const { return size_; }
    std::size_t axisCount() const { return axes_.size(); }
    const SweepAxis& axisSpec(std::size_t axis) const { return *axes_[axis].spec; }

    // Settings of point `index` (< size()), one per axis, into `out`.
    void settings(std::uint64_t index, std::span<AxisSetting> out) const;

    // The discrete values of an axis (list, library, or a grid range's steps)
    // as they are written into the design.
    const std::vector<Json>& values(std::size_t axis) const { return axes_[axis].json; }
    // The JSON value written for a setting (a continuous draw is formatted
    // as the field expects: number, integer or quantity string).
    Json jsonValue(std::size_t axis, const AxisSetting& s) const;
    // The value as results show it (SI number, label, position).
    SweepAxisValue axisValue(std::size_t axis, const AxisSetting& s) const;

    // Writes the settings into `design` (a copy of SweepBase::design). Returns
    // an error naming the pointer when a field does not exist; empty on success.
    Phrase apply(Json& design, std::span<const AxisSetting> settings) const;

    // The settings of the base design: every axis at the base project's own
    // value (position kBaseValue, number its SI value or NaN).
    std::vector<AxisSetting> baseSettings(const SweepBase& base) const;

    // The values one-at-a-time sensitivity tries for an axis: its discrete
    // values, or for a range without steps five values across it.
    std::vector<AxisSetting> sensitivityValues(std::size_t axis) const;
    // The axes drawn together with `axis` (its tie group, or itself).
    const std::vector<std::size_t>& tiedWith(std::size_t axis) const;

  private:
    struct Axis {
        const SweepAxis* spec = nullptr;
        std::vector<Json> json;           // discrete values as written
        std::vector<double> numbers;      // their SI values (NaN: categorical)
        std::vector<std::string> labels;  // their display text
        Json::json_pointer pointer;
        std::size_t dimension = 0;  // index into groups_
    };
    // A continuous draw u in [0, 1) on a range axis, rounded and formatted as
    // the field expects; the SI number is what the written value parses to.
    AxisSetting continuous(std::size_t axis, double u) const;
    double uniform(std::uint64_t index, std::size_t dimension, std::uint64_t stream) const;
    std::uint64_t permuted(std::uint64_t index, std::size_t dimension) const;
    const SweepSpec* spec_ = nullptr;
    std::vector<Axis> axes_;
    std::vector<std::vector<std::size_t>> groups_;  // axes per draw dimension, in order
    std::vector<std::uint64_t> radix_;              // grid: values per dimension
    std::uint64_t size_ = 0;
    std::vector<std::uint64_t> keys_;  // per dimension: seeded keys of the draws
    unsigned permutationBits_ = 0;     // Latin hypercube: Feistel half width
};

}  // namespace rl::explore
