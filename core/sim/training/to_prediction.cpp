// TrainingReport -> Prediction.
#include "core/sim/training/to_prediction.h"

#include <memory>

namespace rl::training {

Prediction trainingPrediction(const Hardware& hw, const ModelSpec& model,
                              const std::string& scenarioName, TrainingReport&& r) {
    Prediction p;
    p.predictor = "training simulator (roofline operators)";
    p.hardware = hw.name;
    p.model = model.name;
    p.scenario = scenarioName;
    p.totalTime = r.iterationTime;
    p.totalFlops = r.modelFlops;
    p.totalEnergy = r.energyPerIteration;
    const StepBreakdown& b = r.breakdown;
    for (auto [name, time] : b.parts()) {
        PhaseSummary ph;
        ph.phase = name;
        ph.time = time;
        p.phases.push_back(ph);
    }
    if (!r.memory.fits)
        p.warnings.push_back("pipeline stage " + std::to_string(r.memory.worstStage) +
                             " does not fit in device memory");
    p.trace = std::make_shared<const Trace>(std::move(r.trace));
    return p;
}

}  // namespace rl::training
