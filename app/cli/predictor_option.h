#pragma once
// --predictor NAME and --model-file F, as `analyze` and `simulate` take them:
// the names come from the predictor registry (core/predict), which also
// builds the chosen predictor.
#include <memory>
#include <string>

#include "app/cli/options.h"
#include "core/predict/operator_cost_model.h"

namespace rl::cli {

// `what` starts the --predictor help line ("Predictor", "Operator predictor").
void addPredictorOptions(OptionSet& parser, const std::string& what);

// The chosen predictor; null after printing the error, with the exit code in
// `code` (2 for an unknown name, 1 for a model file that cannot be used).
std::shared_ptr<const OperatorCostModel> predictorFromOptions(const OptionSet& parser, int& code);

}  // namespace rl::cli

#ifdef QT_CORE_LIB
// The commands built with Qt hand their QCommandLineParser.
#include "app/cli/qt_option_set.h"

namespace rl::cli {
inline void addPredictorOptions(QCommandLineParser& parser, const std::string& what) {
    QtOptionSet options(parser);
    addPredictorOptions(static_cast<OptionSet&>(options), what);
}
inline std::shared_ptr<const OperatorCostModel> predictorFromOptions(
    const QCommandLineParser& parser, int& code) {
    return predictorFromOptions(static_cast<const OptionSet&>(QtOptionSet(parser)), code);
}
}  // namespace rl::cli
#endif
