#pragma once
// The "summary" table a command's prediction output starts with.
#include "app/cli/output.h"
#include "core/result/prediction.h"

namespace rl::cli {

// The summary table with the rows that say what was predicted and by what:
// hardware, model, scenario and predictor; the command adds its figures.
Table predictionSummary(const Prediction& p);

}  // namespace rl::cli
