// What the Learned models page shows must belong to the model it names:
// Clear and a cancelled training leave no results of an earlier model; the
// progress bar starts empty and only grows; the bundled sample dataset fills
// the page on first open; a trained model is known to be unsaved until saved;
// the chart follows the light and dark themes.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <limits>
#include <memory>
#include <string_view>
#include <thread>

#include <QApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "tests/views/qt_header_width.h"
#include "views/common/qcp.h"
#include "views/common/theme.h"
#include "views/common/wrapped_title.h"
#include "views/learned/learned_models_page.h"

using namespace rl::views;

namespace {
// Trains for real on the bundled sample (256 kernels of two CPU devices).
void loadSample(LearnedModelsPage& page) {
    QVERIFY(page.loadSampleDataset());
    QCOMPARE(page.datasetRows(), 256);
    page.setTrainer(rl::trainAndEvaluate);
}

bool trainToTheEnd(LearnedModelsPage& page) {
    QSignalSpy done(&page, &LearnedModelsPage::trainingFinished);
    page.train();
    return done.wait(120000) && done.first().at(0).toBool();
}

// The real trainer with its progress paced past the job runner's 50 ms
// throttle: on an idle machine the sample trains in some 150 ms, too fast for
// the bar to show the steps between.
rl::TrainingRun trainPaced(const rl::Dataset& data, const rl::DeviceLibrary& library,
                           const rl::TrainOptions& o, const std::string& heldOut) {
    rl::TrainOptions paced = o;
    auto lastPaced = std::make_shared<std::atomic<int>>(-1);
    paced.progress.report = [report = o.progress.report, lastPaced](double f,
                                                                    std::string_view what) {
        // A pause at each tenth of the run, not at every report.
        const int tenth = static_cast<int>(f * 10);
        if (lastPaced->exchange(tenth) != tenth)
            std::this_thread::sleep_for(std::chrono::milliseconds(60));
        if (report) report(f, what);
    };
    return rl::trainAndEvaluate(data, library, paced, heldOut);
}

// A trainer that reports a little progress, then runs until cancelled.
rl::TrainingRun trainUntilCancelled(const rl::Dataset&, const rl::DeviceLibrary&,
                                    const rl::TrainOptions& o, const std::string&) {
    o.progress(0.2, "fake");
    while (!o.progress.cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    throw rl::Cancelled();
}

QPushButton* button(QWidget& page, const QString& text) {
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->text() == text) return b;
    return nullptr;
}
}  // namespace

class TestLearnedPageState : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // A failed check inside chartFollowsTheTheme must not leave the next tests dark.
    void cleanup() { Theme::instance().apply(ThemeKind::light); }
    void firstOpenLoadsTheSampleDataset() {
        LearnedModelsPage page;
        QCOMPARE(page.datasetRows(), 0);
        page.resize(1280, 600);
        page.show();
        QCOMPARE(page.datasetRows(), 256);
        QVERIFY(button(page, "Train")->isEnabled());
        // Only once: cleared, it stays empty when shown again.
        page.clearData();
        page.hide();
        page.show();
        QCOMPARE(page.datasetRows(), 0);
    }

    void errorTableTitlesHaveRoom() {
        // Titles sized to their text ran together in Chinese ("屋顶线 MAPE模型 MAPE"):
        // each keeps a character's room either side, also after the language changes.
        LearnedModelsPage page;
        page.resize(1280, 600);
        page.show();
        auto* errors = page.findChild<QTableWidget*>();
        QVERIFY(errors);
        QHeaderView* header = errors->horizontalHeader();
        // Qt's own header on the same titles: the room to beat by a character either side.
        // A title too long for one line wraps onto two (then its widest line counts).
        QtHeader plain(Qt::Horizontal);
        plain.setModel(errors->model());
        const QFontMetrics metrics = header->fontMetrics();
        const int room = 2 * metrics.averageCharWidth();
        const auto tightest = [&] {
            int spare = std::numeric_limits<int>::max();
            for (int c = 1; c < errors->columnCount(); ++c) {
                const QString title = errors->horizontalHeaderItem(c)->text();
                const int text =
                    std::min(metrics.horizontalAdvance(title), wrappedTitleWidth(metrics, title));
                const int need = plain.titleWidth(c) - metrics.horizontalAdvance(title) + text;
                spare = std::min(spare, header->sectionSize(c) - need);
            }
            return spare;
        };
        QTRY_VERIFY2(tightest() >= room, qPrintable(QString::number(tightest())));
        for (int c = 1; c < errors->columnCount(); ++c)  // as a retranslation does
            errors->horizontalHeaderItem(c)->setText(errors->horizontalHeaderItem(c)->text() +
                                                     QStringLiteral(" (a longer title)"));
        QTRY_VERIFY2(tightest() >= room, qPrintable(QString::number(tightest())));
    }

    void chartFollowsTheTheme() {
        // The scatter was white in the dark theme: the chart takes the theme's
        // colours when built and when the theme changes, trained or not.
        Theme& theme = Theme::instance();
        theme.apply(ThemeKind::dark);
        const auto isDark = [](const QCustomPlot* plot) {
            return plot->axisRect()->backgroundBrush().color().lightness() < 80 &&
                   plot->xAxis->tickLabelColor().lightness() > 160;
        };
        {
            LearnedModelsPage page;
            auto* plot = page.findChild<QCustomPlot*>();
            QVERIFY(plot);
            QVERIFY(isDark(plot));
        }
        theme.apply(ThemeKind::light);
        LearnedModelsPage page;
        loadSample(page);
        auto* plot = page.findChild<QCustomPlot*>();
        QVERIFY(plot);
        QVERIFY(!isDark(plot));
        QVERIFY(trainToTheEnd(page));
        const QColor lightLine = plot->graph(2)->pen().color();
        theme.apply(ThemeKind::dark);
        QVERIFY(isDark(plot));
        // The y = x line reads on the dark background, lighter than it was on white.
        QVERIFY(plot->graph(2)->pen().color().lightness() > lightLine.lightness());
        QVERIFY(plot->graph(2)->pen().color().lightness() > 120);
        theme.apply(ThemeKind::light);
        QVERIFY(!isDark(plot));
    }

    void ownDataComesBeforeTheSample() {
        LearnedModelsPage page;
        page.setHardwareFolder(RIDGELINE_SAMPLES "/hardware");
        page.addFiles({RIDGELINE_TEST_DATA "/learned/generic_mixed.csv"});
        const int rows = page.datasetRows();
        QVERIFY(rows > 0);
        page.show();
        QCOMPARE(page.datasetRows(), rows);
    }

    void progressStartsEmptyAndOnlyGrows() {
        LearnedModelsPage page;
        loadSample(page);
        page.setTrainer(trainPaced);
        auto* bar = page.findChild<QProgressBar*>();
        QVERIFY(bar);
        QCOMPARE(bar->value(), 0);
        QList<int> values;
        connect(bar, &QProgressBar::valueChanged, this, [&values](int v) { values << v; });
        QSignalSpy done(&page, &LearnedModelsPage::trainingFinished);
        page.train();
        QCOMPARE(bar->value(), 0);
        QVERIFY(done.wait(120000));
        QVERIFY(done.first().at(0).toBool());
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.last(), bar->maximum());
        for (int i = 1; i < values.size(); ++i)
            QVERIFY2(values[i] >= values[i - 1],
                     qPrintable(QString("%1 then %2").arg(values[i - 1]).arg(values[i])));
        // The bar moves through the run: it is not full after the first report
        // (the feature stage used to fill it before training began).
        QVERIFY2(values.first() < bar->maximum() / 2, qPrintable(QString::number(values.first())));
        int between = 0;
        for (int v : values)
            if (v > 0 && v < bar->maximum()) ++between;
        QVERIFY2(between >= 3, qPrintable(QString::number(between)));
        // A second training starts from empty again.
        page.setTrainer(trainUntilCancelled);
        values.clear();
        page.train();
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.first(), 0);
        page.cancelTraining();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 10000);
        QCOMPARE(bar->value(), 0);
    }

    void clearRemovesTheModelAndItsResults() {
        LearnedModelsPage page;
        loadSample(page);
        QVERIFY(trainToTheEnd(page));
        QVERIFY(page.model());
        QVERIFY(page.scatterPoints() > 0);
        QVERIFY(page.errorTableRows() > 0);
        QVERIFY(button(page, "Save model…")->isEnabled());
        page.clearData();
        QCOMPARE(page.datasetRows(), 0);
        QCOMPARE(page.scatterPoints(), 0);
        QCOMPARE(page.errorTableRows(), 0);
        QVERIFY(!page.model());
        QVERIFY(!page.hasUnsavedModel());
        QVERIFY(!button(page, "Save model…")->isEnabled());
        QVERIFY(!button(page, "Train")->isEnabled());
    }

    void clearButtonAsksBeforeAnUnsavedModelIsLost() {
        LearnedModelsPage page;
        loadSample(page);
        QVERIFY(trainToTheEnd(page));
        QVERIFY(page.hasUnsavedModel());
        // Cancel keeps everything.
        QString asked;
        QTimer::singleShot(0, &page, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Cancel)->click();
            }
        });
        button(page, "Clear")->click();
        QVERIFY2(asked.contains("not been saved"), qPrintable(asked));
        QCOMPARE(page.datasetRows(), 256);
        QVERIFY(page.model());
        // Discard clears.
        QTimer::singleShot(0, &page, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Discard)->click();
        });
        button(page, "Clear")->click();
        QCOMPARE(page.datasetRows(), 0);
        QVERIFY(!page.model());
    }

    void cancelledTrainingLeavesNoEarlierResults() {
        LearnedModelsPage page;
        loadSample(page);
        QVERIFY(trainToTheEnd(page));
        QVERIFY(page.scatterPoints() > 0 && page.errorTableRows() > 0);
        page.setTrainer(trainUntilCancelled);
        QSignalSpy done(&page, &LearnedModelsPage::trainingFinished);
        page.train();
        // While it trains, the earlier model's results are already gone.
        QCOMPARE(page.scatterPoints(), 0);
        QCOMPARE(page.errorTableRows(), 0);
        page.cancelTraining();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(page.scatterPoints(), 0);
        QCOMPARE(page.errorTableRows(), 0);
        QVERIFY(!page.model());
        QVERIFY(!button(page, "Save model…")->isEnabled());
        QCOMPARE(page.datasetRows(), 256);  // the data stays
        QVERIFY(button(page, "Train")->isEnabled());
    }

    void savingMarksTheModelSaved() {
        LearnedModelsPage page;
        loadSample(page);
        QVERIFY(trainToTheEnd(page));
        QVERIFY(page.hasUnsavedModel());
        QTemporaryDir dir;
        QCOMPARE(page.saveModelTo(dir.filePath("sample-model.json")), QString());
        QVERIFY(!page.hasUnsavedModel());
        QVERIFY(page.maybeSaveModel());  // nothing to ask
        // A folder that does not exist: refused with its name, still unsaved after a new training.
        QVERIFY(trainToTheEnd(page));
        const QString bad = dir.filePath("missing/sub/model.json");
        const QString err = page.saveModelTo(bad);
        QVERIFY(!err.isEmpty());
        QVERIFY(page.hasUnsavedModel());
    }
};

QTEST_MAIN(TestLearnedPageState)
#include "test_learned_page_state.moc"
