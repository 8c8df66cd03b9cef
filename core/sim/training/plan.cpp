// Building and checking a training plan.
#include "core/sim/training/plan.h"

#include <algorithm>
#include <stdexcept>

#include "core/result/engine_text.h"
#include "core/result/message_error.h"
#include "core/sim/training/training_enum_names.h"

namespace rl::training {

std::string_view toString(Schedule s) { return nameOf(kScheduleNames, s, "?"); }

std::string_view toString(Recompute r) { return nameOf(kRecomputeNames, r, "?"); }

std::int64_t TrainingPlan::layersIn(int k) const {
    const std::int64_t V = virtualStages();
    const std::int64_t base = (layers + V - 1) / V;
    const std::int64_t fewer = V * base - layers;  // virtual stages with base - 1 layers
    // Order of the short stages: 0, V-1, 1, V-2, ...
    const std::int64_t fromEnd = std::min<std::int64_t>(k, V - 1 - k);
    const std::int64_t position = 2 * fromEnd + (k > V - 1 - k ? 1 : 0);
    return position < fewer ? base - 1 : base;
}

std::int64_t TrainingPlan::stageLayers(int stage) const {
    std::int64_t n = 0;
    for (int c = 0; c < chunks; ++c) n += layersIn(c * pp + stage);
    return n;
}

namespace {

// The rarer mistakes: a sentence typed as a phrase (core/result/engine_text.h).
[[noreturn]] void bad(Phrase what) { throwEngineError(std::move(what)); }

PhraseArg integer(std::int64_t v) { return PhraseArg::integer(v); }
PhraseArg verbatim(const std::string& v) { return PhraseArg::verbatim(v); }

// The common mistakes, typed so the GUI shows them translated (docs/messages.md).
[[noreturn]] void bad(MessageId id, std::vector<MessageArg> args, const std::string& what) {
    throw MessageError({id, std::move(args), {}, what});
}

std::string str(std::int64_t v) { return std::to_string(v); }

MessageArg count(std::int64_t v) { return {MessageArg::Kind::count, {}, static_cast<double>(v)}; }
MessageArg name(const std::string& v) { return {MessageArg::Kind::name, v, 0.0}; }

}  // namespace

void checkPlan(const ModelSpec& model, const TrainingPlan& p) {
    if (model.kind != "transformer")
        bad(MessageId::trainingNotTransformer, {name(model.name), name(model.kind)},
            "model '" + model.name + "' is a " + model.kind +
                "; the training simulator needs a transformer");
    const TransformerConfig& c = model.transformer;
    if (c.hidden <= 0 || c.layers <= 0 || c.heads <= 0 || c.vocab <= 0)
        bad({RL_TR("EngineText",
                   "model '%1': hidden size, layers, heads and vocabulary must be positive"),
             {verbatim(model.name)}});
    if (p.tp < 1 || p.pp < 1 || p.dp < 1 || p.ep < 1 || p.cp < 1 || p.chunks < 1)
        bad(RL_TR("EngineText",
                  "tensor, context, pipeline, data, expert parallelism and interleave must be at "
                  "least 1"));
    if (p.cp > 1 && p.sequence % (2 * p.cp) != 0)
        bad(MessageId::trainingCpSequence, {count(p.cp), count(p.sequence), count(2 * p.cp)},
            "context parallelism " + str(p.cp) + " needs the sequence (" + str(p.sequence) +
                ") to be a multiple of 2 x CP = " + str(2 * p.cp) +
                " (ring attention's load-balanced chunks)");
    if (c.heads % p.tp != 0)
        bad(MessageId::trainingTpHeads, {count(p.tp), count(c.heads), name(model.name)},
            "tensor parallelism " + str(p.tp) + " does not divide the " + str(c.heads) +
                " attention heads of '" + model.name + "'");
    if (p.layers != c.layers)
        bad({RL_TR("EngineText", "the plan's layer count %1 differs from the %2 layers of '%3'"),
             {integer(p.layers), integer(c.layers), verbatim(model.name)}});
    if (c.layers < static_cast<std::int64_t>(p.pp) * p.chunks)
        bad(MessageId::trainingStagesLayers,
            {count(p.pp), count(p.chunks), count(static_cast<std::int64_t>(p.pp) * p.chunks),
             count(c.layers), name(model.name)},
            "pipeline " + str(p.pp) + " x interleave " + str(p.chunks) + " = " +
                str(static_cast<std::int64_t>(p.pp) * p.chunks) + " virtual stages for only " +
                str(c.layers) + " layers of '" + model.name + "'");
    if (p.microBatch < 1 || p.globalBatch % (p.microBatch * p.dp) != 0)
        bad(MessageId::trainingGlobalBatch,
            {count(p.globalBatch), count(p.microBatch), count(p.dp)},
            "global batch " + str(p.globalBatch) +
                " is not a multiple of micro batch x data parallel = " + str(p.microBatch) + " x " +
                str(p.dp));
    if (p.schedule == Schedule::interleaved) {
        if (p.chunks < 2)
            bad(MessageId::trainingInterleaveChunks, {},
                "the interleaved schedule needs interleave >= 2");
        if (p.microBatches % p.pp != 0)
            bad(MessageId::trainingInterleavedMicroBatches, {count(p.microBatches), count(p.pp)},
                "interleaved 1F1B needs the micro-batches per replica (" + str(p.microBatches) +
                    ") to be a multiple of pipeline parallelism (" + str(p.pp) + ")");
    } else if (p.chunks != 1) {
        bad(MessageId::trainingInterleaveSchedule,
            {count(p.chunks), name(std::string(toString(p.schedule)))},
            "interleave " + str(p.chunks) + " needs the 1F1B schedule, not " +
                std::string(toString(p.schedule)));
    }
    if (p.ep > 1) {
        if (c.experts <= 0)
            bad(MessageId::trainingEpDense, {count(p.ep), name(model.name)},
                "expert parallelism " + str(p.ep) + " on dense model '" + model.name +
                    "' (no experts)");
        if (c.experts % p.ep != 0 || p.dp % p.ep != 0)
            bad(MessageId::trainingEpDivide, {count(p.ep), count(c.experts), count(p.dp)},
                "expert parallelism " + str(p.ep) + " must divide the " + str(c.experts) +
                    " experts and data parallelism " + str(p.dp));
    }
    // Every pass of one rank per stage is simulated: keep that bounded.
    constexpr double kMaxPasses = 5e7;
    if (static_cast<double>(p.microBatches) * p.pp * p.chunks * 2 > kMaxPasses)
        bad({RL_TR("EngineText",
                   "%1 micro-batches x %2 virtual stages is more than the simulator handles (%3 "
                   "passes); use a larger micro-batch"),
             {integer(p.microBatches), integer(static_cast<std::int64_t>(p.pp) * p.chunks),
              integer(static_cast<std::int64_t>(kMaxPasses / 2))}});
    if (p.microBatches < 1) bad(RL_TR("EngineText", "the plan has no micro-batches"));
    if (p.zeroStage < 0 || p.zeroStage > 3)
        bad({RL_TR("EngineText", "zero stage %1: expected 0..3"), {integer(p.zeroStage)}});
    if (p.sequence < 1) bad(RL_TR("EngineText", "sequence length must be positive"));
    if (p.sequenceParallel && p.sequence % (static_cast<std::int64_t>(p.tp) * p.cp) != 0)
        bad(MessageId::trainingSpSequence, {count(p.sequence), count(p.tp), count(p.cp)},
            "sequence parallelism needs the sequence (" + str(p.sequence) +
                ") to be a multiple of tensor x context parallelism (" + str(p.tp) + " x " +
                str(p.cp) + ")");
}

TrainingPlan makePlan(const ModelSpec& model, const Scenario& s) {
    if (s.kind != "training")
        bad({RL_TR("EngineText", "scenario '%1' is of kind \"%2\", not \"training\""),
             {verbatim(s.name), verbatim(s.kind)}});
    const TrainingScenario& t = s.training;
    TrainingPlan p;
    p.tp = s.parallelism.tensor;
    p.pp = s.parallelism.pipeline;
    p.dp = s.parallelism.data;
    p.ep = s.parallelism.expert;
    p.cp = s.parallelism.context;
    p.chunks = t.interleave;
    p.schedule = t.schedule == "gpipe"         ? Schedule::gpipe
                 : t.schedule == "zero-bubble" ? Schedule::zeroBubble
                 : t.interleave > 1            ? Schedule::interleaved
                                               : Schedule::oneFOneB;
    p.recompute = t.recompute == "full"        ? Recompute::full
                  : t.recompute == "selective" ? Recompute::selective
                                               : Recompute::none;
    p.sequenceParallel = t.sequenceParallel && p.tp > 1;
    p.zeroStage = t.zeroStage;
    p.globalBatch = t.globalBatch;
    p.microBatch = t.microBatch;
    p.sequence = t.sequence;
    p.microBatches = p.microBatch > 0 && p.dp > 0 ? t.globalBatch / (t.microBatch * p.dp) : 0;
    p.weights = s.precision.weights;
    p.activations = s.precision.activations;
    p.fp8 = t.fp8;
    p.adam = t.optimizer != "sgd";
    p.overlapGradReduce = t.overlapGradReduce;
    p.overlapParamGather = t.overlapParamGather;
    p.overlapTensorComm = t.overlapTensorComm;
    p.layers = model.transformer.layers;
    checkPlan(model, p);
    return p;
}

}  // namespace rl::training
