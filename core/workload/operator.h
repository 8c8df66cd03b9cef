#pragma once
// The operator list a workload is lowered to: what every predictor consumes.
// Shapes are in elements; data types per tensor class come from the scenario.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/spec/dtype.h"

namespace rl {

enum class OpKind {
    gemm,              // [batch x] M x K times K x N (linear layers, LM head, experts)
    batched_matmul,    // independent GEMMs with both operands activations (or KV)
    conv2d,            // grouped / depthwise / strided / dilated / padded
    pool,              // max or average pooling
    attention,         // fused (flash) attention: QK^T, softmax, AV in one kernel
    attention_scores,  // unfused QK^T
    attention_values,  // unfused AV
    softmax,
    norm,         // layer norm or RMS norm
    activation,   // GELU, SiLU (with gating), ReLU
    elementwise,  // add, mul, residual, RoPE
    embedding,    // lookup
    moe_router,   // router GEMM + top-k
    collective,   // all-reduce, all-gather, reduce-scatter, all-to-all
    send_recv,    // point-to-point between pipeline stages
};
std::string_view toString(OpKind k);

enum class TensorClass { weights, activations, kv_cache, gradients, optimizer_state };
inline constexpr int kTensorClassCount = 5;
std::string_view toString(TensorClass c);

enum class CollectiveKind { all_reduce, all_gather, reduce_scatter, all_to_all, send_recv };
std::string_view toString(CollectiveKind k);

struct GemmShape {
    std::int64_t batch = 1;  // independent problems (batched matmul, heads)
    std::int64_t m = 0, n = 0, k = 0;
    bool bias = false;
    // Class of the B operand (weights for linear layers, activations or KV for bmm).
    TensorClass bClass = TensorClass::weights;
};

struct ConvShape {
    std::int64_t batch = 1, inChannels = 0, outChannels = 0;
    std::int64_t inHeight = 0, inWidth = 0;
    int kernelH = 1, kernelW = 1, strideH = 1, strideW = 1, padH = 0, padW = 0;
    int dilationH = 1, dilationW = 1, groups = 1;
    bool bias = false;
    std::int64_t outHeight() const;
    std::int64_t outWidth() const;
};

struct AttentionShape {
    std::int64_t batch = 1, heads = 0, kvHeads = 0, headDim = 0;
    std::int64_t queryLen = 0;  // tokens attending (prompt chunk, or 1 in decode)
    std::int64_t kvLen = 0;     // keys attended to (includes queryLen)
    bool causal = true;
};

struct PoolShape {
    std::int64_t batch = 1, channels = 0, inHeight = 0, inWidth = 0;
    int kernel = 2, stride = 2, padding = 0;
    bool average = false;
};

struct ElementwiseShape {
    std::int64_t elements = 0;  // output elements
    int inputs = 1;             // tensors read of the same size
    double flopsPerElement = 1.0;
    std::int64_t weightElements = 0;  // e.g. norm scale/bias
    // Elements of one row for kernels that give each row (token) one thread
    // block (norms, RoPE, gated activations, gathers); 0: unknown or flat.
    std::int64_t rowWidth = 0;
};

struct CollectiveShape {
    CollectiveKind kind = CollectiveKind::all_reduce;
    double bytes = 0;  // message size per rank (the full tensor for all-reduce)
    int ranks = 1;
    int dimension = 0;  // which interconnect dimension it runs on
};

struct Operator {
    std::string name;  // "L3.attn_qkv"
    OpKind kind = OpKind::gemm;
    std::string phase;  // "prefill", "decode", "forward"
    int layer = -1;     // -1 for ops outside the layer stack
    // Identical layers fold into one op: it stands for layers layer .. layer + layerSpan - 1.
    int layerSpan = 1;
    double count = 1;  // how many times this exact op runs in the phase
    DType mathType = DType::fp16;
    DType weightType = DType::fp16;
    DType activationType = DType::fp16;
    DType kvType = DType::fp16;
    std::string detail;  // e.g. "silu*gate", "rms", "max"

    GemmShape gemm;
    ConvShape conv;
    AttentionShape attention;
    PoolShape pool;
    ElementwiseShape elementwise;
    CollectiveShape collective;
};

}  // namespace rl
