// The Roofline page in the window at 1280x720, in every language: its tool bar
// wraps rather than widening the page (German made it 974 px wide, which
// squeezed the spec and dataflow docks to ~296 px and their tables scrolled),
// so the page needs at most 700 px and the left dock keeps its 340 px. The
// widest result page sets the window's room, so the Explore page's chart bar
// (1003 px in German) wraps too.
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

#include <cstdlib>

#include "app/gui/language_switch.h"
#include "app/gui/main_window.h"
#include "tests/app/gui_waits.h"
#include "views/roofline/roofline_view.h"

using rl::gui::LanguageSwitch;
using rl::gui::MainWindow;

namespace {
// What sets the page's minimum width: its children, widest first.
QString widest(const QWidget* page) {
    QStringList out;
    for (const QWidget* child : page->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (child->isVisibleTo(page))
            out << QStringLiteral("%1 '%2' %3 px")
                       .arg(child->metaObject()->className())
                       .arg(child->property("text").toString())
                       .arg(child->minimumSizeHint().width());
    return out.join(", ");
}
}  // namespace

class TestGuiRooflineWidth : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { QVERIFY(rl::test::startInEnglish(QStringLiteral(RIDGELINE_QM_DIR))); }
    void cleanup() { QVERIFY(LanguageSwitch::instance().setLanguage("en")); }

    void pageLeavesTheDockItsWidth_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("project");
        for (const QString& language : LanguageSwitch::languages())
            for (const char* project : {"llama2-7b-chat-on-a100", "resnet50-on-eyeriss"})
                QTest::newRow(qPrintable(language + " " + project))
                    << language << QString::fromLatin1(project);
    }
    void pageLeavesTheDockItsWidth() {
        QFETCH(QString, language);
        QFETCH(QString, project);
        QVERIFY(LanguageSwitch::instance().setLanguage(language));
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(
            w.openFile(QStringLiteral(RIDGELINE_SAMPLES) + "/projects/" + project + ".json", true));
        QVERIFY(rl::test::waitForResult(w, 60000));
        w.resultTabs()->setCurrentWidget(w.roofline());
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();  // the dataflow dock's width is set a turn later

        const QSize min = w.roofline()->minimumSizeHint();
        QVERIFY2(min.width() <= 700,
                 qPrintable(
                     QStringLiteral("page %1 px: %2").arg(min.width()).arg(widest(w.roofline()))));
        // Its wrapped tool bar still shows every control whole.
        for (const QToolButton* b : w.roofline()->findChildren<QToolButton*>())
            if (b->isVisibleTo(w.roofline()))
                QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
        for (const QComboBox* c : w.roofline()->findChildren<QComboBox*>())
            if (c->isVisibleTo(w.roofline()))
                QVERIFY2(c->width() >= c->sizeHint().width(), qPrintable(c->currentText()));
        // The docks on the left in view (tabified ones behind them sit outside the window).
        int left = 0;
        for (QDockWidget* d : w.findChildren<QDockWidget*>()) {
            if (!d->isVisible() || d->isFloating() ||
                w.dockWidgetArea(d) != Qt::LeftDockWidgetArea || !w.rect().contains(d->geometry()))
                continue;
            ++left;
            QVERIFY2(d->width() >= 330,
                     qPrintable(QStringLiteral("%1: %2 px").arg(d->objectName()).arg(d->width())));
        }
        QVERIFY(left > 0);

        // Without a baseline the side-by-side button, which could not be
        // pressed, is not shown, and the tool bar is one row (German wrapped
        // it onto a second row, costing the plot a row's height).
        const auto shown = [&w] {
            QList<const QToolButton*> out;
            for (const QToolButton* b : w.roofline()->findChildren<QToolButton*>())
                if (b->isVisibleTo(w.roofline())) out << b;
            return out;
        };
        int top = -1;
        for (const QToolButton* b : shown()) {
            const int y = b->mapTo(w.roofline(), QPoint(0, b->height() / 2)).y();
            if (top < 0) top = y;
            QVERIFY2(std::abs(y - top) < b->height(),
                     qPrintable(QStringLiteral("'%1' on another row").arg(b->text())));
        }
        // Comparing brings it back.
        const int before = static_cast<int>(shown().size());
        w.compareWithHardware(QStringLiteral(RIDGELINE_SAMPLES) +
                              "/hardware/nvidia-h100-sxm5-80gb.json");
        QVERIFY(QTest::qWaitFor(
            [&w] {
                return w.results()->baseline() && w.results()->result() != w.results()->baseline();
            },
            60000));
        QCoreApplication::processEvents();
        QCOMPARE(static_cast<int>(shown().size()), before + 1);
    }
};

QTEST_MAIN(TestGuiRooflineWidth)
#include "test_gui_roofline_width.moc"
