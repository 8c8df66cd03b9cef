// The Learned models page in the window at 1280x720, in every language: the
// measurement table's device names read whole ("Sample VM: AMD EPYC, 2 threads"
// was "Sample VM: A…" in German), each with its whole name as tooltip, and the
// chart beside the table keeps its room; the error table under the chart reads
// whole before training (its "Hardware" title was cut and it scrolled sideways)
// and after.
#include <memory>

#include <QHeaderView>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include "app/gui/language_switch.h"
#include "app/gui/main_window.h"
#include "tests/app/english_first_test.h"
#include "tests/app/gui_waits.h"
#include "views/common/qcp.h"
#include "views/common/wrapped_title.h"
#include "views/learned/learned_models_page.h"

using rl::gui::LanguageSwitch;
using rl::gui::MainWindow;

namespace {
// A window in `language` at 1280x720 with the chat sample open, on the page
// with its sample dataset (as learned-first-open-de.png); null if that fails.
std::unique_ptr<MainWindow> openPage(const QString& language) {
    if (!LanguageSwitch::instance().setLanguage(language)) return nullptr;
    auto w = std::make_unique<MainWindow>();
    w->resize(1280, 720);
    w->show();
    if (!w->openFile(QStringLiteral(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json",
                     true) ||
        !rl::test::waitForResult(*w, 60000))
        return nullptr;
    auto* page = w->learnedModelsPage();
    w->resultTabs()->setCurrentWidget(page);
    // The sample, on first open.
    if (!QTest::qWaitFor([page] { return page->datasetRows() > 0; })) return nullptr;
    QCoreApplication::processEvents();
    return w;
}

void eachLanguage() {
    QTest::addColumn<QString>("language");
    for (const QString& language : LanguageSwitch::languages())
        QTest::newRow(qPrintable(language)) << language;
}
}  // namespace

class TestGuiLearned : public rl::test::EnglishFirstTest {
    Q_OBJECT
  private Q_SLOTS:
    void deviceNamesReadWholeAt1280x720_data() { eachLanguage(); }
    void deviceNamesReadWholeAt1280x720() {
        QFETCH(QString, language);
        const auto w = openPage(language);
        QVERIFY(w);
        auto* table =
            w->learnedModelsPage()->findChild<QTableView*>(QStringLiteral("learnedMeasurements"));
        QVERIFY(table);
        const QAbstractItemModel* model = table->model();
        QSet<QString> seen;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, 0);
            const QString name = index.data().toString();
            if (seen.contains(name)) continue;
            seen.insert(name);
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), name);
            QVERIFY2(table->sizeHintForIndex(index).width() <= table->columnWidth(0),
                     qPrintable(QStringLiteral("%1: '%2' needs %3 px, has %4")
                                    .arg(language, name)
                                    .arg(table->sizeHintForIndex(index).width())
                                    .arg(table->columnWidth(0))));
        }
        QVERIFY(seen.size() >= 2);  // both devices of the sample
        // No column scrolls out of view, and the chart keeps its room.
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        auto* chart = w->learnedModelsPage()->findChild<QCustomPlot*>();
        QVERIFY(chart);
        QVERIFY2(chart->width() >= chart->minimumWidth(),
                 qPrintable(QString::number(chart->width())));
    }

    void errorTableReadsWholeAt1280x720_data() { eachLanguage(); }
    void errorTableReadsWholeAt1280x720() {
        QFETCH(QString, language);
        const auto w = openPage(language);
        QVERIFY(w);
        auto* page = w->learnedModelsPage();
        auto* errors = page->findChild<QTableWidget*>();
        QVERIFY(errors);
        QCOMPARE(errors->rowCount(), 0);  // before training: the titles set the widths
        const QHeaderView* header = errors->horizontalHeader();
        const QFontMetrics metrics = header->fontMetrics();
        const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
        int sum = 0;
        for (int c = 0; c < errors->columnCount(); ++c) {
            const QString title = errors->horizontalHeaderItem(c)->text();
            const int room = header->sectionSize(c) - margins;
            sum += header->sectionSize(c);
            // Every title whole, on at most two lines, and the header as tall as they are.
            QVERIFY2(room >= rl::views::wrappedTitleWidth(metrics, title),
                     qPrintable(QStringLiteral("%1: '%2' has %3 px, needs %4")
                                    .arg(language, title)
                                    .arg(room)
                                    .arg(rl::views::wrappedTitleWidth(metrics, title))));
            QVERIFY2(header->height() >= rl::views::wrappedTitleHeight(metrics, title, room),
                     qPrintable(QStringLiteral("%1: '%2' is %3 px tall, the header %4")
                                    .arg(language, title)
                                    .arg(rl::views::wrappedTitleHeight(metrics, title, room))
                                    .arg(header->height())));
        }
        QVERIFY2(sum <= errors->viewport()->width(),
                 qPrintable(QStringLiteral("%1: %2 px of columns in %3")
                                .arg(language)
                                .arg(sum)
                                .arg(errors->viewport()->width())));
        QCOMPARE(errors->horizontalScrollBar()->maximum(), 0);

        // Trained, the devices' names read whole beside the numbers.
        QSignalSpy done(page, &rl::views::LearnedModelsPage::trainingFinished);
        page->train();
        QVERIFY(done.wait(120000));
        QVERIFY(done.first().first().toBool());
        QVERIFY(errors->rowCount() > 0);
        QCoreApplication::processEvents();
        for (int r = 0; r < errors->rowCount(); ++r)
            QVERIFY2(errors->sizeHintForIndex(errors->model()->index(r, 0)).width() <=
                         errors->columnWidth(0),
                     qPrintable(
                         QStringLiteral("%1: '%2' cut").arg(language, errors->item(r, 0)->text())));
        QCOMPARE(errors->horizontalScrollBar()->maximum(), 0);
    }
};

QTEST_MAIN(TestGuiLearned)
#include "test_gui_learned.moc"
