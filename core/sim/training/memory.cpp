// Memory per GPU per pipeline stage.
#include "core/sim/training/memory.h"

#include <algorithm>

namespace rl::training {
namespace {

struct Dims {
    double h, hq, hkvPerRank, hkv, ffn, heads;
};

Dims dimsOf(const TransformerConfig& c, int tp) {
    const double headDim = c.headDim > 0 ? c.headDim : static_cast<double>(c.hidden) / c.heads;
    const double kv = c.kvHeads > 0 ? c.kvHeads : c.heads;
    Dims d;
    d.h = static_cast<double>(c.hidden);
    d.heads = static_cast<double>(c.heads);
    d.hq = d.heads * headDim;
    d.hkv = kv * headDim;
    // Fewer KV heads than TP ranks: every rank keeps a replica of one.
    d.hkvPerRank = std::max(1.0, kv / tp) * headDim;
    d.ffn = c.intermediate > 0 ? static_cast<double>(c.intermediate) : 4.0 * d.h;
    return d;
}

}  // namespace

LayerParams layerParams(const TransformerConfig& c, const TrainingPlan& plan) {
    const Dims d = dimsOf(c, plan.tp);
    const double t = plan.tp;
    const double mlpMats = c.gatedMlp ? 3.0 : 2.0;
    LayerParams p;
    p.matrices = d.h * d.hq / t + 2.0 * d.h * d.hkvPerRank + d.hq * d.h / t;
    if (c.experts > 0) {
        const double local = static_cast<double>(c.experts) / plan.ep;
        p.matrices += local * mlpMats * d.h * d.ffn / t + d.h * c.experts;  // experts + router
    } else {
        p.matrices += mlpMats * d.h * d.ffn / t;
    }
    const double normParams = c.norm == "layer" ? 2.0 * d.h : d.h;
    p.small = c.normsPerLayer * normParams;
    if (c.attentionBias) p.small += d.hq / t + 2.0 * d.hkvPerRank;
    if (c.attentionOutputBias) p.small += d.h;
    if (c.mlpBias) p.small += (c.gatedMlp ? 2.0 : 1.0) * d.ffn / t + d.h;
    return p;
}

double layerActivationBytes(const TransformerConfig& c, const TrainingPlan& plan) {
    const Dims d = dimsOf(c, plan.tp);
    const double a = bytesPerElement(plan.activations);
    const double t = plan.tp;
    const double sb = plan.localTokens();  // the sequence is split over CP
    const double sp = plan.sequenceParallel ? t : 1.0;
    if (plan.recompute == Recompute::full) return a * sb * d.h / sp;  // the layer's input only
    // Not split by TP (split by SP): norm inputs, the inputs of the QKV and MLP-up
    // GEMMs, and the two dropout masks (1 byte per element).
    double replicated = c.normsPerLayer * a * sb * d.h + 2.0 * a * sb * d.h;
    if (plan.dropout) replicated += 2.0 * sb * d.h;
    // Split by TP: Q, K, V, the output-projection input, the MLP up output and
    // the activation's output (per routed token copy for MoE).
    const double routed = c.experts > 0 ? std::max(1, c.expertsPerToken) : 1.0;
    double sharded = a * sb * (d.hq + 2.0 * d.hkv + d.hq) / t;
    sharded += routed * a * sb * d.ffn * ((c.gatedMlp ? 2.0 : 1.0) + 1.0) / t;
    double scores = 0;
    if (plan.recompute == Recompute::none) {
        // Softmax output, dropout mask and dropout output of the s x s scores.
        const double perScore = a + (plan.dropout ? a + 1.0 : 0.0);
        scores = perScore * d.heads * static_cast<double>(plan.sequence) * sb / t;
    }
    return replicated / sp + sharded + scores;
}

StateBytes stateBytesPerParam(const TrainingPlan& plan) {
    StateBytes b;
    const double w = bytesPerElement(plan.weights);
    const bool mixed = w < 4.0;
    b.weights = w;
    b.gradients = 4.0;  // accumulated in fp32
    // fp32 master copy when training in lower precision, plus Adam's two moments
    // or SGD's momentum.
    b.optimizer = (mixed ? 4.0 : 0.0) + (plan.adam ? 8.0 : 4.0);
    const double d = static_cast<double>(plan.dp) * plan.cp;  // gradients reduced over DP x CP
    if (plan.zeroStage >= 1) b.optimizer /= d;
    if (plan.zeroStage >= 2) b.gradients /= d;
    if (plan.zeroStage >= 3) b.weights /= d;
    return b;
}

std::int64_t inFlightChunks(const TrainingPlan& plan, int stage) {
    const std::int64_t m = plan.microBatches, p = plan.pp, s = stage;
    switch (plan.schedule) {
        case Schedule::gpipe:
            return m;
        case Schedule::oneFOneB:
            return std::min(m, p - s);
        case Schedule::zeroBubble:
            return std::min(m, p);  // W passes keep their inputs: p on every stage (ZB-H1)
        case Schedule::interleaved:
            return std::min(m * plan.chunks, 2 * (p - s - 1) + (plan.chunks - 1) * p + 1);
    }
    return m;
}

MemoryReport trainingMemory(const ModelSpec& model, const TrainingPlan& plan,
                            double capacityBytes) {
    const TransformerConfig& c = model.transformer;
    const Dims d = dimsOf(c, plan.tp);
    const LayerParams lp = layerParams(c, plan);
    const StateBytes sb = stateBytesPerParam(plan);
    const double actLayer = layerActivationBytes(c, plan);
    const double a = bytesPerElement(plan.activations);
    const double tokens = plan.localTokens();
    const double vocabShard = static_cast<double>(c.vocab) / plan.tp;

    MemoryReport r;
    r.capacity = capacityBytes;
    for (int s = 0; s < plan.pp; ++s) {
        StageMemory m;
        m.stage = s;
        const double layersHere = static_cast<double>(plan.stageLayers(s));
        m.layers = layersHere;
        m.layerParams = lp.matrices * layersHere;
        m.otherParams = lp.small * layersHere;
        if (s == 0) {
            m.otherParams += vocabShard * d.h;
            if (c.learnedPositions) m.otherParams += static_cast<double>(c.maxPositions) * d.h;
        }
        if (s == plan.pp - 1) {
            m.otherParams += c.norm == "layer" ? 2.0 * d.h : d.h;
            // An untied head, or the tied embedding's copy on a separate last stage.
            if (!c.tiedEmbeddings || plan.pp > 1) m.otherParams += vocabShard * d.h;
        }
        const double params = m.layerParams + m.otherParams;
        m.weights = params * sb.weights;
        m.gradients = params * sb.gradients;
        m.optimizer = params * sb.optimizer;
        m.layerStateBytes = m.layerParams * sb.total();
        m.inFlightLayers = static_cast<double>(inFlightChunks(plan, s)) * layersHere / plan.chunks;
        m.activations = m.inFlightLayers * actLayer;
        // Logits in fp32 for the loss, one micro-batch at a time.
        if (s == plan.pp - 1) m.outputActivations = 4.0 * tokens * vocabShard;
        const double boundary = a * tokens * d.h / (plan.sequenceParallel ? plan.tp : 1);
        if (plan.pp > 1) m.commBuffers += 2.0 * boundary;              // send + receive
        if (plan.sequenceParallel) m.commBuffers += a * tokens * d.h;  // gathered sequence
        // Ring attention: the K and V block being received beside the one in use.
        if (plan.cp > 1) m.commBuffers += 2.0 * a * tokens * d.hkvPerRank;
        // ZeRO-3: one chunk's gathered parameters (and the next, prefetched).
        if (plan.zeroStage >= 3 && plan.dp > 1)
            m.commBuffers +=
                2.0 * lp.matrices * layersHere / plan.chunks * bytesPerElement(plan.weights);
        r.stages.push_back(m);
    }
    for (const StageMemory& m : r.stages) {
        if (m.total() > r.stages[static_cast<std::size_t>(r.worstStage)].total())
            r.worstStage = m.stage;
        if (m.total() > capacityBytes) r.fits = false;
    }
    return r;
}

}  // namespace rl::training
