// The loop-nest and PE-array views of the dataflow page: their widget-free
// scenes on the Timeloop tutorial 3-level design and the Eyeriss-like VGG
// layer (loops listed as the mapping has them, tiles equal to the model's,
// the utilisation sentence and busy PEs for known spatial mappings), then
// the widgets offscreen (hovering and clicking a loop fills the tile panel;
// PNG/SVG/PDF/CSV exports are not empty; no design gives a sentence).
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/dataflow/loop_list.h"
#include "core/dataflow/report.h"
#include "tests/dataflow/sample_designs.h"
#include "views/dataflow/loop_nest_view.h"
#include "views/dataflow/pe_array_view.h"

using namespace rl;
using namespace rl::views;

namespace {

constexpr int W = 0, I = 1, O = 2;

DimArray dims(std::initializer_list<std::pair<Dim, std::int64_t>> list) {
    DimArray a = kOnes;
    for (auto [d, v] : list) a[static_cast<int>(d)] = v;
    return a;
}

std::shared_ptr<const AcceleratorArch> eyerissArch() {
    Diagnostics diag;
    auto arch =
        dataflow::loadAcceleratorArch(testing::acceleratorSample("eyeriss-like.json"), diag);
    if (!arch) throw std::runtime_error(diag.format());
    return arch;
}

// A design whose only spatial loops are at the global buffer: `x` across X,
// `y` across Y; every temporal loop at DRAM, so every spad holds one word.
std::shared_ptr<const dataflow::DataflowDesign> spatialDesign(
    std::shared_ptr<const AcceleratorArch> arch, const DataflowProblem& problem, const DimArray& x,
    const DimArray& y) {
    dataflow::MappingNest nest;
    nest.levelCount = static_cast<int>(arch->levels.size());
    for (int i = 0; i < nest.levelCount; ++i) nest.levels[i].keep = arch->levels[i].holds;
    for (int d = 0; d < kDimCount; ++d)
        nest.levels[0].temporal[d] = problem.bounds[d] / (x[d] * y[d]);
    const int glb = arch->levelIndex("GlobalBuffer");
    nest.levels[glb].spatialX = x;
    nest.levels[glb].spatialY = y;
    Diagnostics diag;
    auto design = dataflow::makeDesign(arch, problem, nest, diag);
    if (!design) throw std::runtime_error(diag.format());
    return design;
}

DataflowProblem problemOf(const DimArray& bounds) {
    DataflowProblem p;
    p.name = "test";
    p.bounds = bounds;
    return p;
}

// The mapping's non-1 factors, outer first, read straight from the nest.
std::vector<std::tuple<int, Dim, std::int64_t, int>> factorsOf(const dataflow::MappingNest& m) {
    std::vector<std::tuple<int, Dim, std::int64_t, int>> out;
    for (int i = 0; i < m.levelCount; ++i) {
        for (Dim d : m.levels[i].order)
            if (m.levels[i].temporal[static_cast<int>(d)] > 1)
                out.emplace_back(i, d, m.levels[i].temporal[static_cast<int>(d)], 0);
        for (int axis = 1; axis <= 2; ++axis)
            for (Dim d : kAllDims) {
                auto f =
                    (axis == 1 ? m.levels[i].spatialX : m.levels[i].spatialY)[static_cast<int>(d)];
                if (f > 1) out.emplace_back(i, d, f, axis);
            }
    }
    return out;
}

QSizeF measure(const QString& s) { return QSizeF(7.0 * s.size(), 14.0); }

}  // namespace

class TestDataflowNestViews : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        tutorial_ = testing::tutorialDesign();
        vgg_ = testing::eyerissVggDesign();
    }

    void loopListMatchesTheMapping() {
        for (const auto& design : {tutorial_, vgg_}) {
            LoopNestScene scene;
            scene.build(design);
            const auto expected = factorsOf(design->mapping);
            QCOMPARE(scene.loops().size(), expected.size());
            DimArray product = kOnes;
            for (std::size_t k = 0; k < expected.size(); ++k) {
                const auto& l = scene.loops()[k];
                QCOMPARE(l.level, std::get<0>(expected[k]));
                QCOMPARE(l.dim, std::get<1>(expected[k]));
                QCOMPARE(l.factor, std::get<2>(expected[k]));
                QCOMPARE(static_cast<int>(l.kind), std::get<3>(expected[k]));
                product[static_cast<int>(l.dim)] *= l.factor;
                // Every loop has its row, indented by the loops around it.
                const int row = scene.rowOfLoop(static_cast<int>(k));
                QVERIFY(row >= 0);
                QCOMPARE(scene.rows()[row].depth, static_cast<int>(k));
            }
            QCOMPARE(product, design->problem.bounds);  // nothing lost, nothing invented
            // One header per level, plus the MACs.
            QCOMPARE(scene.rows().size(),
                     expected.size() + static_cast<std::size_t>(design->mapping.levelCount) + 1);
        }
        LoopNestScene scene;
        scene.build(tutorial_);
        QStringList texts;
        for (const auto& r : scene.rows()) texts << r.text;
        QCOMPARE(texts, QStringList({"DRAM", "GlobalBuffer", "for K in [0:16)", "for P in [0:16)",
                                     "RegisterFile", "for K in [0:2)", "for R in [0:3)", "MAC"}));
    }

    void loopNestTextUsesTheLoopList() {
        QCOMPARE(dataflow::loopNestText(tutorial_->mapping, *tutorial_->arch),
                 std::string("DRAM [weights, inputs, outputs]\n"
                             "GlobalBuffer [weights, inputs, outputs]\n"
                             "| for K in [0:16)\n"
                             "  | for P in [0:16)\n"
                             "    RegisterFile [weights, inputs, outputs]\n"
                             "    | for K in [0:2)\n"
                             "      | for R in [0:3)\n"
                             "        << MAC >>\n"));
        auto design = spatialDesign(eyerissArch(), problemOf(dims({{Dim::K, 18}, {Dim::Q, 14}})),
                                    dims({{Dim::Q, 14}}), dims({{Dim::K, 9}}));
        const std::string text = dataflow::loopNestText(design->mapping, *design->arch);
        QVERIFY(text.find("| spatial_for Q in [0:14) (X)\n") != std::string::npos);
        QVERIFY(text.find("| spatial_for K in [0:9) (Y)\n") != std::string::npos);
    }

    void tilesEqualTheModel() {
        for (const auto& design : {tutorial_, vgg_}) {
            LoopNestScene scene;
            scene.build(design);
            for (int i = 0; i < design->mapping.levelCount; ++i) {
                const auto& level = design->evaluation.level[i];
                const LoopSweep resident = scene.sweep(scene.rowOfLevel(i));
                QVERIFY(!resident.loop);
                for (int t = 0; t < kDataSpaceCount; ++t) {
                    QCOMPARE(resident.tensors[t].kept, level.tensor[t].kept);
                    QCOMPARE(resident.tensors[t].levelWords, level.tensor[t].tileWords);
                    if (level.tensor[t].kept)
                        QCOMPARE(resident.tensors[t].words, level.tensor[t].tileWords);
                }
                // The outermost loop of a level sweeps exactly the level's tile.
                const auto first = dataflow::firstLoopAtOrBelow(scene.loops(), i);
                if (first < scene.loops().size() && scene.loops()[first].level == i) {
                    const LoopSweep s = scene.sweep(scene.rowOfLoop(static_cast<int>(first)));
                    for (int t = 0; t < kDataSpaceCount; ++t)
                        if (level.tensor[t].kept)
                            QCOMPARE(s.tensors[t].words, level.tensor[t].tileWords);
                }
            }
        }
    }

    void tutorialSweepsByHand() {
        LoopNestScene scene;
        scene.build(tutorial_);
        // for P in [0:16) at GlobalBuffer: inside it K2 R3 (and P itself).
        const LoopSweep p = scene.sweep(scene.rowOfLoop(1));
        QCOMPARE(p.title, QString("for P in [0:16) at GlobalBuffer"));
        QCOMPARE(p.tensors[W].words, 6);  // K2 x R3: P does not index weights
        QCOMPARE(p.tensors[W].stepWords, 6);
        QVERIFY(!p.tensors[W].indexed);
        QCOMPARE(p.tensors[I].words, 18);  // (16-1) + (3-1) + 1 input columns
        QCOMPARE(p.tensors[I].stepWords, 3);
        QCOMPARE(p.tensors[I].extents, QString("W 18"));
        QCOMPARE(p.tensors[O].words, 32);  // K2 x P16
        QCOMPARE(p.tensors[O].stepWords, 2);
        QCOMPARE(p.tensors[O].extents, QString("K 2 × P 16"));
        QCOMPARE(p.tensors[W].levelWords, 96);
        QCOMPARE(p.tensors[O].levelWords, 512);
        QCOMPARE(p.notes.size(), 1);
        QVERIFY(p.notes[0].contains("weights"));
        QVERIFY(p.notes[0].contains("16 steps"));
        // The register file holds K2 x R3 weights, 3 inputs, 2 outputs.
        const LoopSweep rf = scene.sweep(scene.rowOfLevel(2));
        QCOMPARE(rf.tensors[W].words, 6);
        QCOMPARE(rf.tensors[I].words, 3);
        QCOMPARE(rf.tensors[O].words, 2);
        QVERIFY(scene.sweep(static_cast<int>(scene.rows().size()) - 1).title.isEmpty());  // MACs
        const auto csv = scene.csvRows();
        QCOMPARE(csv.size(), 5u);
        QCOMPARE(csv[1], (std::vector<std::string>{"GlobalBuffer", "temporal", "K", "16", "96",
                                                   "18", "512"}));
    }

    void peSentenceForKnownMappings() {
        const auto arch = eyerissArch();
        {
            auto d = spatialDesign(arch, problemOf(dims({{Dim::K, 18}, {Dim::Q, 14}, {Dim::C, 4}})),
                                   dims({{Dim::Q, 14}}), dims({{Dim::K, 9}}));
            PeArrayScene scene;
            scene.build(d);
            QCOMPARE(scene.columns(), 14);
            QCOMPARE(scene.rows(), 12);
            QCOMPARE(scene.sentence(),
                     QString("126 of 168 PEs busy: Q=14 across X, K=9 of 12 across Y"));
            QCOMPARE(scene.busy(), d->evaluation.utilizedMacs);
            QCOMPARE(scene.busy(), 126);
            QVERIFY(scene.busyAt(13, 8));
            QVERIFY(!scene.busyAt(13, 9));
            QCOMPARE(scene.describePe(3, 5), QString("PE (3, 5): busy with Q 3, K 5"));
            scene.layout(QRectF(0, 0, 1000, 600), measure);
            QCOMPARE(scene.blockSize(), 1);
            QCOMPARE(scene.cells().size(), 168u);
            std::int64_t busy = 0;
            for (const auto& c : scene.cells()) busy += c.busy;
            QCOMPARE(busy, 126);
            QCOMPARE(scene.rulers().size(), 2u);
            QCOMPARE(scene.rulers()[0].segments.size(), 14u);
            QCOMPARE(scene.rulers()[1].segments.size(), 9u);
            const auto csv = scene.csvRows();
            QCOMPARE(csv.size(), 3u);
            QCOMPARE(csv[1], (std::vector<std::string>{"GlobalBuffer", "X", "Q", "14", "14", "1"}));
            QCOMPARE(csv[2], (std::vector<std::string>{"GlobalBuffer", "Y", "K", "9", "12", "1"}));
        }
        {
            // Two dimensions on X, a partial fill, nothing on Y: blocks of Q inside C.
            auto d = spatialDesign(arch, problemOf(dims({{Dim::C, 4}, {Dim::Q, 10}})),
                                   dims({{Dim::C, 2}, {Dim::Q, 5}}), kOnes);
            PeArrayScene scene;
            scene.build(d);
            QCOMPARE(
                scene.sentence(),
                QString("10 of 168 PEs busy: C=2 × Q=5 = 10 of 14 across X, nothing across Y"));
            QCOMPARE(scene.busy(), d->evaluation.utilizedMacs);
            QCOMPARE(scene.spreads()[0].stride, 5);  // C steps over blocks of 5 Q's
            QCOMPARE(scene.describePe(7, 0), QString("PE (7, 0): busy with C 1, Q 2"));
            QCOMPARE(scene.describePe(10, 0), QString("PE (10, 0): idle"));
            scene.layout(QRectF(0, 0, 1000, 600), measure);
            int solid = 0;
            for (const auto& div : scene.dividers()) solid += div.dashed ? 0 : 1;
            QCOMPARE(solid, 1);  // between C0 and C1
        }
        PeArrayScene tutorial;
        tutorial.build(tutorial_);
        QVERIFY(tutorial.sentence().startsWith("1 of 1 PE busy: "));
        PeArrayScene vgg;
        vgg.build(vgg_);
        QCOMPARE(vgg.busy(), vgg_->evaluation.utilizedMacs);
        QVERIFY(vgg.sentence().startsWith(QString("%1 of 168 PEs busy: ").arg(vgg.busy())));
    }

    void largeArraysAreDrawnInBlocks() {
        auto big = std::make_shared<AcceleratorArch>(*eyerissArch());
        for (auto& l : big->levels)
            if (l.instances > 1) {
                l.instances = 128 * 128;
                l.meshX = 128;
            }
        big->mac.instances = 128 * 128;
        big->mac.meshX = 128;
        auto d = spatialDesign(big, problemOf(dims({{Dim::K, 256}, {Dim::P, 56}})),
                               dims({{Dim::K, 128}}), dims({{Dim::P, 56}}));
        PeArrayScene scene;
        scene.build(d);
        QCOMPARE(scene.sentence(),
                 QString("7,168 of 16,384 PEs busy: K=128 across X, P=56 of 128 across Y"));
        QCOMPARE(scene.busy(), d->evaluation.utilizedMacs);
        scene.layout(QRectF(0, 0, 1000, 600), measure);
        QVERIFY(scene.blockSize() > 1);
        QVERIFY(scene.blockNote().contains("drawn as"));
        QVERIFY(scene.cells().size() < 16384u);
        std::int64_t busy = 0, pes = 0;
        for (const auto& c : scene.cells()) {
            busy += c.busy;
            pes += c.pes;
            QVERIFY(c.rect.width() >= PeArrayScene::kMinCell - 1e-9 ||
                    c.rect.right() >= scene.grid().right() - 1e-9);
        }
        QCOMPARE(busy, 7168);
        QCOMPARE(pes, 16384);
    }

    void loopNestWidgetShowsTheHoveredTile() {
        LoopNestView view;
        view.resize(1280, 720);
        view.setDesign(tutorial_);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.emptyText().isEmpty());
        auto* table = view.tileTable();
        const int pRow = view.scene().rowOfLoop(1);
        QTest::mouseMove(view.canvas(), view.scene().rows()[pRow].rect.center().toPoint());
        QTRY_COMPARE(view.hoveredRow(), pRow);
        QCOMPARE(view.panelTitle(), QString("for P in [0:16) at GlobalBuffer"));
        QVERIFY(view.extentsText().contains("K 2 × P 16"));
        QCOMPARE(table->item(0, W)->text(), QString("6"));
        QCOMPARE(table->item(0, I)->text(), QString("18"));
        QCOMPARE(table->item(0, O)->text(), QString("32"));
        QCOMPARE(table->item(1, O)->text(), QString("2"));
        QCOMPARE(table->item(2, W)->text(), QString("96"));
        QCOMPARE(table->item(2, O)->text(), QString("512"));
        // Clicking the register file's header keeps its tile after the mouse leaves.
        const int rfRow = view.scene().rowOfLevel(2);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {},
                          view.scene().rows()[rfRow].rect.center().toPoint());
        QCOMPARE(view.selectedRow(), rfRow);
        QTest::mouseMove(view.canvas(),
                         QPoint(view.canvas()->width() - 2, view.canvas()->height() - 2));
        QTRY_COMPARE(view.hoveredRow(), -1);
        QCOMPARE(view.panelTitle(), QString("Tile resident at RegisterFile"));
        QCOMPARE(table->verticalHeaderItem(2)->text(), QString("Held at RegisterFile"));
        QCOMPARE(table->item(2, W)->text(), QString("6"));
        QCOMPARE(table->item(2, I)->text(), QString("3"));
        QCOMPARE(table->item(2, O)->text(), QString("2"));
        // The keyboard walks the rows.
        QTest::keyClick(view.canvas(), Qt::Key_Down);
        QCOMPARE(view.selectedRow(), rfRow + 1);
        QCOMPARE(view.panelTitle(), QString("for K in [0:2) at RegisterFile"));

        view.setDesign(nullptr);
        QVERIFY(view.emptyText().contains("No loop nest"));
        QVERIFY(view.csvRows().empty());
    }

    void exportsAreNotEmpty() {
        QTemporaryDir dir;
        LoopNestView nest;
        nest.setDesign(vgg_);
        PeArrayView pe;
        pe.setDesign(vgg_);
        QCOMPARE(pe.sentence(), pe.scene().sentence());
        for (DataflowView* view :
             {static_cast<DataflowView*>(&nest), static_cast<DataflowView*>(&pe)})
            for (const char* suffix : {"png", "svg", "pdf", "csv"}) {
                const QString path =
                    dir.filePath(QString("%1.%2").arg(view == &nest ? "nest" : "pe", suffix));
                QCOMPARE(view->exportTo(path, 1280, 720), QString());
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY2(bytes.size() > 1000 || QByteArray(suffix) == "csv", qPrintable(path));
                if (QByteArray(suffix) == "svg")
                    QVERIFY(bytes.contains("<path") || bytes.contains("<rect"));
                if (QByteArray(suffix) == "png") {
                    QImage image(path);
                    QCOMPARE(image.size(), QSize(1280, 720));
                    // Not one flat colour: something was painted.
                    QVERIFY(image.pixel(10, 10) != image.pixel(640, 300) ||
                            image.pixel(640, 300) != image.pixel(900, 500));
                }
            }
        QFile csv(dir.filePath("pe.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("level,axis,dimension,factor,level_fanout,pe_stride"));
        QFile nestCsv(dir.filePath("nest.csv"));
        QVERIFY(nestCsv.open(QIODevice::ReadOnly));
        QCOMPARE(nestCsv.readAll().count('\n'),
                 static_cast<qsizetype>(nest.scene().loops().size() + 1));
        pe.setDesign(nullptr);
        QVERIFY(pe.emptyText().contains("No PE array"));
        QVERIFY(pe.exportTo(dir.filePath("none.csv")).size() > 0);  // nothing to export, said so
    }

  private:
    std::shared_ptr<const dataflow::DataflowDesign> tutorial_, vgg_;
};

QTEST_MAIN(TestDataflowNestViews)
#include "test_dataflow_nest_views.moc"
