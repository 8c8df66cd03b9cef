#pragma once
// Helpers shared by the learned-model sources (training, transfer check,
// calibration, file I/O); not part of the public interface.
#include <string>
#include <vector>

#include "core/learned/feature_table.h"
#include "core/learned/features.h"
#include "core/result/progress.h"

namespace rl::learned_detail {

inline constexpr double kZ90 = 1.645;  // two-sided 90% normal quantile
// Residual quantiles of the 90% interval.
inline constexpr double kIntervalLow = 0.05, kIntervalHigh = 0.95;
inline constexpr double kIntervalCoverage = kIntervalHigh - kIntervalLow;
inline constexpr double kTrustPriorSamples = 20;
inline constexpr double kTargetMargin = 0.3;  // log10: a factor of 2 beyond the measured extremes

// The selected feature columns of every row, row-major, as float.
std::vector<float> selectFeatures(const FeatureTable& data, const std::vector<Feature>& f);
// Maps a sub-task's progress [0, 1] onto [from, to] of the caller's.
Progress segment(const Progress& p, double from, double to);
std::vector<std::string> distinctSorted(const std::vector<std::string>& v);

}  // namespace rl::learned_detail
