// The main window on serving projects, with the real engine: the serving
// sample runs the serving simulator and opens on the serving page; what-ifs
// apply and re-run; capacity search plots its trials; partial results show
// while a run goes; cancel keeps the last result (training projects:
// test_gui_training.cpp). With RIDGELINE_SCREENSHOT_DIR set, saves the
// serving page's tabs there.
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include "app/gui/main_window.h"
#include "tests/app/gui_waits.h"
#include "views/common/qcp.h"
#include "views/editors/spec_editor.h"
#include "views/serving/request_table_model.h"
#include "views/serving/serving_page.h"
#include "views/timeline/timeline_view.h"

using rl::gui::MainWindow;

namespace {
const QString kProjects = QStringLiteral(RIDGELINE_SAMPLES) + "/projects/";

// A run of the engine: 120 s at most.
bool waitForResult(MainWindow& w) { return rl::test::waitForResult(w, 120000); }

// Edits the scenario's serving section and waits for the re-run.
bool editServing(MainWindow& w, const char* key, const rl::Json& value) {
    rl::Json doc = w.scenarioEditor()->document();
    doc["serving"][key] = value;
    QSignalSpy spy(w.results(), &rl::views::ResultStore::resultChanged);
    w.scenarioEditor()->editDocument(doc, QStringLiteral("test edit"));
    return spy.wait(120000);
}
}  // namespace

class TestGuiServing : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void servingSampleOpensOnTheServingPage() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy spy(w.results(), &rl::views::ResultStore::resultChanged);
        QVERIFY(w.openFile(kProjects + "llama2-7b-serving-on-a100.json", true));
        rl::views::ServingPage* page = w.servingPage();
        QCOMPARE(w.resultTabs()->currentWidget(), page);
        QVERIFY(w.resultTabs()->isTabVisible(w.resultTabs()->indexOf(page)));
        QVERIFY(spy.wait(120000));
        const auto& p = w.results()->result();
        QVERIFY(p);
        QVERIFY(p->serving);  // the serving simulator ran, not the analytical pass
        QVERIFY(p->trace);
        QCOMPARE(page->report(), p->serving);
        const std::int64_t requests = w.scenarioEditor()->scenario()->serving.requests;
        QCOMPARE(p->serving->served + p->serving->rejected, requests);
        QCOMPARE(page->requestModel()->rowCount(), static_cast<int>(requests));
        QVERIFY(page->requestLatencyPlot()->graphCount() >= 2);
        QVERIFY(page->seriesPlot()->graphCount() >= 3);
        QVERIFY(page->summaryStripLabel()->text().contains("served"));
        QVERIFY(page->timeline()->scene().trace());
        QVERIFY(!page->isRunning());
        saveTabs(w, "serving-page");

        // Another kind of project hides the serving tab again.
        QVERIFY(w.openFile(kProjects + "llama2-7b-chat-on-a100.json", true));
        QVERIFY(!w.resultTabs()->isTabVisible(w.resultTabs()->indexOf(page)));
    }

    void applyingAWhatIfEditsTheScenarioAndReruns() {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(kProjects + "llama2-7b-serving-on-a100.json", true));
        QVERIFY(waitForResult(w));
        rl::views::ServingPage* page = w.servingPage();
        const auto& whatIfs = page->report()->whatIfs;
        QVERIFY(!whatIfs.empty());
        QCOMPARE(page->whatIfTable()->rowCount(), static_cast<int>(whatIfs.size()));
        int row = -1;
        for (int i = 0; i < static_cast<int>(whatIfs.size()); ++i)
            if (whatIfs[i].change == rl::ServingWhatIf::Change::addReplica) row = i;
        QVERIFY2(row >= 0, "the sample's explanation offers +1 replica");
        const int replicasBefore = w.scenarioEditor()->scenario()->serving.replicas;
        auto* apply = qobject_cast<QPushButton*>(page->whatIfTable()->cellWidget(row, 1));
        QVERIFY(apply);
        QSignalSpy spy(w.results(), &rl::views::ResultStore::resultChanged);
        apply->click();
        QCOMPARE(w.scenarioEditor()->scenario()->serving.replicas,
                 replicasBefore + static_cast<int>(whatIfs[row].value));
        QVERIFY(spy.wait(120000));
        QCOMPARE(static_cast<int>(w.results()->result()->serving->series.size()),
                 w.scenarioEditor()->scenario()->serving.replicas);
        QVERIFY(w.results()->baseline());  // the result before the what-if, pinned
        w.undoStack()->undo();
        QCOMPARE(w.scenarioEditor()->scenario()->serving.replicas, replicasBefore);
    }

    void capacitySearchPlotsItsTrials() {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(kProjects + "llama2-7b-serving-on-a100.json", true));
        QVERIFY(waitForResult(w));
        QVERIFY(editServing(w, "requests", 120));
        QVERIFY(editServing(w, "slo", rl::Json{{"ttft_p99", "2 s"}, {"tpot_p99", "100 ms"}}));
        rl::views::ServingPage* page = w.servingPage();
        QSignalSpy spy(w.results(), &rl::views::ResultStore::resultChanged);
        page->capacityButton()->click();
        QVERIFY(page->isRunning());
        QCOMPARE(page->tabs()->currentWidget(), page->capacityPlot());
        QVERIFY(spy.wait(300000));
        const auto& report = w.results()->result()->serving;
        QVERIFY(report);
        QVERIFY(!report->capacityTrials.empty());
        QCOMPARE(page->capacityTrialCount(), static_cast<int>(report->capacityTrials.size()));
        QVERIFY(page->capacityPlot()->graphCount() >= 2);
        QVERIFY(!page->isRunning());
        saveTabs(w, "serving-capacity");
    }

    void cancelKeepsTheLastResult() {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(kProjects + "llama2-7b-serving-on-a100.json", true));
        QVERIFY(waitForResult(w));
        rl::views::ServingPage* page = w.servingPage();
        const auto before = w.results()->result();
        QSignalSpy cancelled(w.runs(), &rl::gui::RunController::cancelled);
        // Long enough to be cancelled while it runs.
        rl::Json doc = w.scenarioEditor()->document();
        doc["serving"]["requests"] = 200000;
        doc["serving"]["rate_per_s"] = 50.0;
        w.scenarioEditor()->editDocument(doc, QStringLiteral("bigger"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isRunning(), 5000);
        // Partial results appear while it runs: the requests finished so far.
        QTRY_VERIFY_WITH_TIMEOUT(page->showsPartial(), 60000);
        QVERIFY(page->summaryStripLabel()->text().startsWith("So far"));
        QVERIFY(page->report()->served < 200000);
        page->cancelButton()->click();
        QVERIFY(cancelled.wait(30000));
        QVERIFY(!page->isRunning());
        QCOMPARE(w.results()->result(), before);
        QCOMPARE(page->report(), before->serving);
        QVERIFY(page->noticeLabel()->text().contains("Cancelled"));
    }

  private:
    static void saveTabs(MainWindow& w, const QString& prefix) {
        const QString dir = qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        rl::views::ServingPage* page = w.servingPage();
        for (int i = 0; i < page->tabs()->count(); ++i) {
            page->tabs()->setCurrentIndex(i);
            QTest::qWait(150);
            QVERIFY(page->grab().save(QDir(dir).filePath(QString("%1-%2.png").arg(prefix).arg(i))));
        }
        page->tabs()->setCurrentIndex(0);
    }
};

QTEST_MAIN(TestGuiServing)
#include "test_gui_serving.moc"
