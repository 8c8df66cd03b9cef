// The simulators' and the analytical engine's typed messages against their
// English: every serving and training sentence, what-if label and warning has
// a typed twin whose `english` is the sentence itself, and an English
// renderer written here from the ids and values alone (the templates of
// core/result/message.h, the engines' own number formats) gives back exactly
// the English the CLI and JSON print, so the values a GUI translates are the
// values the English states. Some English is also compared as literal text.
#include <QtTest>

#include <cstdio>
#include <functional>
#include <map>

#include "core/analytical/analyze.h"
#include "core/sim/serving/serving_sim.h"
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

// core/sim/serving/explain.cpp
std::string servingFormat(const MessageArg& a) {
    if (a.kind == Kind::seconds) return formatQuantity(a.value, Dimension::time, 3);
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
// the same order, and read as their English; collectives wider than their
// interconnect dimension are not typed yet (docs/messages.md).
void checkTypedWarnings(const Prediction& p) {
    std::size_t next = 0;
    for (const Message& m : p.warningMessages) {
        while (next < p.warnings.size() && p.warnings[next] != m.english) ++next;
        QVERIFY2(next < p.warnings.size(), ("a typed warning not printed: " + m.english).c_str());
        QCOMPARE(render(m, common), m.english);
    }
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
        QCOMPARE(p.warningMessages.at(1).id, MessageId::warnNotInference);

        Hardware noMemory = a100;
        noMemory.memory.clear();
        sc.parallelism.tensor = 1;
        sc.kind = "inference";
        p = analyze(noMemory, model, sc);
        checkTypedWarnings(p);
        QVERIFY(!p.warningMessages.empty());
        QCOMPARE(p.warningMessages.at(0).id, MessageId::warnNoMemoryLevels);
    }
};

QTEST_GUILESS_MAIN(TstSimMessages)
#include "tst_sim_messages.moc"
