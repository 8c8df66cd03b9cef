#pragma once
// The "graph" object of a model file: an explicit operator list.
// dims per kind (all positive integers), see docs/formats.md:
//   gemm [m, n, k] or [batch, m, n, k]; batched_matmul [batch, m, n, k];
//   conv2d [batch, in_channels, out_channels, height, width, kernel, stride?, padding?, groups?];
//   pool [batch, channels, height, width, kernel, stride?];
//   attention, attention_scores, attention_values [batch, heads, kv_heads, head_dim, query_len,
//   kv_len]; softmax, norm, activation, elementwise [elements] or [elements, inputs];
//   embedding [elements]; moe_router [tokens, hidden, experts]; collective [bytes, ranks];
//   send_recv [bytes] or [bytes, ranks] (ranks 2 when left out).
// The lowering (core/workload/lower.cpp) checks the same table.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"
#include "core/spec/model.h"

namespace rl {

// The op kinds a graph may use and the allowed number of dims for each.
struct GraphKindInfo {
    std::string kind;
    std::size_t minDims, maxDims;
    std::string dimsHelp;  // e.g. "[m, n, k] or [batch, m, n, k]"
};
const std::vector<GraphKindInfo>& graphOpKinds();

std::optional<std::vector<GraphOpSpec>> parseGraphSpec(const Json& node, const std::string& path,
                                                       Diagnostics& diag);
Json graphSpecToJson(const std::vector<GraphOpSpec>& ops);

}  // namespace rl
