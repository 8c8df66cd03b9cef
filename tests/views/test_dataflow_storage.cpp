// The dataflow Storage view on the Timeloop tutorial 3-level design (whose
// published figures the statistics table must show exactly), on a variant of
// it with a starved global buffer (the bandwidth stretch in words), and on the
// Eyeriss-like VGG layer: the statistics model (QAbstractItemModelTester), the
// energy chart's bars against the evaluation, the tiles against capacity, CSV
// and chart export, and the empty view.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "tests/dataflow/sample_designs.h"
#include "views/common/format.h"
#include "views/common/qcp.h"
#include "views/dataflow/storage_scene.h"
#include "views/dataflow/storage_stats_model.h"
#include "views/dataflow/storage_view.h"

using namespace rl;
using namespace rl::views;
using Model = StorageStatsModel;

namespace {

// Sum of the stacked bars drawn at `key` (1-based bar position).
double drawnBarSum(QCustomPlot* plot, double key) {
    double sum = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* bars = qobject_cast<QCPBars*>(plot->plottable(i));
        if (!bars) continue;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            if (it->key == key) sum += it->value;
    }
    return sum;
}

QString cell(const Model& m, const QModelIndex& parent, int row, int column,
             int role = Qt::DisplayRole) {
    return m.data(m.index(row, column, parent), role).toString();
}

bool near(double a, double b, double relative = 1e-9) {
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}

}  // namespace

class TestDataflowStorage : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() {
        tutorial_ = testing::tutorialDesign();
        vgg_ = testing::eyerissVggDesign(20'000);
    }

    // REFERENCES.md: 32130.51 fJ/MAC; DRAM 26666.67, GLB 2950.90, RF 1667.95;
    // DRAM reads W 96, I 18; O 512 updates.
    void tableShowsTheTimeloopFigures() {
        Model m;
        m.setDesign(tutorial_);
        QCOMPARE(m.levelRowCount(), 3);
        QCOMPARE(m.rowCount(), 5);  // 3 levels, MAC, total
        const QModelIndex dram = m.index(0, Model::Name);
        QCOMPARE(cell(m, {}, 0, Model::Name), QString("DRAM"));
        QCOMPARE(cell(m, {}, 1, Model::Name), QString("GlobalBuffer"));
        QCOMPARE(cell(m, {}, 2, Model::Name), QString("RegisterFile"));
        QCOMPARE(cell(m, dram, 0, Model::Name), QString("weights"));
        QCOMPARE(cell(m, dram, 0, Model::Reads), QString("96"));
        QCOMPARE(cell(m, dram, 1, Model::Reads), QString("18"));
        QCOMPARE(cell(m, dram, 2, Model::Updates), QString("512"));
        QCOMPARE(cell(m, dram, 2, Model::Kept), QString("kept"));
        QCOMPARE(cell(m, {}, 0, Model::EnergyPerMac), QString("26,666.67"));
        QCOMPARE(cell(m, {}, 1, Model::EnergyPerMac), QString("2,950.90"));
        QCOMPARE(cell(m, {}, 2, Model::EnergyPerMac), QString("1,667.95"));
        QCOMPARE(cell(m, {}, m.totalRow(), Model::EnergyPerMac), QString("32,130.51"));
        QCOMPARE(cell(m, {}, m.totalRow(), Model::Name), QString("Total"));
        // The MAC row: 0.845 pJ per MAC.
        QCOMPARE(cell(m, {}, m.macRow(), Model::EnergyPerMac), QString("845.00"));
        QCOMPARE(cell(m, {}, m.macRow(), Model::Instances), QString("1 of 1"));
        // The numbers behind the cells.
        QCOMPARE(m.data(m.index(0, Model::Reads, dram), Model::ValueRole).toLongLong(), 96);
        QVERIFY(
            std::abs(
                m.data(m.index(m.totalRow(), Model::EnergyPerMac), Model::ValueRole).toDouble() -
                32130.51) < 0.005);
        // The global buffer and register file leak: their leakage rows add up.
        const QModelIndex glb = m.index(1, Model::Name);
        QCOMPARE(m.rowCount(glb), 4);
        QCOMPARE(cell(m, glb, 3, Model::Name), QString("leakage"));
        double parts = 0;
        for (int r = 0; r < m.rowCount(glb); ++r)
            parts += m.data(m.index(r, Model::Energy, glb), Model::ValueRole).toDouble();
        QVERIFY(near(parts, tutorial_->evaluation.level[1].energyJ));
        // DRAM does not leak: no leakage row.
        QCOMPARE(m.rowCount(dram), 3);
    }

    void modelPassesTheTester() {
        Model m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        m.setDesign(tutorial_);
        m.setDesign(vgg_);
        QCOMPARE(m.levelRowCount(), 5);
        // A bypassed tensor: the global buffer of the Eyeriss-like array keeps no weights.
        const QModelIndex glb = m.index(1, Model::Name);
        QCOMPARE(cell(m, glb, 0, Model::Kept), QString("bypassed"));
        QVERIFY(cell(m, glb, 0, Model::Reads).isEmpty());
        m.setDesign(nullptr);
        QCOMPARE(m.rowCount(), 0);
    }

    // The split by action adds up to the model's energy per level and tensor.
    void energySplitAddsUp() {
        for (const auto& design : {tutorial_, vgg_}) {
            const StorageEnergy split = storageEnergy(*design);
            const auto& e = design->evaluation;
            QCOMPARE(static_cast<int>(split.levels.size()), e.levelCount);
            for (int i = 0; i < e.levelCount; ++i) {
                for (int t = 0; t < kDataSpaceCount; ++t) {
                    double sum = 0;
                    for (double j : split.levels[i].access[t]) sum += j;
                    QVERIFY2(near(sum, e.level[i].tensor[t].energyJ),
                             qPrintable(QString("level %1 tensor %2").arg(i).arg(t)));
                }
                QVERIFY(near(split.levels[i].total(), e.level[i].energyJ));
            }
            QVERIFY(near(split.total(), e.energyJ));
        }
    }

    void chartBarsEqualTheEvaluation() {
        StorageView view;
        view.setDesign(tutorial_);
        const auto& e = tutorial_->evaluation;
        QCOMPARE(view.energyBarLabels(),
                 QStringList({"DRAM", "GlobalBuffer", "RegisterFile", "MAC"}));
        const double macs = static_cast<double>(e.macs);
        // fJ/MAC: 26666.67, 2950.90, 1667.95 and the MAC's 845.
        const double expected[] = {26666.67, 2950.90, 1667.95, 845.0};
        for (int i = 0; i < 4; ++i) {
            const double drawn = drawnBarSum(view.energyPlot(), i + 1);
            const double joules = i < 3 ? e.level[i].energyJ : e.macEnergyJ;
            QVERIFY2(near(drawn, joules / macs * 1e15), qPrintable(QString::number(i)));
            QVERIFY(std::abs(drawn - expected[i]) < 0.005);
        }
        // The DRAM bar's tool tip: its parts (outputs updates: 21,333.33 fJ/MAC).
        const QString tip = view.describeEnergyBar(0);
        QVERIFY2(tip.contains("outputs update: 21,333.33 fJ/MAC"), qPrintable(tip));
        QVERIFY(tip.contains("total: 26,666.67 fJ/MAC"));
        QVERIFY(!tip.contains("leakage"));  // DRAM does not leak
        QVERIFY(view.describeEnergyBar(1).contains("leakage: 7.98 fJ/MAC"));
        view.resize(900, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.energyPlot()->replot();
        const double x = view.energyPlot()->xAxis->coordToPixel(2.0);
        const double y = view.energyPlot()->yAxis->coordToPixel(100.0);
        QCOMPARE(view.energyBarAt(QPointF(x, y)), 1);
        view.setEnergyUnit(StorageView::EnergyUnit::total);
        QCOMPARE(view.energyAxisUnit(), QString("nJ"));  // 49.35 nJ in all
        double total = 0;
        for (int i = 0; i < 4; ++i) total += drawnBarSum(view.energyPlot(), i + 1);
        QVERIFY(near(total * 1e-9, e.energyJ));
        QVERIFY(view.energyPlot()->yAxis->label().contains("nJ"));
        QVERIFY(view.energyPlot()->legend->visible());
    }

    void tilesAgainstCapacity() {
        const std::vector<TileUse> uses = tileUse(*tutorial_);
        QCOMPARE(uses.size(), std::size_t(3));
        QVERIFY(uses[0].unbounded());
        QCOMPARE(uses[2].capacity, std::int64_t(64));
        for (const TileUse& u : uses) QVERIFY(u.unbounded() || u.fraction() <= 1.0);
        // The register file holds 2 weights x 3 taps, 3 inputs, 2 outputs... as the model says.
        QCOMPARE(uses[2].total, tutorial_->evaluation.level[2].tileWords);
        for (const TileUse& u : tileUse(*vgg_)) QVERIFY(u.unbounded() || u.fraction() <= 1.0);
    }

    void headerSaysWhenNothingStretches() {
        StorageView view;
        view.setDesign(tutorial_);
        QVERIFY(view.headerText().contains("1,536 cycles"));
        QVERIFY(view.headerText().contains("32,130.51 fJ/MAC"));
        QVERIFY(view.headerText().contains("no bandwidth stretch"));
    }

    // The global buffer is read 384 times in 1,536 compute cycles (0.25 words
    // per cycle); at 0.1875 it stretches the run to 2,048 cycles. DRAM is read
    // 114 times (0.0742 per cycle); at 0.0625 it alone would stretch x1.19.
    void stretchSentenceWhenBandwidthIsShort() {
        auto arch = std::make_shared<AcceleratorArch>(*tutorial_->arch);
        arch->levels[1].readBandwidth = 0.1875;
        Diagnostics diag;
        auto design = dataflow::makeDesign(arch, tutorial_->problem, tutorial_->mapping, diag);
        QVERIFY2(design, diag.format().c_str());
        QCOMPARE(design->evaluation.computeCycles, std::int64_t(1536));
        QCOMPARE(design->evaluation.cycles, std::int64_t(2048));
        QCOMPARE(stretchingLevel(design->evaluation), 1);
        StorageView view;
        view.setDesign(design);
        QVERIFY2(view.headerText().contains(
                     "GlobalBuffer bandwidth stretches 1,536 compute cycles to 2,048 (×1.33)."),
                 qPrintable(view.headerText()));
        QVERIFY(!view.headerText().contains("no bandwidth stretch"));
        QVERIFY(!view.headerText().contains("Also short"));

        auto both = std::make_shared<AcceleratorArch>(*arch);  // designs share their arch
        both->levels[0].readBandwidth = 0.0625;
        design = dataflow::makeDesign(both, tutorial_->problem, tutorial_->mapping, diag);
        QVERIFY2(design, diag.format().c_str());
        QCOMPARE(stretchingLevel(design->evaluation), 1);
        view.setDesign(design);
        QVERIFY2(view.headerText().contains("Also short of bandwidth: DRAM (×1.19)."),
                 qPrintable(view.headerText()));
    }

    void exportsCsvAndChart() {
        StorageView view;
        view.resize(900, 560);
        view.setDesign(tutorial_);
        QTemporaryDir dir;
        const QString csv = dir.filePath("storage.csv");
        QCOMPARE(view.exportTo(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split("\r\n", Qt::SkipEmptyParts);
        // Header, 3 tensors per level + 2 leakage rows + 3 level totals, MAC, total.
        QCOMPARE(lines.size(), 1 + 9 + 2 + 3 + 2);
        QCOMPARE(lines[0],
                 QString("level,tensor,kept,tile_words,capacity_words,reads,fills,updates,"
                         "energy_J,energy_fJ_per_MAC,instances_used,instances"));
        const QStringList dramWeights = lines[1].split(',');
        QCOMPARE(dramWeights.mid(0, 3), QStringList({"DRAM", "weights", "kept"}));
        QCOMPARE(dramWeights[5], QString("96"));
        const QStringList dramOutputs = lines[3].split(',');
        QCOMPARE(dramOutputs[7], QString("512"));
        const QStringList total = lines.last().split(',');
        QCOMPARE(total[0], QString("total"));
        QVERIFY(std::abs(total[9].toDouble() - 32130.51) < 0.005);
        QCOMPARE(view.csvRows().size(), std::size_t(lines.size()));

        const QString png = dir.filePath("storage.png");
        QCOMPARE(view.exportTo(png, 800, 500), QString());
        QVERIFY(QFileInfo(png).size() > 1000);
        QCOMPARE(QImage(png).size(), QSize(800, 500));
        const QString svg = dir.filePath("storage.svg");
        QCOMPARE(view.exportTo(svg, 800, 500), QString());
        QVERIFY(QFileInfo(svg).size() > 1000);
    }

    void emptyViewSaysWhy() {
        StorageView view;
        QVERIFY(view.emptyText().contains("no valid dataflow design"));
        view.setDesign(tutorial_);
        QVERIFY(view.emptyText().isEmpty());
        view.setDesign(nullptr);
        QVERIFY(!view.emptyText().isEmpty());
        QVERIFY(view.headerText().isEmpty());
        QVERIFY(view.csvRows().empty());
        QVERIFY(!view.exportTo(QDir::temp().filePath("rl-storage-empty.png")).isEmpty());
    }

    void eyerissVggRuns() {
        StorageView view;
        view.resize(900, 560);
        view.setDesign(vgg_);
        const auto& e = vgg_->evaluation;
        QCOMPARE(view.energyBarLabels().size(), 6);
        for (int i = 0; i < e.levelCount; ++i)
            QVERIFY(
                near(drawnBarSum(view.energyPlot(), i + 1) * static_cast<double>(e.macs) * 1e-15,
                     e.level[i].energyJ));
        QVERIFY(view.headerText().contains(fmtExact(static_cast<double>(e.cycles)) + " cycles"));
        Model* m = view.statsModel();
        QCOMPARE(m->rowCount(), 7);
        QCOMPARE(m->data(m->index(m->macRow(), Model::Instances)).toString(),
                 QString("%1 of 168").arg(fmtExact(static_cast<double>(e.utilizedMacs))));
        QVERIFY(view.csvRows().size() > 15);
    }

  private:
    std::shared_ptr<const dataflow::DataflowDesign> tutorial_;
    std::shared_ptr<const dataflow::DataflowDesign> vgg_;
};

QTEST_MAIN(TestDataflowStorage)
#include "test_dataflow_storage.moc"
