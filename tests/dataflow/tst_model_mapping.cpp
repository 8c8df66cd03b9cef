// A whole model mapped layer by layer: the per-layer results add up to the
// totals, identical layers share one search, a layer without a mapping says
// why, and the four sample networks all map onto the Eyeriss-like array.
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/model_mapping.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

using namespace rl;
using namespace rl::dataflow;

namespace {
std::string sample(const std::string& name) { return std::string(RIDGELINE_SAMPLES) + "/" + name; }

std::vector<Operator> lowered(const std::string& model, const std::string& scenario) {
    auto m = loadModel(sample("models/" + model));
    auto s = loadScenario(sample("scenarios/" + scenario));
    if (!m.ok() || !s.ok()) throw std::runtime_error("cannot load " + model);
    return lowerModel(*m.value, *s.value);
}

std::shared_ptr<const AcceleratorArch> eyeriss() {
    Diagnostics d;
    auto a = loadAcceleratorArch(sample("accelerators/eyeriss-like.json"), d);
    if (!a) throw std::runtime_error(d.format());
    return a;
}

MapperOptions smallBudget() {
    MapperOptions o;
    o.evaluations = 5000;
    o.seed = 3;
    return o;
}
}  // namespace

class TstModelMapping : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void layersAddUpToTheTotals() {
        const auto ops = lowered("resnet-50.json", "cnn-batch1-fp16.json");
        const auto m = mapModel(*eyeriss(), ops, smallBudget());
        QCOMPARE(static_cast<std::int64_t>(m.layers.size()), m.problems);
        QCOMPARE(m.problems, 30);  // ResNet-50's distinct conv/FC shapes, counts folded in
        QCOMPARE(m.mapped, m.problems);
        double cycles = 0, energy = 0;
        for (const auto& l : m.layers) {
            QVERIFY(l.found);
            QVERIFY(!l.operatorName.empty());
            QCOMPARE(l.evaluation.macs, l.problem.macs());
            cycles += static_cast<double>(l.evaluation.cycles) * l.count;
            energy += l.evaluation.energyJ * l.count;
        }
        QCOMPARE(cycles, m.cycles);
        QCOMPARE(energy, m.energyJ);
        // The first layer is the 7x7 stem convolution.
        QCOMPARE(m.layers.front().problem.bound(Dim::R), 7);
        QVERIFY(m.layers.front().operatorKind == OpKind::conv2d);
    }
    void identicalProblemsShareOneSearch() {
        const auto ops = lowered("resnet-50.json", "cnn-batch1-fp16.json");
        const auto m = mapModel(*eyeriss(), ops, smallBudget());
        std::set<int> searches;
        for (const auto& l : m.layers) searches.insert(l.search);
        QCOMPARE(static_cast<std::int64_t>(searches.size()), m.searches);
        QVERIFY(m.searches < m.problems);  // conv3 of stage 2 repeats in 2.0 and 2.1+
        bool sawShared = false;
        for (std::size_t i = 0; i < m.layers.size(); ++i)
            for (std::size_t j = i + 1; j < m.layers.size(); ++j)
                if (m.layers[i].search == m.layers[j].search) {
                    sawShared = true;
                    QCOMPARE(m.layers[i].evaluation.cycles, m.layers[j].evaluation.cycles);
                    QCOMPARE(m.layers[i].evaluation.energyJ, m.layers[j].evaluation.energyJ);
                    QVERIFY(m.layers[i].problem.name != m.layers[j].problem.name);
                }
        QVERIFY(sawShared);
    }
    void progressRunsOverTheWholeModel() {
        const auto ops = lowered("mobilenet-v2.json", "cnn-batch1-fp16.json");
        std::atomic<int> calls{0};
        std::atomic<bool> backwards{false};
        std::mutex mu;
        double last = 0;
        Progress p;
        p.report = [&](double f, std::string_view) {
            std::lock_guard<std::mutex> lock(mu);
            ++calls;
            // Reports from the mapper's threads may interleave slightly; a
            // reset to 0 at each layer (the old behaviour) would go far back.
            if (f + 0.2 < last) backwards = true;
            last = std::max(last, f);
        };
        mapModel(*eyeriss(), ops, smallBudget(), p);
        QVERIFY(calls > 0);
        QVERIFY(!backwards);
        QCOMPARE(last, 1.0);
    }
    void cancelThrows() {
        const auto ops = lowered("vgg-16.json", "cnn-batch1-fp16.json");
        std::atomic<bool> cancel{true};
        Progress p;
        p.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(Cancelled, mapModel(*eyeriss(), ops, smallBudget(), p));
    }
    void aLayerWithoutAMappingSaysWhy() {
        Diagnostics d;
        auto a = loadAcceleratorArch(sample("accelerators/tutorial-3level.json"), d);
        QVERIFY(a);
        AcceleratorArch tiny = *a;
        tiny.levels.back().capacityWords = 1;  // three tensors cannot share one word
        MapperOptions o = smallBudget();
        o.searchBypass = false;
        const auto ops = lowered("vgg-16.json", "cnn-batch1-fp16.json");
        const auto m = mapModel(tiny, ops, o);
        QCOMPARE(m.mapped, 0);
        QCOMPARE(m.cycles, 0.0);
        QCOMPARE(m.unmapped, m.layers.front().problem.name);
        for (const auto& l : m.layers) {
            QVERIFY(!l.found);
            QVERIFY2(l.whyUnmapped.find("fits the buffers") != std::string::npos,
                     l.whyUnmapped.c_str());
        }
    }
    void theSampleNetworksAllMap() {
        struct Case {
            const char* model;
            const char* scenario;
        };
        for (const Case c : {Case{"vgg-16.json", "cnn-batch1-fp16.json"},
                             Case{"resnet-50.json", "cnn-batch1-fp16.json"},
                             Case{"mobilenet-v2.json", "cnn-batch1-fp16.json"},
                             Case{"bert-base-uncased.json", "chat-batch1-fp16.json"}}) {
            const auto m = mapModel(*eyeriss(), lowered(c.model, c.scenario), smallBudget());
            QVERIFY2(m.problems > 0, c.model);
            QVERIFY2(m.mapped == m.problems, (std::string(c.model) + ": " + m.unmapped).c_str());
            QVERIFY2(m.cycles > 0 && m.energyJ > 0, c.model);
        }
    }
};

QTEST_GUILESS_MAIN(TstModelMapping)
#include "tst_model_mapping.moc"
