#include "core/analytical/memory_footprint.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/ops/op_cost.h"
#include "core/workload/op_family.h"

namespace rl {

namespace {

constexpr auto kW = static_cast<std::size_t>(TensorClass::weights);
constexpr auto kAct = static_cast<std::size_t>(TensorClass::activations);

// The largest activation working set of any op: its activation inputs and outputs.
double peakActivations(const std::vector<Operator>& ops) {
    double peak = 0;
    for (const Operator& op : ops) {
        if (isCommunication(op.kind)) continue;
        const OpCost c = costOf(op);
        peak = std::max(peak, c.readBytes[kAct] + c.writeBytes[kAct]);
    }
    return peak;
}

void finish(MemoryFootprint& f, double perBatchItem, std::int64_t batch) {
    const double total = f.total();
    f.fits = total <= f.capacity;
    const double fixed = f.weights;
    f.maxBatch = perBatchItem > 0 && f.capacity > fixed
                     ? static_cast<std::int64_t>(std::floor((f.capacity - fixed) / perBatchItem))
                     : 0;
    if (f.fits) {
        f.message = "fits: needs " + formatGiB(total) + " of " + formatGiB(f.capacity) +
                    "; the largest batch that fits is " + std::to_string(f.maxBatch);
    } else if (fixed > f.capacity) {
        f.message = "does not fit: needs " + formatGiB(total) + ", has " + formatGiB(f.capacity) +
                    " (the weights alone need " + formatGiB(fixed) + ")";
    } else {
        f.message = "does not fit: needs " + formatGiB(total) + ", has " + formatGiB(f.capacity) +
                    " at batch " + std::to_string(batch) + "; the largest batch that fits is " +
                    std::to_string(f.maxBatch);
    }
}

}  // namespace

std::string formatGiB(double bytes) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.1f GiB", bytes / (1024.0 * 1024.0 * 1024.0));
    return buf;
}

TransformerParams transformerParams(const TransformerConfig& c) {
    TransformerParams p;
    const double h = static_cast<double>(c.hidden);
    const double d =
        static_cast<double>(c.headDim > 0 ? c.headDim : (c.heads > 0 ? c.hidden / c.heads : 0));
    const double hq = static_cast<double>(c.heads);
    const double hkv = static_cast<double>(c.kvHeads > 0 ? c.kvHeads : c.heads);
    const double I = static_cast<double>(c.intermediate);
    const double emb = c.wordEmbedProjDim > 0 ? static_cast<double>(c.wordEmbedProjDim) : h;
    const double normP = c.norm == "layer" ? 2 * h : h;
    p.layers = static_cast<double>(c.layers);
    p.embedding = static_cast<double>(c.vocab) * emb;
    if (c.learnedPositions)
        p.embedding += static_cast<double>(c.maxPositions + c.positionOffset) * h;
    if (c.typeVocab > 0) p.embedding += static_cast<double>(c.typeVocab) * h;
    if (c.wordEmbedProjDim > 0 && c.wordEmbedProjDim != c.hidden) p.embedding += 2 * emb * h;
    if (c.embeddingNorm) p.embedding += normP;
    p.perLayerAttention = h * (hq + 2 * hkv) * d + hq * d * h;
    if (c.attentionBias) p.perLayerAttention += (hq + 2 * hkv) * d;
    if (c.attentionOutputBias) p.perLayerAttention += h;
    double mlp = (c.gatedMlp ? 3.0 : 2.0) * h * I;
    if (c.mlpBias) mlp += (c.gatedMlp ? 2 * I : I) + h;
    p.perLayerMlp = mlp * std::max(1, c.experts);
    p.perLayerOther = normP * std::max(0, c.normsPerLayer) + (c.experts > 0 ? h * c.experts : 0.0);
    p.lmHead = c.tiedEmbeddings || c.encoderOnly ? 0.0 : static_cast<double>(c.vocab) * emb;
    p.final = (c.finalNorm ? normP : 0.0) + (c.pooler ? h * h + h : 0.0);
    return p;
}

MemoryFootprint transformerFootprint(const Hardware& hw, const ModelSpec& model, const Scenario& sc,
                                     const std::vector<Operator>& forwardOps) {
    const TransformerConfig& c = model.transformer;
    const TransformerParams P = transformerParams(c);
    const double tp = std::max(1, sc.parallelism.tensor), pp = std::max(1, sc.parallelism.pipeline);
    const double ep = std::max(1, sc.parallelism.expert);
    const double wE = bytesPerElement(sc.precision.weights);
    // Per device: the layer stack split over stages, each layer's matrices
    // over TP ranks (experts over EP ranks); embedding and LM head vocab-sharded.
    const double perLayer = P.perLayerAttention / tp + P.perLayerMlp / (tp * ep) + P.perLayerOther;
    const double weights =
        (P.layers * perLayer / pp + (P.embedding + P.lmHead) / tp + P.final) * wE;
    const double hkv = static_cast<double>(c.kvHeads > 0 ? c.kvHeads : c.heads);
    const double kvHeadsPerDevice = std::max(1.0, std::floor(hkv / tp));
    const std::int64_t batch = std::max<std::int64_t>(1, sc.inference.batch);
    const double finalLen =
        static_cast<double>(std::max<std::int64_t>(1, sc.inference.promptTokens)) +
        (c.encoderOnly
             ? 0.0
             : static_cast<double>(std::max<std::int64_t>(0, sc.inference.generatedTokens)));
    const double kvPerSeq = c.encoderOnly ? 0.0
                                          : 2.0 * std::ceil(P.layers / pp) * kvHeadsPerDevice *
                                                static_cast<double>(c.headDim) * finalLen *
                                                bytesPerElement(sc.precision.kvCache);
    const double act = peakActivations(forwardOps);
    MemoryFootprint f;
    f.weights = weights;
    f.kvCache = kvPerSeq * static_cast<double>(batch);
    f.activations = act;
    f.capacity = hw.mainMemoryBytes();
    finish(f, kvPerSeq + act / static_cast<double>(batch), batch);
    return f;
}

MemoryFootprint forwardFootprint(const Hardware& hw, const Scenario& sc,
                                 const std::vector<Operator>& ops) {
    MemoryFootprint f;
    for (const Operator& op : ops) {
        if (op.kind == OpKind::embedding) continue;  // gathers touch a few rows; the table is below
        const OpCost c = costOf(op);
        f.weights += c.readBytes[kW] * op.count;
    }
    for (const Operator& op : ops)
        if (op.kind == OpKind::embedding) f.weights += costOf(op).readBytes[kW];
    f.activations = peakActivations(ops);
    f.capacity = hw.mainMemoryBytes();
    const std::int64_t batch = std::max<std::int64_t>(1, sc.inference.batch);
    finish(f, f.activations / static_cast<double>(batch), batch);
    return f;
}

}  // namespace rl
