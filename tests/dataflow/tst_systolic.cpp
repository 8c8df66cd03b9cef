// SCALE-Sim's AlexNet conv1 row of REFERENCES.md, reproduced exactly, and
// SCALE-Sim v2's own USER-mode golden reports (its memory system, issue 15).
#include <QtTest>

#include "core/dataflow/systolic.h"
#include "core/dataflow/systolic_memory.h"
#include "core/dataflow/systolic_topology.h"

using namespace rl::dataflow;

namespace {
// SCALE-Sim v2's test/general setup: 32x32, 64 KiB SRAMs, DRAM 10 words/cycle,
// topologies/GEMM_mnk/test_mnk_input.csv ("Test 1, 256, 128, 256").
SystolicArray goldenArray(SystolicDataflow df) {
    SystolicArray a;
    a.rows = a.cols = 32;
    a.dataflow = df;
    a.ifmapSramWords = a.filterSramWords = a.ofmapSramWords = 64 * 1024;
    a.dramWordsPerCycle = 10;
    a.bandwidthMode = SystolicBandwidthMode::user;
    return a;
}
const SystolicLayer kGoldenGemm = gemmSystolicLayer("Test 1", 256, 128, 256);
}  // namespace

Q_DECLARE_METATYPE(SystolicDataflow)

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
        // The published row is stall-free: SCALE-Sim's CALC mode, which never
        // stalls reads and drains outputs as fast as the array writes them.
        a.bandwidthMode = SystolicBandwidthMode::calc;
        auto r = simulateSystolic(a, l);
        QVERIFY(r.memoryReplayed);
        QCOMPARE(r.totalCycles, 112283);
        QCOMPARE(r.stallCycles, 0);
        QCOMPARE(QString::number(r.overallUtilization * 100, 'f', 3), QString("91.683"));
        QCOMPARE(QString::number(r.mappingEfficiency * 100, 'f', 3), QString("94.531"));
        QCOMPARE(QString::number(r.computeUtilization * 100, 'f', 3), QString("90.780"));
        QCOMPARE(r.sramIfmapReads, 3294225);
        QCOMPARE(r.sramFilterReads, 34848);
        QCOMPARE(r.sramOfmapWrites, 3484800);
        // USER mode at 10 words/cycle stalls, but the compute figures are the same.
        a.bandwidthMode = SystolicBandwidthMode::user;
        const auto u = simulateSystolic(a, l);
        QCOMPARE(u.computeCycles, 112283);
        QVERIFY(u.stallCycles > 0);
        QCOMPARE(u.totalCycles, u.computeCycles + u.stallCycles);
        QCOMPARE(u.mappingEfficiency, r.mappingEfficiency);
        QCOMPARE(u.computeUtilization, r.computeUtilization);
        QCOMPARE(u.sramIfmapReads, r.sramIfmapReads);
    }

    // SCALE-Sim v2's golden reports (scalesim-project/scale-sim-v2,
    // test/general/golden_trace_user_{os,ws}: commit 18975c2479707e46e4d6d0765e2066add0e3ad80;
    // golden_trace_user_is: commit 6c524ac0737321830c87628279d88d4fd0e8779c):
    // COMPUTE_REPORT (total, stalls, overall and compute util %), DETAILED_ACCESS_REPORT
    // (SRAM and DRAM words) and BANDWIDTH_REPORT (average ifmap DRAM words/cycle).
    void scaleSimGoldens_data() {
        QTest::addColumn<SystolicDataflow>("dataflow");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("stalls");
        QTest::addColumn<QString>("overall");
        QTest::addColumn<QString>("compute");
        QTest::addColumn<QList<qint64>>("sram");  // ifmap, filter reads
        QTest::addColumn<QList<qint64>>("dram");  // ifmap, filter reads, ofmap writes
        QTest::addColumn<QString>("ifmapBandwidth");
        QTest::newRow("os") << SystolicDataflow::os << qint64(52447) << qint64(42272) << "15.619578"
                            << "80.503145" << QList<qint64>{262144, 262144}
                            << QList<qint64>{524320, 32770, 32768} << "9.997139970";
        QTest::newRow("ws") << SystolicDataflow::ws << qint64(52447) << qint64(41248) << "15.619578"
                            << "67.191601" << QList<qint64>{262144, 32768}
                            << QList<qint64>{524320, 32770, 262175} << "9.997139970";
        QTest::newRow("is") << SystolicDataflow::is << qint64(19984) << qint64(5777) << "40.992794"
                            << "50.592885" << QList<qint64>{65536, 262144}
                            << QList<qint64>{131080, 32770, 262157} << "9.997711845";
    }
    void scaleSimGoldens() {
        QFETCH(SystolicDataflow, dataflow);
        QFETCH(qint64, total);
        QFETCH(qint64, stalls);
        QFETCH(QString, overall);
        QFETCH(QString, compute);
        QFETCH(QList<qint64>, sram);
        QFETCH(QList<qint64>, dram);
        QFETCH(QString, ifmapBandwidth);
        const auto r = simulateSystolic(goldenArray(dataflow), kGoldenGemm);
        QVERIFY(r.memoryReplayed);
        QCOMPARE(r.totalCycles, total);
        QCOMPARE(r.stallCycles, stalls);
        QCOMPARE(QString::number(r.overallUtilization * 100, 'f', 6), overall);
        QCOMPARE(QString::number(r.computeUtilization * 100, 'f', 6), compute);
        QCOMPARE(r.sramIfmapReads, sram[0]);
        QCOMPARE(r.sramFilterReads, sram[1]);
        QCOMPARE(r.dramIfmapReads, dram[0]);  // re-fetches included, in 32770-word blocks
        QCOMPARE(r.dramFilterReads, dram[1]);
        QCOMPARE(r.dramOfmapWrites, dram[2]);  // partial lines counted whole, as SCALE-Sim does
        QCOMPARE(QString::number(r.avgDramIfmapBandwidth, 'f', 9), ifmapBandwidth);
        QCOMPARE(r.prefetchCycles, 3277);  // the SRAM fill before cycle 0 (start cycle -3277)
    }
    // The DRAM start and stop cycles of SCALE-Sim's DETAILED_ACCESS_REPORTs.
    void scaleSimGoldenSpans() {
        auto os = replaySystolicMemory(goldenArray(SystolicDataflow::os), kGoldenGemm);
        QCOMPARE(os.ifmap.startCycle, -3277);
        QCOMPARE(os.ifmap.stopCycle, 49169);
        QCOMPARE(os.filter.stopCycle, -1);
        QCOMPARE(os.ofmap.startCycle, 52447);
        QCOMPARE(os.ofmap.stopCycle, 55723);
        auto ws = replaySystolicMemory(goldenArray(SystolicDataflow::ws), kGoldenGemm);
        QCOMPARE(ws.ofmap.startCycle, 11831);
        QCOMPARE(ws.ofmap.stopCycle, 55725);
        auto is = replaySystolicMemory(goldenArray(SystolicDataflow::is), kGoldenGemm);
        QCOMPARE(is.ifmap.stopCycle, 9833);
        QCOMPARE(is.ofmap.startCycle, 1839);
        QCOMPARE(is.ofmap.stopCycle, 26538);
    }
    // CALC: stall-free; the DRAM rate is what the traffic needs, and the
    // totals are the compute cycles of every dataflow.
    void calcModeIsStallFree() {
        for (auto df : {SystolicDataflow::os, SystolicDataflow::ws, SystolicDataflow::is}) {
            auto a = goldenArray(df);
            a.bandwidthMode = SystolicBandwidthMode::calc;
            const auto r = simulateSystolic(a, kGoldenGemm);
            QCOMPARE(r.stallCycles, 0);
            QCOMPARE(r.totalCycles, r.computeCycles);
            QVERIFY(r.bandwidthMode == SystolicBandwidthMode::calc);
            QVERIFY(r.peakDramBandwidth > 0);
            QVERIFY(r.dramIfmapReads >= 65536 && r.dramFilterReads >= 32768);
        }
    }
    // Separate SRAM sizes: a filter SRAM holding all the weights twice over
    // fetches them once; a small ifmap SRAM re-fetches more.
    void separateSramSizes() {
        auto a = goldenArray(SystolicDataflow::ws);
        const auto base = simulateSystolic(a, kGoldenGemm);
        a.ifmapSramWords = 16 * 1024;
        const auto small = simulateSystolic(a, kGoldenGemm);
        QVERIFY(small.dramIfmapReads > base.dramIfmapReads);
        QCOMPARE(small.dramFilterReads, base.dramFilterReads);
        a.ifmapSramWords = 1024 * 1024;  // everything fits the working half: one fetch
        const auto big = simulateSystolic(a, kGoldenGemm);
        QCOMPARE(big.dramIfmapFetches, 1);
        QVERIFY(big.stallCycles < base.stallCycles);
    }
    // Fractional DRAM rates are not SCALE-Sim configurations: estimated, not replayed.
    void hugeSparseInputsAreEstimated() {
        // Four output pixels of a 16M x 16M input: a tiny replay but a 2^48-word
        // address space; estimated, not allocated.
        SystolicLayer l{"sparse", 1 << 24, 1 << 24, 1, 1, 1, 1, 1 << 24, 1 << 24, 1};
        const auto r = simulateSystolic(goldenArray(SystolicDataflow::ws), l);
        QVERIFY(!r.memoryReplayed);
        QCOMPARE(r.macs, 4);  // SCALE-Sim rounds ceil((16M - 1 + 16M) / 16M) = 2 up
    }
    void fractionalRatesAreEstimated() {
        auto a = goldenArray(SystolicDataflow::ws);
        a.dramWordsPerCycle = 2.5;
        const auto r = simulateSystolic(a, kGoldenGemm);
        QVERIFY(!r.memoryReplayed);
        QCOMPARE(r.totalCycles, r.computeCycles + r.stallCycles);
    }

    void topologyConvAndGemm() {
        std::string error;
        const auto conv = parseSystolicTopology(
            "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num "
            "Filter, Strides,\nConv1, 224, 224, 11, 11, 3, 96, 4,\n\nConv2,27,27,5,5,96,256,1,2\n"
            "DP1, 8, 8, 3, 3, 4, 1, 1,\n",
            "net.csv", error);
        QVERIFY2(conv, error.c_str());
        QVERIFY(!conv->gemm);
        QCOMPARE(conv->layers.size(), std::size_t(2 + 4));
        QCOMPARE(conv->layers[0].ofmapH(), 55);
        QCOMPARE(conv->layers[1].strideW, 2);
        QCOMPARE(conv->layers[2].name, std::string("DP1Channel_0"));
        QCOMPARE(conv->layers[2].channels, 1);
        const auto gemm =
            parseSystolicTopology("Layer Name, M, N, K,\nTest 1, 256, 128, 256,", "g.csv", error);
        QVERIFY2(gemm, error.c_str());
        QVERIFY(gemm->gemm);
        QCOMPARE(gemm->layers.size(), std::size_t(1));
        const auto r = simulateSystolic(goldenArray(SystolicDataflow::os), gemm->layers[0]);
        QCOMPARE(r.totalCycles, 52447);
    }
    void topologyBadLines_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString h = "Layer Name, M, N, K,\n";
        QTest::newRow("word") << h + "a, 256, x12, 4,"
                              << "g.csv:2:9: N: got \"x12\"; expected";
        QTest::newRow("zero") << h + "a, 0, 1, 4,"
                              << "g.csv:2:4: M: got \"0\"";
        QTest::newRow("huge") << h + "a, 1, 1, 99999999999999999999,"
                              << "K: got";
        QTest::newRow("short") << h + "a, 1, 1,"
                               << "g.csv:2:1: got 3 fields; expected at least 4";
        QTest::newRow("empty") << QString("") << "g.csv:1:1: got an empty file";
        QTest::newRow("no rows") << h << "got no layer rows";
        QTest::newRow("filter") << QString("name,H,W,FH,FW,C,M,S,\nc, 4, 4, 5, 3, 1, 1, 1,")
                                << "g.csv:2:10: Filter Height: got 5; expected at most the IFMAP "
                                   "Height (4)";
        QTest::newRow("depthwise bomb")
            << QString("name,H,W,FH,FW,C,M,S,\nDP, 4, 4, 3, 3, 16777216, 1, 1,")
            << "layers (depthwise layers count once per channel)";
        QTest::newRow("binary") << QString("name,H,W\n\x01\x02,\xff") << "got 2 fields";
    }
    void topologyBadLines() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        std::string error;
        const auto t = parseSystolicTopology(text.toStdString(), "g.csv", error);
        QVERIFY(!t);
        QVERIFY2(error.find(expected.toStdString()) != std::string::npos, error.c_str());
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
