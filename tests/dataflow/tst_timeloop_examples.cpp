// Timeloop's four example designs (eyeriss_like, simba_like,
// simple_weight_stationary, simple_output_stationary) as Ridgeline presets,
// with Timeloop's reference mappings: every access count per level and tensor
// equals Timeloop's published statistics. Source of every expected number:
// Accelergy-Project/timeloop-accelergy-exercises, commit
// 67b75f24c84350d85c5e2ed7fdd00e2a53251577,
// workspace/example_designs/example_designs/<design>/ref_outputs/default_problem/
// timeloop-mapper.stats.txt (counts) and timeloop-mapper.map.txt (mapping);
// the architecture from parsed-processed-input.yaml beside them. Timeloop
// prints per-instance counts; the totals here are those x "Utilized instances".
// Also: the window-overlap switch both ways on the Eyeriss case, and the
// mapspace constraints (parsed, checked, obeyed by the mapper).
#include <QtTest>

#include <fstream>
#include <map>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/loop_nest_model.h"
#include "core/dataflow/mapper.h"
#include "core/dataflow/mapspace.h"
#include "core/dataflow/step_through.h"
#include "tests/dataflow/sample_designs.h"

using namespace rl;
using namespace rl::dataflow;

namespace {

using Case = testing::SampleSpecs;

Case load(const std::string& design) {
    return testing::loadSampleSpecs("timeloop-" + design + ".json",
                                    "problem-timeloop-example-layer.json",
                                    "mapping-timeloop-" + design + ".json");
}

// "level tensor reads fills updates" per instance, x utilised instances.
struct Row {
    std::string level;
    int tensor;
    std::int64_t reads, fills, updates, instances;
};
constexpr int W = 0, I = 1, O = 2;

// Timeloop's published statistics of the four designs, as data beside the
// other reference outputs (tests/data/timeloop/example_stats.json).
Json timeloopStats() {
    std::ifstream in(std::string(RIDGELINE_TEST_DATA) + "/timeloop/example_stats.json");
    return Json::parse(in);
}

}  // namespace

Q_DECLARE_METATYPE(Row)

class TstTimeloopExamples : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyCountEqualsTimeloop_data();
    void everyCountEqualsTimeloop();
    void structureAsPublished();
    void windowOverlapSwitch();
    void stepThroughAgrees();
    void referenceMappingsObeyConstraints();
    void constraintsReported();
    void constraintParseErrors();
    void constrainedSearchObeys();
    void eyerissRowStationaryReachesTimeloop();
};

void TstTimeloopExamples::everyCountEqualsTimeloop_data() {
    QTest::addColumn<QString>("design");
    QTest::addColumn<qint64>("cycles");
    QTest::addColumn<qint64>("usedMacs");
    QTest::addColumn<QVector<Row>>("rows");
    const std::map<std::string, int> tensors{{"weights", W}, {"inputs", I}, {"outputs", O}};
    const Json published = timeloopStats();
    for (const auto& [design, stats] : published.at("designs").items()) {
        QVector<Row> rows;
        for (const Json& a : stats.at("accesses"))
            rows.push_back({a.at(0).get<std::string>(), tensors.at(a.at(1).get<std::string>()),
                            a.at(2).get<std::int64_t>(), a.at(3).get<std::int64_t>(),
                            a.at(4).get<std::int64_t>(), a.at(5).get<std::int64_t>()});
        QTest::newRow(design.c_str())
            << QString::fromStdString(design) << stats.at("cycles").get<qint64>()
            << stats.at("utilized_macs").get<qint64>() << rows;
    }
}

void TstTimeloopExamples::everyCountEqualsTimeloop() {
    QFETCH(QString, design);
    QFETCH(qint64, cycles);
    QFETCH(qint64, usedMacs);
    QFETCH(QVector<Row>, rows);
    const Case c = load(design.toStdString());
    const Evaluation e = LoopNestModel(*c.arch, c.problem).evaluate(c.nest);
    QCOMPARE(e.macs, qint64(10838016));
    QCOMPARE(e.cycles, cycles);
    QCOMPARE(e.utilizedMacs, usedMacs);
    int kept = 0;
    for (const Row& r : rows) {
        const int i = c.arch->levelIndex(r.level);
        QVERIFY2(i >= 0, r.level.c_str());
        const TensorAccess& a = e.level[i].tensor[r.tensor];
        const QByteArray where =
            QByteArray::fromStdString(r.level) + " tensor " + QByteArray::number(r.tensor);
        QVERIFY2(a.kept, where.constData());
        QCOMPARE(a.reads, r.reads * r.instances);
        QCOMPARE(a.fills, r.fills * r.instances);
        QCOMPARE(a.updates, r.updates * r.instances);
        ++kept;
    }
    // Every tensor a level keeps is in Timeloop's table (nothing extra counted).
    int modelKept = 0;
    for (int i = 0; i < e.levelCount; ++i)
        for (int t = 0; t < kDataSpaceCount; ++t) modelKept += e.level[i].tensor[t].kept;
    QCOMPARE(modelKept, kept);
}

// Hierarchy, instances, meshes, word widths, block sizes and capacities of
// each preset against the design's parsed-processed-input.yaml (same commit):
// capacity = depth x width / datawidth, block = width / datawidth.
void TstTimeloopExamples::structureAsPublished() {
    struct Level {
        const char* name;
        std::int64_t words;
        int bits, block, instances, meshX;
    };
    struct Design {
        const char* file;
        std::vector<Level> levels;
        int macs, macMeshX, macBits;
    };
    const std::vector<Design> designs = {
        {"eyeriss-like",
         {{"DRAM", 0, 8, 8, 1, 1},
          {"shared_glb", 16384 * 64 / 8, 8, 8, 1, 1},
          {"ifmap_spad", 12 * 16 / 8, 8, 2, 168, 14},
          {"weights_spad", 192 * 16 / 8, 8, 2, 168, 14},
          {"psum_spad", 16 * 16 / 16, 16, 1, 168, 14}},
         168,
         14,
         16},
        {"simba-like",
         {{"DRAM", 0, 8, 8, 1, 1},
          {"GlobalBuffer", 2048 * 256 / 8, 8, 32, 1, 1},
          {"PEInputBuffer", 8192 * 64 / 8, 8, 8, 16, 16},
          {"PEWeightBuffer", 4096 * 64 / 8, 8, 8, 64, 16},
          {"PEAccuBuffer", 128 * 24 / 24, 24, 1, 64, 16},
          {"PEWeightRegs", 1, 8, 1, 256, 16}},
         256,
         16,
         8},
    };
    std::vector<Design> all = designs;
    for (const char* simple : {"simple-weight-stationary", "simple-output-stationary"})
        all.push_back({simple,
                       {{"DRAM", 0, 16, 4, 1, 1},
                        {"shared_glb", 16384 * 64 / 16, 16, 4, 1, 1},
                        {"pe_spad", 192 * 16 / 16, 16, 1, 256, 16},
                        {"weight_reg", 1, 16, 1, 256, 16},
                        {"input_activation_reg", 1, 16, 1, 256, 16},
                        {"output_activation_reg", 1, 16, 1, 256, 16}},
                       256,
                       16,
                       16});
    for (const auto& d : all) {
        Diagnostics diag;
        auto arch = loadAcceleratorArch(
            testing::acceleratorSample(std::string("timeloop-") + d.file + ".json"), diag);
        QVERIFY2(arch, diag.format().c_str());
        QCOMPARE(arch->levels.size(), d.levels.size());
        QCOMPARE(arch->windowOverlap, WindowOverlap::timeloop);
        QVERIFY(!arch->constraints.empty());
        for (std::size_t i = 0; i < d.levels.size(); ++i) {
            const auto& got = arch->levels[i];
            const auto& want = d.levels[i];
            QCOMPARE(QString::fromStdString(got.name), QString(want.name));
            QCOMPARE(got.capacityWords, want.words);
            QCOMPARE(got.wordBits, want.bits);
            QCOMPARE(got.blockSize, want.block);
            QCOMPARE(got.instances, want.instances);
            QCOMPARE(got.meshX, want.meshX);
        }
        QCOMPARE(arch->mac.instances, d.macs);
        QCOMPARE(arch->mac.meshX, d.macMeshX);
        QCOMPARE(arch->mac.wordBits, d.macBits);
    }
}

// Eyeriss with Timeloop's mapping, both ways. Timeloop: every PE gets its own
// copy of the input rows its neighbours also need (42 rows per C for the 14 x 3
// PEs of a column set), and the DRAM -> buffer Q step reloads the whole window
// (an M loop sits inside it). Shared: the buffer reads the 29 distinct rows
// once (261 words per step, 252 new per Q step: 896 x (261 + 3 x 252)), and
// DRAM sends only the 112 new rows per Q step (8 x (9831 + 9744)).
void TstTimeloopExamples::windowOverlapSwitch() {
    Case c = load("eyeriss-like");
    const int glb = c.arch->levelIndex("shared_glb");
    auto timeloop = LoopNestModel(*c.arch, c.problem).evaluate(c.nest);
    QCOMPARE(timeloop.level[glb].tensor[I].reads, qint64(1354752));
    QCOMPARE(timeloop.level[0].tensor[I].reads, qint64(157296));
    QCOMPARE(timeloop.level[glb].tensor[I].fills, qint64(157296));
    AcceleratorArch shared = *c.arch;
    shared.windowOverlap = WindowOverlap::shared;
    auto s = LoopNestModel(shared, c.problem).evaluate(c.nest);
    QCOMPARE(s.level[glb].tensor[I].reads, qint64(896 * (261 + 3 * 252)));
    QCOMPARE(s.level[0].tensor[I].reads, qint64(8 * (9831 + 9744)));
    QCOMPARE(s.level[glb].tensor[I].fills, qint64(8 * (9831 + 9744)));
    // Nothing else moves: the spads, weights and outputs count alike.
    for (int i = 0; i < s.levelCount; ++i)
        for (int t : {W, O}) {
            QCOMPARE(s.level[i].tensor[t].reads, timeloop.level[i].tensor[t].reads);
            QCOMPARE(s.level[i].tensor[t].updates, timeloop.level[i].tensor[t].updates);
        }
    QCOMPARE(s.level[2].tensor[I].fills, timeloop.level[2].tensor[I].fills);
    QVERIFY(s.energyJ < timeloop.energyJ);
    // The switch round-trips through the format.
    Diagnostics diag;
    auto back = parseAcceleratorArch(toJson(*c.arch), "", diag);
    QVERIFY2(back, diag.format().c_str());
    QCOMPARE(back->windowOverlap, WindowOverlap::timeloop);
    QCOMPARE(toJson(*back).dump(), toJson(*c.arch).dump());
    auto plain = parseAcceleratorArch(toJson(shared), "", diag);
    QVERIFY(plain && plain->windowOverlap == WindowOverlap::shared);
}

// The teaching step-through counts the same way in both modes: after the
// last step its counts equal the model's, level by level.
void TstTimeloopExamples::stepThroughAgrees() {
    for (const char* d :
         {"eyeriss-like", "simba-like", "simple-weight-stationary", "simple-output-stationary"})
        for (WindowOverlap mode : {WindowOverlap::timeloop, WindowOverlap::shared}) {
            Case c = load(d);
            AcceleratorArch arch = *c.arch;
            arch.windowOverlap = mode;
            const Evaluation e = LoopNestModel(arch, c.problem).evaluate(c.nest);
            const StepThrough st(arch, c.problem, c.nest);
            StepCounts last;
            st.countsAt(st.stepCount() - 1, last);
            QCOMPARE(last.macs, e.macs);
            for (int i = 0; i < e.levelCount; ++i)
                for (int t = 0; t < kDataSpaceCount; ++t) {
                    const QByteArray where = QByteArray(d) + " level " + QByteArray::number(i) +
                                             " tensor " + QByteArray::number(t);
                    QVERIFY2(last.level[i][t].reads == e.level[i].tensor[t].reads,
                             where.constData());
                    QVERIFY2(last.level[i][t].fills == e.level[i].tensor[t].fills,
                             where.constData());
                    QVERIFY2(last.level[i][t].updates == e.level[i].tensor[t].updates,
                             where.constData());
                }
        }
}

void TstTimeloopExamples::referenceMappingsObeyConstraints() {
    for (const char* d :
         {"eyeriss-like", "simba-like", "simple-weight-stationary", "simple-output-stationary"}) {
        Case c = load(d);
        Diagnostics diag;
        QVERIFY2(checkConstraints(c.nest, *c.arch, diag), diag.format().c_str());
        QVERIFY(satisfiesConstraints(c.nest, bindConstraints(*c.arch)));
    }
}

void TstTimeloopExamples::constraintsReported() {
    Case c = load("eyeriss-like");
    MappingNest m = c.nest;
    const int glb = c.arch->levelIndex("shared_glb");
    const int wsp = c.arch->levelIndex("weights_spad");
    const int psum = c.arch->levelIndex("psum_spad");
    // Q across Y (only S, C, M may go there), and C then R reversed.
    std::swap(m.levels[glb].spatialX, m.levels[glb].spatialY);
    m.levels[wsp].temporal[static_cast<int>(Dim::C)] = 1;
    m.levels[psum].keep[I] = true;
    Diagnostics diag;
    QVERIFY(!checkConstraints(m, *c.arch, diag, "/mapping"));
    QVERIFY(!satisfiesConstraints(m, bindConstraints(*c.arch)));
    const QString text = QString::fromStdString(diag.format());
    QVERIFY2(text.contains("/mapping/levels[shared_glb]/spatial/Y/Q"), qPrintable(text));
    QVERIFY2(text.contains("/mapping/levels[shared_glb]/spatial/X/C"), qPrintable(text));
    QVERIFY2(text.contains("/mapping/levels[psum_spad]/keep"), qPrintable(text));
    // Order: weights_spad allows C outside R only.
    MappingNest o = c.nest;
    o.levels[wsp].temporal[static_cast<int>(Dim::C)] = 3;
    o.levels[wsp].temporal[static_cast<int>(Dim::R)] = 3;
    o.levels[wsp].order = {Dim::R, Dim::C, Dim::N, Dim::K, Dim::P, Dim::Q, Dim::S};
    Diagnostics d2;
    QVERIFY(!checkConstraints(o, *c.arch, d2));
    QVERIFY2(QString::fromStdString(d2.format()).contains("order"), d2.format().c_str());
    applyOrder(o.levels[wsp], bindConstraints(*c.arch).level[wsp]);
    QCOMPARE(o.levels[wsp].order[0], Dim::C);
    QCOMPARE(o.levels[wsp].order[1], Dim::R);
}

void TstTimeloopExamples::constraintParseErrors() {
    Case c = load("eyeriss-like");
    Json j = toJson(*c.arch);
    auto expectError = [&](Json doc, const char* path) {
        Diagnostics diag;
        QVERIFY(!parseAcceleratorArch(doc, "", diag));
        const QString text = QString::fromStdString(diag.format());
        QVERIFY2(text.contains(path), qPrintable(text));
    };
    Json bad = j;
    bad["constraints"]["levels"][0]["target"] = "NoSuchLevel";
    expectError(bad, "/constraints/levels/0/target");
    bad = j;
    bad["constraints"]["levels"][0].erase("bypass");
    bad["constraints"]["levels"][0]["keep"] = Json::array({"weights"});  // glb cannot hold them
    expectError(bad, "/constraints/levels/0/keep");
    bad = j;
    bad["constraints"]["levels"][1]["temporal"]["X"] = 2;
    expectError(bad, "/constraints/levels/1/temporal/X");
    bad = j;
    bad["constraints"]["levels"][2]["order"] = "CC";
    expectError(bad, "/constraints/levels/2/order");
    bad = j;
    bad["window_overlap"] = "sometimes";
    expectError(bad, "/window_overlap");
}

// A constrained search never proposes a mapping that breaks the constraints:
// not its best, not its Pareto points, not one sample the live view sees.
void TstTimeloopExamples::constrainedSearchObeys() {
    for (const char* d :
         {"eyeriss-like", "simba-like", "simple-weight-stationary", "simple-output-stationary"}) {
        Case c = load(d);
        const BoundConstraints rules = bindConstraints(*c.arch);
        MapperSink sink(500, 200);
        MapperOptions o;
        o.objective = Objective::edp;
        o.evaluations = 40000;
        o.sink = &sink;
        auto r = searchMappings(*c.arch, c.problem, o);
        QVERIFY2(r.found, d);
        Diagnostics diag;
        QVERIFY2(checkConstraints(r.best, *c.arch, diag), diag.format().c_str());
        QVERIFY2(validateMapping(r.best, *c.arch, c.problem, diag), diag.format().c_str());
        for (const auto& p : r.pareto) QVERIFY2(satisfiesConstraints(p.mapping, rules), d);
        const auto samples = sink.drain();
        QVERIFY(!samples.empty());
        for (const auto& s : samples) QVERIFY2(satisfiesConstraints(s.mapping, rules), d);
    }
}

// Timeloop's mapper, given the row-stationary constraints and EDP, found the
// reference mapping (86,016 cycles). Ridgeline's mapper under the same
// constraints finds a mapping at least as good in Ridgeline's own terms: no
// more cycles, and an energy-delay product no higher than that mapping's.
void TstTimeloopExamples::eyerissRowStationaryReachesTimeloop() {
    Case c = load("eyeriss-like");
    const Evaluation reference = LoopNestModel(*c.arch, c.problem).evaluate(c.nest);
    MapperOptions o;
    o.objective = Objective::edp;
    o.evaluations = 200000;
    o.seed = 1;
    auto r = searchMappings(*c.arch, c.problem, o);
    QVERIFY(r.found);
    QVERIFY(satisfiesConstraints(r.best, bindConstraints(*c.arch)));
    QVERIFY2(r.bestEval.cycles <= reference.cycles, qPrintable(QString::number(r.bestEval.cycles)));
    QVERIFY2(r.bestEval.edp() <= reference.edp() * (1 + 1e-12),
             qPrintable(QString("%1 vs %2").arg(r.bestEval.edp()).arg(reference.edp())));
}

QTEST_GUILESS_MAIN(TstTimeloopExamples)
#include "tst_timeloop_examples.moc"
