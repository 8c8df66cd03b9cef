// Switching the interface language while the window is open: every text the
// user sees changes (menus, tabs, docks, charts, tables), nothing else does
// (project, undo history, result), and the window still fits 1280x720.
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include "app/gui/language_switch.h"
#include "app/gui/main_window.h"
#include "app/gui/qm_catalogue.h"
#include "app/gui/retranslator.h"
#include "tests/app/gui_waits.h"
#include "views/common/qcp.h"
#include "views/common/wrapped_title.h"
#include "views/dataflow/arch_editor.h"
#include "views/dataflow/dataflow_editors.h"
#include "views/dataflow/mapping_editor.h"
#include "views/editors/spec_editor.h"
#include "views/explanation/explanation_view.h"
#include "views/learned/learned_models_page.h"
#include "views/roofline/roofline_view.h"
#include "views/traffic/traffic_view.h"
#include "views/training/training_page.h"

using rl::gui::CatalogueEntry;
using rl::gui::LanguageSwitch;
using rl::gui::MainWindow;

namespace {
const QString kChat = QStringLiteral(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json";

std::vector<CatalogueEntry> catalogue(const QString& language) {
    QFile f(QStringLiteral(RIDGELINE_QM_DIR) + "/ridgeline_" + language + ".qm");
    if (!f.open(QIODevice::ReadOnly)) return {};
    return rl::gui::readQmCatalogue(f.readAll());
}

QString mw(const char* source) {
    return QCoreApplication::translate("rl::gui::MainWindow", source);
}

// Every text a user sees in the window now: menus, tabs, dock titles, visible
// labels and buttons, headers of visible tables, axis titles and legends.
QStringList visibleTexts(MainWindow& w) {
    QStringList out;
    for (QAction* a : w.menuBar()->actions()) {
        out << a->text();
        if (a->menu())
            for (QAction* item : a->menu()->actions()) out << item->text();
    }
    for (QTabWidget* tabs : w.findChildren<QTabWidget*>())
        if (tabs->isVisibleTo(&w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i)) out << tabs->tabText(i);
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        if (d->isVisibleTo(&w)) out << d->windowTitle();
    for (QLabel* l : w.findChildren<QLabel*>())
        if (l->isVisibleTo(&w)) out << l->text();
    for (QAbstractButton* b : w.findChildren<QAbstractButton*>())
        if (b->isVisibleTo(&w)) out << b->text();
    for (QAbstractItemView* v : w.findChildren<QAbstractItemView*>())
        if (v->isVisibleTo(&w) && v->model())
            for (int c = 0; c < v->model()->columnCount(); ++c)
                out << v->model()->headerData(c, Qt::Horizontal).toString();
    for (QCustomPlot* p : w.findChildren<QCustomPlot*>()) {
        if (!p->isVisibleTo(&w)) continue;
        for (QCPAxis* a : p->axisRect()->axes()) out << a->label();
        for (int i = 0; i < p->plottableCount(); ++i) out << p->plottable(i)->name();
    }
    out.removeAll(QString());
    return out;
}

// Texts among `shown` that are `from`'s words for a message whose `to` words
// differ: left over in the old language.
QStringList leftOver(const QStringList& shown, const std::vector<CatalogueEntry>& entries,
                     bool fromEnglish) {
    QStringList out;
    for (const CatalogueEntry& e : entries) {
        const QString translated = e.translations.value(0);
        if (translated.isEmpty() || translated == e.source) continue;
        const QString old = fromEnglish ? e.source : translated;
        if (shown.contains(old) && !out.contains(old)) out << old;
    }
    return out;
}

// Shows `w` at 1280x720 with the project `path` open; true once its result is in.
bool runProject(MainWindow& w, const QString& path) {
    w.resize(1280, 720);
    w.show();
    QSignalSpy results(w.results(), &rl::views::ResultStore::resultChanged);
    return w.openFile(path, true) && results.wait(60000);
}

bool runChat(MainWindow& w) { return runProject(w, kChat); }

QString sampleProject(const QString& name) {
    return QStringLiteral(RIDGELINE_SAMPLES) + "/projects/" + name + ".json";
}

// Where a cell of `table` or one of its titles does not read whole: a cell wider
// than its column that does not wrap within its row's height either (a word wider
// than the column, more lines than the row holds), a title that needs more than two
// lines (or has a word wider than its column), a header lower than its most wrapped
// title.
QStringList cutInTable(const QTableView* table) {
    QStringList out;
    const QHeaderView* header = table->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    const QFontMetrics cellMetrics = table->fontMetrics();
    // Qt's item views keep this much room either side of a cell's text.
    const int textMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
    const QAbstractItemModel* model = table->model();
    int tallest = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (header->isSectionHidden(c)) continue;
        const int width = table->columnWidth(c);
        for (int r = 0; r < model->rowCount(); ++r) {
            if (table->isRowHidden(r)) continue;
            const QModelIndex index = model->index(r, c);
            const QString text = index.data().toString();
            if (table->sizeHintForIndex(index).width() <= width) continue;
            const int room = width - 2 * textMargin;
            const QRect wrapped =
                cellMetrics.boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, text);
            if (!table->wordWrap() || wrapped.width() > room ||
                wrapped.height() > table->rowHeight(r) ||
                wrapped.height() >
                    2 * cellMetrics.boundingRect(QRect(0, 0, 100000, 100000), 0, text).height())
                out << QStringLiteral("'%1' needs %2 px of %3 (row %4 px)")
                           .arg(text)
                           .arg(table->sizeHintForIndex(index).width())
                           .arg(width)
                           .arg(table->rowHeight(r));
        }
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        // Margins either side of the title; the sizes behind it are rounded, hence a pixel.
        const int room = width - (header->sectionSizeHint(c) - metrics.size(0, title).width()) + 1;
        const QRect wrapped =
            metrics.boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, title);
        tallest = std::max(tallest, wrapped.height());
        // Two lines of the title's own height (Chinese lines are taller than the font's).
        const int lines = static_cast<int>(title.count('\n')) + 1;
        const int twoLines =
            metrics.boundingRect(QRect(0, 0, 100000, 100000), Qt::TextWordWrap, title).height() *
            std::max(2, lines) / lines;
        if (wrapped.width() > room || wrapped.height() > twoLines)
            out << QStringLiteral("title '%1' in %2 px").arg(title).arg(width);
    }
    if (header->height() < tallest)
        out << QStringLiteral("header %1 px for titles of %2").arg(header->height()).arg(tallest);
    return out;
}

// How far the form of a dataflow editor scrolls sideways (0: it fits its dock).
int formScroll(const QWidget* editor) {
    const auto* form = editor->findChild<QScrollArea*>();
    return form ? form->horizontalScrollBar()->maximum() : -1;
}
}  // namespace

class TestGuiLanguage : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QVERIFY(rl::test::startInEnglish(QStringLiteral(RIDGELINE_QM_DIR))); }
    void cleanup() { LanguageSwitch::instance().setLanguage("en"); }

    void readsTheCompiledCatalogue() {
        const auto de = catalogue("de");
        QVERIFY2(de.size() > 1000, qPrintable(QString::number(de.size())));
        auto file = std::find_if(de.begin(), de.end(), [](const CatalogueEntry& e) {
            return e.context == "rl::gui::MainWindow" && e.source == "&File";
        });
        QVERIFY(file != de.end());
        QCOMPARE(file->translations.value(0), QStringLiteral("&Datei"));
        // A cut-short or foreign file is refused with a reason, not read past its end.
        QFile f(QStringLiteral(RIDGELINE_QM_DIR) + "/ridgeline_de.qm");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QString error;
        QVERIFY(rl::gui::readQmCatalogue(bytes.left(bytes.size() / 2), &error).empty());
        QVERIFY(error.contains("cut short"));
        QVERIFY(rl::gui::readQmCatalogue("not a qm file at all", &error).empty());
        QVERIFY(error.contains("magic"));
    }

    void patternsKeepTheirValues() {
        QVERIFY(LanguageSwitch::instance().setLanguage("de"));
        const rl::gui::Retranslator fromEnglish(catalogue("de"), false);
        // Word order and values survive: "%1 predicted in %2 (%3)".
        const QString english = QStringLiteral("1.25 s predicted in 3 ms (roofline)");
        const QString german = fromEnglish.translate(english, {"rl::gui::MainWindow"});
        // The predictor's name is an engine word of the catalogue: translated too.
        QCOMPARE(german,
                 mw("%1 predicted in %2 (%3)")
                     .arg("1.25 s", "3 ms",
                          QCoreApplication::translate("rl::views::PredictorName", "roofline")));
        QVERIFY(!german.contains(QStringLiteral("(roofline)")));
        QVERIFY(german != english);
        // Names and numbers are not messages: they stay.
        QCOMPARE(fromEnglish.translate("NVIDIA A100 80GB"), QStringLiteral("NVIDIA A100 80GB"));
        QCOMPARE(fromEnglish.translate("42"), QStringLiteral("42"));
        // And back: German on screen, English installed.
        QVERIFY(LanguageSwitch::instance().setLanguage("en"));
        const rl::gui::Retranslator fromGerman(catalogue("de"), true);
        QCOMPARE(fromGerman.translate(german, {"rl::gui::MainWindow"}), english);
    }

    // A run started in German names its predictor in German: in the status
    // bar and in the explanation's first line (not "(roofline)").
    void predictorNameInAGermanRun() {
        QVERIFY(LanguageSwitch::instance().setLanguage("de"));
        MainWindow w;
        QVERIFY(runChat(w));
        QCoreApplication::processEvents();
        const QString name = QStringLiteral("Roofline-Modell");
        QStringList shown;
        for (const QLabel* l : w.findChildren<QLabel*>()) shown << l->text();
        for (const QTextBrowser* b : w.explanation()->findChildren<QTextBrowser*>())
            shown << b->toPlainText();
        const QString all = shown.join(QLatin1Char('\n'));
        QVERIFY2(all.contains("(" + name + ")"), qPrintable(all));
        QVERIFY2(all.contains(": " + name + ")"), qPrintable(all));  // "(Prädiktor: ...)"
        QVERIFY2(!all.contains(QStringLiteral("(roofline)")), qPrintable(all));
    }

    void switchesWhileRunningAndKeepsTheWork() {
        MainWindow w;
        QVERIFY(runChat(w));
        // Some work to keep: an undoable edit and its result.
        w.hardwareEditor()->editField("/name", "A100 edited");
        QCOMPARE(w.undoStack()->count(), 1);
        const QString englishFile = w.menuBar()->actions().value(0)->text();
        QCOMPARE(englishFile, QStringLiteral("&File"));
        const QString englishAxis = w.roofline()->plot()->xAxis->label();

        QVERIFY(LanguageSwitch::instance().setLanguage("de"));
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
        QCOMPARE(w.resultTabs()->tabText(w.resultTabs()->indexOf(w.traffic())),
                 QStringLiteral("Speicherverkehr"));
        QCOMPARE(w.resultTabs()->tabText(w.resultTabs()->indexOf(w.explanation())),
                 QCoreApplication::translate("rl::gui::MainWindow", "Explanation"));
        QVERIFY(w.roofline()->plot()->xAxis->label() != englishAxis);
        QCOMPARE(w.roofline()->plot()->xAxis->label(),
                 QCoreApplication::translate("rl::views::RooflineView",
                                             "Arithmetic intensity (FLOP/byte)"));
        for (QDockWidget* d : w.findChildren<QDockWidget*>())
            if (d->objectName() == "hardwareDock") QCOMPARE(d->windowTitle(), mw("Hardware"));
        // Every analytical tab, as the user would click through them.
        QStringList german;
        for (QWidget* page :
             {static_cast<QWidget*>(w.roofline()), static_cast<QWidget*>(w.traffic()),
              static_cast<QWidget*>(w.explanation())}) {
            w.resultTabs()->setCurrentWidget(page);
            german += visibleTexts(w);
        }
        if (qEnvironmentVariableIsSet("RIDGELINE_LANGUAGE_SHOT"))  // to look at the switched window
            w.grab().save(qEnvironmentVariable("RIDGELINE_LANGUAGE_SHOT"));
        w.resultTabs()->setCurrentWidget(w.roofline());
        const QStringList english = leftOver(german, catalogue("de"), true);
        QVERIFY2(english.isEmpty(), qPrintable("still English: " + english.join(" | ")));
        // The work is untouched; its undo entry is offered in German.
        QCOMPARE(w.undoStack()->count(), 1);
        const QAction* undo = w.menuBar()->actions().value(1)->menu()->actions().value(0);
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Rückgängig")), qPrintable(undo->text()));
        QCOMPARE(w.hardwareEditor()->document().value("name", std::string()),
                 std::string("A100 edited"));
        QVERIFY(w.results()->result());
        const QSize minGerman = w.minimumSizeHint();
        qInfo("German minimum size after the switch: %dx%d", minGerman.width(), minGerman.height());
        QVERIFY(minGerman.width() <= 1280 && minGerman.height() <= 720);

        // German -> Chinese -> English, each from the one before.
        QVERIFY(LanguageSwitch::instance().setLanguage("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().value(0)->text(),
                 QCoreApplication::translate("rl::gui::MainWindow", "&File"));
        QVERIFY(w.menuBar()->actions().value(0)->text() != QStringLiteral("&Datei"));
        const QStringList leftGerman = leftOver(visibleTexts(w), catalogue("de"), false);
        QVERIFY2(leftGerman.isEmpty(), qPrintable("still German: " + leftGerman.join(" | ")));
        QVERIFY(LanguageSwitch::instance().setLanguage("en"));
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().value(0)->text(), englishFile);
        QCOMPARE(w.roofline()->plot()->xAxis->label(), englishAxis);
        const QStringList chinese = leftOver(visibleTexts(w), catalogue("zh_CN"), false);
        QVERIFY2(chinese.isEmpty(), qPrintable("still Chinese: " + chinese.join(" | ")));
        QCOMPARE(w.undoStack()->count(), 1);
        w.undoStack()->undo();  // the history still works after the switches
        QVERIFY(w.hardwareEditor()->document().value("name", std::string()) != "A100 edited");
    }

    void fitsA1280x720ScreenInEveryLanguage_data() {
        QTest::addColumn<QString>("project");
        // resnet50-on-eyeriss: a project with both an analysis and a dataflow
        // study: the Dataflow page above the operator table (it was 730 px high).
        for (const char* p :
             {"llama2-7b-chat-on-a100", "llama2-7b-serving-on-a100", "resnet50-on-eyeriss"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void fitsA1280x720ScreenInEveryLanguage() {
        QFETCH(QString, project);
        MainWindow w;
        QVERIFY(runProject(w, sampleProject(project)));  // its tool bars and legends count too
        for (const QString& language : LanguageSwitch::languages()) {
            QVERIFY(LanguageSwitch::instance().setLanguage(language));
            QCoreApplication::processEvents();
            const QSize min = w.minimumSizeHint();
            // What sets it: the widest page of the result tabs, and the docks beside them.
            QString parts;
            QTabWidget* tabs = w.resultTabs();
            for (int i = 0; i < tabs->count(); ++i)
                parts += QStringLiteral(" %1=%2x%3")
                             .arg(tabs->widget(i)->metaObject()->className())
                             .arg(tabs->widget(i)->minimumSizeHint().width())
                             .arg(tabs->widget(i)->minimumSizeHint().height());
            for (QDockWidget* d : w.findChildren<QDockWidget*>())
                if (d->isVisibleTo(&w))
                    parts += QStringLiteral(" %1=%2x%3")
                                 .arg(d->objectName())
                                 .arg(d->minimumSizeHint().width())
                                 .arg(d->minimumSizeHint().height());
            qInfo("%s, %s: minimum %dx%d;%s", qPrintable(project), qPrintable(language),
                  min.width(), min.height(), qPrintable(parts));
            QVERIFY2(min.width() <= 1280 && min.height() <= 720,
                     qPrintable(QStringLiteral("%1: minimum %2x%3")
                                    .arg(language)
                                    .arg(min.width())
                                    .arg(min.height())));
        }
    }

    // A project with both an analysis and a dataflow study has four tabified docks in a
    // ~300 px column: each title reads whole ("Hardw…", "Mo…" once), without scrolling.
    // On the learned-models page the error table's header and a row show under the
    // empty chart (its header once sat under the chart until a model was trained).
    void docksAndLearnedPageReadWholeAt1280x720_data() {
        QTest::addColumn<QString>("project");
        // Dock tabs: hardware, model, scenario (, dataflow); operators, messages.
        QTest::addColumn<int>("dockTabs");
        QTest::newRow("llama2-7b-chat-on-a100") << QStringLiteral("llama2-7b-chat-on-a100") << 5;
        QTest::newRow("resnet50-on-eyeriss") << QStringLiteral("resnet50-on-eyeriss") << 6;
    }
    void docksAndLearnedPageReadWholeAt1280x720() {
        QFETCH(QString, project);
        QFETCH(int, dockTabs);
        MainWindow w;
        QVERIFY(runProject(w, sampleProject(project)));
        QTabWidget* tabs = w.resultTabs();
        rl::views::LearnedModelsPage* learned = nullptr;
        for (int i = 0; i < tabs->count() && !learned; ++i)
            learned = qobject_cast<rl::views::LearnedModelsPage*>(tabs->widget(i));
        QVERIFY(learned);
        tabs->setCurrentWidget(learned);
        for (const QString& language : LanguageSwitch::languages()) {
            QVERIFY(LanguageSwitch::instance().setLanguage(language));
            QCoreApplication::processEvents();
            int docksTabs = 0;
            for (QTabBar* bar : w.findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly)) {
                if (!bar->isVisible()) continue;
                docksTabs += bar->count();
                QCOMPARE(bar->elideMode(), Qt::ElideNone);
                for (int t = 0; t < bar->count(); ++t)
                    QVERIFY2(bar->tabRect(t).left() >= 0 && bar->tabRect(t).right() < bar->width(),
                             qPrintable(QStringLiteral("%1: dock tab '%2' at %3..%4 of %5 px")
                                            .arg(language, bar->tabText(t))
                                            .arg(bar->tabRect(t).left())
                                            .arg(bar->tabRect(t).right())
                                            .arg(bar->width())));
            }
            QCOMPARE(docksTabs, dockTabs);
            auto* errors = learned->findChild<QTableWidget*>();
            auto* chart = learned->findChild<QCustomPlot*>();
            QVERIFY(errors && chart);
            const int chartBottom = chart->mapTo(learned, QPoint(0, chart->height())).y();
            const int errorsTop = errors->mapTo(learned, QPoint(0, 0)).y();
            QVERIFY2(chartBottom <= errorsTop,
                     qPrintable(QStringLiteral("%1: chart ends at %2, error table starts at %3")
                                    .arg(language)
                                    .arg(chartBottom)
                                    .arg(errorsTop)));
            QVERIFY(errors->horizontalHeader()->height() >=
                    errors->horizontalHeader()->sizeHint().height());
            // A row at least: two, less a horizontal scroll bar where the columns scroll.
            QVERIFY2(errors->viewport()->height() >= errors->verticalHeader()->defaultSectionSize(),
                     qPrintable(QStringLiteral("%1: error table shows %2 px of rows")
                                    .arg(language)
                                    .arg(errors->viewport()->height())));
        }
    }

    // The training page's collectives at 1280x720: every cell reads whole, the tier on
    // two lines at most (German titles left "NVLink3 + NVSwitch" 60 px: three lines,
    // elided), every title on two lines at most.
    void trainingCollectivesReadWholeAt1280x720() {
        for (const QString& language : LanguageSwitch::languages()) {
            QVERIFY(LanguageSwitch::instance().setLanguage(language));
            MainWindow w;
            QVERIFY(runProject(w, sampleProject("megatron-175b-training-on-64-a100")));
            QCOMPARE(w.resultTabs()->currentWidget(), static_cast<QWidget*>(w.trainingPage()));
            QVERIFY(w.trainingPage()->selectSection("collectives"));
            QCoreApplication::processEvents();
            auto* table = w.trainingPage()->findChild<QTableView*>("trainingCollectives");
            QVERIFY(table && table->isVisible());
            QVERIFY(table->model()->rowCount() > 0);
            const QStringList cut = cutInTable(table);
            QVERIFY2(cut.isEmpty(), qPrintable(language + ": " + cut.join("; ")));
            QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        }
    }

    // The dataflow dock at 1280x720, as a window opened in each language gets it: every
    // column group of the accelerator's storage levels and every loop table of the
    // mapping reads whole, and no form scrolls sideways ("Kapazität (Wörter)" and
    // "Wortbreite" showed in part, the energy columns and the tensors a level keeps
    // widened the German forms past the dock, "Räumlich X" was cut). Every group but
    // "All columns" fits the dock; those seventeen scroll inside their table.
    void dataflowDockFitsWithoutScrollingSideways() {
        using rl::views::ArchEditor;
        QStringList problems;  // all of them, every language and group, not the first only
        for (const QString& language : LanguageSwitch::languages())
            for (const char* project : {"tutorial-3level-dataflow", "eyeriss-vgg-conv3-2"}) {
                QVERIFY(LanguageSwitch::instance().setLanguage(language));
                MainWindow w;
                w.resize(1280, 720);
                w.show();
                QVERIFY(w.openFile(sampleProject(project), true));
                QVERIFY(rl::test::waitForDesign(w, 60000));
                QCoreApplication::processEvents();
                const QString where = language + " " + project;
                ArchEditor* arch = w.dataflowEditors()->archEditor();
                const QTableView* levels = arch->levelsTable();
                QVERIFY(levels->isVisible());
                for (int group = 0; group < ArchEditor::columnGroupCount(); ++group) {
                    arch->showColumnGroup(group);
                    QCoreApplication::processEvents();
                    const QString what =
                        QStringLiteral("%1, column group %2").arg(where).arg(group);
                    for (const QString& cut : cutInTable(levels)) problems << what + ": " + cut;
                    if (formScroll(arch) != 0)
                        problems << QStringLiteral("%1: the form scrolls by %2 px")
                                        .arg(what)
                                        .arg(formScroll(arch));
                    if (levels->viewport()->height() < levels->verticalHeader()->length())
                        problems << what + ": levels hidden under the table's foot";
                    // Seventeen columns scroll inside their table (the form does not).
                    if (group < ArchEditor::columnGroupCount() - 1 &&
                        levels->horizontalScrollBar()->maximum() != 0)
                        problems << QStringLiteral("%1: the levels scroll by %2 px")
                                        .arg(what)
                                        .arg(levels->horizontalScrollBar()->maximum());
                }
                rl::views::MappingEditor* mapping = w.dataflowEditors()->mappingEditor();
                auto* editors = qobject_cast<QTabWidget*>(mapping->parentWidget()->parentWidget());
                QVERIFY(editors);
                editors->setCurrentWidget(mapping);
                QCoreApplication::processEvents();
                QVERIFY(mapping->levelCount() > 0);
                for (int level = 0; level < mapping->levelCount(); ++level) {
                    const QTableView* loops = mapping->levelTable(level);
                    QVERIFY(loops->isVisible());
                    const QString what = where + ", loops of " + mapping->levelName(level);
                    for (const QString& cut : cutInTable(loops)) problems << what + ": " + cut;
                    if (loops->viewport()->height() < loops->verticalHeader()->length())
                        problems << what + ": loops hidden under the table's foot";
                    if (loops->horizontalHeader()->length() > loops->viewport()->width())
                        problems << QStringLiteral("%1: %2 px of columns in %3")
                                        .arg(what)
                                        .arg(loops->horizontalHeader()->length())
                                        .arg(loops->viewport()->width());
                }
                if (formScroll(mapping) != 0)
                    problems << QStringLiteral("%1: the mapping form scrolls by %2 px")
                                    .arg(where)
                                    .arg(formScroll(mapping));
                // Narrowed as far as the German sweep page narrows the docks, the forms
                // still stay in place (a table may scroll inside itself).
                auto* dock = qobject_cast<QDockWidget*>(w.dataflowEditors()->parentWidget());
                QVERIFY(dock);
                w.resizeDocks({dock}, {267}, Qt::Horizontal);
                for (QWidget* editor :
                     {static_cast<QWidget*>(mapping), static_cast<QWidget*>(arch)}) {
                    editors->setCurrentWidget(editor);
                    for (int group = 0; group < ArchEditor::columnGroupCount(); ++group) {
                        arch->showColumnGroup(group);
                        QCoreApplication::processEvents();
                        if (formScroll(editor) != 0)
                            problems << QStringLiteral("%1, %2 px dock: %3 scrolls by %4 px")
                                            .arg(where)
                                            .arg(dock->width())
                                            .arg(editor->objectName())
                                            .arg(formScroll(editor));
                    }
                }
            }
        for (const QString& problem : problems) qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems (above)").arg(problems.size())));
    }

    // Spin boxes write numbers as the one formatter does, "1,000,000" and "10.00",
    // on a German system too (they followed its locale: "1.000.000", "10,00"), and
    // read what is typed with or without the commas.
    void spinBoxesWriteNumbersAsTheFormatter() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));  // the system's
        QVERIFY(LanguageSwitch::instance().setLanguage("de"));
        MainWindow w;
        QSpinBox* evaluations = nullptr;  // the mapper's budget, 1,000,000 to begin with
        for (QSpinBox* box : w.findChildren<QSpinBox*>())
            if (box->isGroupSeparatorShown() && box->value() == 1000000) evaluations = box;
        QVERIFY(evaluations);
        QCOMPARE(evaluations->text(), QStringLiteral("1,000,000"));
        QDoubleSpinBox rate;
        rate.setValue(10);
        QCOMPARE(rate.text(), QStringLiteral("10.00"));
        QSpinBox count;
        count.setRange(0, 100000000);
        count.setGroupSeparatorShown(true);
        auto* edit = count.findChild<QLineEdit*>();
        QVERIFY(edit);
        for (const char* typed : {"2500000", "2,500,000"}) {
            count.setValue(0);
            edit->selectAll();
            QTest::keyClicks(edit, QString::fromLatin1(typed));
            QTest::keyClick(edit, Qt::Key_Return);
            QCOMPARE(count.value(), 2500000);
            QCOMPARE(count.text(), QStringLiteral("2,500,000"));
        }
    }

    // Qt's own texts (the standard buttons of every dialog) come from Qt's
    // catalogue (qtbase_<language>.qm, Debian package qt6-translations-l10n):
    // in a dialog opened after the switch and in one already open.
    void qtDialogButtonsFollowTheLanguage() {
        auto cancelOf = [](QMessageBox& box) { return box.button(QMessageBox::Cancel)->text(); };
        const auto buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
        QMessageBox open(QMessageBox::Question, "Ridgeline", "Save the project?", buttons);
        QCOMPARE(cancelOf(open), QStringLiteral("Cancel"));
        QVERIFY(LanguageSwitch::instance().setLanguage("de"));
        QMessageBox german(QMessageBox::Question, "Ridgeline", "Save the project?", buttons);
        QCOMPARE(cancelOf(german), QStringLiteral("Abbrechen"));
        QCOMPARE(german.button(QMessageBox::Save)->text(), QStringLiteral("Speichern"));
        QTRY_COMPARE(cancelOf(open), QStringLiteral("Abbrechen"));
        QVERIFY(LanguageSwitch::instance().setLanguage("zh_CN"));
        QMessageBox chinese(QMessageBox::Question, "Ridgeline", "Save the project?", buttons);
        QCOMPARE(cancelOf(chinese), QString::fromUtf8("取消"));
        QVERIFY(LanguageSwitch::instance().setLanguage("en"));
        QTRY_COMPARE(cancelOf(open), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestGuiLanguage)
#include "test_gui_language.moc"
