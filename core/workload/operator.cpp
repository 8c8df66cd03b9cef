#include "core/workload/operator.h"

namespace rl {

std::string_view toString(OpKind k) {
    switch (k) {
        case OpKind::gemm:
            return "gemm";
        case OpKind::batched_matmul:
            return "batched_matmul";
        case OpKind::conv2d:
            return "conv2d";
        case OpKind::pool:
            return "pool";
        case OpKind::attention:
            return "attention";
        case OpKind::attention_scores:
            return "attention_scores";
        case OpKind::attention_values:
            return "attention_values";
        case OpKind::softmax:
            return "softmax";
        case OpKind::norm:
            return "norm";
        case OpKind::activation:
            return "activation";
        case OpKind::elementwise:
            return "elementwise";
        case OpKind::embedding:
            return "embedding";
        case OpKind::moe_router:
            return "moe_router";
        case OpKind::collective:
            return "collective";
        case OpKind::send_recv:
            return "send_recv";
    }
    return "unknown";
}

std::string_view toString(TensorClass c) {
    switch (c) {
        case TensorClass::weights:
            return "weights";
        case TensorClass::activations:
            return "activations";
        case TensorClass::kv_cache:
            return "kv_cache";
        case TensorClass::gradients:
            return "gradients";
        case TensorClass::optimizer_state:
            return "optimizer_state";
    }
    return "unknown";
}

std::string_view toString(CollectiveKind k) {
    switch (k) {
        case CollectiveKind::all_reduce:
            return "all_reduce";
        case CollectiveKind::all_gather:
            return "all_gather";
        case CollectiveKind::reduce_scatter:
            return "reduce_scatter";
        case CollectiveKind::all_to_all:
            return "all_to_all";
        case CollectiveKind::send_recv:
            return "send_recv";
    }
    return "unknown";
}

std::int64_t ConvShape::outHeight() const {
    return (inHeight + 2 * padH - dilationH * (kernelH - 1) - 1) / strideH + 1;
}

std::int64_t ConvShape::outWidth() const {
    return (inWidth + 2 * padW - dilationW * (kernelW - 1) - 1) / strideW + 1;
}

}  // namespace rl
