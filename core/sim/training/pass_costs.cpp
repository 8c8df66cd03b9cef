// Per-micro-batch compute and communication costs of one GPU.
#include "core/sim/training/pass_costs.h"

#include <algorithm>

#include "core/analytical/analyze.h"
#include "core/analytical/roofline.h"
#include "core/workload/lower.h"
#include "core/workload/op_family.h"

namespace rl::training {
namespace {

// The device and the optional predictor refining each roofline time.
struct Coster {
    const Hardware& hw;
    RooflineDevice dev;
    const RefineFn& refine;

    ComputeCost operator()(const Operator& op, double times = 1.0) const {
        RooflineResult r;
        evaluateRoofline(op, dev, r);
        double each = r.timeEach;
        if (refine) {
            OpRecord rec = evaluateOperator(op, hw);
            refine(op, hw, rec);
            each = rec.timeEach;
        }
        return {each * op.count * times, r.flops * op.count * times, r.energy * op.count * times};
    }
};

// Backward of a GEMM Y = X W (m x k times k x n): dX = dY W^T (m x n times
// n x k) and dW = X^T dY (k x m times m x n); the same FLOPs each as forward.
// `weightGrad` receives the dW part.
ComputeCost gemmBackward(const Operator& fwd, const Coster& cost, double& gemmTime,
                         ComputeCost& weightGrad) {
    Operator dgrad = fwd;
    dgrad.gemm.n = fwd.gemm.k;
    dgrad.gemm.k = fwd.gemm.n;
    dgrad.gemm.bias = false;
    Operator wgrad = fwd;
    wgrad.gemm.m = fwd.gemm.k;
    wgrad.gemm.k = fwd.gemm.m;
    wgrad.gemm.bClass = TensorClass::activations;
    wgrad.gemm.bias = false;
    ComputeCost c = cost(dgrad);
    const ComputeCost w = cost(wgrad);
    c += w;
    weightGrad += w;
    gemmTime += c.time;
    return c;
}

// fp8 GEMMs (Transformer Engine style, delayed per-tensor scaling): both
// operands in fp8 (the roofline then also counts the output in fp8: its bf16
// write is undercounted by half); each activation input is cast with its amax
// taken in the same pass and a transposed copy kept for the weight gradient
// (read 2 B, write 2 x 1 B per element: an elementwise pass of the
// activation type).
Operator fp8Gemm(Operator op) {
    op.mathType = op.weightType = op.activationType = DType::fp8;
    return op;
}

Operator castOf(const Operator& gemm, std::int64_t elements, DType from) {
    Operator c;
    c.name = gemm.name + "_fp8_cast";
    c.kind = OpKind::elementwise;
    c.mathType = DType::fp32;
    c.weightType = c.activationType = c.kvType = from;
    c.elementwise = {elements, 1, 2.0, 0};  // scale and amax per element
    c.count = gemm.count;
    return c;
}

Scenario loweringScenario(const TrainingPlan& plan) {
    Scenario s;
    s.kind = "inference";
    s.precision.weights = plan.weights;
    s.precision.activations = plan.activations;
    s.precision.kvCache = plan.activations;
    s.parallelism.tensor = plan.tp;
    s.parallelism.pipeline = 1;  // stage boundaries are costed here, not by the lowering
    s.parallelism.expert = plan.ep;
    s.inference.flashAttention = plan.flashAttention;
    return s;
}

CommCost comm(const Hardware& hw, CollectiveKind kind, double bytes, const RankGroup& g,
              int count) {
    CommCost c;
    if (count == 0 || (g.ranks <= 1 && kind != CollectiveKind::send_recv)) return c;
    const CollectiveEstimate e = estimateCollective(hw, kind, bytes, g);
    c.time = e.time * count;
    c.bytes = bytes * count;
    c.count = count;
    c.tier = e.tier;
    return c;
}

CommCost operator+(CommCost a, const CommCost& b) {
    a.time += b.time, a.bytes += b.bytes, a.count += b.count, a.tier = std::max(a.tier, b.tier);
    return a;
}

}  // namespace

RankGroup tensorGroup(const TrainingPlan& p) { return {p.tp, 1}; }
RankGroup contextGroup(const TrainingPlan& p) { return {p.cp, p.tp}; }
RankGroup dataGroup(const TrainingPlan& p) { return {p.dp * p.cp, p.tp}; }
RankGroup expertGroup(const TrainingPlan& p) { return {p.ep, p.tp * p.cp}; }
RankGroup pipelinePair(const TrainingPlan& p) { return {2, p.tp * p.cp * p.dp}; }

double exposedContext(const CommCost& c, double attentionWindow, int cp) {
    if (cp <= 1 || c.count == 0) return 0;
    const double steps = cp - 1;
    return steps * std::max(0.0, c.time / steps - attentionWindow / cp);
}

PassCosts passCosts(const Hardware& hw, const ModelSpec& model, const TrainingPlan& plan,
                    const RefineFn& refine) {
    const Coster cost{hw, RooflineDevice(hw), refine};
    const TransformerConfig& c = model.transformer;
    const Scenario sc = loweringScenario(plan);
    TransformerStep step;
    step.phase = "forward";
    step.batch = plan.microBatch;
    // Ring attention with Megatron's load balancing (2 CP chunks per rank, one
    // from each end): every rank's queries see on average half the sequence
    // before them, so each does 1/CP of the causal attention.
    step.queryTokens = plan.sequence / plan.cp;
    step.priorTokens = (plan.sequence - step.queryTokens) / 2;
    step.embedding = true;
    step.lmHead = false;
    const std::vector<Operator> ops = lowerTransformerStep(model, sc, step);
    const double L = static_cast<double>(c.layers);
    PassCosts pc;
    double gemmTime = 0;
    for (Operator op : ops) {
        if (isCommunication(op.kind)) continue;
        const bool inLayer = op.layer >= 0;
        if (inLayer) op.count /= L;  // one layer
        const bool fp8 = plan.fp8 && op.kind == OpKind::gemm && inLayer;
        if (fp8) op = fp8Gemm(op);
        ComputeCost f = cost(op);
        ComputeCost b;
        if (op.kind == OpKind::gemm) {
            ComputeCost w;
            b = gemmBackward(op, cost, gemmTime, w);
            if (inLayer) pc.layerWeightGrad += w;
            gemmTime += f.time;
            if (fp8) {
                // Forward: cast the input X (m x k); backward: cast dY (m x n).
                const DType from = plan.activations;
                const ComputeCost castX =
                    cost(castOf(op, op.gemm.batch * op.gemm.m * op.gemm.k, from));
                const ComputeCost castDy =
                    cost(castOf(op, op.gemm.batch * op.gemm.m * op.gemm.n, from));
                f += castX;
                b += castDy;
                pc.layerScaling += castX;
                pc.layerScaling += castDy;
            }
        } else {
            b = cost(op, 2.0);  // input (and weight) gradients: twice the forward
        }
        if (!inLayer) {
            pc.embeddingForward += f;
            pc.embeddingBackward += b;
            continue;
        }
        pc.layerForward += f;
        pc.layerBackward += b;
        if (isAttentionCore(op.kind)) {
            pc.cpWindowForward += f.time;
            pc.cpWindowBackward += b.time;
        }
        if (plan.recompute == Recompute::full ||
            (plan.recompute == Recompute::selective && isAttentionCore(op.kind)))
            pc.layerRecompute += f;
    }
    pc.tpOverlapWindow = gemmTime;

    // The LM head on every token, its norm and the softmax cross-entropy.
    const double tokens = plan.localTokens();
    const std::int64_t vocabShard = (c.vocab + plan.tp - 1) / plan.tp;
    Operator head;
    head.name = "lm_head";
    head.kind = OpKind::gemm;
    head.mathType = mathTypeFor(plan.weights, plan.activations);
    head.weightType = plan.weights;
    head.activationType = head.kvType = plan.activations;
    head.gemm = {
        1, static_cast<std::int64_t>(tokens), vocabShard, c.hidden, false, TensorClass::weights};
    pc.headForward += cost(head);
    double unused = 0;
    pc.headBackward += gemmBackward(head, cost, unused, pc.headWeightGrad);
    Operator loss = head;
    loss.name = "cross_entropy";
    loss.kind = OpKind::softmax;
    loss.mathType = DType::fp32;
    loss.elementwise = {static_cast<std::int64_t>(tokens) * vocabShard, 1, 5.0, 0};
    pc.headForward += cost(loss);
    pc.headBackward += cost(loss);
    Operator norm = head;
    norm.name = "final_norm";
    norm.kind = OpKind::norm;
    norm.elementwise = {static_cast<std::int64_t>(tokens) * c.hidden, 1, 7.0, 2 * c.hidden};
    pc.headForward += cost(norm);
    pc.headBackward += cost(norm, 2.0);

    // TP: two all-reduces per layer and pass, or with sequence parallelism an
    // all-gather before and a reduce-scatter after each of attention and MLP.
    const double a = bytesPerElement(plan.activations);
    const double boundary = tokens * c.hidden * a;
    const RankGroup tg = tensorGroup(plan);
    if (plan.sequenceParallel) {
        pc.tpForward = comm(hw, CollectiveKind::all_gather, boundary, tg, 2) +
                       comm(hw, CollectiveKind::reduce_scatter, boundary, tg, 2);
    } else {
        pc.tpForward = comm(hw, CollectiveKind::all_reduce, boundary, tg, 2);
    }
    pc.tpBackward = pc.tpForward;
    if (plan.recompute == Recompute::full) pc.tpRecompute = pc.tpForward;
    if (c.experts > 0 && plan.ep > 1) {
        const double routed = tokens * std::max(1, c.expertsPerToken) * c.hidden * a /
                              (plan.sequenceParallel ? plan.tp : 1);
        pc.epForward = comm(hw, CollectiveKind::all_to_all, routed, expertGroup(plan), 2);
        pc.epBackward = pc.epForward;
    }
    if (plan.cp > 1) {
        // Each ring step sends this rank's K and V blocks to the next rank;
        // backward passes them again with their gradients (twice the bytes).
        const double headDim =
            c.headDim > 0 ? c.headDim
                          : static_cast<double>(c.hidden) / std::max<std::int64_t>(1, c.heads);
        const double kvHeads = c.kvHeads > 0 ? c.kvHeads : c.heads;
        const double kvPerRank = std::max(1.0, kvHeads / plan.tp) * headDim;
        const double kvBlock = 2.0 * tokens * kvPerRank * a;
        const RankGroup cg = contextGroup(plan);
        pc.cpForward = comm(hw, CollectiveKind::send_recv, kvBlock, cg, plan.cp - 1);
        pc.cpBackward = comm(hw, CollectiveKind::send_recv, 2.0 * kvBlock, cg, plan.cp - 1);
    }
    if (plan.pp > 1)
        pc.ppSend = comm(hw, CollectiveKind::send_recv,
                         boundary / (plan.sequenceParallel ? plan.tp : 1), pipelinePair(plan), 1);
    return pc;
}

}  // namespace rl::training
