// The timeline's group and track titles in German and Chinese, rebuilt from
// the typed identities the engines give them (never by parsing their English
// names), while the English names the exports write stay as they were.
#include <QTranslator>
#include <QtTest>

#include "core/analytical/analyze.h"
#include "core/sim/serving/serving_sim.h"
#include "core/sim/training/iteration.h"
#include "core/sim/training/plan.h"
#include "core/sim/training/rank_trace.h"
#include "core/spec/spec_io.h"
#include "views/timeline/trace_names.h"

using namespace rl;
using rl::views::traceLabel;
using rl::views::traceName;

namespace {

// Installs a language's catalogue for the lifetime of the guard.
class Language {
  public:
    explicit Language(const char* qm) { ok_ = translator_.load(qm, RIDGELINE_QM_DIR); }
    ~Language() { QCoreApplication::removeTranslator(&translator_); }
    bool install() { return ok_ && QCoreApplication::installTranslator(&translator_); }

  private:
    QTranslator translator_;
    bool ok_ = false;
};

struct Specs {
    Hardware hw;
    ModelSpec model;
    Scenario scenario;
};

Specs load(const char* hardware, const char* model, const char* scenario) {
    const std::string root = RIDGELINE_SAMPLES;
    auto hw = loadHardware(root + "/hardware/" + hardware);
    auto m = loadModel(root + "/models/" + model);
    auto sc = loadScenario(root + "/scenarios/" + scenario);
    if (!hw.ok() || !m.ok() || !sc.ok()) qFatal("cannot load the sample specs");
    return {*hw.value, *m.value, *sc.value};
}

// Two replicas of Llama-2-7B, one prefilling and one decoding, each a
// two-stage pipeline: the serving simulator's typed groups and stage tracks.
Trace disaggregatedServing() {
    Specs s = load("nvidia-dgx-a100.json", "llama-2-7b.json", "serving-poisson-vllm-tp4.json");
    s.scenario.parallelism.tensor = 1;
    s.scenario.parallelism.pipeline = 2;
    s.scenario.serving.scheduler = "disaggregated";
    s.scenario.serving.replicas = 2;
    s.scenario.serving.prefillReplicas = 1;
    s.scenario.serving.requests = 10;
    ServingOptions o;
    o.explain = false;
    const Prediction p = simulateServing(s.hw, s.model, s.scenario, o);
    if (!p.trace) qFatal("the serving simulator gave no trace");
    return *p.trace;
}

training::TrainingReport megatronTraining() {
    const Specs s =
        load("cluster-8x-dgx-a100.json", "gpt3-175b-megatron.json", "training-megatron-175b.json");
    training::TrainingOptions o;
    o.trace = true;
    return training::simulateTraining(s.hw, s.model, training::makePlan(s.model, s.scenario), o);
}

}  // namespace

class TestTraceNames : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // The English names are exactly those the exports wrote before the ids
    // were typed (Chrome traces and prediction JSON keep their bytes).
    void englishNamesAreTheExportedOnes() {
        QCOMPARE(TraceGroup::device(0).name, std::string("device 0"));
        QCOMPARE(TraceGroup::replica(TraceGroupKind::replica, 3).name, std::string("replica 3"));
        QCOMPARE(TraceGroup::replica(TraceGroupKind::prefillReplica, 0).name,
                 std::string("replica 0 (prefill)"));
        QCOMPARE(TraceGroup::replica(TraceGroupKind::decodeReplica, 1).name,
                 std::string("replica 1 (decode)"));
        QCOMPARE(TraceGroup::rank(8, {.stage = 1}).name, std::string("rank 8 (stage 1)"));
        QCOMPARE(TraceGroup::rank(12, {.stage = 3, .dp = 1, .tp = 0}).name,
                 std::string("rank 12 (stage 3, DP 1, TP 0)"));
        QCOMPARE(TraceGroup::rank(5, {.stage = 0, .dp = 2, .cp = 1, .tp = 3}).name,
                 std::string("rank 5 (stage 0, DP 2, CP 1, TP 3)"));
        QCOMPARE(TraceTrack::stage(2, 0).name, std::string("stage 2"));
        // Untranslated, the titles read as the English names.
        QCOMPARE(traceName(TraceGroup::rank(5, {.stage = 0, .dp = 2, .cp = 1, .tp = 3})),
                 QString("rank 5 (stage 0, DP 2, CP 1, TP 3)"));
        QCOMPARE(traceName(TraceTrack::stage(2, 0)), QString("stage 2"));
    }

    void germanTitlesFromTypedIds() {
        Language de("ridgeline_de");
        QVERIFY(de.install());
        QCOMPARE(traceName(TraceGroup::device(0)), QString::fromUtf8("Gerät 0"));
        QCOMPARE(traceName(TraceGroup::replica(TraceGroupKind::replica, 3)), QString("Replikat 3"));
        QCOMPARE(traceName(TraceGroup::replica(TraceGroupKind::prefillReplica, 2)),
                 QString("Replikat 2 (Prefill)"));
        QCOMPARE(traceName(TraceGroup::replica(TraceGroupKind::decodeReplica, 1)),
                 QString("Replikat 1 (Decode)"));
        QCOMPARE(traceName(TraceGroup::rank(8, {.stage = 1})), QString("Rank 8 (Stufe 1)"));
        QCOMPARE(traceName(TraceGroup::rank(12, {.stage = 3, .dp = 1, .tp = 0})),
                 QString("Rank 12 (Stufe 3, DP 1, TP 0)"));
        QCOMPARE(traceName(TraceGroup::rank(5, {.stage = 0, .dp = 2, .cp = 1, .tp = 3})),
                 QString("Rank 5 (Stufe 0, DP 2, CP 1, TP 3)"));
        QCOMPARE(traceName(TraceTrack::stage(2, 0)), QString("Stufe 2"));
        // Words from the one table; phases through MessageText.
        QCOMPARE(traceName(std::string("forward")), QString::fromUtf8("Vorwärts"));
        QCOMPARE(traceName(TraceTrack{"TP comm", 0}), QString("TP-Komm."));
        QCOMPARE(traceName(std::string("mixed")), QString("Gemischt"));
        // The analytical timeline's categories are operator kinds.
        QCOMPARE(traceName(std::string("norm")), QString("Normalisierung"));
        QCOMPARE(traceName(std::string("gemm")), QString("GEMM"));
    }

    void chineseTitlesFromTypedIds() {
        Language zh("ridgeline_zh_CN");
        QVERIFY(zh.install());
        QCOMPARE(traceName(TraceGroup::device(1)), QString::fromUtf8("设备 1"));
        QCOMPARE(traceName(TraceGroup::replica(TraceGroupKind::decodeReplica, 1)),
                 QString::fromUtf8("副本 1（解码）"));
        QCOMPARE(traceName(TraceGroup::rank(8, {.stage = 1})),
                 QString::fromUtf8("rank 8（阶段 1）"));
        QCOMPARE(traceName(TraceGroup::rank(12, {.stage = 3, .dp = 1, .tp = 0})),
                 QString::fromUtf8("rank 12（阶段 3，DP 1，TP 0）"));
        QCOMPARE(traceName(TraceTrack::stage(2, 0)), QString::fromUtf8("阶段 2"));
        QCOMPARE(traceName(TraceTrack{"compute", 0}), QString::fromUtf8("计算"));
    }

    // Text is never parsed back: a name that merely looks like a title stays
    // as written, and a typed group is titled from its ids whatever its name.
    void namesAreNotParsed() {
        Language de("ridgeline_de");
        QVERIFY(de.install());
        QCOMPARE(traceName(TraceGroup{"rank 1 (stage 2)", TraceGroupKind::other, -1, {}}),
                 QString("rank 1 (stage 2)"));
        QCOMPARE(traceName(TraceGroup{"replica 2 (warm-up)", TraceGroupKind::other, -1, {}}),
                 QString("replica 2 (warm-up)"));
        QCOMPARE(traceName(TraceTrack{"stage 4", 0}), QString("stage 4"));
        QCOMPARE(traceName(std::string("my custom stream")), QString("my custom stream"));
        TraceGroup renamed = TraceGroup::replica(TraceGroupKind::replica, 7);
        renamed.name = "warm pool";
        QCOMPARE(traceName(renamed), QString("Replikat 7"));
    }

    // The engines type what they produce: the analytical device, the serving
    // replicas (with their roles) and stage tracks, the training ranks.
    void enginesTypeTheirGroups() {
        const Specs a =
            load("nvidia-a100-sxm4-80gb.json", "llama-2-7b.json", "chat-batch1-fp16.json");
        const Prediction p = analyze(a.hw, a.model, a.scenario);
        QVERIFY(p.trace);
        QCOMPARE(p.trace->groups.size(), std::size_t(1));
        QCOMPARE(p.trace->groups[0], TraceGroup::device(0));

        const Trace serving = disaggregatedServing();
        QCOMPARE(serving.groups.size(), std::size_t(2));
        QCOMPARE(serving.groups[0], TraceGroup::replica(TraceGroupKind::prefillReplica, 0));
        QCOMPARE(serving.groups[1], TraceGroup::replica(TraceGroupKind::decodeReplica, 1));
        QCOMPARE(serving.tracks.size(), std::size_t(4));
        const TraceTrack& stage = serving.tracks[3];
        QCOMPARE(stage.kind, TraceTrackKind::stage);
        QCOMPARE(stage.index, 1);
        QCOMPARE(stage.group, 1);
        QCOMPARE(stage.name, std::string("stage 1"));

        const training::TrainingReport r = megatronTraining();
        const training::TrainingPlan& plan = r.plan;
        QVERIFY(plan.pp > 1 && plan.tp > 1);
        QCOMPARE(r.trace.groups[1], TraceGroup::rank(plan.tp * plan.dp, {.stage = 1}));
        const Trace ranks = training::rankTrace(r, 0, plan.tp - 1, 0);
        const TraceGroup& last = ranks.groups.back();
        QCOMPARE(last.kind, TraceGroupKind::rank);
        QCOMPARE(last.place.stage, plan.pp - 1);
        QCOMPARE(last.place.tp, plan.tp - 1);
        QCOMPARE(last.place.dp, 0);
        QCOMPARE(last.index,
                 training::globalRank(plan, plan.pp - 1, 0, plan.tp - 1, 0));  // its global rank
        Language de("ridgeline_de");
        QVERIFY(de.install());
        QCOMPARE(traceName(last), QString("Rank %1 (Stufe %2, DP 0, TP %3)")
                                      .arg(last.index)
                                      .arg(plan.pp - 1)
                                      .arg(plan.tp - 1));
    }

    // The analytical timeline's step labels are typed (phase and counts): the
    // English stays for exports, German and Chinese come from the pattern,
    // and an operator's own name is shown as written.
    void analyticalStepLabelsTranslated() {
        const Specs a =
            load("nvidia-a100-sxm4-80gb.json", "llama-2-7b.json", "chat-batch1-fp16.json");
        const Prediction p = analyze(a.hw, a.model, a.scenario);
        QVERIFY(p.trace);
        const Trace& t = *p.trace;
        const TraceEvent* prefill = nullptr;
        const TraceEvent* step2 = nullptr;
        const TraceEvent* op = nullptr;
        for (const TraceEvent& e : t.events) {
            const std::string& label = t.labelOf(e);
            if (label.rfind("prefill, ", 0) == 0) prefill = &e;
            if (label.rfind("decode step 2, KV ", 0) == 0) step2 = &e;
            if (!op && e.ref == TraceRef::op) op = &e;
        }
        QVERIFY(prefill && step2 && op);
        const auto prompt = a.scenario.inference.promptTokens;
        QCOMPARE(t.labelOf(*prefill), "prefill, " + std::to_string(prompt) + " tokens");
        QCOMPARE(t.labelOf(*step2), "decode step 2, KV " + std::to_string(prompt + 2));
        QVERIFY(t.labelPhraseOf(*prefill) && t.labelPhraseOf(*step2));
        QVERIFY(!t.labelPhraseOf(*op));  // an operator's name: no pattern
        QCOMPARE(traceLabel(t, *prefill), QString::fromStdString(t.labelOf(*prefill)));
        {
            Language de("ridgeline_de");
            QVERIFY(de.install());
            QCOMPARE(traceLabel(t, *prefill), QString("Prefill, %1 Tokens").arg(prompt));
            QCOMPARE(traceLabel(t, *step2), QString("Decode-Schritt 2, KV %1").arg(prompt + 2));
            QCOMPARE(traceLabel(t, *op), QString::fromStdString(t.labelOf(*op)));
        }
        Language zh("ridgeline_zh_CN");
        QVERIFY(zh.install());
        QCOMPARE(traceLabel(t, *step2), QString::fromUtf8("解码第 2 步，KV %1").arg(prompt + 2));
    }
};

QTEST_MAIN(TestTraceNames)
#include "test_trace_names.moc"
