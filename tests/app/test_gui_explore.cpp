// The exploration page in the main window with the real engine: a small
// analytical sweep (tests/data/explore_gui/small_sweep.json: 3 HBM
// bandwidths x 4 batch sizes of Llama-2-7B on an A100) opens from File >
// Open, runs in the background, fills the table and the Pareto plot; brushing
// a rectangle selects the rows of the points inside it and selecting rows
// rings their points; a double click on a point opens its design as a
// project whose specs differ from the base exactly as the page lists.
#include <set>

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

#include "app/gui/main_window.h"
#include "core/explore/pareto.h"
#include "core/spec/project_reader.h"
#include "views/common/qcp.h"
#include "views/editors/spec_editor.h"
#include "views/explore/explore_page.h"
#include "views/explore/pareto_plot.h"
#include "views/explore/sweep_table_model.h"
#include "views/explore/tornado_plot.h"

using rl::gui::MainWindow;
using rl::views::ExplorePage;

namespace {
const QString kSweep = QStringLiteral(RIDGELINE_TEST_DATA) + "/explore_gui/small_sweep.json";
const QString kBase = QStringLiteral(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json";

// The front of the table's points over both objectives, computed here from the values.
std::set<int> expectedFront(const rl::views::SweepTableModel& m) {
    std::vector<double> values;
    for (const auto& p : m.points())
        values.insert(values.end(), p.objectives.begin(), p.objectives.end());
    const rl::ObjectiveSense senses[2] = {rl::ObjectiveSense::minimise,
                                          rl::ObjectiveSense::minimise};
    std::set<int> out;
    for (std::size_t r : rl::explore::paretoFront(values, senses)) out.insert(int(r));
    return out;
}

// The value at `pointer` in the window's editors ({"/hardware/...", "/model/...",
// "/scenario/..."}).
rl::Json editorValue(MainWindow& w, const std::string& pointer) {
    const rl::Json design = {{"hardware", w.hardwareEditor()->document()},
                             {"model", w.modelEditor()->document()},
                             {"scenario", w.scenarioEditor()->document()}};
    return design.at(rl::Json::json_pointer(pointer));
}
}  // namespace

class TestGuiExplore : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sweepRunsBrushesAndOpensAPoint() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        ExplorePage* page = w.explorePage();
        QSignalSpy finished(page, &ExplorePage::sweepFinished);
        QVERIFY(w.openFile(kSweep));
        QCOMPARE(w.resultTabs()->currentWidget(), page);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);

        // Every point in the table, in index order; the front is the engine's and the true one.
        rl::views::SweepTableModel* model = page->model();
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(page->proxy()->rowCount(), 12);
        std::set<int> front;
        for (int r = 0; r < 12; ++r)
            if (model->onFront(r)) front.insert(r);
        QCOMPARE(front, expectedFront(*model));
        QVERIFY(front.size() >= 2);
        QVERIFY(model->data(model->index(*front.begin(), model->frontColumn())).toString() != "");

        // The plot shows those two objectives; its front is the same and joined in x order.
        rl::views::ParetoPlot* plot = page->paretoPlot();
        const auto& scene = plot->scene();
        QCOMPARE(scene.pointCount(), 12);
        QCOMPARE(std::set<int>(scene.frontLine().begin(), scene.frontLine().end()), front);
        for (std::size_t i = 1; i < scene.frontLine().size(); ++i)
            QVERIFY(scene.input().x[scene.frontLine()[i - 1]] <=
                    scene.input().x[scene.frontLine()[i]]);
        QVERIFY(plot->plot()->graphCount() >= 3);  // dominated, front line, front points
        QVERIFY(plot->plot()->xAxis->label().size() > 0);

        // Brush a rectangle around the two front points with the smallest x.
        plot->plot()->replot();
        const int a = scene.frontLine()[0], b = scene.frontLine()[1];
        const QPointF pa = plot->toPixel(scene.input().x[a], scene.input().y[a]);
        const QPointF pb = plot->toPixel(scene.input().x[b], scene.input().y[b]);
        const QRect brush = QRectF(pa, pb).normalized().adjusted(-3, -3, 3, 3).toAlignedRect();
        plot->brushPixels(brush);
        std::vector<int> inside;
        for (int r = 0; r < 12; ++r) {
            const QPointF p = plot->toPixel(scene.input().x[r], scene.input().y[r]);
            if (QRectF(brush).contains(p)) inside.push_back(r);
        }
        QVERIFY(inside.size() >= 2);
        QCOMPARE(page->selectedRows(), inside);
        QCOMPARE(page->table()->selectionModel()->selectedRows().size(), int(inside.size()));

        // Selecting a row rings its point.
        page->table()->selectRow(0);
        const int row0 =
            page->proxy()
                ->data(page->proxy()->index(0, 0), rl::views::SweepTableModel::kRowRole)
                .toInt();
        QCOMPARE(plot->selected(), std::vector<int>{row0});
        QVERIFY(page->detailsText()->toPlainText().contains("/hardware/memory/0/bandwidth"));

        // The tornado chart of the first objective: one bar per axis.
        QCOMPARE(page->tornadoPlot()->barCount(), 2);

        // A double click on a point opens its design; its specs differ from the base as listed.
        const int target = *front.rbegin();
        const QStringList listed = page->differenceLines(target);
        QVERIFY(!listed.isEmpty());
        const QPoint at = plot->toPixel(scene.input().x[target], scene.input().y[target]).toPoint();
        QCOMPARE(plot->pointAt(at), target);
        QSignalSpy opened(page, &ExplorePage::openProjectRequested);
        QTest::mouseDClick(plot->plot(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(w.resultTabs()->currentWidget(), page);
        QVERIFY(w.hardwareEditor()->hardware());
        const rl::ProjectForEditing base = rl::readProjectForEditing(kBase.toStdString());
        const rl::Json baseDesign = {{"hardware", base.project.hardwareJson},
                                     {"model", base.project.modelJson},
                                     {"scenario", base.project.scenarioJson}};
        const rl::SweepPoint& p = model->points()[target];
        const char* pointers[2] = {"/hardware/memory/0/bandwidth", "/scenario/inference/batch"};
        int differing = 0;
        for (int axis = 0; axis < 2; ++axis) {
            const rl::Json now = editorValue(w, pointers[axis]);
            const rl::Json before = baseDesign.at(rl::Json::json_pointer(pointers[axis]));
            if (now == before) continue;
            ++differing;
            // Listed as "pointer: base → point", and the editor holds the point's value.
            const QString value = now.is_string() ? QString::fromStdString(now.get<std::string>())
                                                  : QString::fromStdString(now.dump());
            QVERIFY2(listed.filter(QString::fromLatin1(pointers[axis]) + ":").size() == 1,
                     qPrintable(listed.join('\n')));
            QVERIFY2(listed.filter(pointers[axis]).first().endsWith(value),
                     qPrintable(listed.join('\n')));
            QCOMPARE(QString::fromStdString(p.axes[axis].label).isEmpty(), false);
        }
        QCOMPARE(differing, int(listed.size()));
        // Everything else is the base: the model document untouched.
        QCOMPARE(w.modelEditor()->document(), base.project.modelJson);
    }

    void cancelKeepsThePointsSoFar() {
        MainWindow w;
        w.show();
        ExplorePage* page = w.explorePage();
        QSignalSpy finished(page, &ExplorePage::sweepFinished);
        QVERIFY(w.openFile(kSweep));
        page->cancel();
        QVERIFY(finished.wait(120000));
        // Cancelled before the end (false), or the 12 points were quicker than the cancel (true).
        if (!finished.first().first().toBool()) {
            QVERIFY(page->model()->rowCount() <= 12);
            QVERIFY(page->noticeLabel()->text().size() > 0);
        }
        QVERIFY(!page->isRunning());
    }

    void badSweepFileIsRefusedWithItsDiagnostics() {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "ridgeline.sweep", "version": 1, "name": "bad",
                    "project": "missing.json", "axes": [], "objectives": []})");
        f.close();
        MainWindow w;
        QVERIFY(!w.openFile(path));
        QVERIFY(w.explorePage()->noticeLabel()->text().contains("bad.json"));
        QVERIFY(!w.explorePage()->hasSweep());
    }
};

QTEST_MAIN(TestGuiExplore)
#include "test_gui_explore.moc"
