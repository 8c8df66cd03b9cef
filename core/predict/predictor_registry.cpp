#include "core/predict/predictor_registry.h"

#include <exception>

#include "core/predict/learned_cost_model.h"

namespace rl {

std::string_view toString(PredictorId id) {
    for (const PredictorInfo& p : kPredictors)
        if (p.id == id) return p.name;
    return "?";
}

std::optional<PredictorId> parsePredictorId(std::string_view name) {
    for (const PredictorInfo& p : kPredictors)
        if (p.name == name) return p.id;
    return std::nullopt;
}

std::string predictorNames() {
    std::string s;
    for (const PredictorInfo& p : kPredictors) {
        if (!s.empty()) s += ", ";
        s += p.name;
    }
    return s;
}

std::shared_ptr<const OperatorCostModel> buildPredictor(const PredictorChoice& choice,
                                                        std::string& error) {
    if (choice.id == PredictorId::roofline) return std::make_shared<const RooflineCostModel>();
    const PredictorKind kind =
        choice.id == PredictorId::hybrid ? PredictorKind::hybrid : PredictorKind::learned;
    if (choice.modelFile.empty()) {
        error = "--predictor " + toString(kind) +
                " needs --model-file (train one with `ridgeline-cli learn train`)";
        return nullptr;
    }
    try {
        auto model = std::make_shared<const LearnedModel>(LearnedModel::load(choice.modelFile));
        if (model->kind() != kind) {
            error = choice.modelFile + " holds a " + toString(model->kind()) +
                    " model; use --predictor " + toString(model->kind());
            return nullptr;
        }
        return std::make_shared<const LearnedCostModel>(std::move(model));
    } catch (const std::exception& e) {
        error = e.what();
        return nullptr;
    }
}

std::shared_ptr<const OperatorCostModel> predictorFor(std::shared_ptr<const LearnedModel> model) {
    if (!model) return std::make_shared<const RooflineCostModel>();
    return std::make_shared<const LearnedCostModel>(std::move(model));
}

}  // namespace rl
