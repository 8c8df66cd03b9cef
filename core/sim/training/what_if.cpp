// Training explanations and what-ifs.
#include "core/sim/training/what_if.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace rl::training {
namespace {

std::string percent(double f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100 * f);
    return buf;
}

std::string seconds(double s) {
    char buf[32];
    if (s >= 1)
        std::snprintf(buf, sizeof buf, "%.2f s", s);
    else
        std::snprintf(buf, sizeof buf, "%.0f ms", 1e3 * s);
    return buf;
}

}  // namespace

TrainingExplanation explainTraining(const Hardware& hw, const ModelSpec& model,
                                    const TrainingReport& r, const RefineFn& refine) {
    TrainingExplanation out;
    const TrainingPlan& p = r.plan;
    const StepBreakdown& b = r.breakdown;
    const double T = r.iterationTime > 0 ? r.iterationTime : 1;
    struct Part {
        const char* what;
        double time;
    };
    const Part parts[] = {{"the pipeline bubble", b.bubble},
                          {"exposed TP communication", b.tpExposed},
                          {"exposed CP ring attention communication", b.cpExposed},
                          {"exposed EP all-to-all", b.epExposed},
                          {"exposed PP send/recv", b.ppExposed},
                          {"exposed DP communication", b.dpExposed},
                          {"recompute", b.recompute},
                          {"the optimizer step", b.optimizer}};
    for (const Part& part : parts)
        if (part.time / T >= 0.03)
            out.sentences.push_back(std::string(part.what) + " is " + percent(part.time / T) +
                                    " of the step (" + seconds(part.time) + ")");
    if (r.dpContention / T >= 0.01)
        out.sentences.push_back(
            std::string(p.zeroStage >= 1 ? "DP reduce-scatter" : "DP all-reduce") +
            " is exposed for " + seconds(b.dpExposed) +
            " because it shares the NIC with PP sends (" + seconds(r.dpContention) +
            " longer than alone)");
    if (p.fp8 && r.fp8Scaling / T >= 0.01)
        out.sentences.push_back("fp8 scaling (casts with amax, amax all-reduce) costs " +
                                seconds(r.fp8Scaling) + " of the step");
    if (!r.memory.fits)
        out.sentences.push_back("stage " + std::to_string(r.memory.worstStage) +
                                " does not fit in memory");

    auto consider = [&](std::string label, TrainingPlan edited) {
        try {
            checkPlan(model, edited);
            if (!trainingMemory(model, edited, hw.mainMemoryBytes()).fits && r.memory.fits) return;
            TrainingOptions o;
            o.refine = refine;
            const TrainingReport w = simulateTraining(hw, model, edited, o);
            TrainingWhatIf wi;
            wi.label = std::move(label);
            wi.plan = edited;
            wi.iterationTime = w.iterationTime;
            wi.throughputGain = r.tokensPerS > 0 ? w.tokensPerS / r.tokensPerS - 1 : 0;
            out.whatIfs.push_back(std::move(wi));
        } catch (const std::invalid_argument&) {
            // The edit does not apply to this model or hardware.
        }
    };
    if (p.pp > 1 && b.bubble / T >= 0.02) {
        TrainingPlan e = p;
        if (p.microBatch > 1 && p.microBatch % 2 == 0) {
            e.microBatch /= 2;
        } else {
            e.globalBatch *= 2;
        }
        e.microBatches = e.globalBatch / (e.microBatch * e.dp);
        consider(
            std::to_string(e.microBatches) + " micro-batches instead of " +
                std::to_string(p.microBatches) +
                (e.globalBatch != p.globalBatch ? " (global batch x2)" : " (half the micro-batch)"),
            e);
        e = p;
        e.chunks = p.chunks + 1;
        e.schedule = Schedule::interleaved;
        consider("interleave " + std::to_string(e.chunks) + " chunks per rank", e);
        if (p.schedule == Schedule::oneFOneB) {
            e = p;
            e.schedule = Schedule::zeroBubble;
            consider("zero-bubble schedule (ZB-H1)", e);
        }
    }
    if (!p.fp8 && hw.compute.peak(DType::fp8) > hw.compute.peak(DType::bf16)) {
        TrainingPlan e = p;
        e.fp8 = true;
        consider("fp8 GEMMs with per-tensor scaling", e);
    }
    if (p.dp > 1 && (!p.overlapGradReduce || !p.overlapParamGather)) {
        TrainingPlan e = p;
        e.overlapGradReduce = e.overlapParamGather = true;
        consider("DP communication overlapped with compute", e);
    }
    if (!p.overlapTensorComm && b.tpExposed / T >= 0.02) {
        TrainingPlan e = p;
        e.overlapTensorComm = true;
        consider("TP communication overlapped with GEMMs", e);
    }
    if (p.tp > 1 && !p.sequenceParallel) {
        TrainingPlan e = p;
        e.sequenceParallel = true;
        consider("sequence parallelism on", e);
    }
    if (p.recompute != Recompute::none) {
        TrainingPlan e = p;
        e.recompute = p.recompute == Recompute::full ? Recompute::selective : Recompute::none;
        consider(std::string("recompute ") + std::string(toString(e.recompute)), e);
    }
    if (p.dp > 1 && p.zeroStage == 0 && !r.memory.fits) {
        TrainingPlan e = p;
        e.zeroStage = 1;
        consider("distributed optimizer (ZeRO 1)", e);
    }
    std::sort(out.whatIfs.begin(), out.whatIfs.end(),
              [](const auto& a, const auto& b) { return a.throughputGain > b.throughputGain; });
    return out;
}

}  // namespace rl::training
