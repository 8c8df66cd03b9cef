#pragma once
// The one place a predictor choice becomes an operator-cost model, used by
// `ridgeline-cli analyze`, `ridgeline-cli simulate` and the GUI's toolbar
// choice. The engines take refineHook(model) as their refine option and
// model->name() as their predictor name.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/learned/learned_model.h"
#include "core/predict/operator_cost_model.h"

namespace rl {

enum class PredictorId { roofline, hybrid, learned };

struct PredictorInfo {
    PredictorId id;
    std::string_view name;     // as typed after --predictor
    std::string_view summary;  // one line for --help
    bool needsModelFile;
};

// Every predictor, in the order --help lists them.
inline constexpr std::array<PredictorInfo, 3> kPredictors{{
    {PredictorId::roofline, "roofline", "hierarchical roofline", false},
    {PredictorId::hybrid, "hybrid", "learned efficiency x roofline from a model file", true},
    {PredictorId::learned, "learned", "learned kernel times from a model file", true},
}};

std::string_view toString(PredictorId id);
std::optional<PredictorId> parsePredictorId(std::string_view name);
// "roofline, hybrid, learned": for error messages.
std::string predictorNames();

struct PredictorChoice {
    PredictorId id = PredictorId::roofline;
    std::string modelFile;  // learned and hybrid: a ridgeline.learned-model file
};

// The model for a choice, or null and `error` (naming the file and what is
// wrong: missing, unreadable, a model of the other kind).
std::shared_ptr<const OperatorCostModel> buildPredictor(const PredictorChoice& choice,
                                                        std::string& error);
// The model for a learned model already in memory (the GUI's trained or
// loaded model); the roofline for null.
std::shared_ptr<const OperatorCostModel> predictorFor(std::shared_ptr<const LearnedModel> model);

}  // namespace rl
