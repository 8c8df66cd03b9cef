// makeEvaluator and what the four evaluators share.
#include "core/explore/evaluators.h"

#include <algorithm>

#include "core/predict/predictor_registry.h"

namespace rl::explore {

std::unique_ptr<PointEvaluator> makeEvaluator(const SweepSpec& spec, Diagnostics& diag) {
    switch (spec.predictor.kind) {
        case PredictorKind::analytical:
            return makeAnalyticalEvaluator(spec, diag);
        case PredictorKind::dataflow:
            return makeDataflowEvaluator(spec, diag);
        case PredictorKind::serving:
            return makeServingEvaluator(spec, diag);
        case PredictorKind::training:
            return makeTrainingEvaluator(spec, diag);
    }
    diag.error("/predictor", "?", RL_TR("SpecText", "analytical, dataflow, serving or training"));
    return nullptr;
}

bool MetricSlots::needs(Metric m) const {
    return std::find(metrics_.begin(), metrics_.end(), m) != metrics_.end();
}

std::optional<OperatorModel> operatorModelFor(const SweepSpec& spec, Diagnostics& diag) {
    const auto id = parsePredictorId(spec.predictor.operatorPredictor);
    if (!id) {
        diag.error("/predictor/operator_predictor", spec.predictor.operatorPredictor,
                   predictorNames());
        return std::nullopt;
    }
    std::string error;
    const auto model = buildPredictor({*id, spec.predictor.operatorModelFile}, error);
    if (!model) {
        diag.error("/predictor/model_file", spec.predictor.operatorModelFile, error);
        return std::nullopt;
    }
    OperatorModel out;
    out.name = model->name();
    out.refine = refineHook(model);
    return out;
}

}  // namespace rl::explore
