// Transformer lowering: one step (prefill, chunk or decode) of a decoder or
// encoder stack, per device under tensor and pipeline parallelism.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/result/engine_text.h"
#include "core/workload/embedding_op.h"
#include "core/workload/lower.h"
#include "core/workload/op_family.h"

namespace rl {

namespace {

bool isNarrow(DType t) { return t == DType::fp8 || t == DType::int8 || t == DType::int4; }

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

struct Ctx {
    const TransformerConfig& c;
    const Scenario& sc;
    const TransformerStep& step;
    std::vector<Operator>& out;
    int tp = 1, pp = 1, ep = 1;
    std::int64_t tokens = 0;  // new tokens in the step over the whole batch
    double layerCount = 0;    // layers per device (all layers for a request's latency)

    Operator base(std::string name, OpKind kind, int layer, double count) const {
        Operator op;
        op.name = std::move(name);
        op.kind = kind;
        op.phase = step.phase;
        op.layer = layer;
        // Layer ops stand for the whole stack (layer 0 .. layers - 1), folded.
        op.layerSpan = layer >= 0 ? static_cast<int>(c.layers) : 1;
        op.count = count * step.repeat;
        op.weightType = sc.precision.weights;
        op.activationType = sc.precision.activations;
        op.kvType = sc.precision.kvCache;
        op.mathType = mathTypeFor(op.weightType, op.activationType);
        return op;
    }
    void gemm(std::string name, std::int64_t m, std::int64_t n, std::int64_t k, bool bias,
              int layer, double count, std::int64_t batch = 1) {
        Operator op = base(std::move(name), OpKind::gemm, layer, count);
        op.gemm.batch = batch;
        op.gemm.m = m;
        op.gemm.n = n;
        op.gemm.k = k;
        op.gemm.bias = bias;
        op.gemm.bClass = TensorClass::weights;
        out.push_back(std::move(op));
    }
    void elementwise(std::string name, OpKind kind, std::int64_t elements, int inputs,
                     double flopsPerElement, std::int64_t weightElements, std::string detail,
                     int layer, double count) {
        Operator op = base(std::move(name), kind, layer, count);
        op.mathType = op.activationType;
        op.elementwise.elements = elements;
        op.elementwise.inputs = inputs;
        op.elementwise.flopsPerElement = flopsPerElement;
        op.elementwise.weightElements = weightElements;
        op.detail = std::move(detail);
        out.push_back(std::move(op));
    }
    void collective(std::string name, CollectiveKind kind, double bytes, int ranks, int dim,
                    int layer, double count) {
        Operator op =
            base(std::move(name),
                 kind == CollectiveKind::send_recv ? OpKind::send_recv : OpKind::collective, layer,
                 count);
        op.mathType = op.activationType;
        op.collective.kind = kind;
        op.collective.bytes = bytes;
        op.collective.ranks = ranks;
        op.collective.dimension = dim;
        out.push_back(std::move(op));
    }
    void norm(std::string name, int layer, double count) {
        const bool rms = c.norm != "layer";
        // RMS: square, sum, scale, multiply by weight; layer norm adds mean and bias.
        elementwise(std::move(name), OpKind::norm, tokens * c.hidden, 1, rms ? 4.0 : 7.0,
                    rms ? c.hidden : 2 * c.hidden, rms ? "rms" : "layer", layer, count);
        out.back().elementwise.rowWidth = c.hidden;  // one block per token (row_kernels.h)
    }
};

void attention(Ctx& x, std::int64_t qHeads, std::int64_t kvHeads, double count) {
    const auto& st = x.step;
    const std::int64_t kvLen = st.priorTokens + st.queryTokens;
    const bool causal = !x.c.encoderOnly;
    if (x.sc.inference.flashAttention) {
        Operator op = x.base("layer.attention", OpKind::attention, 0, count);
        op.mathType = op.activationType;
        op.attention = {st.batch, qHeads, kvHeads, x.c.headDim, st.queryTokens, kvLen, causal};
        op.detail = kvHeads == qHeads ? "mha" : (kvHeads == 1 ? "mqa" : "gqa");
        x.out.push_back(std::move(op));
        return;
    }
    // Unfused (eager) attention: S = QK^T is materialised, softmaxed and read
    // back. Heads of one KV group are stacked as rows so K and V are read per
    // KV head, as a grouped kernel would.
    const std::int64_t group =
        std::max<std::int64_t>(1, qHeads / std::max<std::int64_t>(1, kvHeads));
    Operator s = x.base("layer.attn_scores", OpKind::attention_scores, 0, count);
    s.mathType = s.activationType;
    s.attention = {st.batch, qHeads, kvHeads, x.c.headDim, st.queryTokens, kvLen, causal};
    s.gemm = {st.batch * kvHeads,   group * st.queryTokens, kvLen, x.c.headDim, false,
              TensorClass::kv_cache};
    x.out.push_back(s);
    x.elementwise("layer.attn_softmax", OpKind::softmax, st.batch * qHeads * st.queryTokens * kvLen,
                  1, 5.0, 0, causal ? "masked" : "", 0, count);
    Operator v = x.base("layer.attn_values", OpKind::attention_values, 0, count);
    v.mathType = v.activationType;
    v.attention = s.attention;
    v.gemm = {st.batch * kvHeads,   group * st.queryTokens, x.c.headDim, kvLen, false,
              TensorClass::kv_cache};
    x.out.push_back(v);
}

void layerOps(Ctx& x) {
    const TransformerConfig& c = x.c;
    const double L = x.layerCount;
    const std::int64_t T = x.tokens;
    const std::int64_t qHeads = std::max<std::int64_t>(1, c.heads / x.tp);
    // Fewer KV heads than TP ranks: each rank keeps a replica of one KV head.
    const std::int64_t kvHeads = std::max<std::int64_t>(1, c.kvHeads / x.tp);
    const std::int64_t d = c.headDim;
    const std::int64_t inter = std::max<std::int64_t>(1, c.intermediate / x.tp);
    const double actBytes = bytesPerElement(x.sc.precision.activations);
    const int dim = 0;  // TP runs on the innermost interconnect dimension

    if (c.normsPerLayer >= 1) x.norm("layer.input_norm", 0, L);
    x.gemm("layer.qkv_proj", T, (qHeads + 2 * kvHeads) * d, c.hidden, c.attentionBias, 0, L);
    if (!c.learnedPositions) {
        x.elementwise("layer.rope", OpKind::elementwise, T * (qHeads + kvHeads) * d, 1, 3.0, 0,
                      "rope", 0, L);
        x.out.back().elementwise.rowWidth = (qHeads + kvHeads) * d;
    }
    attention(x, qHeads, kvHeads, L);
    x.gemm("layer.o_proj", T, c.hidden, qHeads * d, c.attentionOutputBias, 0, L);
    const double arBytes = static_cast<double>(T) * c.hidden * actBytes;
    if (x.tp > 1 && !c.parallelBlock)
        x.collective("layer.attn_allreduce", CollectiveKind::all_reduce, arBytes, x.tp, dim, 0, L);
    if (!c.parallelBlock) {
        x.elementwise("layer.attn_residual", OpKind::elementwise, T * c.hidden, 2, 1.0, 0, "add", 0,
                      L);
        if (c.normsPerLayer >= 2) x.norm("layer.post_attn_norm", 0, L);
    }

    if (c.experts > 0) {
        // MoE: router GEMM + top-k, then expert GEMMs over the experts a step
        // actually hits. Under uniform routing the expected number of distinct
        // experts hit by T tokens choosing k of E is E (1 - (1 - k/E)^T).
        const int E = c.experts;
        const int k = std::max(1, c.expertsPerToken);
        const int localExperts = std::max(1, E / x.ep);
        Operator r = x.base("layer.moe_router", OpKind::moe_router, 0, L);
        r.gemm = {1, T, E, c.hidden, false, TensorClass::weights};
        r.detail = "top" + std::to_string(k);
        x.out.push_back(std::move(r));
        const double assignments =
            static_cast<double>(T) * k / x.ep;  // routed to this rank's experts
        const double pHit = std::min(1.0, static_cast<double>(k) / E);
        const double active = std::max(
            1.0,
            std::min<double>(localExperts,
                             localExperts * (1.0 - std::pow(1.0 - pHit, static_cast<double>(T)))));
        const auto activeExperts = static_cast<std::int64_t>(std::llround(active));
        const auto tokensPerExpert =
            static_cast<std::int64_t>(std::ceil(assignments / static_cast<double>(activeExperts)));
        if (x.ep > 1)
            x.collective("layer.moe_dispatch", CollectiveKind::all_to_all,
                         static_cast<double>(T) * k * c.hidden * actBytes, x.ep, dim, 0, L);
        const std::int64_t up = c.gatedMlp ? 2 * inter : inter;
        x.gemm("layer.expert_up", tokensPerExpert, up, c.hidden, c.mlpBias, 0, L, activeExperts);
        x.elementwise("layer.expert_act", OpKind::activation,
                      activeExperts * tokensPerExpert * inter, c.gatedMlp ? 2 : 1,
                      c.gatedMlp ? 5.0 : 8.0, 0, c.gatedMlp ? c.activation + "*gate" : c.activation,
                      0, L);
        x.out.back().elementwise.rowWidth = inter;
        x.gemm("layer.expert_down", tokensPerExpert, c.hidden, inter, c.mlpBias, 0, L,
               activeExperts);
        if (x.ep > 1)
            x.collective("layer.moe_combine", CollectiveKind::all_to_all,
                         static_cast<double>(T) * k * c.hidden * actBytes, x.ep, dim, 0, L);
        // Weighted sum of the k expert outputs per token.
        x.elementwise("layer.moe_combine_sum", OpKind::elementwise, T * c.hidden, k, 2.0, 0,
                      "weighted sum", 0, L);
    } else {
        x.gemm("layer.mlp_up", T, c.gatedMlp ? 2 * inter : inter, c.hidden, c.mlpBias, 0, L);
        // SiLU(gate) * up: ~4 FLOPs for SiLU plus the product; GELU ~8.
        x.elementwise("layer.mlp_act", OpKind::activation, T * inter, c.gatedMlp ? 2 : 1,
                      c.gatedMlp ? 5.0 : 8.0, 0, c.gatedMlp ? c.activation + "*gate" : c.activation,
                      0, L);
        x.out.back().elementwise.rowWidth = inter;
        x.gemm("layer.mlp_down", T, c.hidden, inter, c.mlpBias, 0, L);
    }
    if (x.tp > 1)
        x.collective("layer.mlp_allreduce", CollectiveKind::all_reduce, arBytes, x.tp, dim, 0, L);
    x.elementwise("layer.mlp_residual", OpKind::elementwise, T * c.hidden, c.parallelBlock ? 3 : 2,
                  c.parallelBlock ? 2.0 : 1.0, 0, "add", 0, L);
}

void validate(const ModelSpec& model) {
    if (model.kind != "transformer")
        throwEngineError({RL_TR("EngineText", "model '%1' is a %2, not a transformer"),
                          {PhraseArg::verbatim(model.name), PhraseArg::verbatim(model.kind)}});
    const auto& c = model.transformer;
    if (c.hidden <= 0 || c.layers <= 0 || c.heads <= 0 || c.headDim <= 0 || c.intermediate <= 0 ||
        c.vocab <= 0)
        throwEngineError({RL_TR("EngineText",
                                "model '%1': hidden size, layers, heads, head dim, intermediate "
                                "size and vocabulary must all be positive"),
                          {PhraseArg::verbatim(model.name)}});
}

}  // namespace

DType mathTypeFor(DType weights, DType activations) {
    if (isNarrow(weights) && isNarrow(activations))
        return bytesPerElement(weights) <= bytesPerElement(activations) ? weights : activations;
    return activations;
}

std::vector<Operator> lowerTransformerStep(const ModelSpec& model, const Scenario& scenario,
                                           const TransformerStep& step) {
    validate(model);
    TransformerConfig c = model.transformer;
    if (c.kvHeads <= 0) c.kvHeads = c.heads;
    std::vector<Operator> out;
    out.reserve(24);
    Ctx x{c, scenario, step, out};
    x.tp = std::max(1, scenario.parallelism.tensor);
    x.pp = std::max(1, scenario.parallelism.pipeline);
    x.ep = std::max(1, scenario.parallelism.expert);
    x.tokens = std::max<std::int64_t>(1, step.batch) * std::max<std::int64_t>(1, step.queryTokens);
    x.layerCount = static_cast<double>(c.layers);
    const double actBytes = bytesPerElement(scenario.precision.activations);
    const std::int64_t T = x.tokens;
    const std::int64_t embDim = c.wordEmbedProjDim > 0 ? c.wordEmbedProjDim : c.hidden;

    if (step.embedding) {
        // Gather: reads one row of the table per token (weights), writes activations.
        Operator e = x.base("embedding", OpKind::embedding, -1, 1);
        makeEmbeddingLookup(e, T, embDim);
        out.push_back(e);
        if (c.learnedPositions) {
            e.name = "position_embedding";
            e.detail = "position";
            out.push_back(e);
            x.elementwise("embedding_add", OpKind::elementwise, T * c.hidden, 2, 1.0, 0, "add", -1,
                          1);
        }
        if (c.wordEmbedProjDim > 0 && c.wordEmbedProjDim != c.hidden)
            x.gemm("embedding_proj_in", T, c.hidden, c.wordEmbedProjDim, false, -1, 1);
        if (c.embeddingNorm) x.norm("embedding_norm", -1, 1);
    }
    layerOps(x);
    // Pipeline: activations cross each stage boundary once per step.
    if (x.pp > 1) {
        // Dimension 0 here; the analysis moves it outwards when TP x PP does
        // not fit in the innermost interconnect dimension.
        x.collective("pipeline.send_recv", CollectiveKind::send_recv,
                     static_cast<double>(T) * c.hidden * actBytes, 2, 0, -1, x.pp - 1);
    }
    if (step.lmHead && !c.encoderOnly) {
        // Logits only for the last token of each sequence (what a serving engine computes).
        const std::int64_t rows = std::max<std::int64_t>(1, step.batch);
        if (c.finalNorm) {
            Operator fn = x.base("final_norm", OpKind::norm, -1, 1);
            const bool rms = c.norm != "layer";
            fn.mathType = fn.activationType;
            fn.elementwise = {rows * c.hidden, 1, rms ? 4.0 : 7.0, rms ? c.hidden : 2 * c.hidden,
                              c.hidden};
            fn.detail = rms ? "rms" : "layer";
            out.push_back(fn);
        }
        if (c.wordEmbedProjDim > 0 && c.wordEmbedProjDim != c.hidden)
            x.gemm("embedding_proj_out", rows, c.wordEmbedProjDim, c.hidden, false, -1, 1);
        const std::int64_t vocabShard = ceilDiv(c.vocab, x.tp);
        x.gemm("lm_head", rows, vocabShard, embDim, false, -1, 1);
        if (x.tp > 1)
            x.collective("lm_head_allgather", CollectiveKind::all_gather,
                         static_cast<double>(rows) * c.vocab * actBytes, x.tp, 0, -1, 1);
    }
    return out;
}

std::vector<Operator> lowerPrefill(const ModelSpec& model, const Scenario& scenario) {
    validate(model);
    const auto& inf = scenario.inference;
    const std::int64_t prompt = std::max<std::int64_t>(1, inf.promptTokens);
    const std::int64_t chunk = inf.prefillChunk > 0 ? std::min(inf.prefillChunk, prompt) : prompt;
    TransformerStep step;
    step.phase = model.transformer.encoderOnly ? "forward" : "prefill";
    step.batch = std::max<std::int64_t>(1, inf.batch);
    if (chunk == prompt) {
        step.queryTokens = prompt;
        return lowerTransformerStep(model, scenario, step);
    }
    // Chunked prefill: chunk i attends to the i chunks before it. Chunks share
    // every op but attention, so each is lowered and ops with the same name and
    // shape merge by adding counts. Beyond 64 chunks, runs of consecutive full
    // chunks are lowered once at their middle chunk (attention cost is linear
    // in the prior length) with the run's length as repeat.
    std::vector<Operator> all;
    auto merge = [&all](std::vector<Operator> ops, const std::string& chunkName) {
        for (Operator& op : ops) {
            if (isAttentionCore(op.kind)) op.name += chunkName;
            auto it = std::find_if(all.begin(), all.end(), [&](const Operator& o) {
                return o.name == op.name && o.kind == op.kind && o.gemm.m == op.gemm.m &&
                       o.gemm.n == op.gemm.n && o.gemm.k == op.gemm.k &&
                       o.attention.queryLen == op.attention.queryLen &&
                       o.attention.kvLen == op.attention.kvLen &&
                       o.elementwise.elements == op.elementwise.elements &&
                       o.collective.bytes == op.collective.bytes;
            });
            if (it != all.end())
                it->count += op.count;
            else
                all.push_back(std::move(op));
        }
    };
    const std::int64_t full = prompt / chunk, rem = prompt % chunk;
    // The last chunk (partial, or the last full one) carries the LM head.
    const std::int64_t grouped = rem > 0 ? full : full - 1;
    const std::int64_t groups = std::min<std::int64_t>(grouped, 64);
    step.queryTokens = chunk;
    step.lmHead = false;
    for (std::int64_t g = 0; g < groups; ++g) {
        const std::int64_t first = g * grouped / groups, last = (g + 1) * grouped / groups - 1;
        step.priorTokens = (first + last) / 2 * chunk;
        step.repeat = static_cast<double>(last - first + 1);
        merge(lowerTransformerStep(model, scenario, step),
              ".chunk" + std::to_string(first) + (last > first ? "-" + std::to_string(last) : ""));
    }
    step.priorTokens = grouped * chunk;
    step.queryTokens = prompt - step.priorTokens;
    step.repeat = 1;
    step.lmHead = true;
    merge(lowerTransformerStep(model, scenario, step), ".chunk" + std::to_string(grouped));
    return all;
}

std::vector<Operator> lowerDecodeStep(const ModelSpec& model, const Scenario& scenario,
                                      std::int64_t kvLength) {
    TransformerStep step;
    step.phase = "decode";
    step.batch = std::max<std::int64_t>(1, scenario.inference.batch);
    step.queryTokens = 1;
    step.priorTokens = std::max<std::int64_t>(0, kvLength - 1);
    return lowerTransformerStep(model, scenario, step);
}

}  // namespace rl
