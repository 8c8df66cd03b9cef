#pragma once
// The token-embedding lookup's shape, one definition for the transformer
// lowering and the measurement importers, so that a measured "emb" row and
// `analyze`'s embedding operator are costed from the same bytes.
#include <cstdint>

#include "core/workload/operator.h"

namespace rl {

// A gather of `tokens` rows of `width` elements: reads those rows of the table
// (weights) and writes them as activations; no arithmetic. The row width tells
// the roofline how many indices the gather walks (core/analytical/row_kernels.h).
inline void makeEmbeddingLookup(Operator& op, std::int64_t tokens, std::int64_t width) {
    const std::int64_t elements = tokens * width;
    op.kind = OpKind::embedding;
    op.mathType = op.activationType;
    op.elementwise = {elements, 1, 0.0, elements, width};
    op.detail = "token";
}

}  // namespace rl
