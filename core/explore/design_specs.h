#pragma once
// A point's design as specs and as a project: parsing the three documents
// of a design object ({"hardware", "model", "scenario"}, see sweep_spec.h)
// with the same readers as every other path, checking that they fit together,
// and the project a user opens from a sweep point, with its differences from
// the base.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_points.h"
#include "core/explore/sweep_spec.h"
#include "core/spec/project.h"

namespace rl::explore {

struct DesignSpecs {
    Hardware hardware;
    ModelSpec model;
    Scenario scenario;
};

// Parses a design and runs the combination checks (core/spec/project_reader.h).
// Returns no error or the first one, formatted ("scenario: /parallelism/tensor:
// ...") and typed (point_failure.h), which is what a point's error column shows.
PointError parseDesign(const Json& design, DesignSpecs& out);

// One field a point changes.
struct DesignEdit {
    std::string axis;     // the axis name
    std::string pointer;  // into the design
    Json before, after;   // the base's value and the point's
};
std::vector<DesignEdit> differencesFromBase(const PointSpace& space, const SweepBase& base,
                                            std::span<const AxisSetting> settings);

// The base project with point `index`'s documents, all embedded (references
// cleared), so saving it anywhere writes a self-contained project.
// Nothing after reporting into `diag` when the design does not parse; then
// `typed`, when asked for, is that report as a Message (its English is the
// diagnostic's format()) whose "a valid design (...)" holds the reader's own
// typed reason, which the diagnostic's expectation can only quote in English.
std::optional<Project> projectForPoint(const SweepSpec& spec, const SweepBase& base,
                                       const PointSpace& space, std::uint64_t index,
                                       Diagnostics& diag, std::optional<Message>* typed = nullptr);

}  // namespace rl::explore
