#pragma once
// Predictors `ridgeline-cli analyze --predictor NAME` can use besides the
// roofline. A predictor registers itself from its own app/cli/*.cpp file:
//   static const bool registered = rl::cli::registerAnalyzePredictor({"learned", "...",
//   makeRefine});
// and analyze passes the refine function it returns as AnalysisOptions::refine.
#include <functional>
#include <string>
#include <vector>

#include "core/analytical/analyze.h"

namespace rl::cli {

struct AnalyzePredictor {
    std::string name;     // "learned", "hybrid"
    std::string summary;  // one line for --help
    // Builds the refine hook from --model-file (may be empty). Returns an empty
    // function and sets `error` when it cannot (missing or bad model file).
    std::function<std::function<void(const Operator&, const Hardware&, OpRecord&)>(
        const std::string& modelFile, std::string& error)>
        makeRefine;
};

bool registerAnalyzePredictor(AnalyzePredictor p);
const std::vector<AnalyzePredictor>& analyzePredictors();

}  // namespace rl::cli
