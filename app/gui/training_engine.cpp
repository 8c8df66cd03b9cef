#include "app/gui/training_engine.h"

#include "core/sim/training/rank_trace.h"
#include "core/sim/training/search_base.h"
#include "core/sim/training/to_prediction.h"

namespace rl {
namespace gui {
namespace {

views::TrainingSimulation simulate(const views::TrainingInputs& in, const rl::Progress& progress) {
    using namespace rl::training;
    progress(0.05, "simulating the iteration");
    const TrainingPlan plan = makePlan(in.model, in.scenario);
    TrainingOptions options;
    options.trace = true;
    options.tokensToTrain = in.tokensToTrain;
    options.refine = in.refine;
    auto report =
        std::make_shared<TrainingReport>(simulateTraining(in.hardware, in.model, plan, options));
    progress.check();
    progress(0.3, "re-simulating the what-ifs");
    views::TrainingSimulation run;
    run.explanation = explainTraining(in.hardware, in.model, *report, in.refine);
    progress.check();
    progress(0.9, "drawing the ranks");
    // The Prediction carries the per-rank timeline (what the Timeline tab and
    // the Chrome-trace export show); the report keeps its own trace for other ranks.
    auto ranks = std::make_shared<const rl::Trace>(rankTrace(*report));
    TrainingReport copy = *report;
    rl::Prediction prediction =
        trainingPrediction(in.hardware, in.model, in.scenario.name, std::move(copy));
    prediction.predictor = "training simulator (" + in.predictorName + " operators)";
    prediction.trace = std::move(ranks);
    run.prediction = std::make_shared<const rl::Prediction>(std::move(prediction));
    run.report = std::move(report);
    progress(1.0, "done");
    return run;
}

rl::training::SearchResult search(const views::TrainingInputs& in, const rl::Progress& progress) {
    rl::training::SearchOptions options;
    options.gpus = in.hardware.deviceCount();
    options.progress = progress;
    options.refine = in.refine;
    return rl::training::searchPlans(in.hardware, in.model,
                                     rl::training::searchBasePlan(in.model, in.scenario), options);
}

}  // namespace

views::TrainingEngine trainingEngine() { return {simulate, search}; }

views::TrainingInputs trainingInputs(
    const rl::Hardware& hw, const rl::ModelSpec& model, const rl::Scenario& scenario,
    const std::shared_ptr<const rl::OperatorCostModel>& predictor) {
    views::TrainingInputs in;
    in.hardware = hw;
    in.model = model;
    in.scenario = scenario;
    in.refine = rl::refineHook(predictor);
    in.predictorName = predictor ? predictor->name() : "roofline";
    return in;
}

}  // namespace gui
}  // namespace rl
