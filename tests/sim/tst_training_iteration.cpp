// One training iteration against the four Megatron iteration times of
// REFERENCES.md (SP + selective recompute, A100 80 GB, Selene), with the A100
// figures of the sample cluster spec as the one set of efficiencies.
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <tuple>

#include "core/sim/training/iteration.h"
#include "core/sim/training/search.h"
#include "core/sim/training/what_if.h"
#include "core/spec/spec_io.h"
#include "training_specs.h"

using namespace rl;
using namespace rl::training;

namespace {

Hardware selene(int nodes) {
    auto l = loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/cluster-8x-dgx-a100.json");
    if (!l.ok()) throw std::runtime_error(l.diagnostics.format());
    Hardware h = *l.value;
    h.interconnect.at(1).devices = nodes;  // the same nodes and fabric, more of them
    return h;
}

struct Row {
    const char* name;
    std::int64_t h, heads, layers;
    int pp, chunks;
    std::int64_t globalBatch, microBatch;
    double measured;  // s per iteration
};

const Row kRows[] = {
    {"22B", 6144, 64, 48, 1, 1, 4, 4, 1.10},
    {"175B", 12288, 96, 96, 8, 3, 64, 1, 13.75},
    {"530B", 20480, 128, 105, 35, 3, 280, 1, 37.83},
    {"1T", 25600, 160, 128, 64, 1, 512, 1, 71.49},
};

TrainingReport simulateRow(const Row& r, bool trace = false) {
    const ModelSpec m = test::megatronGpt(r.name, r.h, r.heads, r.layers);
    TrainingPlan p = test::megatronSpPlan(m, r.pp, r.chunks, r.globalBatch, r.microBatch);
    p.flashAttention = false;  // Megatron-LM 2022: unfused attention
    TrainingOptions o;
    o.trace = trace;
    return simulateTraining(selene((p.gpus() + 7) / 8), m, p, o);
}

}  // namespace

class TstTrainingIteration : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void megatron_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < 4; ++i) QTest::newRow(kRows[i].name) << i;
    }
    void megatron() {
        QFETCH(int, row);
        const Row& r = kRows[row];
        const TrainingReport t = simulateRow(r);
        const double err = t.iterationTime / r.measured - 1;
        const StepBreakdown& b = t.breakdown;
        qInfo(
            "%s: %.3f s (measured %.2f s, %+.1f%%), MFU %.1f%%, fwd %.3f bwd %.3f rec %.3f "
            "tp %.3f pp %.3f dp %.3f bubble %.3f opt %.3f",
            r.name, t.iterationTime, r.measured, 100 * err, 100 * t.mfu, b.forward, b.backward,
            b.recompute, b.tpExposed, b.ppExposed, b.dpExposed, b.bubble, b.optimizer);
        // The breakdown accounts for the whole step.
        QVERIFY(std::abs(b.total() - t.iterationTime) < 1e-9 * t.iterationTime);
        QVERIFY(t.memory.fits);
        QVERIFY2(std::abs(err) < 0.10, qPrintable(QString::number(100 * err) + "%"));
    }

    // DP gradient reduction shows only when its overlap is switched off or
    // it outlasts the last micro-batch's backward.
    void overlapSwitches() {
        const ModelSpec m = test::megatronGpt("22B", 6144, 64, 48);
        TrainingPlan p = test::megatronPlan(m, 1, 1, 64, 4);
        p.tp = 4;
        p.dp = 16;
        p.microBatches = p.globalBatch / (p.microBatch * p.dp);
        p.zeroStage = 1;
        p.recompute = Recompute::selective;
        p.sequenceParallel = true;
        const Hardware h = selene(8);
        const TrainingReport on = simulateTraining(h, m, p);
        p.overlapGradReduce = false;
        p.overlapParamGather = false;
        const TrainingReport off = simulateTraining(h, m, p);
        QVERIFY(off.breakdown.dpExposed > on.breakdown.dpExposed);
        QVERIFY(off.iterationTime > on.iterationTime);
        QVERIFY(std::abs(off.breakdown.total() - off.iterationTime) < 1e-9 * off.iterationTime);
        // More micro-batches shrink the bubble share (GPipe and 1F1B alike).
        TrainingPlan q =
            test::megatronSpPlan(test::megatronGpt("175B", 12288, 96, 96), 8, 1, 64, 1);
        const auto big = test::megatronGpt("175B", 12288, 96, 96);
        const TrainingReport m64 = simulateTraining(selene(8), big, q);
        q.globalBatch = 128;
        q.microBatches = 128;
        const TrainingReport m128 = simulateTraining(selene(8), big, q);
        QVERIFY(m128.breakdown.bubble / m128.iterationTime <
                m64.breakdown.bubble / m64.iterationTime);
    }

    // The bubble is named; more micro-batches are re-simulated and help.
    void explanationAndWhatIfs() {
        Row r = kRows[1];
        r.chunks = 1;
        const ModelSpec m = test::megatronGpt(r.name, r.h, r.heads, r.layers);
        const TrainingReport t = simulateRow(r);
        const TrainingExplanation ex = explainTraining(selene(8), m, t);
        QVERIFY(!ex.sentences.empty());
        QVERIFY(ex.sentences.front().find("pipeline bubble") != std::string::npos);
        bool more = false;
        for (const TrainingWhatIf& w : ex.whatIfs) {
            QVERIFY(w.iterationTime > 0);
            if (w.plan.microBatches == 2 * t.plan.microBatches) {
                more = true;
                QVERIFY(w.throughputGain > 0);
            }
        }
        QVERIFY(more);
    }

    // One group per pipeline stage, a compute track each, one event per pass.
    void traceHasOneRankPerStage() {
        const TrainingReport t = simulateRow(kRows[1], true);
        QCOMPARE(t.trace.groups.size(), std::size_t(8));
        std::size_t passes = 0, tasks = 0;
        for (const auto& s : t.pipeline.stages) passes += s.size();
        for (const TraceEvent& e : t.trace.events)
            if (e.ref == TraceRef::task) ++tasks;
        QCOMPARE(tasks, passes);
        QCOMPARE(passes, std::size_t(8 * 64 * 3 * 2));
        QVERIFY(std::abs(t.trace.endTime() - t.iterationTime) < 1e-6 * t.iterationTime);
    }

    // Layers that PP x v does not divide: the end stages hold one fewer.
    void unevenStages() {
        TrainingPlan p;
        p.pp = 16;
        p.layers = 126;
        QCOMPARE(p.layersIn(0), std::int64_t(7));
        QCOMPARE(p.layersIn(15), std::int64_t(7));
        QCOMPARE(p.layersIn(1), std::int64_t(8));
        std::int64_t sum = 0;
        for (int s = 0; s < 16; ++s) sum += p.stageLayers(s);
        QCOMPARE(sum, std::int64_t(126));
    }

    void badPlansAreRefused() {
        const ModelSpec m = test::megatronGpt("175B", 12288, 96, 96);
        TrainingPlan p = test::megatronPlan(m, 8, 3, 64, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, simulateTraining(selene(4), m, p));
        p.tp = 5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, checkPlan(m, p));
    }

    // Every plan the search returns fits, fastest first; the Megatron plan is among them.
    void searchOnOneNode() {
        const ModelSpec m = test::megatronGpt("22B", 6144, 64, 48);
        TrainingPlan base = test::megatronPlan(m, 1, 1, 4, 4);
        SearchOptions o;
        o.gpus = 8;
        const SearchResult r = searchPlans(selene(1), m, base, o);
        QVERIFY(!r.fits.empty());
        QCOMPARE(r.fits.size() + r.tooBig, r.enumerated);
        bool megatron = false;
        for (std::size_t i = 0; i < r.fits.size(); ++i) {
            QVERIFY(r.fits[i].peakMemory <= 80.0 * 1024 * 1024 * 1024);
            if (i > 0) QVERIFY(r.fits[i - 1].iterationTime <= r.fits[i].iterationTime);
            const TrainingPlan& p = r.fits[i].plan;
            megatron |= p.tp == 8 && p.pp == 1 && p.recompute == Recompute::selective;
        }
        QVERIFY(megatron);
    }

    // A search cancelled part way (--time-limit, Ctrl-C) with keepBestOnCancel
    // returns the plans simulated so far, fastest first, marked partial,
    // instead of throwing them away.
    void cancelledSearchKeepsThePlansSoFar() {
        const ModelSpec m = test::megatronGpt("22B", 6144, 64, 48);
        TrainingPlan base = test::megatronPlan(m, 1, 1, 64, 4);
        SearchOptions o;
        o.gpus = 64;
        std::atomic<int> costed{0};
        o.refine = [&](const Operator&, const Hardware&, OpRecord&) { ++costed; };
        const SearchResult full = searchPlans(selene(8), m, base, o);
        QVERIFY(full.fits.size() > 8);
        QVERIFY(!full.partial);
        QCOMPARE(full.simulated, full.fits.size());
        const int allCosted = costed.exchange(0);

        // Cancel after a tenth of the operator costs the full search needed.
        std::atomic<bool> cancel{false};
        o.progress.cancel = &cancel;
        o.keepBestOnCancel = true;
        o.refine = [&](const Operator&, const Hardware&, OpRecord&) {
            if (++costed > allCosted / 10) cancel = true;
        };
        const SearchResult r = searchPlans(selene(8), m, base, o);
        QVERIFY(r.partial);
        QVERIFY(!r.fits.empty());
        QVERIFY(r.fits.size() < full.fits.size());
        QCOMPARE(r.simulated, r.fits.size());
        for (std::size_t i = 1; i < r.fits.size(); ++i)
            QVERIFY(r.fits[i - 1].iterationTime <= r.fits[i].iterationTime);
        // Every plan kept is one the full search found, with the same time.
        for (const SearchCandidate& c : r.fits) {
            const auto same = std::find_if(full.fits.begin(), full.fits.end(), [&](const auto& f) {
                return std::tie(f.plan.tp, f.plan.cp, f.plan.pp, f.plan.ep, f.plan.chunks,
                                f.plan.schedule, f.plan.microBatch, f.plan.zeroStage,
                                f.plan.recompute) == std::tie(c.plan.tp, c.plan.cp, c.plan.pp,
                                                              c.plan.ep, c.plan.chunks,
                                                              c.plan.schedule, c.plan.microBatch,
                                                              c.plan.zeroStage, c.plan.recompute);
            });
            QVERIFY(same != full.fits.end());
            QCOMPARE(same->iterationTime, c.iterationTime);
        }
        // Without keepBestOnCancel a cancel still throws.
        o.keepBestOnCancel = false;
        costed = 0;
        cancel = false;
        QVERIFY_THROWS_EXCEPTION(Cancelled, searchPlans(selene(8), m, base, o));
    }
};

QTEST_GUILESS_MAIN(TstTrainingIteration)
#include "tst_training_iteration.moc"
