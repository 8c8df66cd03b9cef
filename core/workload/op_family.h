#pragma once
// Groups of operator kinds that the cost model, the lowerings and the
// simulators treat alike, written once so that a new kind is placed in one
// switch (the compiler names every switch that misses it).
#include "core/workload/operator.h"

namespace rl {

// The kinds that share one cost formula (core/ops/op_cost.cpp).
enum class OpFamily {
    matmul,            // gemm, batched_matmul, moe_router
    conv,              // conv2d
    pool,              // pool
    fusedAttention,    // attention
    unfusedAttention,  // attention_scores, attention_values
    streaming,         // softmax, norm, activation, elementwise, embedding
    communication,     // collective, send_recv
};

constexpr OpFamily familyOf(OpKind k) {
    switch (k) {
        case OpKind::gemm:
        case OpKind::batched_matmul:
        case OpKind::moe_router:
            return OpFamily::matmul;
        case OpKind::conv2d:
            return OpFamily::conv;
        case OpKind::pool:
            return OpFamily::pool;
        case OpKind::attention:
            return OpFamily::fusedAttention;
        case OpKind::attention_scores:
        case OpKind::attention_values:
            return OpFamily::unfusedAttention;
        case OpKind::softmax:
        case OpKind::norm:
        case OpKind::activation:
        case OpKind::elementwise:
        case OpKind::embedding:
            return OpFamily::streaming;
        case OpKind::collective:
        case OpKind::send_recv:
            return OpFamily::communication;
    }
    return OpFamily::streaming;  // not reached: every kind is listed above
}

// The attention core: the kinds whose work grows with the context (the keys a
// query attends to), as opposed to the per-token layers around them. The
// simulators split an iteration and a recompute on this; chunked prefill
// keeps one record of them per chunk.
constexpr bool isAttentionCore(OpKind k) {
    const OpFamily f = familyOf(k);
    return f == OpFamily::fusedAttention || f == OpFamily::unfusedAttention || k == OpKind::softmax;
}

// Collectives and point-to-point transfers: time on the interconnect, not on a device.
constexpr bool isCommunication(OpKind k) { return familyOf(k) == OpFamily::communication; }

}  // namespace rl
