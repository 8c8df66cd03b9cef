#pragma once
// One-at-a-time sensitivity around the base design: every axis (with the
// axes tied to it) swept through its values while the others keep the base
// project's own values; per axis and objective, the objective at the axis'
// low and high ends and its range. What a tornado chart draws. A tie group
// gets one row per objective, under its first axis.
#include <vector>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_points.h"
#include "core/result/progress.h"
#include "core/result/sweep_result.h"

namespace rl::explore {

// Evaluates the base and each axis' values (in parallel, deterministic).
// Throws Cancelled when cancelled.
std::vector<SensitivityRow> computeSensitivity(const SweepSpec& spec, const SweepBase& base,
                                               const PointSpace& space,
                                               const PointEvaluator& evaluator,
                                               const Progress& progress);

}  // namespace rl::explore
