// The plan a configuration search starts from.
#include "core/sim/training/search_base.h"

namespace rl::training {

Scenario searchBaseScenario(const Scenario& scenario) {
    Scenario base = scenario;
    base.parallelism = {};
    base.training.interleave = 1;
    base.training.microBatch = 1;
    base.training.zeroStage = 0;
    base.training.schedule = "1f1b";
    return base;
}

TrainingPlan searchBasePlan(const ModelSpec& model, const Scenario& scenario) {
    return makePlan(model, searchBaseScenario(scenario));
}

}  // namespace rl::training
