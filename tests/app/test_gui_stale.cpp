// A half-typed value must not leave a result on screen as if it were current:
// while a spec field is invalid one strip above the result tabs names the file
// and the field and the result views are dimmed; fixing the field re-runs and
// the mark goes. Nor is a result lost: quitting with a trained, unsaved
// learned model asks first. Optionally saves screenshots (RIDGELINE_SHOT_DIR).
#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include "app/gui/main_window.h"
#include "tests/app/gui_waits.h"
#include "views/common/stale_banner.h"
#include "views/editors/spec_editor.h"
#include "views/learned/learned_models_page.h"
#include "views/optable/operator_table_view.h"
#include "views/roofline/roofline_view.h"

using rl::gui::MainWindow;

namespace {
const QString kSample = QStringLiteral(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json";
const QString kField = QStringLiteral("/memory/0/bandwidth");

// A run of the engine: 60 s at most.
bool waitForResult(MainWindow& w) { return rl::test::waitForResult(w, 60000); }

bool dimmed(QWidget* w) { return rl::views::StaleBanner::isGreyed(w); }

// Trains a model on the bundled sample dataset, as a user would on first open.
bool trainOnTheSample(rl::views::LearnedModelsPage* page) {
    if (!page->loadSampleDataset()) return false;
    QSignalSpy trained(page, &rl::views::LearnedModelsPage::trainingFinished);
    page->train();
    return trained.wait(120000) && trained.first().at(0).toBool();
}

// Answers the next message box with `button`, keeping its text in `asked`.
void answerNextQuestion(QObject* context, QMessageBox::StandardButton button, QString& asked) {
    QTimer::singleShot(0, context, [button, &asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(button)->click();
        }
    });
}

// Saves the window for docs/screenshots when asked to (never in CI).
void maybeShoot(MainWindow& w, const QString& name) {
    const QString dir = qEnvironmentVariable("RIDGELINE_SHOT_DIR");
    if (dir.isEmpty()) return;
    QTest::qWait(300);
    QVERIFY(w.grab().save(dir + "/" + name));
}
}  // namespace

class TestGuiStale : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void invalidFieldMarksTheResultStaleUntilFixed() {
        QTranslator translator;
        const QString language = qEnvironmentVariable("RIDGELINE_SHOT_LANGUAGE");
        if (!language.isEmpty() && language != "en") {
            QVERIFY(translator.load("ridgeline_" + language, RIDGELINE_QM_DIR));
            QCoreApplication::installTranslator(&translator);
        }
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(kSample, true));
        QVERIFY(waitForResult(w));
        auto* banner = w.staleBanner();
        QVERIFY(banner);
        QVERIFY(!banner->isStale() && banner->isHidden());
        QVERIFY(!dimmed(w.roofline()));
        const auto before = w.results()->result();

        // Half-typed: "20" of "2039 GB/s" has no unit yet.
        w.hardwareEditor()->editField(kField, "20");
        QVERIFY(!w.hardwareEditor()->isValid());
        QVERIFY(banner->isStale());
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(kField), qPrintable(banner->text()));
        if (translator.isEmpty())
            QVERIFY2(banner->text().startsWith("Result is stale"), qPrintable(banner->text()));
        // It names the file the field belongs to, as the editor labels it.
        const QString label =
            QString::fromStdString(w.hardwareEditor()->diagnostics().items().front().file);
        QVERIFY(!label.isEmpty());
        QVERIFY2(banner->text().contains(label), qPrintable(banner->text() + " / " + label));
        QVERIFY(dimmed(w.roofline()));
        QVERIFY(dimmed(w.operatorTable()));
        // The last result stays on screen (marked), no run starts.
        QTest::qWait(400);
        QCOMPARE(w.results()->result(), before);
        QVERIFY(banner->isStale());
        // "Go to the field" shows the bad text in its editor.
        Q_EMIT banner->goToField(0, kField);
        QCOMPARE(w.hardwareEditor()->lineEditFor(kField)->selectedText(), QString("20"));
        maybeShoot(w, "stale-banner.png");

        // The strip belongs to the result tabs, not to pages without a result.
        w.resultTabs()->setCurrentWidget(w.learnedModelsPage());
        QVERIFY(banner->isHidden());
        QVERIFY(banner->isStale());
        w.resultTabs()->setCurrentWidget(w.roofline());
        QVERIFY(banner->isVisible());

        // Fixed: the result is re-run and the mark goes with the new result.
        QSignalSpy results(w.results(), &rl::views::ResultStore::resultChanged);
        w.hardwareEditor()->editField(kField, "2039 GB/s");
        QVERIFY(w.hardwareEditor()->isValid());
        QVERIFY(results.wait(60000));
        QVERIFY(w.results()->result() != before);
        QVERIFY(!banner->isStale());
        QVERIFY(banner->isHidden());
        QVERIFY(!dimmed(w.roofline()));
        QVERIFY(!dimmed(w.operatorTable()));
        QCoreApplication::removeTranslator(&translator);
    }

    void undoOfAnInvalidEditClearsTheMark() {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(kSample, true));
        QVERIFY(waitForResult(w));
        w.scenarioEditor()->editField("/inference/batch", "-3");
        QVERIFY(!w.scenarioEditor()->isValid());
        auto* banner = w.staleBanner();
        QVERIFY(banner->isStale());
        QVERIFY2(banner->text().contains("/inference/batch"), qPrintable(banner->text()));
        // Undo restores the valid spec: re-run, mark cleared.
        QSignalSpy results(w.results(), &rl::views::ResultStore::resultChanged);
        w.undoStack()->undo();
        QVERIFY(results.wait(60000));
        QVERIFY(!banner->isStale());
    }

    void quittingAsksToSaveATrainedModel() {
        MainWindow w;
        w.show();
        auto* page = w.learnedModelsPage();
        QVERIFY(trainOnTheSample(page));
        QVERIFY(page->hasUnsavedModel());
        // Cancel: the window stays open with its model.
        QString asked;
        answerNextQuestion(&w, QMessageBox::Cancel, asked);
        QVERIFY(!w.close());
        QVERIFY2(asked.contains("not been saved"), qPrintable(asked));
        QVERIFY(w.isVisible());
        QVERIFY(page->model());
        // Saved models are not asked about.
        QTemporaryDir dir;
        QCOMPARE(page->saveModelTo(dir.filePath("model.json")), QString());
        asked.clear();
        answerNextQuestion(&w, QMessageBox::Cancel, asked);
        QVERIFY(w.close());
        QVERIFY(asked.isEmpty());
    }

    void quittingCanDiscardATrainedModel() {
        MainWindow w;
        w.show();
        QVERIFY(trainOnTheSample(w.learnedModelsPage()));
        QString asked;
        answerNextQuestion(&w, QMessageBox::Discard, asked);
        QVERIFY(w.close());
        QVERIFY(!asked.isEmpty());
    }
};

QTEST_MAIN(TestGuiStale)
#include "test_gui_stale.moc"
