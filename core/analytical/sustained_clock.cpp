#include "core/analytical/sustained_clock.h"

#include <algorithm>

#include "core/spec/device_kind.h"

namespace rl {

double powerBudgetPerUnitGhz(const Hardware& hw) {
    if (hw.tdpW <= 0 || hw.compute.units <= 0 || hw.compute.clockHz <= 0) return 0;
    return hw.tdpW / (hw.compute.units * hw.compute.clockHz * 1e-9);
}

double sustainedClockFraction(const Hardware& hw, const SustainedClockModel& model) {
    const double budget = powerBudgetPerUnitGhz(hw);
    if (budget <= 0 || model.fullClockBudget <= 0) return 1.0;
    return std::min(1.0, budget / model.fullClockBudget);
}

double physicsEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model) {
    if (!isGpu(hw) || t != DType::fp32 || powerBudgetPerUnitGhz(hw) <= 0) return 1.0;
    return std::clamp(model.achievable * sustainedClockFraction(hw, model), 0.01, 1.0);
}

double computeEfficiency(const Hardware& hw, DType t, const SustainedClockModel& model) {
    if (hw.compute.efficiency.count(t)) return hw.compute.efficiencyFor(t);
    return physicsEfficiency(hw, t, model);
}

}  // namespace rl
