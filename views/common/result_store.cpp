#include "views/common/result_store.h"

namespace rl {
namespace views {

void ResultStore::setResult(PredictionPtr p) {
    result_ = std::move(p);
    Q_EMIT resultChanged();
}

void ResultStore::setBaseline(PredictionPtr p) {
    baseline_ = std::move(p);
    Q_EMIT baselineChanged();
}

int matchingOp(const rl::Prediction& in, const rl::OpRecord& op) {
    for (std::size_t i = 0; i < in.ops.size(); ++i)
        if (in.ops[i].name == op.name && in.ops[i].phase == op.phase) return static_cast<int>(i);
    return -1;
}

}  // namespace views
}  // namespace rl
