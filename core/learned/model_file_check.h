#pragma once
// Complete validation of a learned-model file's members before XGBoost, the
// flat forest or the MLP sees any byte of them. XGBoost trusts its own JSON
// (a num_trees of 1000000 with two trees present makes its loader read past
// the array), so every field it reads is checked here: only known keys, tree
// arrays of one length, child indices in range forming one tree (every node
// below the root has exactly one parent, numbered after it, so no cycles),
// depth at most kMaxTreeDepth, feature indices below the model's feature
// count, finite thresholds and leaves, num_trees and tree_info matching the
// trees present. Calibrations and the training envelope are checked for
// finite, sane values. Every problem names the JSON path, value and
// expectation (Diagnostics).
#include <cstddef>

#include <nlohmann/json.hpp>

#include "core/spec/diagnostics.h"

namespace rl {

inline constexpr std::size_t kMaxTreesPerMember = 100'000;
inline constexpr std::size_t kMaxNodesPerTree = 1u << 20;
inline constexpr int kMaxTreeDepth = 64;
// |log10 factor| of a calibration: 6 is a factor of a million either way.
inline constexpr double kMaxCalibrationLog10 = 6.0;

// One XGBoost member at `path` ("/members/0") of a model with `features` inputs.
void checkXgboostMember(const nlohmann::json& member, const std::string& path, std::size_t features,
                        Diagnostics& diag);
// One MLP member: finite weights whose layer sizes chain from `features` inputs to 1 output.
void checkMlpMember(const nlohmann::json& member, const std::string& path, std::size_t features,
                    Diagnostics& diag);
// The "calibrations" object: known methods, finite offsets and slopes within
// kMaxCalibrationLog10, non-negative counts.
void checkCalibrations(const nlohmann::json& calibrations, Diagnostics& diag);
// Every number of the "training" and "transfer" sections is finite.
void checkEnvelopeNumbers(const nlohmann::json& doc, Diagnostics& diag);

}  // namespace rl
