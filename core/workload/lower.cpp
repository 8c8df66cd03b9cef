// lowerModel dispatch and the explicit operator-graph lowering.
#include <algorithm>
#include <optional>
#include <stdexcept>

#include "core/result/engine_text.h"
#include "core/spec/graph_io.h"
#include "core/workload/lower.h"
#include "core/workload/operator_names.h"

namespace rl {

namespace {

// `expected`, translated in `context`: the reader's dims help ("[m, n, k] or
// [batch, m, n, k]", SpecText) or a fixed expectation (EngineText).
[[noreturn]] void badDims(const GraphOpSpec& g, const char* context, const std::string& expected) {
    std::string got;
    for (std::size_t i = 0; i < g.dims.size(); ++i)
        got += (i ? ", " : "") + std::to_string(g.dims[i]);
    throw MessageError(engineMessage(
        {RL_TR("EngineText", "graph op '%1' (%2): dims [%3] do not fit; expected %4"),
         {PhraseArg::verbatim(g.name), PhraseArg::verbatim(g.kind), PhraseArg::verbatim(got)}},
        {Message::fromPhrase(context, expected)}));
}

Operator lowerGraphOp(const GraphOpSpec& g, const Scenario& sc) {
    // The kinds and dims count per kind are the reader's table
    // (core/spec/graph_io.cpp), so that every graph the reader accepts lowers
    // and the texts agree.
    const auto& kinds = graphOpKinds();
    const auto info = std::find_if(kinds.begin(), kinds.end(),
                                   [&](const GraphKindInfo& k) { return k.kind == g.kind; });
    const auto kind = parseOpKind(g.kind);
    if (!kind || info == kinds.end())
        throwEngineError({RL_TR("EngineText", "graph op '%1': unknown kind '%2'"),
                          {PhraseArg::verbatim(g.name), PhraseArg::verbatim(g.kind)}});
    const auto& d = g.dims;
    if (d.size() < info->minDims || d.size() > info->maxDims)
        badDims(g, kSpecTextContext, info->dimsHelp);
    for (auto v : d)
        if (v <= 0) badDims(g, kEngineTextContext, RL_TR("EngineText", "positive sizes"));
    Operator op;
    op.name = g.name;
    op.kind = *kind;
    op.phase = "forward";
    op.count = std::max(1, g.repeat);
    op.weightType = sc.precision.weights;
    op.activationType = sc.precision.activations;
    op.kvType = sc.precision.kvCache;
    op.mathType = mathTypeFor(op.weightType, op.activationType);
    switch (*kind) {
        case OpKind::gemm:
        case OpKind::batched_matmul: {
            const std::size_t o = d.size() - 3;
            op.gemm.batch = o ? d[0] : 1;
            op.gemm.m = d[o];
            op.gemm.n = d[o + 1];
            op.gemm.k = d[o + 2];
            op.gemm.bClass =
                *kind == OpKind::batched_matmul ? TensorClass::activations : TensorClass::weights;
            if (*kind == OpKind::batched_matmul) op.mathType = op.activationType;
            break;
        }
        case OpKind::moe_router:
            // [tokens, hidden, experts]: tokens x hidden times hidden x experts,
            // as the transformer lowering builds its router.
            op.gemm = {1, d[0], d[2], d[1], false, TensorClass::weights};
            break;
        case OpKind::conv2d: {
            op.conv.batch = d[0];
            op.conv.inChannels = d[1];
            op.conv.outChannels = d[2];
            op.conv.inHeight = d[3];
            op.conv.inWidth = d[4];
            op.conv.kernelH = op.conv.kernelW = static_cast<int>(d[5]);
            op.conv.strideH = op.conv.strideW = d.size() > 6 ? static_cast<int>(d[6]) : 1;
            op.conv.padH = op.conv.padW = d.size() > 7 ? static_cast<int>(d[7]) : 0;
            op.conv.groups = d.size() > 8 ? static_cast<int>(d[8]) : 1;
            if (op.conv.inChannels % op.conv.groups || op.conv.outChannels % op.conv.groups)
                badDims(g, kEngineTextContext, RL_TR("EngineText", "channels divisible by groups"));
            if (op.conv.outHeight() <= 0 || op.conv.outWidth() <= 0)
                badDims(g, kEngineTextContext,
                        RL_TR("EngineText", "an input at least the kernel size"));
            break;
        }
        case OpKind::pool: {
            // Stride left out: the kernel size (windows side by side, as a
            // framework's max-pool does by default).
            const int kernel = static_cast<int>(d[4]);
            op.mathType = op.activationType;
            const int stride = d.size() > 5 ? static_cast<int>(d[5]) : kernel;
            op.pool = {d[0], d[1], d[2], d[3], kernel, stride, 0, false};
            if (d[4] > d[2] || d[4] > d[3])
                badDims(g, kEngineTextContext,
                        RL_TR("EngineText", "a kernel no larger than the input"));
            break;
        }
        case OpKind::attention:
        case OpKind::attention_scores:
        case OpKind::attention_values: {
            op.mathType = op.activationType;
            op.attention = {d[0], d[1], d[2], d[3], d[4], d[5], true};
            if (d[2] > d[1] || d[1] % d[2] || d[4] > d[5])
                badDims(g, kEngineTextContext,
                        RL_TR("EngineText", "heads divisible by kv_heads and query_len <= kv_len"));
            const std::int64_t group = d[1] / d[2];
            if (*kind == OpKind::attention_scores)
                op.gemm = {d[0] * d[2], group * d[4], d[5], d[3], false, TensorClass::kv_cache};
            if (*kind == OpKind::attention_values)
                op.gemm = {d[0] * d[2], group * d[4], d[3], d[5], false, TensorClass::kv_cache};
            break;
        }
        case OpKind::softmax:
        case OpKind::norm:
        case OpKind::activation:
        case OpKind::elementwise:
        case OpKind::embedding:
            op.mathType = op.activationType;
            op.elementwise.elements = d[0];
            op.elementwise.inputs = d.size() > 1 ? static_cast<int>(d[1]) : 1;
            op.elementwise.flopsPerElement = *kind == OpKind::embedding ? 0.0
                                             : *kind == OpKind::softmax ? 5.0
                                             : *kind == OpKind::norm    ? 4.0
                                                                        : 1.0;
            if (*kind == OpKind::embedding) op.elementwise.weightElements = d[0];
            break;
        case OpKind::collective:
        case OpKind::send_recv:
            op.mathType = op.activationType;
            op.collective.kind =
                *kind == OpKind::send_recv ? CollectiveKind::send_recv : CollectiveKind::all_reduce;
            op.collective.bytes = static_cast<double>(d[0]);
            // A send/recv without ranks is a pair.
            op.collective.ranks = d.size() > 1 ? static_cast<int>(d[1]) : 2;
            break;
    }
    return op;
}

}  // namespace

std::vector<Operator> lowerGraph(const ModelSpec& model, const Scenario& scenario) {
    if (model.kind != "graph")
        throwEngineError({RL_TR("EngineText", "model '%1' is a %2, not an operator graph"),
                          {PhraseArg::verbatim(model.name), PhraseArg::verbatim(model.kind)}});
    std::vector<Operator> out;
    out.reserve(model.graph.size());
    for (const GraphOpSpec& g : model.graph) out.push_back(lowerGraphOp(g, scenario));
    return out;
}

std::vector<Operator> lowerModel(const ModelSpec& model, const Scenario& scenario) {
    if (model.kind == "cnn") return lowerCnn(model, scenario);
    if (model.kind == "graph") return lowerGraph(model, scenario);
    std::vector<Operator> ops = lowerPrefill(model, scenario);
    const std::int64_t gen = scenario.inference.generatedTokens;
    if (model.transformer.encoderOnly || gen <= 1) return ops;
    // Decode steps 2..gen (the first token comes out of the prefill), folded at
    // the mean KV length: attention cost is linear in the KV length.
    const std::int64_t prompt = std::max<std::int64_t>(1, scenario.inference.promptTokens);
    const std::int64_t meanKv = prompt + gen / 2;
    Scenario sc = scenario;
    auto decode = lowerDecodeStep(model, sc, meanKv);
    for (Operator& op : decode) {
        op.count *= static_cast<double>(gen - 1);
        ops.push_back(std::move(op));
    }
    return ops;
}

}  // namespace rl
