#include "core/workload/operator.h"

#include "core/workload/operator_names.h"

namespace rl {

std::string_view toString(OpKind k) { return nameOf(kOpKindNames, k); }

std::string_view toString(TensorClass c) { return nameOf(kTensorClassNames, c); }

std::string_view toString(CollectiveKind k) { return nameOf(kCollectiveKindNames, k); }

std::int64_t ConvShape::outHeight() const {
    return (inHeight + 2 * padH - dilationH * (kernelH - 1) - 1) / strideH + 1;
}

std::int64_t ConvShape::outWidth() const {
    return (inWidth + 2 * padW - dilationW * (kernelW - 1) - 1) / strideW + 1;
}

}  // namespace rl
