#pragma once
// What the training page runs and shows, and the engine calls the app wires
// in (app/gui/training_engine.h), so the page holds no engine logic and tests
// can drive it with any result.
#include <functional>
#include <memory>
#include <string>

#include "core/predict/operator_cost_model.h"
#include "core/result/prediction.h"
#include "core/result/progress.h"
#include "core/sim/training/search.h"
#include "core/sim/training/what_if.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

namespace rl {
namespace views {

// The specs of one training run and the operator predictor's hook.
struct TrainingInputs {
    rl::Hardware hardware;
    rl::ModelSpec model;
    rl::Scenario scenario;
    rl::RefineFn refine;        // empty: the roofline
    std::string predictorName;  // "roofline", "hybrid", ...
    double tokensToTrain = 300e9;
};

// One simulated iteration: the report (with its per-stage trace), the
// explanation and re-simulated what-ifs, and the same result as a Prediction
// for the window's result store and exports.
struct TrainingSimulation {
    std::shared_ptr<const rl::training::TrainingReport> report;
    rl::training::TrainingExplanation explanation;
    std::shared_ptr<const rl::Prediction> prediction;
};

struct TrainingEngine {
    std::function<TrainingSimulation(const TrainingInputs&, const rl::Progress&)> simulate;
    // The plans that fit on the hardware's GPUs, fastest first.
    std::function<rl::training::SearchResult(const TrainingInputs&, const rl::Progress&)> search;
};

}  // namespace views
}  // namespace rl
