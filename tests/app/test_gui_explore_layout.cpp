// The exploration page at 1280x720 (issue 16), with the sample sweeps run by
// the real engine and the German and Chinese catalogues: the chart is the
// main thing (its plot at least 55 % of the page's height, the Pareto plot and
// the tornado alike), the points table never scrolls sideways in any
// language, a sweep opened without a project shows no empty editor dock (it
// comes back when a point is opened as a project) nor an empty Messages dock
// (back with a message or on another page), and a yes/no figure as colour
// reads as two colours with a legend rather than a 0-1 scale.
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include "app/gui/language_switch.h"
#include "app/gui/main_window.h"
#include "tests/app/gui_waits.h"
#include "views/common/qcp.h"
#include "views/explore/explore_page.h"
#include "views/explore/pareto_plot.h"
#include "views/explore/sweep_plot_data.h"
#include "views/explore/sweep_table_model.h"
#include "views/explore/tornado_plot.h"

using rl::gui::LanguageSwitch;
using rl::gui::MainWindow;
using rl::views::ExplorePage;

namespace {

QString sampleSweep(const char* name) {
    return QStringLiteral(RIDGELINE_SAMPLES) + "/sweeps/" + name + ".json";
}

// The docks of the three editors (hardware, model, scenario).
QList<QDockWidget*> editorDocks(MainWindow& w) {
    QList<QDockWidget*> out;
    for (const char* name : {"hardwareDock", "modelDock", "scenarioDock"})
        out << w.findChild<QDockWidget*>(name);
    return out;
}

// Opens `path` in `w` (shown at 1280x720) and waits for the sweep to finish.
bool runSweep(MainWindow& w, const QString& path) {
    w.resize(1280, 720);
    w.show();
    QSignalSpy finished(w.explorePage(), &ExplorePage::sweepFinished);
    return w.openFile(path) && finished.wait(240000) && finished.first().first().toBool();
}

// Why the page's layout fails at this size and language, or "".
QString layoutProblem(MainWindow& w, const QString& language) {
    ExplorePage* page = w.explorePage();
    QCoreApplication::processEvents();  // the language change's re-fit is queued
    const QString where = QStringLiteral("%1 %2x%3: ").arg(language).arg(w.width()).arg(w.height());
    if (w.width() != 1280 || w.height() != 720)
        return where + "the window is not 1280x720 (its minimum is larger)";
    for (QWidget* plot :
         {static_cast<QWidget*>(page->paretoPlot()), static_cast<QWidget*>(page->tornadoPlot())}) {
        page->tabs()->setCurrentWidget(plot->parentWidget());
        QCoreApplication::processEvents();
        const double share = double(plot->height()) / page->height();
        qInfo("%s %s: %d of %d px (%.0f %%)", qPrintable(language), qPrintable(plot->objectName()),
              plot->height(), page->height(), 100 * share);
        if (share < 0.55)
            return where + QStringLiteral("the %1 gets %2 of %3 px (%4 %)")
                               .arg(plot->objectName())
                               .arg(plot->height())
                               .arg(page->height())
                               .arg(int(share * 100));
    }
    page->tabs()->setCurrentIndex(0);
    QTableView* table = page->table();
    int columns = 0;
    for (int c = 0; c < table->model()->columnCount(); ++c) columns += table->columnWidth(c);
    if (table->horizontalScrollBar()->isVisible() || columns > table->viewport()->width())
        return where + QStringLiteral("the points table scrolls sideways (%1 px of columns in %2)")
                           .arg(columns)
                           .arg(table->viewport()->width());
    // Titles cut to fit keep their whole text as the tooltip.
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        if (!table->model()
                 ->headerData(c, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .startsWith(title))
            return where + "no whole title as the tooltip of " + title;
    }
    return {};
}

}  // namespace

class TestGuiExploreLayout : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QVERIFY(rl::test::startInEnglish(QStringLiteral(RIDGELINE_QM_DIR))); }
    // Each test starts in English, whatever the one before it left.
    void init() { QVERIFY(LanguageSwitch::instance().setLanguage("en")); }

    void chartLeadsAndTableFitsInEveryLanguage_data() {
        QTest::addColumn<QString>("sweep");
        QTest::addColumn<QString>("language");
        // The four sample sweeps of the screenshots: 12 tied axes (18 columns), a GPU
        // name column, a boolean constraint, plain analytical axes.
        for (const char* name : {"accelerator-pe-array-x-buffer", "llama2-70b-serving-gpu-tp-batch",
                                 "gpt3-175b-layouts-1024-gpus", "hbm-x-flops-decode-heavy"})
            for (const char* language : {"en", "de", "zh_CN"})
                QTest::addRow("%s %s", name, language) << sampleSweep(name) << language;
    }
    void chartLeadsAndTableFitsInEveryLanguage() {
        QFETCH(QString, sweep);
        QFETCH(QString, language);
        // In the language from the start (the window's minimum width follows its texts),
        // then once more after switching to it and back.
        QVERIFY(LanguageSwitch::instance().setLanguage(language));
        MainWindow w;
        QVERIFY(runSweep(w, sweep));
        QVERIFY(w.explorePage()->model()->rowCount() > 0);
        QString problem = layoutProblem(w, language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString other = language == "de" ? "zh_CN" : "de";
        QVERIFY(LanguageSwitch::instance().setLanguage(other));
        QVERIFY(LanguageSwitch::instance().setLanguage(language));
        problem = layoutProblem(w, language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void noEmptyEditorsBesideASweepWithoutAProject() {
        MainWindow w;
        QVERIFY(runSweep(w, sampleSweep("hbm-x-flops-decode-heavy")));
        for (QDockWidget* dock : editorDocks(w)) {
            QVERIFY(dock);
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        }
        // A point opened as a project fills the editors: they come back.
        ExplorePage* page = w.explorePage();
        page->openPoint(0);
        QCOMPARE(w.resultTabs()->currentWidget(), page);
        QVERIFY(editorDocks(w).first()->isVisible() || editorDocks(w).last()->isVisible());
        // On another tab and back: shown while a project is open.
        w.resultTabs()->setCurrentIndex(0);
        w.resultTabs()->setCurrentWidget(page);
        QVERIFY(editorDocks(w).last()->isVisible() || editorDocks(w).first()->isVisible());
    }

    void noEmptyMessagesDockUnderASweep() {
        MainWindow w;
        QVERIFY(runSweep(w, sampleSweep("hbm-x-flops-decode-heavy")));
        ExplorePage* page = w.explorePage();
        auto* messagesDock = w.findChild<QDockWidget*>("messagesDock");
        QVERIFY(messagesDock);
        // The fit follows a burst of messages once it is over.
        auto settle = [] {
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        };
        auto plotShare = [&] {
            settle();
            return double(page->paretoPlot()->height()) / w.height();
        };
        QCOMPARE(w.messages()->count(), 0);
        QVERIFY(!messagesDock->isVisible());
        const double quiet = plotShare();
        // A message arrives: the dock is back, under the page, and takes its height.
        w.messages()->addItem(QStringLiteral("warning: something to read"));
        const double told = plotShare();
        QVERIFY(messagesDock->isVisible());
        qInfo("Pareto plot: %.0f %% of the window without messages, %.0f %% with one", 100 * quiet,
              100 * told);
        QVERIFY2(quiet > told + 0.05, qPrintable(QStringLiteral("%1 vs %2").arg(quiet).arg(told)));
        // Read and gone: it steps aside again.
        w.messages()->clear();
        settle();
        QVERIFY(!messagesDock->isVisible());
        QCOMPARE(plotShare(), quiet);
        // On the analysis pages it is there, messages or not: a tab beside the operators.
        w.resultTabs()->setCurrentIndex(0);
        settle();
        QVERIFY(!messagesDock->isHidden());
        QVERIFY(w.findChild<QDockWidget*>("operatorsDock")->isVisible());
        w.resultTabs()->setCurrentWidget(page);
        settle();
        QVERIFY(messagesDock->isHidden());
    }

    void pointProjectIsNamedInTheLanguage() {
        // Opened from the command line in German: the point's project bears the sweep's
        // German title, and a later language its title in that language while the
        // project stays untitled (the file's names are the oracle).
        const QString path = sampleSweep("hbm-x-flops-decode-heavy");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject names = QJsonDocument::fromJson(file.readAll())["name"].toObject();
        QVERIFY(LanguageSwitch::instance().setLanguage("de"));
        MainWindow w;
        QVERIFY(runSweep(w, path));
        w.explorePage()->openPoint(0);
        QVERIFY2(w.windowTitle().startsWith(names["de"].toString() + ", Punkt 0"),
                 qPrintable(w.windowTitle()));
        for (const char* language : {"zh_CN", "en"}) {
            QVERIFY(LanguageSwitch::instance().setLanguage(language));
            QVERIFY2(w.windowTitle().startsWith(names[language].toString()),
                     qPrintable(language + QStringLiteral(": ") + w.windowTitle()));
        }
    }

    void booleanColourIsTwoColoursWithALegend() {
        MainWindow w;
        QVERIFY(runSweep(w, sampleSweep("gpt3-175b-layouts-1024-gpus")));
        ExplorePage* page = w.explorePage();
        // "fits in memory" (a constraint the engine computes as 1 or 0) as the colour.
        const auto& d = page->model()->descriptors();
        QCOMPARE(int(d.constraints.size()), 1);
        const int colourItem = 1 + int(d.objectives.size());  // after "none" and the objectives
        page->colourCombo()->setCurrentIndex(colourItem);
        Q_EMIT page->colourCombo()->activated(colourItem);
        const rl::views::ParetoScene& scene = page->paretoPlot()->scene();
        QVERIFY(scene.colourIsFlag());
        QCustomPlot* plot = page->paretoPlot()->plot();
        for (int e = 0; e < plot->plotLayout()->elementCount(); ++e)
            if (auto* scale = qobject_cast<QCPColorScale*>(plot->plotLayout()->elementAt(e)))
                QVERIFY2(!scale->visible(), "a 0-1 colour scale beside a yes/no figure");
        for (const char* language : {"en", "de", "zh_CN"}) {
            QVERIFY(LanguageSwitch::instance().setLanguage(language));
            QStringList entries;
            for (int i = 0; i < plot->legend->itemCount(); ++i)
                if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
                    entries << item->plottable()->name();
            const QString title = rl::views::seriesTitle(
                d, {rl::views::SweepSeries::Kind::constraint, 0});  // in this language
            const QString yes =
                QCoreApplication::translate("rl::views::ParetoPlot", "%1: yes").arg(title);
            const QString no =
                QCoreApplication::translate("rl::views::ParetoPlot", "%1: no").arg(title);
            QVERIFY2(entries.contains(yes) && entries.contains(no),
                     qPrintable(language + QStringLiteral(": ") + entries.join(" | ")));
            if (QString(language) != "en")
                QVERIFY2(!entries.join(' ').contains(": yes"), qPrintable(entries.join(" | ")));
        }
    }
};

QTEST_MAIN(TestGuiExploreLayout)
#include "test_gui_explore_layout.moc"
