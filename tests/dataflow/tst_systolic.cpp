// SCALE-Sim's AlexNet conv1 row of REFERENCES.md, reproduced exactly.
#include <QtTest>

#include "core/dataflow/systolic.h"

using namespace rl::dataflow;

class TstSystolic : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void alexnetConv1WeightStationary() {
        SystolicArray a;
        a.rows = a.cols = 32;
        a.dataflow = SystolicDataflow::ws;
        a.ifmapSramWords = a.filterSramWords = a.ofmapSramWords = 64 * 1024;
        a.dramWordsPerCycle = 10;
        SystolicLayer l{"conv1", 224, 224, 11, 11, 3, 96, 4, 4, 1};
        auto r = simulateSystolic(a, l);
        QCOMPARE(r.totalCycles, 112283);
        QCOMPARE(r.stallCycles, 0);
        QCOMPARE(QString::number(r.overallUtilization * 100, 'f', 3), QString("91.683"));
        QCOMPARE(QString::number(r.mappingEfficiency * 100, 'f', 3), QString("94.531"));
        QCOMPARE(QString::number(r.computeUtilization * 100, 'f', 3), QString("90.780"));
        QCOMPARE(r.sramIfmapReads, 3294225);
        QCOMPARE(r.sramFilterReads, 34848);
        QCOMPARE(r.sramOfmapWrites, 3484800);
    }
    void foldFormulas() {
        SystolicArray a;
        a.rows = 8;
        a.cols = 4;
        a.dramWordsPerCycle = 0;
        SystolicLayer l{"gemm", 1, 1, 1, 1, 16, 8, 1, 1, 10};  // 10 pixels, window 16, 8 filters
        a.dataflow = SystolicDataflow::os;
        auto os = simulateSystolic(a, l);
        QCOMPARE(os.cyclesPerFold, 8 + 4 + 16 - 2);
        QCOMPARE(os.folds, 2 * 2);
        QCOMPARE(os.totalCycles, 4 * 26 - 1);
        // OS: compute utilisation over exactly the fold's cycles; 10 pixels x 8 filters
        // on an 8 x 4 array: folds use 8x4, 8x4, 2x4, 2x4 PEs for T = 16 cycles each.
        QCOMPARE(os.computeUtilization, (32.0 + 32 + 8 + 8) * 16 / (32.0 * 26) / 4);
        QCOMPARE(os.sramOfmapWrites, 10 * 8);
        QCOMPARE(os.sramIfmapReads, 10 * 16 * 2);
        QCOMPARE(os.sramFilterReads, 16 * 8 * 2);
        a.dataflow = SystolicDataflow::is;
        auto is = simulateSystolic(a, l);
        QCOMPARE(is.cyclesPerFold, 16 + 4 + 8 - 2);
        QCOMPARE(is.sramIfmapReads, 16 * 10);
    }
    void dramStalls() {
        SystolicArray a;
        a.dataflow = SystolicDataflow::ws;
        a.dramWordsPerCycle = 0.5;
        SystolicLayer l{"conv1", 224, 224, 11, 11, 3, 96, 4, 4, 1};
        auto r = simulateSystolic(a, l);
        QVERIFY(r.stallCycles > 0);
        QCOMPARE(r.totalCycles, r.computeCycles + r.stallCycles);
    }
};

QTEST_GUILESS_MAIN(TstSystolic)
#include "tst_systolic.moc"
