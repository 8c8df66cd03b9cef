#include "core/analytical/sustained_clock.h"

#include <algorithm>

#include "core/spec/device_kind.h"

namespace rl {

namespace {
// A 16-bit peak above this many times the fp32 peak comes from matrix units:
// the FMA pipes alone give 1x, or 2x with packed half2 math (P100); matrix
// units give 4x (L4: 121 / 30.3 TFLOP/s, fp32 accumulation) to 16x (A100).
constexpr double kMatrixUnitRatio = 3.0;
}  // namespace

double powerBudgetPerUnitGhz(const Hardware& hw) {
    if (hw.tdpW <= 0 || hw.compute.units <= 0 || hw.compute.clockHz <= 0) return 0;
    return hw.tdpW / (hw.compute.units * hw.compute.clockHz * 1e-9);
}

double listedPeak(const Hardware& hw, DType t) {
    const auto it = hw.compute.peakFlops.find(t);
    return it != hw.compute.peakFlops.end() ? it->second : 0.0;
}

bool sharesFmaIssue(const Hardware& hw) {
    const double fp32 = listedPeak(hw, DType::fp32);
    // The larger 16-bit peak (hardware.h's peak() falls back when one is absent).
    const double half = std::max(hw.compute.peak(DType::fp16), hw.compute.peak(DType::bf16));
    return fp32 > 0 && half <= kMatrixUnitRatio * fp32;
}

// The other way of issuing of a spec with an fp32 peak.
bool hasMatrixUnits(const Hardware& hw) {
    return listedPeak(hw, DType::fp32) > 0 && !sharesFmaIssue(hw);
}

double sustainedClockFraction(const Hardware& hw, const SustainedClockModel& model) {
    const double budget = powerBudgetPerUnitGhz(hw);
    if (budget <= 0 || model.fullClockBudget <= 0) return 1.0;
    return std::min(1.0, budget / model.fullClockBudget);
}

double achievableFraction(const Hardware& hw, const SustainedClockModel& model) {
    return sharesFmaIssue(hw) ? model.achievableSharedIssue : model.achievable;
}

double physicsEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model) {
    if (!isGpu(hw)) return 1.0;
    if ((t == DType::fp16 || t == DType::bf16) && hasMatrixUnits(hw))
        return std::clamp(model.achievableMatrix, 0.01, 1.0);
    if (t != DType::fp32 || powerBudgetPerUnitGhz(hw) <= 0) return 1.0;
    return std::clamp(achievableFraction(hw, model) * sustainedClockFraction(hw, model), 0.01, 1.0);
}

double computeEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model) {
    if (hw.compute.efficiency.count(t)) return hw.compute.efficiencyFor(t);
    return physicsEfficiency(hw, t, model);
}

}  // namespace rl
