#pragma once
// Lowering: a workload (transformer, CNN, operator graph) plus a scenario
// becomes the operator list every predictor consumes.
//
// Conventions (all predictors rely on them):
// - Operators are per device: tensor parallelism shards heads and the MLP
//   width by Parallelism::tensor, and the collectives it needs are operators
//   of kind `collective` (two all-reduces per layer). Pipeline parallelism
//   adds `send_recv` operators between stages; a single request crosses every
//   stage in turn, so the summed time of the list is its latency.
// - Identical layers are folded: one operator with `count` = layers (x steps),
//   `layer` = 0 and a name such as "layer.qkv_proj". Ops outside the layer
//   stack have layer = -1 ("embedding", "final_norm", "lm_head").
// - Data types come from Scenario::precision. mathType is the activation type
//   unless weights and activations are both 8-bit or narrower (then the
//   narrower of the two), see mathTypeFor().
// - GEMM shapes: A is M x K activations, B is K x N (class in gemm.bClass),
//   C is M x N activations; `batch` independent problems.
// - Phases are "prefill", "decode" (transformers) and "forward" (CNN, graph).
#include <cstdint>
#include <string>
#include <vector>

#include "core/spec/model.h"
#include "core/spec/scenario.h"
#include "core/workload/operator.h"

namespace rl {

// The type the math of an op runs in, for weights of type w and activations of type a.
DType mathTypeFor(DType weights, DType activations);

// One forward step of a transformer over `queryTokens` new tokens per
// sequence for `batch` sequences that already hold `priorTokens` tokens of KV
// cache. Prefill: priorTokens = 0, queryTokens = prompt (or a chunk). Decode:
// queryTokens = 1. `lmHead` adds the final norm and the LM head on the last
// token of each sequence; `embedding` adds the token embedding lookup.
struct TransformerStep {
    std::string phase = "prefill";
    std::int64_t batch = 1;
    std::int64_t queryTokens = 1;
    std::int64_t priorTokens = 0;
    bool embedding = true;
    bool lmHead = true;
    double repeat = 1;  // multiplies every op's count (e.g. identical decode steps)
};

// Operators of one transformer step (per device, TP-sharded, with collectives
// and pipeline send/recv). Throws std::invalid_argument if the model is not a
// transformer or its dimensions are not positive.
std::vector<Operator> lowerTransformerStep(const ModelSpec& model, const Scenario& scenario,
                                           const TransformerStep& step);

// The prefill of Scenario::inference (the whole prompt, or chunks of
// prefillChunk tokens, each attending to the chunks before it).
std::vector<Operator> lowerPrefill(const ModelSpec& model, const Scenario& scenario);

// One decode step of the batch at a KV length of `kvLength` tokens (the
// context the new token attends to, itself included).
std::vector<Operator> lowerDecodeStep(const ModelSpec& model, const Scenario& scenario,
                                      std::int64_t kvLength);

// A CNN forward pass at Scenario::inference.batch: convs (grouped, depthwise,
// strided, padded), batch norm + activation (elementwise), pools, fc, residual
// adds, with shapes propagated layer by layer.
std::vector<Operator> lowerCnn(const ModelSpec& model, const Scenario& scenario);

// An explicit operator graph. `dims` per kind (batch defaults to 1 when omitted):
//   gemm / batched_matmul / moe_router: [m, n, k] or [batch, m, n, k]
//   conv2d:  [batch, in_channels, out_channels, height, width, kernel, stride, padding, groups]
//   pool:    [batch, channels, height, width, kernel, stride]
//   attention / attention_scores / attention_values:
//            [batch, heads, kv_heads, head_dim, query_len, kv_len]
//   softmax / norm / activation / elementwise / embedding: [elements] or [elements, inputs]
//   collective / send_recv: [bytes, ranks]
// Throws std::invalid_argument naming the op when its dims do not fit its kind.
std::vector<Operator> lowerGraph(const ModelSpec& model, const Scenario& scenario);

// Everything the scenario runs, in order. Transformers: the prefill, then the
// decode steps folded at the mean KV length (count x generated tokens); CNN and
// graph: one forward pass. Throws std::invalid_argument on unusable specs.
std::vector<Operator> lowerModel(const ModelSpec& model, const Scenario& scenario);

}  // namespace rl
