#include "app/cli/prediction_summary.h"

namespace rl::cli {

Table predictionSummary(const Prediction& p) {
    Table sum("summary", {"quantity", "value"});
    sum.addRow({"hardware", p.hardware});
    sum.addRow({"model", p.model});
    sum.addRow({"scenario", p.scenario});
    sum.addRow({"predictor", p.predictor});
    return sum;
}

}  // namespace rl::cli
