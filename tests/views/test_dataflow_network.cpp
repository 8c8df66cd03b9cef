// The dataflow Network view on ResNet-50 and the Eyeriss-like array: the
// per-layer table (QAbstractItemModelTester), its sums against mapModel's
// totals, a layer clicked in the table becoming the page's design with its
// mapping, cancel, the chart's log axis, CSV export, and the view without a
// model (the current problem alone, with a note).
#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "core/spec/spec_io.h"
#include "core/workload/lower.h"
#include "tests/dataflow/sample_designs.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/network_chart.h"
#include "views/dataflow/network_table_model.h"
#include "views/dataflow/network_view.h"

using namespace rl;
using namespace rl::views;

namespace {

constexpr int kEvaluations = 5000;  // small: the test checks plumbing, not mapping quality

std::shared_ptr<const DataflowModelSource> source(const std::string& model,
                                                  const std::string& scenario) {
    auto m = loadModel(std::string(RIDGELINE_SAMPLES) + "/models/" + model);
    auto s = loadScenario(std::string(RIDGELINE_SAMPLES) + "/scenarios/" + scenario);
    if (!m.ok() || !s.ok()) throw std::runtime_error("cannot load " + model);
    auto out = std::make_shared<DataflowModelSource>();
    out->name = m.value->name;
    out->operators = lowerModel(*m.value, *s.value);
    return out;
}

double column(const NetworkTableModel& m, int c) {
    double sum = 0;
    for (int r = 0; r < m.rowCount(); ++r) sum += m.data(m.index(r, c), Qt::UserRole).toDouble();
    return sum;
}

bool waitForMapping(NetworkView& view) {
    QSignalSpy done(&view, &NetworkView::mappingFinished);
    view.mapNow();
    return done.wait(120'000);
}

}  // namespace

class TestDataflowNetwork : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() {
        vgg_ = testing::eyerissVggDesign(20'000);
        resnet_ = source("resnet-50.json", "cnn-batch1-fp16.json");
    }

    void tableSumsEqualMapModelsTotals() {
        NetworkView view;
        view.setEvaluationsPerLayer(kEvaluations);
        view.setDesign(vgg_);
        view.setModel(resnet_);
        QVERIFY(waitForMapping(view));
        const NetworkTableModel& m = *view.tableModel();
        QAbstractItemModelTester tester(view.tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dataflow::MapperOptions o;
        o.evaluations = kEvaluations;
        o.seed = 1;
        const auto direct = dataflow::mapModel(*vgg_->arch, resnet_->operators, o);
        QCOMPARE(static_cast<std::int64_t>(m.rowCount()), direct.problems);
        QCOMPARE(m.rowCount(), 30);
        QCOMPARE(column(m, NetworkTableModel::CyclesTotal), direct.cycles);
        QCOMPARE(column(m, NetworkTableModel::EnergyTotal), direct.energyJ);
        QVERIFY(std::abs(column(m, NetworkTableModel::CycleShare) - 1.0) < 1e-12);
        QVERIFY(std::abs(column(m, NetworkTableModel::EnergyShare) - 1.0) < 1e-12);
        // Row 0 is the stem: 7x7, 64 filters over 3 channels.
        QCOMPARE(m.data(m.index(0, NetworkTableModel::Problem)).toString(),
                 QString("K=64 C=3 P=112 Q=112 R=7 S=7"));
        QCOMPARE(m.data(m.index(0, NetworkTableModel::Operator)).toString(),
                 QString("2D convolution"));
        QCOMPARE(m.data(m.index(0, NetworkTableModel::CyclesEach), Qt::UserRole).toDouble(),
                 static_cast<double>(direct.layers[0].evaluation.cycles));
        // The FC layer takes far fewer cycles than a 3x3 stage: a log cycles axis.
        QVERIFY(view.chart()->cyclesLogarithmic());
        QVERIFY(view.statusText().contains(QString("30 of them mapped")));
    }

    void clickingALayerOpensItsMappingOnThePage() {
        DataflowPage page;
        NetworkView* view = addNetworkView(&page);
        QCOMPARE(page.view("network"), view);
        view->setEvaluationsPerLayer(kEvaluations);
        page.setDesign(vgg_);
        page.setModel(resnet_);
        QVERIFY(waitForMapping(*view));
        auto* table = view->findChild<QTableView*>();
        QVERIFY(table);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showView("network");
        QSignalSpy chosen(view, &NetworkView::layerChosen);
        const int row = 3;
        const auto& layer = view->tableModel()->layers()[row];
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<DataflowProblem>().name, layer.problem.name);
        // The page now shows that layer with the mapping the view found for it.
        QVERIFY(page.design());
        QCOMPARE(page.design()->problem.name, layer.problem.name);
        QCOMPARE(page.design()->evaluation.cycles, layer.evaluation.cycles);
        QCOMPARE(page.design()->evaluation.energyJ, layer.evaluation.energyJ);
        QVERIFY(QString::fromStdString(page.design()->problemLabel).contains("ResNet-50"));
        // Same architecture: no new mapping run, the chosen row stays selected.
        QVERIFY(!view->isMapping());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().front().row(), row);
    }

    void cancelStopsTheRun() {
        NetworkView view;
        view.setEvaluationsPerLayer(10'000'000);
        view.setDesign(vgg_);
        view.setModel(source("vgg-16.json", "cnn-batch1-fp16.json"));
        QSignalSpy stopped(&view, &NetworkView::mappingStopped);
        QSignalSpy finished(&view, &NetworkView::mappingFinished);
        view.mapNow();
        QVERIFY(view.isMapping());
        QTest::qWait(200);
        view.cancel();
        QVERIFY(stopped.wait(60'000));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!view.isMapping());
        QVERIFY(view.statusText().contains(QString("cancelled")));
        QCOMPARE(view.tableModel()->rowCount(), 0);  // nothing complete to show
    }

    void withoutAModelTheCurrentProblemAlone() {
        NetworkView view;
        view.setDesign(vgg_);
        QCOMPARE(view.tableModel()->rowCount(), 1);
        QVERIFY(!view.isMapping());
        QVERIFY(view.statusText().contains(QString("resnet50-on-eyeriss.json")));
        const auto& only = view.tableModel()->layers().front();
        QCOMPARE(only.evaluation.cycles, vgg_->evaluation.cycles);
        view.setDesign(nullptr);
        QCOMPARE(view.tableModel()->rowCount(), 0);
        QVERIFY(view.statusText().contains(QString("No valid design")));
    }

    void exportsTheTableAndTheChart() {
        NetworkView view;
        view.setEvaluationsPerLayer(kEvaluations);
        view.setDesign(vgg_);
        view.setModel(source("mobilenet-v2.json", "cnn-batch1-fp16.json"));
        QVERIFY(waitForMapping(view));
        const auto rows = view.csvRows();
        QCOMPARE(static_cast<int>(rows.size()), view.tableModel()->rowCount() + 1);
        QCOMPARE(rows.front().front(), std::string("layer"));
        QTemporaryDir dir;
        const QString csv = dir.filePath("network.csv"), png = dir.filePath("network.png");
        QCOMPARE(view.exportTo(csv), QString());
        QCOMPARE(view.exportTo(png, 1000, 600), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), static_cast<qsizetype>(rows.size()));
        QVERIFY(QFileInfo(png).size() > 1000);
    }

  private:
    std::shared_ptr<const dataflow::DataflowDesign> vgg_;
    std::shared_ptr<const DataflowModelSource> resnet_;
};

QTEST_MAIN(TestDataflowNetwork)
#include "test_dataflow_network.moc"
