// The one quantity formatter (rl::formatQuantity): explanation sentences
// print times exactly as the CLI tables and the views do ("12.3 us", never a
// hand-rolled variant).
#include <QtTest>

#include "core/analytical/analyze.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"

using namespace rl;

class TestFormatting : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void timesUseThePrefixes() {
        QCOMPARE(formatQuantity(41.18e-6, Dimension::time, 3), std::string("41.2 us"));
        QCOMPARE(formatQuantity(0.5e-6, Dimension::time, 3), std::string("500 ns"));
        QCOMPARE(formatQuantity(12.5e-3, Dimension::time, 3), std::string("12.5 ms"));
        QCOMPARE(formatQuantity(2.0, Dimension::time, 3), std::string("2 s"));
    }

    void explanationsPrintTimesWithTheFormatter() {
        const auto hw = loadHardware(RIDGELINE_SAMPLES "/hardware/nvidia-a100-sxm4-80gb.json");
        const auto model = loadModel(RIDGELINE_SAMPLES "/models/llama-2-7b.json");
        const auto sc = loadScenario(RIDGELINE_SAMPLES "/scenarios/chat-batch1-fp16.json");
        QVERIFY(hw.ok() && model.ok() && sc.ok());
        const Prediction p = analyze(*hw.value, *model.value, *sc.value);
        QVERIFY(!p.explanations.empty());
        // The run's summary states the total time and the per-phase times.
        const std::string& summary = p.explanations.front().sentences.front();
        QVERIFY2(summary.find(": " + formatQuantity(p.totalTime, Dimension::time, 3) + " in all") !=
                     std::string::npos,
                 summary.c_str());
        for (const PhaseSummary& ph : p.phases)
            QVERIFY2(summary.find(ph.phase + " " + formatQuantity(ph.time, Dimension::time, 3)) !=
                         std::string::npos,
                     summary.c_str());
        // Operator sentences: "... at <time each>".
        bool sawOperator = false;
        for (const Explanation& e : p.explanations)
            for (const std::string& s : e.sentences)
                for (const OpRecord& r : p.ops)
                    if (s.rfind(r.name + " (" + r.phase, 0) == 0 &&
                        s.find(" at " + formatQuantity(r.timeEach, Dimension::time, 3)) !=
                            std::string::npos)
                        sawOperator = true;
        QVERIFY(sawOperator);
    }
};

QTEST_GUILESS_MAIN(TestFormatting)
#include "test_formatting.moc"
