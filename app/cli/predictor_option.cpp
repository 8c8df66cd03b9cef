#include "app/cli/predictor_option.h"

#include "app/cli/output.h"
#include "core/predict/predictor_registry.h"

namespace rl::cli {

void addPredictorOptions(OptionSet& parser, const std::string& what) {
    std::string help = what + ": roofline (default)";
    for (const PredictorInfo& p : kPredictors)
        if (p.id != PredictorId::roofline)
            help += ", " + std::string(p.name) + " (" + std::string(p.summary) + ")";
    parser.addOption(Option("predictor", help + ".", "name", "roofline"));
    parser.addOption(Option("model-file", "Fitted model for learned/hybrid predictors.", "file"));
}

std::shared_ptr<const OperatorCostModel> predictorFromOptions(const OptionSet& parser, int& code) {
    const std::string name = parser.value("predictor");
    const std::optional<PredictorId> id = parsePredictorId(name);
    if (!id) {
        code = fail("unknown --predictor '" + name + "'; expected one of: " + predictorNames(), 2);
        return nullptr;
    }
    std::string error;
    auto model = buildPredictor({*id, parser.value("model-file")}, error);
    if (!model) code = fail(error);
    return model;
}

}  // namespace rl::cli
