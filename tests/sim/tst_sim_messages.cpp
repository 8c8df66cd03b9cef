// The simulators' and the analytical engine's typed messages against their
// English: every serving and training sentence, what-if label and warning has
// a typed twin whose `english` is the sentence itself, and an English
// renderer written here from the ids and values alone (the templates of
// core/result/message.h, the engines' own number formats) gives back exactly
// the English the CLI and JSON print, so the values a GUI translates are the
// values the English states. Some English is also compared as literal text.
#include <QtTest>

#include <QTemporaryDir>

#include <cstdio>
#include <fstream>
#include <functional>
#include <map>

#include "core/analytical/analyze.h"
#include "core/analytical/collectives.h"
#include "core/analytical/compose.h"
#include "core/analytical/memory_footprint.h"
#include "core/learned/learned_model.h"
#include "core/predict/learned_cost_model.h"
#include "core/result/message_error.h"
#include "core/sim/serving/serving_sim.h"
#include "core/sim/training/search.h"
#include "core/sim/training/to_prediction.h"
#include "core/sim/training/what_if.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"
#include "serving_specs.h"
#include "training_specs.h"

using namespace rl;
using Kind = MessageArg::Kind;

namespace {

// One engine's way of writing a value, by kind.
using Format = std::function<std::string(const MessageArg&)>;

std::string printf1(const char* pattern, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, pattern, v);
    return buf;
}

std::string common(const MessageArg& a) {
    switch (a.kind) {
        case Kind::count:
            return std::to_string(static_cast<long long>(a.value));
        case Kind::decimal:
            return printf1("%.1f", a.value);
        default:
            return a.text;
    }
}

// core/analytical/evaluate.cpp (few tiles: a whole percentage) and
// core/learned/learned_model.cpp (feature values: %.3g).
std::string analyticalFormat(const MessageArg& a) {
    if (a.kind == Kind::share) return std::to_string(static_cast<int>(a.value * 100 + 0.5)) + "%";
    if (a.kind == Kind::number) return printf1("%.3g", a.value);
    return common(a);
}

// core/sim/serving/explain.cpp; bytes as core/sim/serving (KV cache, footprint) writes them.
std::string servingFormat(const MessageArg& a) {
    if (a.kind == Kind::seconds) return formatQuantity(a.value, Dimension::time, 3);
    if (a.kind == Kind::bytes) return formatGiB(a.value);
    if (a.kind == Kind::share) return printf1("%.0f%%", 100 * a.value);
    if (a.kind == Kind::change) return printf1("%+.0f%%", 100 * a.value);
    return common(a);
}

// core/sim/training/what_if.cpp
std::string trainingFormat(const MessageArg& a) {
    if (a.kind == Kind::seconds)
        return a.value >= 1 ? printf1("%.2f s", a.value) : printf1("%.0f ms", 1e3 * a.value);
    if (a.kind == Kind::share) return printf1("%.1f%%", 100 * a.value);
    if (a.kind == Kind::stepPart) {
        static const std::map<std::string, std::string> parts = {
            {"bubble", "the pipeline bubble"},
            {"tp", "exposed TP communication"},
            {"cp", "exposed CP ring attention communication"},
            {"ep", "exposed EP all-to-all"},
            {"pp", "exposed PP send/recv"},
            {"dp", "exposed DP communication"},
            {"recompute", "recompute"},
            {"optimizer", "the optimizer step"}};
        return parts.count(a.text) ? parts.at(a.text) : "?" + a.text;
    }
    return common(a);
}

// The English of each id ({} = the next argument, {L} = clause 0), as
// core/result/message.h documents it.
const std::map<MessageId, std::string>& templates() {
    static const std::map<MessageId, std::string> t = {
        {MessageId::sentence, "{L}."},
        {MessageId::servingNoneServed, "No request was served."},
        {MessageId::servingQueueingWaits,
         "Queueing is {} of p99 TTFT ({}): requests wait for a batch slot or KV-cache blocks."},
        {MessageId::servingPrefillDominates,
         "Queueing is {} of p99 TTFT ({}): the prefill itself dominates."},
        {MessageId::servingTbt, "p99 time between tokens is {} (median {})."},
        {MessageId::servingTbtStallPrompts,
         "p99 time between tokens is {} (median {}): decodes stall behind whole prompts in the "
         "same or an earlier iteration."},
        {MessageId::servingTbtStallChunks,
         "p99 time between tokens is {} (median {}): some iterations carry large prefill chunks "
         "or recomputations."},
        {MessageId::servingPreemptions,
         "{} preemptions: the KV cache ({} blocks of {} tokens per replica) runs out."},
        {MessageId::servingBusy,
         "Devices are busy {} of the time at {} MFU; batches average {} sequences (max {})."},
        {MessageId::servingSloMet, "{} of served requests meet the SLO."},
        {MessageId::servingRejected, "{} requests were rejected (see each request's reason)."},
        {MessageId::servingWhatIfResult,
         "{L}: p99 TTFT {} -> {}, p99 TBT {}, preemptions {} -> {}"},
        {MessageId::servingWhatIfFailed, "{L}: cannot be simulated ({})"},
        {MessageId::servingWhatIfAddReplica, "+1 replica"},
        {MessageId::servingWhatIfKvFp8, "fp8 KV cache"},
        {MessageId::servingWhatIfMaxBatch, "max batch {}"},
        {MessageId::servingWhatIfChunk, "Sarathi chunk {}"},
        {MessageId::trainingPartShare, "{} is {} of the step ({})"},
        {MessageId::trainingDpReduceScatterContention,
         "DP reduce-scatter is exposed for {} because it shares the NIC with PP sends ({} longer "
         "than alone)"},
        {MessageId::trainingDpAllReduceContention,
         "DP all-reduce is exposed for {} because it shares the NIC with PP sends ({} longer "
         "than alone)"},
        {MessageId::trainingFp8Scaling,
         "fp8 scaling (casts with amax, amax all-reduce) costs {} of the step"},
        {MessageId::trainingStageDoesNotFit, "stage {} does not fit in memory"},
        {MessageId::trainingWhatIfMicroBatchesGlobal,
         "{} micro-batches instead of {} (global batch x2)"},
        {MessageId::trainingWhatIfMicroBatchesHalf,
         "{} micro-batches instead of {} (half the micro-batch)"},
        {MessageId::trainingWhatIfInterleave, "interleave {} chunks per rank"},
        {MessageId::trainingWhatIfZeroBubble, "zero-bubble schedule (ZB-H1)"},
        {MessageId::trainingWhatIfFp8, "fp8 GEMMs with per-tensor scaling"},
        {MessageId::trainingWhatIfDpOverlap, "DP communication overlapped with compute"},
        {MessageId::trainingWhatIfTpOverlap, "TP communication overlapped with GEMMs"},
        {MessageId::trainingWhatIfSequenceParallel, "sequence parallelism on"},
        {MessageId::trainingWhatIfRecomputeSelective, "recompute selective"},
        {MessageId::trainingWhatIfRecomputeNone, "recompute none"},
        {MessageId::trainingWhatIfZero1, "distributed optimizer (ZeRO 1)"},
        {MessageId::warnStageDoesNotFit, "pipeline stage {} does not fit in device memory"},
        {MessageId::warnRequestsRejected, "{} requests were rejected; the first: request {} {}"},
        {MessageId::warnNoInterconnect,
         "the scenario uses {} devices but the hardware has no interconnect: collectives are "
         "not costed"},
        {MessageId::warnMoreDevicesThanHardware,
         "the scenario uses {} devices but '{}' lists {}; assuming identical devices on the same "
         "links"},
        {MessageId::warnCannotAnalyse, "cannot analyse: {}"},
        {MessageId::warnNoMemoryLevels,
         "the hardware lists no memory levels: only compute is costed"},
        {MessageId::warnNotInference,
         "the analytical predictor costs one inference pass (batch, prompt and generated tokens "
         "of the scenario's inference settings); a '{}' scenario needs the simulator for its "
         "full behaviour"},
        {MessageId::warnCollectiveNoInterconnect,
         "{}: a {} over {} ranks on interconnect dimension {}: '{}' has no interconnect"},
        {MessageId::warnCollectiveNoDimension,
         "{}: a {} over {} ranks on interconnect dimension {}: '{}' has dimensions 0..{}"},
        {MessageId::warnCollectiveTooWide,
         "{}: a {} over {} ranks on interconnect dimension {} ({}) needs {} devices, but '{}' "
         "has {} up to that dimension (costed as if it extended)"},
        {MessageId::noteFewTiles, "few tiles: {} of the device's compute is busy"},
        {MessageId::noteCollectiveWithoutInterconnect,
         "the hardware has no interconnect: the collective is costed as local memory traffic "
         "only"},
        {MessageId::noteOutsideTrainingData, "outside the training data: {C}"},
        {MessageId::noteFeatureOutside, "{} = {} (trained on {} .. {})"},
        {MessageId::noteTransferUnchecked,
         "how the correction carries to {} is unchecked (the model has one training device, or "
         "its transfer check was skipped): half of it is applied"},
        {MessageId::noteKindNotTrained, "the {} model was not trained on {} operators"},
        {MessageId::noteRooflineKept,
         "roofline kept: the {} model was not trained on {} operators"},
        // Serving diagnostics ({F}: a file name and ": ", where there is one; {N}: every
        // clause, each followed by a line break).
        {MessageId::rejectKvBlocks,
         "needs {} KV-cache blocks ({} prompt + {} output tokens) plus a watermark of {}; a "
         "replica has {}"},
        {MessageId::rejectPromptTooLong,
         "prompt of {} tokens exceeds max_batched_tokens {} (vLLM does not split prompts)"},
        {MessageId::rejectNeverCompleted, "never completed: the replica could not make progress"},
        {MessageId::servingKvFootprint,
         "KV cache: {} blocks of {} tokens ({}) per device after {} of weights and {} of "
         "activations"},
        {MessageId::servingNeedsDecoder,
         "model '{}' cannot be served: the serving simulator needs a decoder transformer"},
        {MessageId::servingNoKvBlock,
         "model '{}' cannot be served on '{}' at TP {} x PP {}: no KV-cache block fits: each "
         "device has {}, keeps {} in reserve, and needs {} for weights and {} for activations"},
        {MessageId::servingCapacityNeedsSlo,
         "capacity search needs a service-level objective: set serving.slo ttft_p99, tpot_p99 or "
         "e2e_p99"},
        {MessageId::trainingNotTransformer,
         "model '{}' is a {}; the training simulator needs a transformer"},
        {MessageId::trainingTpHeads,
         "tensor parallelism {} does not divide the {} attention heads of '{}'"},
        {MessageId::trainingCpSequence,
         "context parallelism {} needs the sequence ({}) to be a multiple of 2 x CP = {} (ring "
         "attention's load-balanced chunks)"},
        {MessageId::trainingStagesLayers,
         "pipeline {} x interleave {} = {} virtual stages for only {} layers of '{}'"},
        {MessageId::trainingGlobalBatch,
         "global batch {} is not a multiple of micro batch x data parallel = {} x {}"},
        {MessageId::trainingInterleaveChunks, "the interleaved schedule needs interleave >= 2"},
        {MessageId::trainingInterleavedMicroBatches,
         "interleaved 1F1B needs the micro-batches per replica ({}) to be a multiple of pipeline "
         "parallelism ({})"},
        {MessageId::trainingInterleaveSchedule, "interleave {} needs the 1F1B schedule, not {}"},
        {MessageId::trainingEpDense, "expert parallelism {} on dense model '{}' (no experts)"},
        {MessageId::trainingEpDivide,
         "expert parallelism {} must divide the {} experts and data parallelism {}"},
        {MessageId::trainingSpSequence,
         "sequence parallelism needs the sequence ({}) to be a multiple of tensor x context "
         "parallelism ({} x {})"},
        {MessageId::trainingTooFewGpus,
         "the plan needs TP x CP x PP x DP = {} x {} x {} x {} = {} GPUs; '{}' has {}"},
        {MessageId::trainingFp8Hardware, "fp8 GEMMs need fp8 tensor cores; '{}' lists no fp8 peak"},
        {MessageId::trainingNoPlan,
         "no plan of TP (within a node, dividing the {} heads) x PP (at most the {} layers) x DP "
         "divides {} GPUs and the global batch of {}"},
        {MessageId::warnWorkload, "workload: {N}"},
        {MessageId::workloadRowTooShort,
         "{F}(row) (line {}, column {}): warning: got {}; at least {} fields (the row has {})"},
        {MessageId::workloadBadTokens,
         "{F}column \"{}\" (line {}, column {}): warning: got {}; a whole number of tokens from 0 "
         "to {} (row skipped)"},
        {MessageId::workloadBadTimestamp,
         "{F}column \"{}\" (line {}, column {}): warning: got {}; a timestamp such as "
         "\"2023-11-16 18:15:46.6805900\" like the rows above (row skipped)"},
        {MessageId::workloadBadSeconds,
         "{F}column \"{}\" (line {}, column {}): warning: got {}; an arrival time in seconds >= 0 "
         "like the rows above (row skipped)"},
        {MessageId::workloadBadArrival,
         "{F}column \"{}\" (line {}, column {}): warning: got {}; an arrival time in seconds, or "
         "a timestamp such as \"2023-11-16 18:15:46.6805900\" (row skipped)"},
        {MessageId::workloadMoreBadRows,
         "{F}(file): warning: got {} more bad rows; rows like the ones above (skipped; only the "
         "first {} are listed)"},
        {MessageId::workloadFewerRows,
         "{F}(rows): warning: got {} usable rows; {} requests as the scenario asks (replaying all "
         "{} rows instead)"},
    };
    return t;
}

std::string render(const Message& m, const Format& format) {
    const auto t = templates().find(m.id);
    if (t == templates().end()) return "<no template for id " + std::to_string(int(m.id)) + ">";
    std::string out;
    std::size_t arg = 0;
    const std::string& pattern = t->second;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.compare(i, 3, "{L}") == 0) {
            out += m.clauses.empty() ? "<no clause>" : render(m.clauses.front(), format);
            i += 2;
        } else if (pattern.compare(i, 3, "{C}") == 0) {  // every clause, joined by "; "
            if (m.clauses.empty()) out += "<no clause>";
            for (std::size_t c = 0; c < m.clauses.size(); ++c)
                out += (c ? "; " : "") + render(m.clauses[c], format);
            i += 2;
        } else if (pattern.compare(i, 3, "{N}") == 0) {  // every clause and a line break
            if (m.clauses.empty()) out += "<no clause>";
            for (const Message& c : m.clauses) out += render(c, format) + "\n";
            i += 2;
        } else if (pattern.compare(i, 3, "{F}") == 0) {  // a file name, where there is one
            const std::string file = arg < m.args.size() ? m.args[arg++].text : "<missing>";
            if (!file.empty()) out += file + ": ";
            i += 2;
        } else if (pattern.compare(i, 2, "{}") == 0) {
            out += arg < m.args.size() ? format(m.args[arg++]) : "<missing>";
            i += 1;
        } else {
            out += pattern[i];
        }
    }
    if (arg != m.args.size()) out += "<unused arguments>";
    return out;
}

void checkTwins(const std::vector<std::string>& english, const std::vector<Message>& typed,
                const Format& format) {
    std::string all;
    for (const std::string& e : english) all += "\n  " + e;
    QVERIFY2(typed.size() == english.size(), ("not each typed:" + all).c_str());
    for (std::size_t i = 0; i < english.size(); ++i) {
        QCOMPARE(typed[i].english, english[i]);
        QCOMPARE(render(typed[i], format), english[i]);
    }
}

// The analytical engine's typed warnings stand for warnings it printed, in
// the same order, and read as their English (the footprint's warning is
// typed as the run explanation's memory sentence instead).
void checkTypedWarnings(const Prediction& p) {
    std::size_t next = 0;
    for (const Message& m : p.warningMessages) {
        while (next < p.warnings.size() && p.warnings[next] != m.english) ++next;
        QVERIFY2(next < p.warnings.size(), ("a typed warning not printed: " + m.english).c_str());
        QCOMPARE(render(m, common), m.english);
    }
}

// An operator's note is its typed parts' English joined by "; ", each
// rebuilt from its id and values.
void checkNote(const OpRecord& op) {
    std::string joined;
    for (const Message& m : op.noteMessages) {
        QCOMPARE(render(m, analyticalFormat), m.english);
        joined += (joined.empty() ? "" : "; ") + m.english;
    }
    QCOMPARE(joined, op.note);
}

// Every rejected request has its reason typed (in id order), rebuilt from
// its values to the reason the request table and exports print.
void checkRejections(const ServingReport& r) {
    std::size_t typed = 0;
    for (const RequestRecord& q : r.requests) {
        const Message* reason = rejectionReason(r, q.id);
        if (q.rejected.empty()) {
            QVERIFY(!reason);
            continue;
        }
        QVERIFY2(reason, q.rejected.c_str());
        ++typed;
        QCOMPARE(reason->english, q.rejected);
        QCOMPARE(render(*reason, common), q.rejected);
    }
    QCOMPARE(typed, r.rejections.size());
    QCOMPARE(std::int64_t(typed), r.rejected);
}

// `run` throws a MessageError of `id` whose typed reason reads as its what().
void checkTypedError(const std::function<void()>& run, MessageId id, const Format& format) {
    try {
        run();
    } catch (const MessageError& e) {
        QCOMPARE(e.message().id, id);
        QCOMPARE(e.message().english, std::string(e.what()));
        QCOMPARE(render(e.message(), format), std::string(e.what()));
        return;
    }
    QFAIL(("no MessageError of id " + std::to_string(int(id))).c_str());
}

Hardware sampleHardware(const std::string& file) {
    auto l = loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/" + file);
    if (!l.ok()) throw std::runtime_error(l.diagnostics.format());
    return *l.value;
}

}  // namespace

class TstSimMessages : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // An overloaded vLLM run with an SLO and prompts too long for the batch
    // budget: queueing, stalls, preemptions, SLO, rejections and what-ifs.
    void servingSentencesAndWhatIfs() {
        const Hardware hw = test::servingHardware("nvidia-a100-sxm4-80gb.json");
        const ModelSpec model = test::servingModel("llama-2-7b.json");
        Scenario sc = test::servingScenario("vllm");
        sc.serving.slo.ttftP99 = 0.5;
        sc.serving.maxBatchedTokens = 1400;  // the longest prompts cannot be scheduled
        const ServingWorkload w = test::poissonWorkload(300, 25.0, 200, 1500, 50, 300, 21);
        ServingOptions o;
        o.explain = true;
        const Prediction p = simulateServing(hw, model, sc, w, o);
        const ServingReport& r = *p.serving;
        checkTwins(r.explanation, r.explanationMessages, servingFormat);
        QVERIFY(r.whatIfs.size() >= 3);
        for (const ServingWhatIf& wi : r.whatIfs) {
            QCOMPARE(wi.message.english, wi.label);
            QCOMPARE(render(wi.message, servingFormat), wi.label);
        }
        QCOMPARE(r.whatIfs.front().message.clauses.at(0).english, std::string("+1 replica"));
        // The run explanation the GUI shows carries the same messages.
        QCOMPARE(p.explanations.at(0).messages.size(), r.explanation.size());
        std::map<MessageId, int> seen;
        for (const Message& m : r.explanationMessages) ++seen[m.id];
        QVERIFY(seen[MessageId::servingQueueingWaits] + seen[MessageId::servingPrefillDominates] ==
                1);
        QCOMPARE(seen[MessageId::servingBusy], 1);
        QCOMPARE(seen[MessageId::servingSloMet], 1);
        QCOMPARE(seen[MessageId::servingRejected], 1);
        QCOMPARE(seen[MessageId::sentence], int(r.whatIfs.size()));
        // The rejection warning: typed, and its English as before.
        QVERIFY(r.rejected > 0);
        checkTwins(p.warnings, p.warningMessages, servingFormat);
        checkRejections(r);
        // Its reason typed as clause 0: the first rejected request's.
        QCOMPARE(p.warningMessages.at(0).clauses.size(), std::size_t(1));
        QCOMPARE(p.warningMessages.at(0).clauses[0].id, MessageId::rejectPromptTooLong);
        QCOMPARE(p.warningMessages.at(0).clauses[0].english, p.warningMessages.at(0).args[2].text);
        // The KV cache per device, typed beside the footprint the CLI and exports print.
        QVERIFY(p.memory.has_value());
        QCOMPARE(r.kvCacheMessage.id, MessageId::servingKvFootprint);
        QCOMPARE(r.kvCacheMessage.english, p.memory->message);
        QCOMPARE(render(r.kvCacheMessage, servingFormat), p.memory->message);
        QVERIFY2(p.memory->message.rfind(
                     "KV cache: " + std::to_string(r.kvBlocksPerReplica) + " blocks of 16 tokens (",
                     0) == 0,
                 p.memory->message.c_str());
        QVERIFY2(p.warnings.at(0).rfind(
                     std::to_string(r.rejected) + " requests were rejected; the first: request ",
                     0) == 0,
                 p.warnings.at(0).c_str());
    }

    // Sarathi halves its chunk; a run where nothing is served says so.
    void servingSarathiAndNothingServed() {
        const Hardware hw = test::servingHardware("nvidia-a100-sxm4-80gb.json");
        const ModelSpec model = test::servingModel("llama-2-7b.json");
        Scenario sc = test::servingScenario("sarathi");
        sc.serving.chunkSize = 1024;
        ServingOptions o;
        o.explain = true;
        const ServingWorkload w = test::poissonWorkload(60, 10.0, 100, 800, 20, 100, 5);
        const ServingReport r = *simulateServing(hw, model, sc, w, o).serving;
        checkTwins(r.explanation, r.explanationMessages, servingFormat);
        bool chunk = false;
        for (const ServingWhatIf& wi : r.whatIfs)
            if (wi.message.clauses.at(0).id == MessageId::servingWhatIfChunk) {
                chunk = true;
                QCOMPARE(wi.message.clauses.at(0).english, std::string("Sarathi chunk 512"));
                QCOMPARE(render(wi.message, servingFormat), wi.label);
            }
        QVERIFY(chunk);

        sc.serving.scheduler = "vllm";
        sc.serving.maxBatchedTokens = 50;  // no prompt fits: every request is rejected
        const Prediction none = simulateServing(hw, model, sc, w, o);
        QCOMPARE(none.serving->explanation, std::vector<std::string>{"No request was served."});
        checkTwins(none.serving->explanation, none.serving->explanationMessages, servingFormat);
        checkTwins(none.warnings, none.warningMessages, servingFormat);
    }

    // Megatron 175B on 8 pipeline stages with two data-parallel copies and
    // nothing overlapped: bubble, exposed DP, recompute and many what-ifs.
    void trainingSentencesAndWhatIfs() {
        Hardware hw = sampleHardware("cluster-8x-dgx-a100.json");
        hw.interconnect.at(1).devices = 16;
        const ModelSpec m = test::megatronGpt("175B", 12288, 96, 96);
        training::TrainingPlan plan = test::megatronPlan(m, 8, 1, 64, 1);
        plan.dp = 2;
        plan.microBatches = plan.globalBatch / (plan.microBatch * plan.dp);
        plan.recompute = training::Recompute::full;
        plan.overlapGradReduce = plan.overlapParamGather = false;
        const training::TrainingReport r = training::simulateTraining(hw, m, plan);
        const training::TrainingExplanation ex = training::explainTraining(hw, m, r);
        checkTwins(ex.sentences, ex.messages, trainingFormat);
        QVERIFY(!ex.messages.empty());
        QCOMPARE(ex.messages.front().id, MessageId::trainingPartShare);
        QCOMPARE(ex.messages.front().args.at(0).text, std::string("bubble"));
        QVERIFY(ex.whatIfs.size() >= 4);
        std::map<MessageId, std::string> labels;
        for (const training::TrainingWhatIf& w : ex.whatIfs) {
            QCOMPARE(w.labelMessage.english, w.label);
            QCOMPARE(render(w.labelMessage, trainingFormat), w.label);
            labels[w.labelMessage.id] = w.label;
        }
        QCOMPARE(labels[MessageId::trainingWhatIfInterleave],
                 std::string("interleave 2 chunks per rank"));
        QCOMPARE(labels[MessageId::trainingWhatIfMicroBatchesGlobal],
                 std::string("64 micro-batches instead of 32 (global batch x2)"));
        QCOMPARE(labels[MessageId::trainingWhatIfRecomputeSelective],
                 std::string("recompute selective"));
    }

    // The training sample a user opens first, and a plan that does not fit.
    void trainingSampleAndMemoryWarning() {
        auto project = loadProject(std::string(RIDGELINE_SAMPLES) +
                                   "/projects/megatron-175b-training-on-64-a100.json");
        QVERIFY2(project.ok(), project.diagnostics.format().c_str());
        const Project& pr = *project.value;
        const training::TrainingPlan plan = training::makePlan(pr.model, pr.scenario);
        const training::TrainingReport r = training::simulateTraining(pr.hardware, pr.model, plan);
        const training::TrainingExplanation ex =
            training::explainTraining(pr.hardware, pr.model, r);
        checkTwins(ex.sentences, ex.messages, trainingFormat);
        for (const training::TrainingWhatIf& w : ex.whatIfs)
            QCOMPARE(render(w.labelMessage, trainingFormat), w.label);

        Hardware hw = sampleHardware("cluster-8x-dgx-a100.json");
        const ModelSpec m = test::megatronGpt("175B", 12288, 96, 96);
        training::TrainingPlan tight = test::megatronPlan(m, 2, 1, 8, 1);  // 48 layers a stage
        training::TrainingReport big = training::simulateTraining(hw, m, tight);
        QVERIFY(!big.memory.fits);
        const int stage = big.memory.worstStage;
        const training::TrainingExplanation bigEx = training::explainTraining(hw, m, big);
        checkTwins(bigEx.sentences, bigEx.messages, trainingFormat);
        QCOMPARE(bigEx.sentences.back(),
                 "stage " + std::to_string(stage) + " does not fit in memory");
        const Prediction p = training::trainingPrediction(hw, m, "t", std::move(big));
        checkTwins(p.warnings, p.warningMessages, trainingFormat);
        QCOMPARE(p.warnings.back(),
                 "pipeline stage " + std::to_string(stage) + " does not fit in device memory");
    }

    // The analytical engine's warnings for common mistakes, typed, with
    // their English word for word as before.
    void analyticalWarnings() {
        const Hardware a100 = sampleHardware("nvidia-a100-sxm4-80gb.json");
        const ModelSpec model = test::servingModel("llama-2-7b.json");
        Scenario sc;
        sc.name = "s";
        sc.kind = "inference";
        sc.parallelism.tensor = 8;

        Hardware alone = a100;
        alone.interconnect.clear();
        Prediction p = analyze(alone, model, sc);
        checkTypedWarnings(p);
        QCOMPARE(p.warningMessages.at(0).id, MessageId::warnNoInterconnect);
        QCOMPARE(p.warnings.at(0),
                 std::string("the scenario uses 8 devices but the hardware has no interconnect: "
                             "collectives are not costed"));

        const Hardware dgx = sampleHardware("nvidia-dgx-a100.json");
        sc.parallelism.tensor = 16;
        sc.kind = "training";
        p = analyze(dgx, model, sc);
        checkTypedWarnings(p);
        QVERIFY(p.warningMessages.size() >= 2);
        QCOMPARE(p.warningMessages.at(0).id, MessageId::warnMoreDevicesThanHardware);
        QCOMPARE(p.warnings.at(0), "the scenario uses 16 devices but '" + dgx.name +
                                       "' lists 8; assuming identical devices on the same links");
        // Then the collectives wider than NVLink's 8 GPUs, then the scenario kind.
        QCOMPARE(p.warningMessages.at(1).id, MessageId::warnCollectiveTooWide);
        QCOMPARE(p.warningMessages.back().id, MessageId::warnNotInference);
        checkTwins(p.warnings, p.warningMessages, common);  // every one typed

        Hardware noMemory = a100;
        noMemory.memory.clear();
        sc.parallelism.tensor = 1;
        sc.kind = "inference";
        p = analyze(noMemory, model, sc);
        checkTypedWarnings(p);
        QVERIFY(!p.warningMessages.empty());
        QCOMPARE(p.warningMessages.at(0).id, MessageId::warnNoMemoryLevels);
    }

    // Tensor parallelism over 16 GPUs of two DGX nodes puts the all-reduces
    // on NVLink, which spans 8: each such warning typed, in order, its
    // English as before; the same from the serving simulator.
    void collectiveWarnings() {
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        const ModelSpec model = test::servingModel("llama-2-7b.json");
        Scenario sc;
        sc.name = "s";
        sc.kind = "inference";
        sc.parallelism.tensor = 16;
        const Prediction p = analyze(two, model, sc);
        checkTwins(p.warnings, p.warningMessages, common);
        int wide = 0;
        for (const Message& m : p.warningMessages) wide += m.id == MessageId::warnCollectiveTooWide;
        QCOMPARE(wide, 3);  // the attention and MLP all-reduces, the LM head's all-gather
        QCOMPARE(p.warnings.at(0),
                 "layer.attn_allreduce: a all_reduce over 16 ranks on interconnect dimension 0 (" +
                     two.interconnect.at(0).name + ") needs 16 devices, but '" + two.name +
                     "' has 8 up to that dimension (costed as if it extended)");

        Scenario serving = test::servingScenario("vllm");
        serving.parallelism.tensor = 16;
        const ServingWorkload w = test::poissonWorkload(8, 5.0, 100, 200, 10, 20, 3);
        const Prediction s = simulateServing(two, model, serving, w, {});
        checkTwins(s.warnings, s.warningMessages, common);
        QVERIFY(
            std::count_if(s.warningMessages.begin(), s.warningMessages.end(), [](const Message& m) {
                return m.id == MessageId::warnCollectiveTooWide;
            }) == 3);

        // A dimension the hardware lacks, and hardware without an interconnect.
        const Message missing = dimensionWarningMessage(two, CollectiveKind::send_recv, 2, 4);
        QCOMPARE(missing.id, MessageId::warnCollectiveNoDimension);
        QCOMPARE(missing.english, dimensionWarning(two, CollectiveKind::send_recv, 2, 4));
        QCOMPARE(missing.english, "a send_recv over 2 ranks on interconnect dimension 4: '" +
                                      two.name + "' has dimensions 0..1");
        Hardware alone = two;
        alone.interconnect.clear();
        const Message none = dimensionWarningMessage(alone, CollectiveKind::all_gather, 4, 0);
        QCOMPARE(none.id, MessageId::warnCollectiveNoInterconnect);
        Message withOp = none;  // as collectiveWarnings names the operator first
        withOp.args.insert(withOp.args.begin(), {Kind::name, "op", 0.0});
        withOp.english = "op: " + none.english;
        QCOMPARE(render(withOp, common),
                 "op: a all_gather over 4 ranks on interconnect dimension 0: '" + two.name +
                     "' has no interconnect");
        QVERIFY(dimensionWarningMessage(two, CollectiveKind::all_reduce, 8, 0).english.empty());
    }

    // Operator notes of the roofline: few tiles on a small accelerator,
    // collectives on hardware without an interconnect.
    void analyticalOperatorNotes() {
        auto project =
            loadProject(std::string(RIDGELINE_SAMPLES) + "/projects/resnet50-on-eyeriss.json");
        QVERIFY2(project.ok(), project.diagnostics.format().c_str());
        const Prediction p =
            analyze(project.value->hardware, project.value->model, project.value->scenario);
        int fewTiles = 0;
        for (const OpRecord& op : p.ops) {
            checkNote(op);
            for (const Message& m : op.noteMessages) fewTiles += m.id == MessageId::noteFewTiles;
        }
        QVERIFY(fewTiles > 0);

        Hardware alone = sampleHardware("nvidia-a100-sxm4-80gb.json");
        alone.interconnect.clear();
        Scenario sc;
        sc.name = "s";
        sc.kind = "inference";
        sc.parallelism.tensor = 2;
        const Prediction q = analyze(alone, test::servingModel("llama-2-7b.json"), sc);
        int local = 0;
        for (const OpRecord& op : q.ops) {
            checkNote(op);
            for (const Message& m : op.noteMessages)
                local += m.id == MessageId::noteCollectiveWithoutInterconnect;
        }
        QVERIFY(local > 0);
    }

    // The hybrid model's notes: features outside its training data, a device
    // its correction was never checked on, kinds it was not trained on.
    void learnedOperatorNotes() {
        const auto model = std::make_shared<const LearnedModel>(
            LearnedModel::load(std::string(RIDGELINE_TEST_DATA) +
                               "/../fuzz/seeds/learned_model/hybrid-xgboost-tiny.json"));
        const LearnedCostModel cost(model);
        const Hardware a100 = sampleHardware("nvidia-a100-sxm4-80gb.json");
        Scenario sc;
        sc.name = "s";
        sc.kind = "inference";
        std::map<MessageId, int> seen;
        for (const Operator& op :
             lowerForAnalysis(a100, test::servingModel("llama-2-7b.json"), sc)) {
            OpRecord rec = evaluateOperator(op, a100);
            cost.refine(op, a100, rec);
            checkNote(rec);
            for (const Message& m : rec.noteMessages) {
                ++seen[m.id];
                for (const Message& c : m.clauses) ++seen[c.id];
            }
            if (!model->knows(op.kind)) {
                const LearnedPrediction direct = model->predict(op, a100);
                QCOMPARE(direct.noteMessages.size(), std::size_t(1));
                QCOMPARE(direct.noteMessages[0].id, MessageId::noteKindNotTrained);
                QCOMPARE(render(direct.noteMessages[0], analyticalFormat), direct.note);
            }
        }
        QVERIFY(seen[MessageId::noteOutsideTrainingData] > 0);
        QVERIFY(seen[MessageId::noteFeatureOutside] > seen[MessageId::noteOutsideTrainingData]);
        QVERIFY(seen[MessageId::noteTransferUnchecked] > 0);
        QVERIFY(seen[MessageId::noteRooflineKept] > 0);
    }

    // A request whose prompt outgrows a replica's whole KV cache: its reason typed.
    void servingKvRejection() {
        const Hardware hw = test::servingHardware("nvidia-a100-sxm4-80gb.json");
        const ModelSpec model = test::servingModel("llama-2-7b.json");
        ServingWorkload w = test::poissonWorkload(4, 5.0, 100, 200, 10, 20, 3);
        w.requests[1].promptTokens = 300000;
        const Prediction p = simulateServing(hw, model, test::servingScenario("vllm"), w, {});
        const ServingReport& r = *p.serving;
        QCOMPARE(r.rejected, std::int64_t(1));
        checkRejections(r);
        const Message& reason = r.rejections.at(0).reason;
        QCOMPARE(reason.id, MessageId::rejectKvBlocks);
        QCOMPARE(reason.args.at(1).value, 300000.0);
        QCOMPARE(reason.args.at(4).value, double(r.kvBlocksPerReplica));
        checkTwins(p.warnings, p.warningMessages, servingFormat);
        QCOMPARE(p.warningMessages.at(0).clauses.at(0).english, reason.english);
    }

    // The common reasons a serving or training run cannot start, typed, each
    // with the same English as before.
    void runErrorsAreTyped() {
        const Hardware a100 = test::servingHardware("nvidia-a100-sxm4-80gb.json");
        const ModelSpec llama = test::servingModel("llama-2-7b.json");
        const ServingWorkload w = test::poissonWorkload(4, 5.0, 100, 200, 10, 20, 3);
        ModelSpec cnn = llama;
        cnn.kind = "cnn";
        checkTypedError([&] { simulateServing(a100, cnn, test::servingScenario("vllm"), w, {}); },
                        MessageId::servingNeedsDecoder, servingFormat);
        Scenario big = test::servingScenario("vllm");
        big.serving.memoryReserve = 0.95;  // no block fits beside the weights
        checkTypedError([&] { simulateServing(a100, llama, big, w, {}); },
                        MessageId::servingNoKvBlock, servingFormat);
        try {
            simulateServing(a100, llama, big, w, {});
        } catch (const std::invalid_argument& e) {  // the English as the CLI prints it
            QVERIFY2(
                std::string(e.what()).find("keeps 95% in reserve, and needs ") != std::string::npos,
                e.what());
        }
        checkTypedError([&] { searchCapacity(a100, llama, test::servingScenario("vllm"), {}); },
                        MessageId::servingCapacityNeedsSlo, servingFormat);

        Hardware hw = sampleHardware("cluster-8x-dgx-a100.json");
        const ModelSpec gpt = test::megatronGpt("175B", 12288, 96, 96);
        const training::TrainingPlan good = test::megatronPlan(gpt, 8, 1, 64, 1);
        const auto simulate = [&](training::TrainingPlan plan, const ModelSpec& m = {}) {
            return [&hw, &gpt, plan, m] {
                training::simulateTraining(hw, m.kind.empty() ? gpt : m, plan);
            };
        };
        training::TrainingPlan p = good;
        p.tp = 5;
        checkTypedError(simulate(p), MessageId::trainingTpHeads, trainingFormat);
        checkTypedError(simulate(good, cnn), MessageId::trainingNotTransformer, trainingFormat);
        p = good;
        p.pp = 64;
        p.chunks = 2;
        p.schedule = training::Schedule::interleaved;
        checkTypedError(simulate(p), MessageId::trainingStagesLayers, trainingFormat);
        p = good;
        p.dp = 2;
        p.globalBatch = 63;
        checkTypedError(simulate(p), MessageId::trainingGlobalBatch, trainingFormat);
        p = good;
        p.cp = 3;
        checkTypedError(simulate(p), MessageId::trainingCpSequence, trainingFormat);
        p = good;
        p.ep = 2;
        checkTypedError(simulate(p), MessageId::trainingEpDense, trainingFormat);
        ModelSpec moe = gpt;
        moe.transformer.experts = 3;
        p = good;
        p.ep = 2;
        p.dp = 2;
        p.microBatches = 32;
        checkTypedError(simulate(p, moe), MessageId::trainingEpDivide, trainingFormat);
        p = good;
        p.schedule = training::Schedule::interleaved;
        checkTypedError(simulate(p), MessageId::trainingInterleaveChunks, trainingFormat);
        p = good;
        p.chunks = 2;
        checkTypedError(simulate(p), MessageId::trainingInterleaveSchedule, trainingFormat);
        p = good;
        p.chunks = 2;
        p.schedule = training::Schedule::interleaved;
        p.globalBatch = 60;
        p.microBatches = 60;
        checkTypedError(simulate(p), MessageId::trainingInterleavedMicroBatches, trainingFormat);
        p = good;
        p.sequenceParallel = true;
        p.sequence = 2044;
        checkTypedError(simulate(p), MessageId::trainingSpSequence, trainingFormat);
        p = good;
        p.dp = 16;
        p.globalBatch = 64 * 16;
        p.microBatches = 64;
        checkTypedError(simulate(p), MessageId::trainingTooFewGpus, trainingFormat);
        p = good;
        p.fp8 = true;
        checkTypedError(simulate(p), MessageId::trainingFp8Hardware, trainingFormat);
        training::SearchOptions so;
        so.gpus = 97;  // prime, above the 96 layers: only DP 97, which 64 is not a multiple of
        checkTypedError([&] { training::searchPlans(hw, gpt, good, so); },
                        MessageId::trainingNoPlan, trainingFormat);
    }

    // A trace with bad rows: the `workload: ...` warning typed, one clause
    // per diagnostic, each rebuilt from its values to the English printed.
    void workloadDiagnostics() {
        QTemporaryDir dir;
        const auto write = [&](const char* name, const std::string& text) {
            const std::string path = dir.filePath(name).toStdString();
            std::ofstream(path, std::ios::binary) << text;
            return path;
        };
        std::string seconds =
            "t,in,out\n10.0,100,20\n10.5,200,30\n11.0,abc,30\n11.5,300\n"
            "oops,300,40\n";
        for (int i = 0; i < 25; ++i) seconds += "12,-1,5\n";  // more bad rows than are listed
        seconds += "12.0,400,50\n";
        Scenario sc = test::servingScenario("vllm");
        sc.serving.arrival = "trace";
        sc.serving.requests = 10;  // more than the trace has
        sc.serving.trace.file = sc.serving.trace.resolved = write("s.csv", seconds);
        sc.serving.trace.columns = {"t", "in", "out"};
        sc.serving.promptLength = {"trace", 0, 1, 1e8};
        sc.serving.outputLength = {"trace", 0, 1, 1e8};
        const Hardware hw = test::servingHardware("nvidia-a100-sxm4-80gb.json");
        const ModelSpec model = test::servingModel("llama-2-7b.json");
        const Prediction p = simulateServing(hw, model, sc, ServingOptions{});
        checkTwins(p.warnings, p.warningMessages, servingFormat);
        const Message& all = p.warningMessages.at(0);
        QCOMPARE(all.id, MessageId::warnWorkload);
        std::map<MessageId, int> seen;
        for (const Message& c : all.clauses) ++seen[c.id];
        QCOMPARE(seen[MessageId::workloadBadTokens], 18);  // "abc" and 17 of the "-1": 20 listed
        QCOMPARE(seen[MessageId::workloadRowTooShort], 1);
        QCOMPARE(seen[MessageId::workloadBadSeconds], 1);
        QCOMPARE(seen[MessageId::workloadMoreBadRows], 1);
        QCOMPARE(seen[MessageId::workloadFewerRows], 1);
        QVERIFY2(p.warnings.at(0).find(": (rows): warning: got 3 usable rows; 10 requests as the "
                                       "scenario asks (replaying all 3 rows instead)\n") !=
                     std::string::npos,
                 p.warnings.at(0).c_str());

        // A timestamp trace with a bad time, and one whose first time is bad.
        sc.serving.requests = 2;
        sc.serving.trace.file = sc.serving.trace.resolved =
            write("ts.csv",
                  "t,in,out\n2023-11-16 18:15:46.5,100,20\nlater,100,20\n2023-11-16 "
                  "18:15:47,100,20\n");
        const Prediction q = simulateServing(hw, model, sc, ServingOptions{});
        checkTwins(q.warnings, q.warningMessages, servingFormat);
        QCOMPARE(q.warningMessages.at(0).clauses.at(0).id, MessageId::workloadBadTimestamp);
        sc.serving.trace.file = sc.serving.trace.resolved =
            write("first.csv", "t,in,out\nsoon,100,20\n1,100,20\n2,100,20\n");
        const Prediction f = simulateServing(hw, model, sc, ServingOptions{});
        checkTwins(f.warnings, f.warningMessages, servingFormat);
        QCOMPARE(f.warningMessages.at(0).clauses.at(0).id, MessageId::workloadBadArrival);
    }
};

QTEST_GUILESS_MAIN(TstSimMessages)
#include "tst_sim_messages.moc"
