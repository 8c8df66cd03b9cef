#include "core/workload/operator.h"

#include "core/workload/operator_names.h"

namespace rl {

std::string_view toString(OpKind k) { return nameOf(kOpKindNames, k); }

std::string_view toString(TensorClass c) { return nameOf(kTensorClassNames, c); }

std::string_view toString(CollectiveKind k) { return nameOf(kCollectiveKindNames, k); }

// A stride below 1 (a reader's placeholder for a missing field) has no
// output pixels rather than a division by zero (found by fuzzing).
std::int64_t ConvShape::outHeight() const {
    if (strideH < 1) return 0;
    return (inHeight + 2 * padH - dilationH * (kernelH - 1) - 1) / strideH + 1;
}

std::int64_t ConvShape::outWidth() const {
    if (strideW < 1) return 0;
    return (inWidth + 2 * padW - dilationW * (kernelW - 1) - 1) / strideW + 1;
}

}  // namespace rl
