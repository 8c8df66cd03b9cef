// The Learned models page: loading CSVs fills the dataset table, training runs
// in the background and fills the scatter and the error table; cancel works.
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include "views/learned/learned_models_page.h"

using namespace rl::views;

class TestLearnedPage : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void loadTrainAndShow() {
        LearnedModelsPage page;
        page.setHardwareFolder(RIDGELINE_SAMPLES "/hardware");
        auto* view = page.findChild<QTableView*>(QStringLiteral("learnedMeasurements"));
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList skipped =
            page.addFiles({RIDGELINE_TEST_DATA "/learned/generic_mixed.csv",
                           RIDGELINE_TEST_DATA "/learned/neusight_small.csv"});
        QCOMPARE(skipped.size(), 7);  // 4 + 3 bad rows, each with its line
        // The 8-rank all-reduce on one A100 is kept with a warning: reported, not counted as
        // skipped.
        const auto* status = page.findChild<QLabel*>(QStringLiteral("learnedStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("1 row(s) with a warning")) ||
                     status->text().contains(QStringLiteral("1 row with a warning")),
                 qPrintable(status->text()));
        QVERIFY(skipped.first().contains(":3:"));
        QCOMPARE(page.datasetRows(), 7);
        page.setTrainer(rl::trainAndEvaluate);  // as the main window wires it
        QSignalSpy done(&page, &LearnedModelsPage::trainingFinished);
        page.train();
        QVERIFY(page.isTraining());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(page.model() != nullptr);
        QCOMPARE(page.scatterPoints(), 7);
        QVERIFY(page.errorTableRows() >= 3);
        // The op column: a kind's own name in words, a file's label ("linear") as written.
        auto* errors = page.findChild<QTableWidget*>();
        QVERIFY(errors);
        QStringList ops, devices;
        for (int row = 0; row < errors->rowCount(); ++row) {
            ops << errors->item(row, 1)->text();
            devices << errors->item(row, 0)->text();
        }
        // The totals' device cell in words, not the engine's "all".
        QVERIFY2(devices.contains("all devices") && !devices.contains("all"),
                 qPrintable(devices.join(" | ")));
        QVERIFY2(ops.contains("all operators") && ops.contains("linear") && ops.contains("bmm") &&
                     ops.contains("2D convolution") && !ops.contains("conv2d"),
                 qPrintable(ops.join(" | ")));
        // Three devices: the transfer check ran and the status line reports it.
        QVERIFY(page.model()->transfer().done);
        QVERIFY2(done.first().at(1).toString().contains("Transfer check"),
                 qPrintable(done.first().at(1).toString()));
    }

    void cancelStopsTraining() {
        LearnedModelsPage page;
        page.setHardwareFolder(RIDGELINE_SAMPLES "/hardware");
        page.addFiles({RIDGELINE_TEST_DATA "/learned/generic_mixed.csv"});
        page.setTrainer(rl::trainAndEvaluate);  // as the main window wires it
        QSignalSpy done(&page, &LearnedModelsPage::trainingFinished);
        page.train();
        page.cancelTraining();
        QVERIFY(done.wait(60000));
        // Either it was cancelled, or it finished before the flag was seen.
        const QString msg = done.first().at(1).toString();
        QVERIFY2(msg.contains("cancelled") || done.first().at(0).toBool(), qPrintable(msg));
        QVERIFY(!page.isTraining());
    }
};

QTEST_MAIN(TestLearnedPage)
#include "test_learned_page.moc"
