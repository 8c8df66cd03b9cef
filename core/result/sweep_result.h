#pragma once
// What a design-space sweep produced, as the CLI, the GUI and the exporters
// see it: the descriptors of its axes, objectives and constraints, the points
// (one row each: axis values, objective and constraint values, feasibility,
// error), the Pareto front and the one-at-a-time sensitivity rows for a
// tornado chart. Written by core/explore (sweep_runner.h); read back from a
// sweep's output folder by core/explore/sweep_files.h.
// Values are SI (s, J, B, FLOP/s, m^2, USD); a value that could not be
// computed is NaN.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "core/result/message.h"

namespace rl {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

enum class ObjectiveSense { minimise, maximise };

// A name in languages other than English, by Qt language code ("de",
// "zh_CN"), as a sweep file may give it (docs/formats.md). The English name
// beside it stays the column header and what the CLI prints; the views show
// the user's language's.
using NameTranslations = std::map<std::string, std::string>;

// One swept field.
struct SweepAxisInfo {
    std::string name;       // as the sweep names it ("HBM bandwidth"); a column header
    std::string pointer;    // JSON pointer into the design ("/hardware/memory/0/bandwidth")
    std::string unit;       // SI unit of the numeric value ("B/s"); empty for plain numbers/text
    bool numeric = true;    // false: a categorical axis (device, enum); plot by position
    bool logScale = false;  // the sweep spaced its values logarithmically
    // Axes with the same non-negative group vary together (tied); -1 = crossed.
    int group = -1;
    NameTranslations nameTranslations;
};

// One figure the sweep optimises.
struct SweepObjectiveInfo {
    std::string name;    // column header ("ttft_p99")
    std::string metric;  // metric name (core/explore/metric.h), e.g. "ttft_p99"
    std::string unit;    // SI unit ("s", "J", "USD", "" for ratios)
    ObjectiveSense sense = ObjectiveSense::minimise;
    NameTranslations nameTranslations;
};

// One figure a design must satisfy: lower <= value <= upper (NaN bound = open).
struct SweepConstraintInfo {
    std::string name;  // column header ("memory_fit")
    std::string metric;
    std::string unit;
    double lower = kNoValue;
    double upper = kNoValue;
    NameTranslations nameTranslations;
    bool holds(double v) const {
        if (std::isnan(v)) return false;
        return !(v < lower) && !(v > upper);  // comparisons with NaN bounds are false
    }
};

// An axis value at one point: the SI number (NaN for a categorical value) and
// the text shown to people ("2 TB/s", "NVIDIA H100 SXM5 80GB", "8").
struct SweepAxisValue {
    double number = kNoValue;
    std::string label;
    // Position of the value in the axis' value list (categorical axes are
    // plotted by it); -1 for a value drawn from a continuous range.
    std::int64_t position = -1;
};

// One evaluated design.
struct SweepPoint {
    std::uint64_t index = 0;           // the point's index in the sweep (stable across shards)
    std::vector<SweepAxisValue> axes;  // one per axis
    std::vector<double> objectives;    // one per objective; NaN on error
    std::vector<double> constraints;   // one per constraint; NaN on error
    bool feasible = false;             // no error and every constraint holds
    std::string error;                 // why the point could not be evaluated; empty if it was
};

// The typed reason a kept point failed (MessageId of the engine's
// MessageError), for the GUI to show in the user's language. Kept beside the
// points, not in them: most points succeed and a sweep can hold millions.
struct SweepPointFailure {
    std::uint64_t point = 0;  // SweepPoint::index
    Message reason;
};

// One axis' effect on one objective with every other axis at the base design
// (the base project as written): what a tornado chart draws. Tied axes move
// together and have one row, under the group's first axis.
struct SensitivityRow {
    std::size_t axis = 0;       // index into SweepResult::axes
    std::size_t objective = 0;  // index into SweepResult::objectives
    double base = kNoValue;     // the objective at the base design
    double atLow = kNoValue;    // with the axis at its first (lowest) value
    double atHigh = kNoValue;   // with the axis at its last (highest) value
    std::string lowLabel, highLabel;
    double min = kNoValue, max = kNoValue;  // over every value of the axis tried
    std::string minLabel, maxLabel;         // the axis values that gave them
    double swing() const { return std::isnan(max - min) ? 0.0 : max - min; }
};

struct SweepResult {
    std::string name;
    NameTranslations nameTranslations;
    std::string specFile;  // the sweep file it came from, if any
    // Identifies the sweep's definition (axes, values, sampling, objectives,
    // constraints, predictor): shards and resumed runs must share it.
    std::string fingerprint;
    std::vector<SweepAxisInfo> axes;
    std::vector<SweepObjectiveInfo> objectives;
    std::vector<SweepConstraintInfo> constraints;

    std::uint64_t pointCount = 0;  // points in the whole sweep
    std::uint64_t evaluated = 0;   // points evaluated in this run/range (errors included)
    std::uint64_t feasibleCount = 0;
    std::uint64_t errorCount = 0;
    bool complete = false;                       // every point of the requested range is on record
    std::uint64_t rangeBegin = 0, rangeEnd = 0;  // the points [begin, end) this result covers

    // The points kept in memory, by ascending index: every point when the
    // run was asked to keep them (GUI, tests), otherwise only the front.
    std::vector<SweepPoint> points;
    // Positions in `points` of the Pareto front of the feasible points over
    // the objectives (2 or 3; with 1 objective the best point(s)), by
    // ascending point index.
    std::vector<std::size_t> front;
    std::vector<SensitivityRow> sensitivity;  // empty when not computed
    // Typed reasons of the kept points that failed with one, by ascending
    // point index; empty for a sweep read from its files (points.csv keeps
    // the English) and for failures the engine did not type.
    std::vector<SweepPointFailure> failures;
};

// The typed reason point `index` failed, or nullptr (evaluated, untyped, or
// a sweep read from its files).
inline const Message* failureReason(const SweepResult& r, std::uint64_t index) {
    auto it =
        std::lower_bound(r.failures.begin(), r.failures.end(), index,
                         [](const SweepPointFailure& f, std::uint64_t i) { return f.point < i; });
    return it != r.failures.end() && it->point == index ? &it->reason : nullptr;
}

}  // namespace rl
