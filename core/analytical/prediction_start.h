#pragma once
// What every prediction of a run on hardware starts with, whichever engine
// fills the rest (the analytical predictor, the serving simulator).
#include <string>

#include "core/result/prediction.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

namespace rl {

// Predictor, hardware, model and scenario names, and the hardware's memory
// levels in order (the index space of the per-level figures).
Prediction startPrediction(const std::string& predictor, const Hardware& hw, const ModelSpec& model,
                           const Scenario& scenario);

}  // namespace rl
