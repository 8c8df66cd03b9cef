#include "core/predict/operator_cost_model.h"

#include "core/analytical/analyze.h"

namespace rl {

OpRecord OperatorCostModel::cost(const Operator& op, const Hardware& hw) const {
    OpRecord rec = evaluateOperator(op, hw);
    if (refines()) refine(op, hw, rec);
    return rec;
}

RefineFn refineHook(std::shared_ptr<const OperatorCostModel> model) {
    if (!model || !model->refines()) return {};
    return [model = std::move(model)](const Operator& op, const Hardware& hw, OpRecord& rec) {
        model->refine(op, hw, rec);
    };
}

}  // namespace rl
