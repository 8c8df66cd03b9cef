// The main window on the Megatron training sample, with the real engine: it
// opens straight into the training page, which shows the simulated iteration
// (key figures, one rank per pipeline stage with its streams, breakdown,
// memory, collectives, explanation); applying a what-if edits the scenario and
// re-runs; the configuration search fills its table and a row loads into the
// scenario. With RIDGELINE_SCREENSHOT_DIR set, saves the page's tabs there.
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include "app/gui/main_window.h"
#include "core/sim/training/rank_trace.h"
#include "views/common/format.h"
#include "views/common/qcp.h"
#include "views/editors/spec_editor.h"
#include "views/timeline/timeline_view.h"
#include "views/training/collective_table_model.h"
#include "views/training/rank_picker.h"
#include "views/training/search_table_model.h"
#include "views/training/training_charts.h"
#include "views/training/training_page.h"
#include "views/training/training_search_tab.h"

using rl::gui::MainWindow;
using rl::views::TrainingPage;

namespace {
const QString kMegatron =
    QStringLiteral(RIDGELINE_SAMPLES) + "/projects/megatron-175b-training-on-64-a100.json";

bool openAndWait(MainWindow& w, const QString& path) {
    QSignalSpy spy(w.results(), &rl::views::ResultStore::resultChanged);
    return w.openFile(path, true) && spy.wait(120000);
}

int plotBars(QCustomPlot* plot) {
    int n = 0;
    for (int i = 0; i < plot->plottableCount(); ++i)
        n += qobject_cast<QCPBars*>(plot->plottable(i)) != nullptr;
    return n;
}
}  // namespace

class TestGuiTraining : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void megatronOpensOnTheTrainingPage() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(openAndWait(w, kMegatron));
        TrainingPage* page = w.trainingPage();
        QCOMPARE(w.resultTabs()->currentWidget(), page);
        QVERIFY(w.resultTabs()->isTabVisible(w.resultTabs()->indexOf(page)));
        QVERIFY(!w.resultTabs()->isTabEnabled(0));  // roofline: no operators to show
        const auto& report = page->report();
        QVERIFY(report);
        const auto& p = w.results()->result();
        QVERIFY(p);
        QCOMPARE(p->totalTime, report->iterationTime);
        QCOMPARE(report->plan.tp, 8);
        QCOMPARE(report->plan.pp, 8);
        QCOMPARE(report->plan.chunks, 3);
        QVERIFY(report->iterationTime > 1 && report->iterationTime < 60);

        // Key figures.
        const QString figures = page->keyFiguresLabel()->text();
        QVERIFY2(figures.contains(rl::views::fmtTime(report->iterationTime)), qPrintable(figures));
        QVERIFY(figures.contains("MFU") && figures.contains("tokens/s"));
        QVERIFY(figures.contains("fits in memory"));
        // The timeline: one rank per stage, the plan's streams under each.
        const rl::Trace* trace = page->timeline()->scene().trace();
        QVERIFY(trace);
        QCOMPARE(trace, p->trace.get());
        const auto streams = rl::training::rankStreams(report->plan);
        QCOMPARE(streams.size(), std::size_t(3));  // compute, TP comm, PP comm
        QCOMPARE(trace->groups.size(), std::size_t(8));
        QCOMPARE(trace->tracks.size(), std::size_t(8) * streams.size());
        // Breakdown, memory, collectives, explanation.
        QCOMPARE(plotBars(page->breakdownPlot()),
                 int(rl::views::breakdownSegments(report->breakdown).size()));
        QVERIFY(plotBars(page->memoryPlot()) >=
                4);  // parameters, gradients, optimizer, activations
        QCOMPARE(page->memoryPlot()->graphCount(), 1);  // the capacity line
        QCOMPARE(page->collectiveModel()->rowCount(), int(report->collectives.size()));
        QVERIFY(page->collectiveModel()->rowCount() >= 2);  // TP and PP
        QVERIFY(!page->explanationText()->toPlainText().isEmpty());
        QVERIFY(page->whatIfTable()->rowCount() > 0);

        // Another TP index: the same stages, other rank numbers.
        QCOMPARE(page->rankPicker()->box(rl::views::RankPicker::Tp)->maximum(), 7);
        QVERIFY(!page->rankPicker()->box(rl::views::RankPicker::Dp)->isEnabled());  // DP 1
        page->rankPicker()->box(rl::views::RankPicker::Tp)->setValue(3);
        const rl::Trace* other = page->timeline()->scene().trace();
        QVERIFY(other != trace);
        QVERIFY(QString::fromStdString(other->groups[1].name).startsWith("rank 11 (stage 1"));
        QCOMPARE(other->tracks.size(), trace->tracks.size());
        saveTabs(w, "training");

        // An inference project hides the page again.
        QVERIFY(openAndWait(
            w, QStringLiteral(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json"));
        QVERIFY(!w.resultTabs()->isTabVisible(w.resultTabs()->indexOf(page)));
        QVERIFY(w.resultTabs()->isTabEnabled(0));
    }

    void applyingAWhatIfEditsTheScenario() {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, kMegatron));
        TrainingPage* page = w.trainingPage();
        const rl::Json before = w.scenarioEditor()->document();
        QVERIFY(page->whatIfTable()->rowCount() > 0);
        auto* apply = qobject_cast<QPushButton*>(page->whatIfTable()->cellWidget(0, 1));
        QVERIFY(apply);
        QSignalSpy spy(w.results(), &rl::views::ResultStore::resultChanged);
        apply->click();
        QVERIFY(spy.wait(120000));
        const rl::Json after = w.scenarioEditor()->document();
        QVERIFY(after != before);
        // The re-run simulated the scenario as edited.
        const auto& scenario = w.scenarioEditor()->scenario();
        QVERIFY(scenario);
        QCOMPARE(page->report()->plan.tp, scenario->parallelism.tensor);
        QCOMPARE(page->report()->plan.chunks, scenario->training.interleave);
        QCOMPARE(page->report()->plan.overlapTensorComm, scenario->training.overlapTensorComm);
        // Undo gives the scenario back.
        w.undoStack()->undo();
        QCOMPARE(w.scenarioEditor()->document(), before);
    }

    void searchLoadsARowIntoTheScenario() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(openAndWait(w, kMegatron));
        TrainingPage* page = w.trainingPage();
        page->selectSection("search");
        page->searchTab()->button()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->searchTab()->model()->rowCount() > 0 && !page->searchTab()->isSearching(),
            120000);
        QVERIFY(page->searchTab()->statusLabel()->text().contains("fit in memory"));
        // The sample's own plan is among those that fit, marked.
        const int current = page->searchTab()->model()->currentRow();
        const int row = current == 0 ? 1 : 0;
        const rl::training::TrainingPlan plan = page->searchTab()->model()->candidate(row)->plan;
        saveTabs(w, "training-search", 4);
        QSignalSpy spy(w.results(), &rl::views::ResultStore::resultChanged);
        QTableView* view = page->searchTab()->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(page->searchTab()->model()->index(row, 1)).center());
        QVERIFY(spy.wait(120000));
        const auto& scenario = w.scenarioEditor()->scenario();
        QCOMPARE(scenario->parallelism.tensor, plan.tp);
        QCOMPARE(scenario->parallelism.pipeline, plan.pp);
        QCOMPARE(scenario->parallelism.data, plan.dp);
        QCOMPARE(scenario->training.microBatch, plan.microBatch);
        QCOMPARE(page->searchTab()->model()->currentRow(), row);  // the table stays, its row marked
        // The scenario's plan is the search's: the same iteration time.
        const double searched = page->searchTab()->model()->candidate(row)->iterationTime;
        QVERIFY(std::abs(page->report()->iterationTime - searched) < 1e-9 * searched);
    }

  private:
    // Each tab of the page (or only `only`) at the window's size.
    static void saveTabs(MainWindow& w, const QString& prefix, int only = -1) {
        const QString dir = qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        TrainingPage* page = w.trainingPage();
        const int keep = page->tabs()->currentIndex();
        for (int i = 0; i < page->tabs()->count(); ++i) {
            if (only >= 0 && i != only) continue;
            page->tabs()->setCurrentIndex(i);
            QTest::qWait(150);
            QVERIFY(w.grab().save(QDir(dir).filePath(QString("%1-%2.png").arg(prefix).arg(i))));
        }
        page->tabs()->setCurrentIndex(keep);
    }
};

QTEST_MAIN(TestGuiTraining)
#include "test_gui_training.moc"
