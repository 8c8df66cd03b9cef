#include "app/cli/analyze_predictors.h"

namespace rl::cli {

namespace {
std::vector<AnalyzePredictor>& registry() {
    static std::vector<AnalyzePredictor> r;
    return r;
}
}  // namespace

bool registerAnalyzePredictor(AnalyzePredictor p) {
    registry().push_back(std::move(p));
    return true;
}

const std::vector<AnalyzePredictor>& analyzePredictors() { return registry(); }

}  // namespace rl::cli
