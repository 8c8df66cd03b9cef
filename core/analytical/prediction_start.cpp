#include "core/analytical/prediction_start.h"

namespace rl {

Prediction startPrediction(const std::string& predictor, const Hardware& hw, const ModelSpec& model,
                           const Scenario& scenario) {
    Prediction p;
    p.predictor = predictor;
    p.hardware = hw.name;
    p.model = model.name;
    p.scenario = scenario.name;
    for (const MemoryLevel& m : hw.memory) p.levels.push_back(m.name);
    return p;
}

}  // namespace rl
