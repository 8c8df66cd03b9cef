#pragma once
// The names of the operator enums (toString in operator.h and the parsers
// here): graph specs, exports, learned datasets and the CLI all use them.
#include <optional>
#include <string_view>

#include "core/spec/enum_names.h"
#include "core/workload/operator.h"

namespace rl {

inline constexpr std::array<EnumName<OpKind>, 15> kOpKindNames{{
    {OpKind::gemm, "gemm"},
    {OpKind::batched_matmul, "batched_matmul"},
    {OpKind::conv2d, "conv2d"},
    {OpKind::pool, "pool"},
    {OpKind::attention, "attention"},
    {OpKind::attention_scores, "attention_scores"},
    {OpKind::attention_values, "attention_values"},
    {OpKind::softmax, "softmax"},
    {OpKind::norm, "norm"},
    {OpKind::activation, "activation"},
    {OpKind::elementwise, "elementwise"},
    {OpKind::embedding, "embedding"},
    {OpKind::moe_router, "moe_router"},
    {OpKind::collective, "collective"},
    {OpKind::send_recv, "send_recv"},
}};

inline constexpr std::array<EnumName<TensorClass>, kTensorClassCount> kTensorClassNames{{
    {TensorClass::weights, "weights"},
    {TensorClass::activations, "activations"},
    {TensorClass::kv_cache, "kv_cache"},
    {TensorClass::gradients, "gradients"},
    {TensorClass::optimizer_state, "optimizer_state"},
}};

inline constexpr std::array<EnumName<CollectiveKind>, 5> kCollectiveKindNames{{
    {CollectiveKind::all_reduce, "all_reduce"},
    {CollectiveKind::all_gather, "all_gather"},
    {CollectiveKind::reduce_scatter, "reduce_scatter"},
    {CollectiveKind::all_to_all, "all_to_all"},
    {CollectiveKind::send_recv, "send_recv"},
}};

// Exact names only (importers add their own aliases on top).
inline std::optional<OpKind> parseOpKind(std::string_view s) { return valueOf(kOpKindNames, s); }
inline std::optional<TensorClass> parseTensorClass(std::string_view s) {
    return valueOf(kTensorClassNames, s);
}
inline std::optional<CollectiveKind> parseCollectiveKind(std::string_view s) {
    return valueOf(kCollectiveKindNames, s);
}

}  // namespace rl
