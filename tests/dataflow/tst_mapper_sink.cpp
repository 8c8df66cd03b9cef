// The mapper's live sample (MapperSink): every point is a valid mapping whose
// numbers are the model's, the sample stays within its capacities, it holds
// the final Pareto front, drains safely while the search runs, and watching
// changes nothing the search finds. The time limit and cancellation still stop
// a watched search.
#include <QtTest>

#include <thread>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/mapper.h"
#include "tests/dataflow/sample_designs.h"

using namespace rl;
using namespace rl::dataflow;

namespace {

using Specs = testing::SampleSpecs;

Specs tutorial() {
    return testing::loadSampleSpecs("tutorial-3level.json", "problem-conv1d-k32-r3-p16.json");
}
Specs eyeriss() {
    return testing::loadSampleSpecs("eyeriss-like.json", "problem-vgg-conv3-2.json");
}

std::string mappingText(const MappingNest& m, const AcceleratorArch& arch) {
    return toJson(toMapping(m, arch)).dump();
}

}  // namespace

class TstMapperSink : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void pointsAreValidAndEvaluatedByTheModel_data() {
        QTest::addColumn<bool>("vgg");
        QTest::newRow("tutorial") << false;
        QTest::newRow("eyeriss-vgg") << true;
    }
    void pointsAreValidAndEvaluatedByTheModel() {
        QFETCH(bool, vgg);
        const Specs s = vgg ? eyeriss() : tutorial();
        MapperSink sink(500, 500);
        MapperOptions o;
        o.evaluations = 40000;
        o.sink = &sink;
        const MapperResult r = searchMappings(*s.arch, s.problem, o);
        QVERIFY(r.found);
        const auto points = sink.drain();
        QVERIFY(points.size() > 50);
        QCOMPARE(static_cast<std::int64_t>(points.size()), sink.received());
        const LoopNestModel model(*s.arch, s.problem);
        int fronts = 0;
        for (const auto& p : points) {
            Diagnostics diag;
            QVERIFY2(validateMapping(p.mapping, *s.arch, s.problem, diag), diag.format().c_str());
            const Evaluation e = model.evaluate(p.mapping);
            QCOMPARE(p.cycles, e.cycles);
            QCOMPARE(p.energyJ, e.energyJ);
            fronts += p.improvedFront;
        }
        QVERIFY(fronts > 0);
        QVERIFY(sink.drain().empty());  // drained once
    }

    // Every mapping of the final front went to the sink as a front improvement.
    void sampleHoldsTheFinalFront() {
        const Specs s = eyeriss();
        MapperSink sink(200, 100000);
        MapperOptions o;
        o.evaluations = 60000;
        o.sink = &sink;
        const MapperResult r = searchMappings(*s.arch, s.problem, o);
        const auto points = sink.drain();
        QVERIFY(!r.pareto.empty());
        for (const auto& f : r.pareto) {
            const bool there = std::any_of(points.begin(), points.end(), [&](const auto& p) {
                return p.improvedFront && p.cycles == f.cycles && p.energyJ == f.energyJ;
            });
            QVERIFY2(there, qPrintable(QString("front point %1 cycles").arg(f.cycles)));
        }
    }

    // Small capacities on a long search: never more than asked for, drained
    // from another thread while the search runs (thread-safety; tsan label).
    void boundedWhileDrainedConcurrently() {
        const Specs s = eyeriss();
        MapperSink sink(120, 40);
        MapperOptions o;
        o.evaluations = 400000;
        o.threads = 2;
        o.sink = &sink;
        std::atomic<bool> running{true};
        std::vector<MapperSample> seen;
        std::thread viewer([&] {
            while (running) {
                auto part = sink.drain();
                seen.insert(seen.end(), part.begin(), part.end());
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        const MapperResult r = searchMappings(*s.arch, s.problem, o);
        running = false;
        viewer.join();
        auto rest = sink.drain();
        seen.insert(seen.end(), rest.begin(), rest.end());
        QVERIFY(r.found);
        const auto samples =
            std::count_if(seen.begin(), seen.end(), [](const auto& p) { return !p.improvedFront; });
        const auto fronts = static_cast<std::int64_t>(seen.size()) - samples;
        qInfo("samples %lld fronts %lld dropped %lld", (long long)samples, (long long)fronts,
              (long long)sink.dropped());
        QVERIFY(samples <= 120);
        QVERIFY(samples >= 100);  // evenly spread over the tasks, the quotas met
        QVERIFY(fronts <= 40);
        QVERIFY(fronts > 0);
        QCOMPARE(static_cast<std::int64_t>(seen.size()), sink.received());
        QVERIFY(sink.dropped() > 0);  // the capacities did bite
    }

    // Watching changes nothing: the same best, evaluation and front.
    void sameResultWithAndWithoutSink() {
        const Specs s = eyeriss();
        MapperOptions o;
        o.evaluations = 50000;
        o.seed = 11;
        o.threads = 2;
        const MapperResult plain = searchMappings(*s.arch, s.problem, o);
        MapperSink sink(50, 20);
        o.sink = &sink;
        const MapperResult watched = searchMappings(*s.arch, s.problem, o);
        QVERIFY(plain.found && watched.found);
        QVERIFY(sink.received() > 0);
        QCOMPARE(watched.bestEval.cycles, plain.bestEval.cycles);
        QCOMPARE(watched.bestEval.energyJ, plain.bestEval.energyJ);
        QCOMPARE(mappingText(watched.best, *s.arch), mappingText(plain.best, *s.arch));
        QCOMPARE(watched.evaluations, plain.evaluations);
        QCOMPARE(watched.valid, plain.valid);
        QCOMPARE(watched.pareto.size(), plain.pareto.size());
        for (std::size_t i = 0; i < plain.pareto.size(); ++i) {
            QCOMPARE(watched.pareto[i].cycles, plain.pareto[i].cycles);
            QCOMPARE(watched.pareto[i].energyJ, plain.pareto[i].energyJ);
        }
    }

    void cancellationStillWorks() {
        const Specs s = eyeriss();
        MapperSink sink;
        std::atomic<bool> cancel{true};
        Progress p;
        p.cancel = &cancel;
        MapperOptions o;
        o.evaluations = 10'000'000;
        o.sink = &sink;
        QVERIFY_THROWS_EXCEPTION(Cancelled, searchMappings(*s.arch, s.problem, o, p));

        // Cancelled part way and keeping the best: partial, and what the sink
        // got is still good.
        cancel = false;
        p.report = [&](double, std::string_view) { cancel = true; };
        o.evaluations = 1'000'000'000;
        o.keepBestOnCancel = true;
        const MapperResult r = searchMappings(*s.arch, s.problem, o, p);
        QVERIFY(r.partial && r.found);
        QVERIFY(r.evaluations < o.evaluations / 100);
        QVERIFY(!sink.drain().empty());
    }

    // The time budget: stops a search that would run for minutes, keeps its best.
    void timeLimitStops() {
        const Specs s = eyeriss();
        MapperOptions o;
        o.evaluations = 1'000'000'000;
        o.timeLimitSeconds = 0.3;
        const MapperResult r = searchMappings(*s.arch, s.problem, o);
        QVERIFY(r.partial && r.found);
        QVERIFY(r.evaluations < o.evaluations / 100);
        Diagnostics diag;
        QVERIFY2(validateMapping(r.best, *s.arch, s.problem, diag), diag.format().c_str());
    }
};

QTEST_GUILESS_MAIN(TstMapperSink)
#include "tst_mapper_sink.moc"
