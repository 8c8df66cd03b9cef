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

using Kind = MessageArg::Kind;

MessageArg num(Kind kind, double value) { return {kind, {}, value}; }

void say(TrainingExplanation& out, std::string english, MessageId id,
         std::vector<MessageArg> args) {
    out.messages.push_back({id, std::move(args), {}, english});
    out.sentences.push_back(std::move(english));
}

// A what-if's label: its English and its typed twin.
Message label(std::string english, MessageId id, std::vector<MessageArg> args = {}) {
    return {id, std::move(args), {}, std::move(english)};
}

}  // namespace

TrainingExplanation explainTraining(const Hardware& hw, const ModelSpec& model,
                                    const TrainingReport& r, const RefineFn& refine) {
    TrainingExplanation out;
    const TrainingPlan& p = r.plan;
    const StepBreakdown& b = r.breakdown;
    const double T = r.iterationTime > 0 ? r.iterationTime : 1;
    struct Part {
        const char* id;  // MessageArg::Kind::stepPart
        const char* what;
        double time;
    };
    const Part parts[] = {{"bubble", "the pipeline bubble", b.bubble},
                          {"tp", "exposed TP communication", b.tpExposed},
                          {"cp", "exposed CP ring attention communication", b.cpExposed},
                          {"ep", "exposed EP all-to-all", b.epExposed},
                          {"pp", "exposed PP send/recv", b.ppExposed},
                          {"dp", "exposed DP communication", b.dpExposed},
                          {"recompute", "recompute", b.recompute},
                          {"optimizer", "the optimizer step", b.optimizer}};
    for (const Part& part : parts)
        if (part.time / T >= 0.03)
            say(out,
                std::string(part.what) + " is " + percent(part.time / T) + " of the step (" +
                    seconds(part.time) + ")",
                MessageId::trainingPartShare,
                {{Kind::stepPart, part.id, 0.0},
                 num(Kind::share, part.time / T),
                 num(Kind::seconds, part.time)});
    if (r.dpContention / T >= 0.01)
        say(out,
            std::string(p.zeroStage >= 1 ? "DP reduce-scatter" : "DP all-reduce") +
                " is exposed for " + seconds(b.dpExposed) +
                " because it shares the NIC with PP sends (" + seconds(r.dpContention) +
                " longer than alone)",
            p.zeroStage >= 1 ? MessageId::trainingDpReduceScatterContention
                             : MessageId::trainingDpAllReduceContention,
            {num(Kind::seconds, b.dpExposed), num(Kind::seconds, r.dpContention)});
    if (p.fp8 && r.fp8Scaling / T >= 0.01)
        say(out,
            "fp8 scaling (casts with amax, amax all-reduce) costs " + seconds(r.fp8Scaling) +
                " of the step",
            MessageId::trainingFp8Scaling, {num(Kind::seconds, r.fp8Scaling)});
    if (!r.memory.fits)
        say(out, "stage " + std::to_string(r.memory.worstStage) + " does not fit in memory",
            MessageId::trainingStageDoesNotFit, {num(Kind::count, r.memory.worstStage)});

    auto consider = [&](Message label, TrainingPlan edited) {
        try {
            checkPlan(model, edited);
            if (!trainingMemory(model, edited, hw.mainMemoryBytes()).fits && r.memory.fits) return;
            TrainingOptions o;
            o.refine = refine;
            const TrainingReport w = simulateTraining(hw, model, edited, o);
            TrainingWhatIf wi;
            wi.label = label.english;
            wi.labelMessage = std::move(label);
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
        const bool doubled = e.globalBatch != p.globalBatch;
        consider(label(std::to_string(e.microBatches) + " micro-batches instead of " +
                           std::to_string(p.microBatches) +
                           (doubled ? " (global batch x2)" : " (half the micro-batch)"),
                       doubled ? MessageId::trainingWhatIfMicroBatchesGlobal
                               : MessageId::trainingWhatIfMicroBatchesHalf,
                       {num(Kind::count, double(e.microBatches)),
                        num(Kind::count, double(p.microBatches))}),
                 e);
        e = p;
        e.chunks = p.chunks + 1;
        e.schedule = Schedule::interleaved;
        consider(label("interleave " + std::to_string(e.chunks) + " chunks per rank",
                       MessageId::trainingWhatIfInterleave, {num(Kind::count, e.chunks)}),
                 e);
        if (p.schedule == Schedule::oneFOneB) {
            e = p;
            e.schedule = Schedule::zeroBubble;
            consider(label("zero-bubble schedule (ZB-H1)", MessageId::trainingWhatIfZeroBubble), e);
        }
    }
    if (!p.fp8 && hw.compute.peak(DType::fp8) > hw.compute.peak(DType::bf16)) {
        TrainingPlan e = p;
        e.fp8 = true;
        consider(label("fp8 GEMMs with per-tensor scaling", MessageId::trainingWhatIfFp8), e);
    }
    if (p.dp > 1 && (!p.overlapGradReduce || !p.overlapParamGather)) {
        TrainingPlan e = p;
        e.overlapGradReduce = e.overlapParamGather = true;
        consider(
            label("DP communication overlapped with compute", MessageId::trainingWhatIfDpOverlap),
            e);
    }
    if (!p.overlapTensorComm && b.tpExposed / T >= 0.02) {
        TrainingPlan e = p;
        e.overlapTensorComm = true;
        consider(
            label("TP communication overlapped with GEMMs", MessageId::trainingWhatIfTpOverlap), e);
    }
    if (p.tp > 1 && !p.sequenceParallel) {
        TrainingPlan e = p;
        e.sequenceParallel = true;
        consider(label("sequence parallelism on", MessageId::trainingWhatIfSequenceParallel), e);
    }
    if (p.recompute != Recompute::none) {
        TrainingPlan e = p;
        e.recompute = p.recompute == Recompute::full ? Recompute::selective : Recompute::none;
        consider(
            label(std::string("recompute ") + std::string(toString(e.recompute)),
                  e.recompute == Recompute::none ? MessageId::trainingWhatIfRecomputeNone
                                                 : MessageId::trainingWhatIfRecomputeSelective),
            e);
    }
    if (p.dp > 1 && p.zeroStage == 0 && !r.memory.fits) {
        TrainingPlan e = p;
        e.zeroStage = 1;
        consider(label("distributed optimizer (ZeRO 1)", MessageId::trainingWhatIfZero1), e);
    }
    std::sort(out.whatIfs.begin(), out.whatIfs.end(),
              [](const auto& a, const auto& b) { return a.throughputGain > b.throughputGain; });
    return out;
}

}  // namespace rl::training
