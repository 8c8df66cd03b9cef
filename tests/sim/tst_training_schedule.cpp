// Pipeline schedules on a compute-only pipeline: the bubble formulas of
// REFERENCES.md exactly, and the dependencies every order must respect.
#include <QtTest>

#include <cmath>

#include "core/sim/training/schedule.h"

using namespace rl;
using namespace rl::training;

namespace {

TrainingPlan plan(Schedule s, int p, int m, int v) {
    return {.pp = p,
            .chunks = v,
            .schedule = s,
            .globalBatch = m,
            .microBatches = m,
            .layers = static_cast<std::int64_t>(p) * v};
}

// Forward 1, backward 2 per micro-batch per stage, split evenly over chunks.
PipelineCosts uniform(const TrainingPlan& t) {
    PipelineCosts c;
    const std::size_t V = static_cast<std::size_t>(t.pp * t.chunks);
    c.forward.assign(V, 1.0 / t.chunks);
    c.backward.assign(V, 2.0 / t.chunks);
    return c;
}

}  // namespace

class TstTrainingSchedule : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void bubble_data() {
        QTest::addColumn<int>("schedule");
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("v");
        QTest::newRow("1f1b p8 m64") << int(Schedule::oneFOneB) << 8 << 64 << 1;
        QTest::newRow("gpipe p8 m64") << int(Schedule::gpipe) << 8 << 64 << 1;
        QTest::newRow("1f1b p4 m3") << int(Schedule::oneFOneB) << 4 << 3 << 1;
        QTest::newRow("interleaved p8 m64 v3") << int(Schedule::interleaved) << 8 << 64 << 3;
        QTest::newRow("interleaved p4 m8 v2") << int(Schedule::interleaved) << 4 << 8 << 2;
        QTest::newRow("interleaved p16 m32 v4") << int(Schedule::interleaved) << 16 << 32 << 4;
    }
    // GPipe and 1F1B: bubble share (p-1)/(m+p-1); interleaved: the step is the
    // ideal m (f+b) plus (1/v)(p-1)/m of it.
    void bubble() {
        QFETCH(int, schedule);
        QFETCH(int, p);
        QFETCH(int, m);
        QFETCH(int, v);
        const TrainingPlan t = plan(static_cast<Schedule>(schedule), p, m, v);
        const PipelineRun run = runPipeline(t, uniform(t));
        const double ideal = 3.0 * m;
        if (t.schedule == Schedule::interleaved) {
            QVERIFY(std::abs((run.makespan - ideal) / ideal - (p - 1.0) / (v * m)) < 1e-12);
        } else {
            const double bubble = (run.makespan - ideal) / run.makespan;
            QVERIFY(std::abs(bubble - (p - 1.0) / (m + p - 1.0)) < 1e-12);
        }
        for (double b : run.busy) QVERIFY(std::abs(b - ideal) < 1e-9);
    }

    void publishedFigures() {
        TrainingPlan t = plan(Schedule::oneFOneB, 8, 64, 1);
        PipelineRun run = runPipeline(t, uniform(t));
        QCOMPARE(std::round((run.makespan - 192.0) / run.makespan * 10000) / 100, 9.86);
        t = plan(Schedule::interleaved, 8, 64, 3);
        run = runPipeline(t, uniform(t));
        QCOMPARE(std::round((run.makespan - 192.0) / 192.0 * 1000) / 10, 3.6);
    }

    // Every pass once; a forward after its predecessor, a backward after its
    // successor's backward and its own forward, plus the send time.
    void dependenciesHold() {
        const TrainingPlan t = plan(Schedule::interleaved, 4, 8, 2);
        PipelineCosts c = uniform(t);
        c.send = 0.25;
        const PipelineRun run = runPipeline(t, c);
        const int V = t.pp * t.chunks;
        std::vector<double> fEnd(V * 8, -1), bEnd(V * 8, -1), fStart(V * 8), bStart(V * 8);
        for (int s = 0; s < t.pp; ++s) {
            QCOMPARE(run.stages[s].size(), std::size_t(2 * 8 * t.chunks));
            double prev = 0;
            for (const TimedOp& o : run.stages[s]) {
                QVERIFY(o.start >= prev - 1e-12);
                prev = o.end;
                const int k = o.op.chunk * t.pp + s;
                auto& end = o.op.pass == Pass::forward ? fEnd : bEnd;
                auto& start = o.op.pass == Pass::forward ? fStart : bStart;
                QCOMPARE(end[k * 8 + o.op.micro], -1.0);
                end[k * 8 + o.op.micro] = o.end;
                start[k * 8 + o.op.micro] = o.start;
            }
        }
        for (int k = 0; k < V; ++k)
            for (int i = 0; i < 8; ++i) {
                if (k > 0) QVERIFY(fStart[k * 8 + i] >= fEnd[(k - 1) * 8 + i] + c.send - 1e-12);
                if (k < V - 1) QVERIFY(bStart[k * 8 + i] >= bEnd[(k + 1) * 8 + i] + c.send - 1e-12);
                QVERIFY(bStart[k * 8 + i] >= fEnd[k * 8 + i] - 1e-12);
            }
    }
};

QTEST_GUILESS_MAIN(TstTrainingSchedule)
#include "tst_training_schedule.moc"
