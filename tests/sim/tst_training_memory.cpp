// Memory per GPU per pipeline stage against Korthikanti et al. 2022's table
// (REFERENCES.md, "Training"): first stage, TP 8, s = 2048, V = 51200, DP 1.
#include <QtTest>

#include <cmath>

#include "core/sim/training/memory.h"
#include "training_specs.h"

using namespace rl;
using namespace rl::training;

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

struct Row {
    const char* name;
    std::int64_t h, heads, layers;
    int pp, chunks;
    std::int64_t globalBatch, microBatch;
    double states, actTpOnly, actSpSelective;  // GiB, as published
};

const Row kRows[] = {
    {"22B", 6144, 64, 48, 1, 1, 4, 4, 45.5625, 59.25, 9.5625},
    {"175B", 12288, 96, 96, 8, 3, 64, 1, 45.5625, 66.84375, 12.3515625},
    {"530B", 20480, 128, 105, 35, 3, 280, 1, 31.640625, 114.0234375, 23.076171875},
    {"1T", 25600, 160, 128, 64, 1, 512, 1, 32.958984375, 131.25, 26.5625},
};

bool exact(double got, double want) { return std::abs(got - want) <= 1e-12 * want; }

}  // namespace

class TstTrainingMemory : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void korthikantiTable_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < 4; ++i) QTest::newRow(kRows[i].name) << i;
    }
    // Weights + gradients + Adam state of the first stage's layer matrices
    // (18 bytes per parameter), and the activations the first stage holds
    // under 1F1B (interleaved: L (1 + (p-1)/(p v)) layers) with TP only and
    // with SP + selective recompute.
    void korthikantiTable() {
        QFETCH(int, row);
        const Row& r = kRows[row];
        const ModelSpec m = test::megatronGpt(r.name, r.h, r.heads, r.layers);
        TrainingPlan p = test::megatronPlan(m, r.pp, r.chunks, r.globalBatch, r.microBatch);
        checkPlan(m, p);
        MemoryReport tpOnly = trainingMemory(m, p, 80 * kGiB);
        const StageMemory& first = tpOnly.stages.front();
        QVERIFY2(exact(first.layerStateBytes / kGiB, r.states),
                 qPrintable(QString::number(first.layerStateBytes / kGiB, 'g', 12)));
        QVERIFY2(exact(first.activations / kGiB, r.actTpOnly),
                 qPrintable(QString::number(first.activations / kGiB, 'g', 12)));
        p.sequenceParallel = true;
        p.recompute = Recompute::selective;
        MemoryReport spSel = trainingMemory(m, p, 80 * kGiB);
        QVERIFY2(exact(spSel.stages.front().activations / kGiB, r.actSpSelective),
                 qPrintable(QString::number(spSel.stages.front().activations / kGiB, 'g', 12)));
        // Model states do not depend on how activations are kept.
        QCOMPARE(spSel.stages.front().layerStateBytes, first.layerStateBytes);
    }

    void distributedOptimizerIsSixPlusTwelveOverD() {
        const ModelSpec m = test::megatronGpt("22B", 6144, 64, 48);
        TrainingPlan p = test::megatronPlan(m, 1, 1, 64, 4);
        p.dp = 16;
        p.microBatches = p.globalBatch / (p.microBatch * p.dp);
        QCOMPARE(stateBytesPerParam(p).total(), 18.0);
        p.zeroStage = 1;
        QCOMPARE(stateBytesPerParam(p).total(), 6.0 + 12.0 / 16);
        p.zeroStage = 3;
        QCOMPARE(stateBytesPerParam(p).total(), 18.0 / 16);
    }

    // Later stages hold fewer in-flight micro-batches; GPipe holds them all.
    void inFlightFollowsTheSchedule() {
        const ModelSpec m = test::megatronGpt("175B", 12288, 96, 96);
        TrainingPlan p = test::megatronPlan(m, 8, 1, 64, 1);
        QCOMPARE(inFlightChunks(p, 0), std::int64_t(8));
        QCOMPARE(inFlightChunks(p, 7), std::int64_t(1));
        const MemoryReport r = trainingMemory(m, p, 80 * kGiB);
        QVERIFY(r.stages[0].activations > r.stages[7].activations);
        p.schedule = Schedule::gpipe;
        QCOMPARE(inFlightChunks(p, 7), std::int64_t(64));
    }

    // Full recompute keeps one input per layer; the overflowing stage is named.
    void fullRecomputeAndOverflow() {
        const ModelSpec m = test::megatronGpt("175B", 12288, 96, 96);
        TrainingPlan p = test::megatronPlan(m, 8, 1, 64, 1);
        p.recompute = Recompute::full;
        const double perLayer = layerActivationBytes(m.transformer, p);
        QCOMPARE(perLayer, 2.0 * 2048 * 12288);
        p.recompute = Recompute::none;
        const MemoryReport r = trainingMemory(m, p, 80 * kGiB);
        QVERIFY(!r.fits);
        QCOMPARE(r.worstStage, 0);
    }
};

QTEST_GUILESS_MAIN(TstTrainingMemory)
#include "tst_training_memory.moc"
