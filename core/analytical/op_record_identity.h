#pragma once
// What names an operator on its record (name, kind, phase, layers, count,
// math type), apart from what it costs: evaluateOperator starts every record
// from it, and the shape cache puts it on a record costed for another operator
// of the same shape, so a cached record never keeps the first operator's layers.
#include "core/result/prediction.h"
#include "core/workload/operator.h"

namespace rl {

inline void setOpIdentity(OpRecord& rec, const Operator& op) {
    rec.name = op.name;
    rec.kind = op.kind;
    rec.phase = op.phase;
    rec.layer = op.layer;
    rec.layerSpan = op.layerSpan;
    rec.count = op.count;
    rec.mathType = op.mathType;
}

}  // namespace rl
