// The mapper: finds the optimum of small spaces, is deterministic for a seed
// whatever the thread count, honours cancellation, and reaches the
// Eyeriss-like VGG target (5,505,024 cycles at 100% utilisation).
#include <QtTest>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/mapper.h"
#include "tests/dataflow/sample_designs.h"

using namespace rl;
using namespace rl::dataflow;

class TstMapper : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void tutorialBeatsHandMapping() {
        const auto s =
            testing::loadSampleSpecs("tutorial-3level.json", "problem-conv1d-k32-r3-p16.json");
        MapperOptions o;
        o.objective = Objective::energy;
        o.evaluations = 30000;
        auto r = searchMappings(*s.arch, s.problem, o);
        QVERIFY(r.found);
        // The hand mapping of REFERENCES.md costs 32130.51 fJ/MAC.
        QVERIFY(r.bestEval.energyPerMacJ() * 1e15 <= 32130.52);
        Diagnostics v;
        QVERIFY2(validateMapping(r.best, *s.arch, s.problem, v), v.format().c_str());
        QVERIFY(!r.pareto.empty());
        for (std::size_t i = 1; i < r.pareto.size(); ++i) {
            QVERIFY(r.pareto[i].cycles > r.pareto[i - 1].cycles);
            QVERIFY(r.pareto[i].energyJ < r.pareto[i - 1].energyJ);
        }
    }
    void deterministicAcrossThreads() {
        const auto s = testing::loadSampleSpecs("eyeriss-like.json", "problem-vgg-conv3-2.json");
        MapperOptions o;
        o.evaluations = 30000;
        o.seed = 7;
        o.threads = 1;
        auto a = searchMappings(*s.arch, s.problem, o);
        o.threads = 2;
        auto b = searchMappings(*s.arch, s.problem, o);
        QVERIFY(a.found && b.found);
        QCOMPARE(a.bestEval.cycles, b.bestEval.cycles);
        QCOMPARE(a.bestEval.energyJ, b.bestEval.energyJ);
        QCOMPARE(toJson(toMapping(a.best, *s.arch)).dump(),
                 toJson(toMapping(b.best, *s.arch)).dump());
        QCOMPARE(a.pareto.size(), b.pareto.size());
    }
    void eyerissReachesTimeloopCycles() {
        const auto s = testing::loadSampleSpecs("eyeriss-like.json", "problem-vgg-conv3-2.json");
        QCOMPARE(s.problem.macs(), 924844032);
        MapperOptions o;
        o.objective = Objective::edp;
        o.evaluations = 120000;
        auto r = searchMappings(*s.arch, s.problem, o);
        QVERIFY(r.found);
        QCOMPARE(r.bestEval.cycles, 5505024);
        QCOMPARE(r.bestEval.utilization, 1.0);
        qInfo("Eyeriss-like VGG: %lld cycles, %.2f fJ/MAC, %lld evaluations, %.2f s",
              static_cast<long long>(r.bestEval.cycles), r.bestEval.energyPerMacJ() * 1e15,
              static_cast<long long>(r.evaluations), r.seconds);
        QVERIFY(r.bestEval.energyPerMacJ() * 1e15 <= 2989.0);
    }
    void cancellation() {
        const auto s = testing::loadSampleSpecs("eyeriss-like.json", "problem-vgg-conv3-2.json");
        std::atomic<bool> cancel{true};
        Progress p;
        p.cancel = &cancel;
        MapperOptions o;
        o.evaluations = 10'000'000;
        QVERIFY_THROWS_EXCEPTION(Cancelled, searchMappings(*s.arch, s.problem, o, p));
    }
    // With keepBestOnCancel a cancel part way (--time-limit, Ctrl-C) returns
    // the best mapping found so far, marked partial: a valid mapping whose
    // evaluation is the one reported.
    void cancelKeepsTheBestSoFar() {
        const auto s = testing::loadSampleSpecs("eyeriss-like.json", "problem-vgg-conv3-2.json");
        std::atomic<bool> cancel{false};
        Progress p;
        p.cancel = &cancel;
        // The mapper reports every 2^18 evaluations: cancel at the first report.
        p.report = [&](double, std::string_view) { cancel = true; };
        MapperOptions o;
        o.evaluations = 1'000'000'000;  // minutes of work if not cancelled
        o.keepBestOnCancel = true;
        const MapperResult r = searchMappings(*s.arch, s.problem, o, p);
        QVERIFY(r.partial);
        QVERIFY(r.found);
        QVERIFY(r.evaluations < o.evaluations / 100);
        MappingNest best = r.best;
        Diagnostics diag;
        QVERIFY2(validateMapping(best, *s.arch, s.problem, diag, ""), diag.format().c_str());
        const Evaluation again = LoopNestModel(*s.arch, s.problem).evaluate(best);
        QCOMPARE(again.cycles, r.bestEval.cycles);
        QCOMPARE(again.energyJ, r.bestEval.energyJ);
        // A search that runs to its end is not partial.
        o.evaluations = 20000;
        QVERIFY(!searchMappings(*s.arch, s.problem, o).partial);
    }
};

QTEST_GUILESS_MAIN(TstMapper)
#include "tst_mapper.moc"
