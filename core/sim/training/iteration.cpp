// One training iteration: pipeline run, DP reduction, optimizer, results.
#include "core/sim/training/iteration.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "core/result/message_error.h"
#include "core/workload/lower.h"

namespace rl::training {
namespace {

MessageArg countArg(std::int64_t v) {
    return {MessageArg::Kind::count, {}, static_cast<double>(v)};
}

double exposedTp(const CommCost& c, const PassCosts& pc, const TrainingPlan& plan) {
    return plan.overlapTensorComm ? std::max(0.0, c.time - pc.tpOverlapWindow) : c.time;
}

// Per-GPU per-step state traffic of the optimizer (fp32 master, moments,
// gradient in; master, moments and the low-precision copy out), bytes/param.
double optimizerBytesPerParam(const TrainingPlan& plan) {
    const double w = bytesPerElement(plan.weights);
    const double moments = plan.adam ? 8.0 : 4.0;
    const double master = w < 4.0 ? 4.0 : 0.0;
    return 4.0 /*grad*/ + 2.0 * (moments + master) + w;
}

struct StageComm {
    double reduce = 0;  // s, DP gradient all-reduce or reduce-scatter
    double gather = 0;  // s, DP parameter all-gather (ZeRO >= 1)
    double zero3 = 0;   // s, ZeRO-3 parameter gathers during the passes
    double reduceExposed = 0, gatherExposed = 0;
};

void addTrace(TrainingReport& r, const std::vector<StageComm>& dp, double optimizerTime,
              const std::vector<double>& stageEnd) {
    Trace& t = r.trace;
    const TrainingPlan& p = r.plan;
    const int fwd = t.category("forward"), bwd = t.category("backward"),
              wgt = p.schedule == Schedule::zeroBubble ? t.category("weight gradients") : bwd,
              send = t.category("PP send"), red = t.category("DP reduce"),
              gat = t.category("DP all-gather"), opt = t.category("optimizer");
    std::int64_t task = 0;
    for (int s = 0; s < p.pp; ++s) {
        const int g = t.group(TraceGroup::rank(s * p.tp * p.dp, {.stage = s}));
        const int compute = t.track("compute", g), pp = t.track("PP comm", g),
                  dpTrack = t.track("DP comm", g);
        const int V = p.virtualStages();
        for (const TimedOp& o : r.pipeline.stages[static_cast<std::size_t>(s)]) {
            const bool f = o.op.pass == Pass::forward, w = o.op.pass == Pass::weight;
            const std::string name = std::string(f   ? "F"
                                                 : w ? "W"
                                                     : "B") +
                                     std::to_string(o.op.micro) +
                                     (p.chunks > 1 ? "." + std::to_string(o.op.chunk) : "");
            t.events.push_back({o.start, o.end - o.start, compute,
                                f   ? fwd
                                : w ? wgt
                                    : bwd,
                                t.label(name), TraceRef::task, task++});
            if (w) continue;  // W passes send nothing
            const int k = o.op.chunk * p.pp + s;
            const bool sends = f ? k < V - 1 : k > 0;
            if (sends && p.pp > 1)
                t.events.push_back({o.end, r.costs.ppSend.time, pp, send, -1, TraceRef::none, -1});
        }
        const StageComm& c = dp[static_cast<std::size_t>(s)];
        const double end = stageEnd[static_cast<std::size_t>(s)];
        if (c.reduce > 0)
            t.events.push_back(
                {end - c.reduce + c.reduceExposed, c.reduce, dpTrack, red, -1, TraceRef::none, -1});
        const double optStart = end + c.reduceExposed;
        t.events.push_back({optStart, optimizerTime, compute, opt, -1, TraceRef::none, -1});
        if (c.gather > 0)
            t.events.push_back(
                {optStart + optimizerTime, c.gather, dpTrack, gat, -1, TraceRef::none, -1});
    }
    t.finish();
}

}  // namespace

TrainingReport simulateTraining(const Hardware& hw, const ModelSpec& model,
                                const TrainingPlan& plan, const TrainingOptions& options) {
    checkPlan(model, plan);
    if (plan.gpus() > hw.deviceCount())
        throw MessageError({MessageId::trainingTooFewGpus,
                            {countArg(plan.tp),
                             countArg(plan.cp),
                             countArg(plan.pp),
                             countArg(plan.dp),
                             countArg(plan.gpus()),
                             {MessageArg::Kind::name, hw.name, 0.0},
                             countArg(hw.deviceCount())},
                            {},
                            "the plan needs TP x CP x PP x DP = " + std::to_string(plan.tp) +
                                " x " + std::to_string(plan.cp) + " x " + std::to_string(plan.pp) +
                                " x " + std::to_string(plan.dp) + " = " +
                                std::to_string(plan.gpus()) + " GPUs; '" + hw.name + "' has " +
                                std::to_string(hw.deviceCount())});
    if (plan.fp8 && hw.compute.peakFlops.count(DType::fp8) == 0)
        throw MessageError(
            {MessageId::trainingFp8Hardware,
             {{MessageArg::Kind::name, hw.name, 0.0}},
             {},
             "fp8 GEMMs need fp8 tensor cores; '" + hw.name + "' lists no fp8 peak"});
    TrainingReport r;
    r.plan = plan;
    r.memory = trainingMemory(model, plan, hw.mainMemoryBytes());
    r.costs = passCosts(hw, model, plan, options.refine);
    const PassCosts& pc = r.costs;
    const int p = plan.pp, V = plan.virtualStages();
    const double m = static_cast<double>(plan.microBatches);

    // Per-layer times on the compute stream, with the exposed TP and EP comm.
    const double tpF = exposedTp(pc.tpForward, pc, plan), tpB = exposedTp(pc.tpBackward, pc, plan),
                 tpR = exposedTp(pc.tpRecompute, pc, plan);
    const bool full = plan.recompute == Recompute::full;
    const double cpF = exposedContext(pc.cpForward, pc.cpWindowForward, plan.cp);
    const double cpB = exposedContext(pc.cpBackward, pc.cpWindowBackward, plan.cp) +
                       (full ? cpF : 0);  // full recompute repeats the forward ring
    const double layerF = pc.layerForward.time + tpF + pc.epForward.time + cpF;
    const double layerB = pc.layerBackward.time + pc.layerRecompute.time + tpB + tpR +
                          pc.epBackward.time + (full ? pc.epForward.time : 0) + cpB;
    // Zero bubble: the weight-gradient GEMMs leave the backward for W passes.
    const bool splitW = plan.schedule == Schedule::zeroBubble;
    PipelineCosts costs;
    costs.forward.resize(static_cast<std::size_t>(V));
    costs.backward.resize(static_cast<std::size_t>(V));
    if (splitW) costs.weight.resize(static_cast<std::size_t>(V));
    for (int k = 0; k < V; ++k) {
        const double n = static_cast<double>(plan.layersIn(k));
        const double w = splitW ? n * pc.layerWeightGrad.time : 0;
        costs.forward[static_cast<std::size_t>(k)] = n * layerF;
        costs.backward[static_cast<std::size_t>(k)] = n * layerB - w;
        if (splitW) costs.weight[static_cast<std::size_t>(k)] = w;
    }
    costs.forward.front() += pc.embeddingForward.time;
    costs.backward.front() += pc.embeddingBackward.time;
    costs.forward.back() += pc.headForward.time;
    costs.backward.back() += pc.headBackward.time - (splitW ? pc.headWeightGrad.time : 0);
    if (splitW) costs.weight.back() += pc.headWeightGrad.time;
    costs.send = pc.ppSend.time;
    r.pipeline = runPipeline(plan, costs);
    PipelineRun noSend;
    if (costs.send > 0) {
        PipelineCosts free = costs;
        free.send = 0;
        noSend = runPipeline(plan, free);
    }
    auto stageEndOf = [](const PipelineRun& run, int s) {
        return run.stages[static_cast<std::size_t>(s)].back().end;
    };

    // DP: gradients reduced per stage (overlapped with the last micro-batch's
    // backward when switched on), parameters gathered after the optimizer.
    const double hbm = std::max(
        1.0, hw.mainMemoryBandwidth() * (hw.memory.empty() ? 1.0 : hw.memory[0].efficiency));
    const double w = bytesPerElement(plan.weights);
    const RankGroup dg = dataGroup(plan);
    const int shards = dg.ranks;  // DP x CP: gradients reduced, ZeRO sharded
    // PP sends share the DP reduction's tier (the NICs) when both cross it.
    const int dpTier = dg.ranks > 1 ? placeGroup(hw, dg).outerTier : 0;
    const bool sharesNic = p > 1 && dpTier > 0 && pc.ppSend.tier == dpTier;
    // fp8: one all-reduce of the amaxes (3 tensors per GEMM, fp32) per
    // iteration over the gradient group, before the optimizer.
    double amaxReduce = 0;
    if (plan.fp8 && dg.ranks > 1) {
        const double amaxBytes = 4.0 * 3.0 * 6.0 * static_cast<double>(plan.stageLayers(0));
        amaxReduce = estimateCollective(hw, CollectiveKind::all_reduce, amaxBytes, dg).time;
    }
    std::vector<StageComm> dp(static_cast<std::size_t>(p));
    std::vector<double> stageEnd(static_cast<std::size_t>(p));
    std::vector<double> contention(static_cast<std::size_t>(p), 0.0);
    double optimizerTime = 0, gatherExposed = 0, latest = 0;
    CollectiveEstimate reduceEach, gatherEach;
    for (int s = 0; s < p; ++s) {
        const StageMemory& sm = r.memory.stages[static_cast<std::size_t>(s)];
        const double params = sm.layerParams + sm.otherParams;
        StageComm& c = dp[static_cast<std::size_t>(s)];
        if (shards > 1) {
            const CollectiveKind kind =
                plan.zeroStage >= 1 ? CollectiveKind::reduce_scatter : CollectiveKind::all_reduce;
            reduceEach = estimateCollective(hw, kind, params * w, dg);
            c.reduce = reduceEach.time;
            if (plan.zeroStage >= 1) {
                gatherEach = estimateCollective(hw, CollectiveKind::all_gather, params * w, dg);
                c.gather = gatherEach.time;
            }
            if (plan.zeroStage >= 3) c.zero3 = 2.0 * m * c.gather;
        }
        // The last micro-batch's backward (and weight-gradient) passes on this stage.
        double window = 0;
        for (const TimedOp& o : r.pipeline.stages[static_cast<std::size_t>(s)])
            if (o.op.pass != Pass::forward && o.op.micro == plan.microBatches - 1)
                window += o.end - o.start;
        if (sharesNic && c.reduce > 0) {
            // Both flows share the link: the reduction lasts as long as it
            // takes plus the PP sends it meets in flight (fluid sharing).
            const double from = stageEndOf(r.pipeline, s) - (plan.overlapGradReduce ? window : 0.0);
            // The NIC is full duplex: the ring is slowed by the busier
            // direction, this stage's sends or its receives.
            double sent = 0, received = 0;
            for (const TimedOp& o : r.pipeline.stages[static_cast<std::size_t>(s)]) {
                const int k = o.op.chunk * p + s;
                const bool f = o.op.pass == Pass::forward, bw = o.op.pass == Pass::backward;
                if (((f && k < V - 1) || (bw && k > 0)) && o.end >= from) sent += pc.ppSend.time;
                if (((f && k > 0) || (bw && k < V - 1)) && o.start >= from)
                    received += pc.ppSend.time;
            }
            const double shared = std::max(sent, received);
            contention[static_cast<std::size_t>(s)] = shared;
            c.reduce += shared;
        }
        c.reduceExposed = plan.overlapGradReduce ? std::max(0.0, c.reduce - window) : c.reduce;
        c.reduceExposed += amaxReduce;
        double firstForward = 0;
        for (const TimedOp& o : r.pipeline.stages[static_cast<std::size_t>(s)])
            if (o.op.pass == Pass::forward && o.op.micro == 0) firstForward += o.end - o.start;
        c.gatherExposed =
            plan.overlapParamGather ? std::max(0.0, c.gather - firstForward) : c.gather;
        const double busy = r.pipeline.busy[static_cast<std::size_t>(s)];
        // ZeRO-3 gathers run beside the passes; what exceeds their compute shows.
        const double zero3Exposed =
            plan.overlapParamGather ? std::max(0.0, c.zero3 - busy) : c.zero3;
        stageEnd[static_cast<std::size_t>(s)] = stageEndOf(r.pipeline, s) + zero3Exposed;
        // The optimizer step streams this GPU's share of the state through HBM.
        const double localParams = params / (plan.zeroStage >= 1 ? shards : 1);
        double step = localParams * optimizerBytesPerParam(plan) / hbm;
        // fp8: the updated weights are cast once per iteration (read 2 B,
        // write the fp8 copy and its transpose).
        if (plan.fp8) step += params * 4.0 / hbm;
        optimizerTime = std::max(optimizerTime, step);
        gatherExposed = std::max(gatherExposed, c.gatherExposed);
        const double done = stageEnd[static_cast<std::size_t>(s)] + c.reduceExposed;
        if (done > latest) latest = done, r.criticalStage = s;
    }
    r.iterationTime = latest + optimizerTime + gatherExposed;

    // Breakdown of the critical stage.
    const int cs = r.criticalStage;
    const bool first = cs == 0, last = cs == p - 1;
    StepBreakdown& b = r.breakdown;
    const double layersHere = static_cast<double>(plan.stageLayers(cs));
    b.forward = m * (layersHere * pc.layerForward.time + (first ? pc.embeddingForward.time : 0) +
                     (last ? pc.headForward.time : 0));
    b.backward = m * (layersHere * pc.layerBackward.time + (first ? pc.embeddingBackward.time : 0) +
                      (last ? pc.headBackward.time : 0));
    b.recompute = m * layersHere * pc.layerRecompute.time;
    b.tpExposed = m * layersHere * (tpF + tpB + tpR);
    b.epExposed = m * layersHere *
                  (pc.epForward.time + pc.epBackward.time +
                   (plan.recompute == Recompute::full ? pc.epForward.time : 0));
    b.cpExposed = m * layersHere * (cpF + cpB);
    r.dpContention = contention[static_cast<std::size_t>(cs)];
    r.fp8Scaling = m * layersHere * pc.layerScaling.time + amaxReduce;
    const double busy = r.pipeline.busy[static_cast<std::size_t>(cs)];
    const double endWith = stageEndOf(r.pipeline, cs);
    const double endWithout = costs.send > 0 ? stageEndOf(noSend, cs) : endWith;
    b.bubble = std::max(0.0, endWithout - busy);
    b.ppExposed = endWith - busy - b.bubble;
    const StageComm& cc = dp[static_cast<std::size_t>(cs)];
    b.dpExposed =
        (stageEnd[static_cast<std::size_t>(cs)] - endWith) + cc.reduceExposed + gatherExposed;
    b.optimizer = optimizerTime;

    // Throughput and utilisation.
    const double L = static_cast<double>(model.transformer.layers);
    const double perReplicaMicro =
        plan.tp * (L * (pc.layerForward.flops + pc.layerBackward.flops - pc.layerScaling.flops) +
                   pc.embeddingForward.flops + pc.embeddingBackward.flops + pc.headForward.flops +
                   pc.headBackward.flops);
    // Every TP x CP rank of a replica does its share of the micro-batch.
    r.modelFlops = perReplicaMicro * m * plan.dp * plan.cp;
    r.hardwareFlops = r.modelFlops + plan.tp * L * pc.layerRecompute.flops * m * plan.dp * plan.cp;
    const double gpus = plan.gpus();
    const double peak = hw.compute.peak(mathTypeFor(plan.weights, plan.activations));
    if (r.iterationTime > 0) {
        r.mfu = peak > 0 ? r.modelFlops / (r.iterationTime * gpus * peak) : 0;
        r.hfu = peak > 0 ? r.hardwareFlops / (r.iterationTime * gpus * peak) : 0;
        r.tokensPerS = static_cast<double>(plan.globalBatch * plan.sequence) / r.iterationTime;
        r.tflopsPerGpu = r.modelFlops / r.iterationTime / gpus / 1e12;
    }
    r.energyPerIteration = gpus * hw.tdpW * r.iterationTime;
    if (r.tokensPerS > 0) {
        r.timeToTrain = options.tokensToTrain / r.tokensPerS;
        r.costToTrain = r.timeToTrain / 3600.0 * gpus * hw.costPerHourUsd;
        r.energyToTrain = r.energyPerIteration * r.timeToTrain / r.iterationTime;
    }

    // The collectives table and the share of communication hidden.
    auto use = [&](CollectivePurpose purpose, int ranks, const CommCost& c,
                   double callsPerIteration, double exposed) {
        if (c.count == 0) return;
        r.collectives.push_back({purpose, ranks, c.tier, c.bytes / c.count, c.time / c.count,
                                 callsPerIteration, exposed});
    };
    using G = CommGroup;
    using K = CollectiveKind;
    const double layerCalls = m * layersHere;
    const CollectivePurpose tpPurpose =
        plan.sequenceParallel ? CollectivePurpose{.group = G::tensor,
                                                  .kind = K::all_gather,
                                                  .pattern = CommPattern::withReduceScatter}
                              : CollectivePurpose{.group = G::tensor, .kind = K::all_reduce};
    const double tpCallsPerPass = pc.tpForward.count;
    const double tpTotal =
        layerCalls * (pc.tpForward.time + pc.tpBackward.time + pc.tpRecompute.time);
    use(tpPurpose, plan.tp, pc.tpForward,
        layerCalls * tpCallsPerPass * (plan.recompute == Recompute::full ? 3 : 2), b.tpExposed);
    use({.group = G::expert, .kind = K::all_to_all}, plan.ep, pc.epForward,
        layerCalls * pc.epForward.count * 2, b.epExposed);
    const CollectivePurpose cpRing{
        .group = G::context, .kind = K::send_recv, .pattern = CommPattern::ring};
    CollectivePurpose cpForward = cpRing, cpBackward = cpRing;
    cpForward.payload = CommPayload::keysValues;
    cpBackward.payload = CommPayload::keysValuesAndGradients;
    use(cpForward, plan.cp, pc.cpForward, layerCalls * pc.cpForward.count * (full ? 2 : 1),
        m * layersHere * cpF * (full ? 2 : 1));
    use(cpBackward, plan.cp, pc.cpBackward, layerCalls * pc.cpBackward.count,
        m * layersHere * (cpB - (full ? cpF : 0)));
    const double sends = 2.0 * m * (plan.virtualStages() - 1) / p;
    use({.group = G::pipeline, .kind = K::send_recv}, 2, pc.ppSend, sends, b.ppExposed);
    if (cc.reduce > 0) {
        CommCost c{cc.reduce, reduceEach.algbw * reduceEach.time, 1, reduceEach.tier};
        use({.group = G::data,
             .kind = plan.zeroStage >= 1 ? K::reduce_scatter : K::all_reduce,
             .payload = CommPayload::gradients},
            shards, c, 1, cc.reduceExposed - amaxReduce);
    }
    if (cc.gather > 0) {
        CommCost c{cc.gather, gatherEach.algbw * gatherEach.time, 1, gatherEach.tier};
        use({.group = G::data, .kind = K::all_gather, .payload = CommPayload::parameters}, shards,
            c, 1 + (plan.zeroStage >= 3 ? 2 * m : 0), gatherExposed);
    }
    const double commTotal =
        tpTotal + layerCalls * (pc.epForward.time + pc.epBackward.time) +
        layerCalls * (pc.cpForward.time * (full ? 2 : 1) + pc.cpBackward.time) +
        sends * pc.ppSend.time + cc.reduce + cc.gather + cc.zero3 + amaxReduce;
    const double commExposed = b.tpExposed + b.epExposed + b.cpExposed + b.ppExposed + b.dpExposed;
    r.overlap = commTotal > 0 ? std::clamp(1.0 - commExposed / commTotal, 0.0, 1.0) : 0.0;

    if (options.trace) addTrace(r, dp, optimizerTime, stageEnd);
    return r;
}

}  // namespace rl::training
