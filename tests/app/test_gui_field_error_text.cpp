// Field errors in the user's language: a bad value typed into the hardware
// editor marks the field, and its tooltip and the window's message list read
// in German and Chinese (the spec reader's typed diagnostics through
// views/editors/diagnostic_text.h), with no "%1" left and nothing in English
// but the values and the JSON path. With RIDGELINE_SCREENSHOT_DIR set, the
// window is saved with the field's tooltip as field-error-<language>.png.
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolTip>
#include <QtTest>

#include "app/gui/language_switch.h"
#include "app/gui/main_window.h"
#include "tests/app/gui_waits.h"
#include "views/editors/spec_editor.h"

using rl::gui::MainWindow;

namespace {

const QString kSample = QStringLiteral(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json";
const QRegularExpression kPlaceholder(QStringLiteral("%\\d"));

// The window as a person sees it, with the tooltip that is showing (a window
// of its own) painted where it floats.
QPixmap grabWithTooltip(QWidget* window) {
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top->inherits("QTipLabel") && top->isVisible())
            top->render(&painter, top->pos() - window->pos());
    return shot;
}

}  // namespace

class TestGuiFieldErrorText : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        rl::gui::LanguageSwitch::instance().addQmFolder(RIDGELINE_QM_DIR);
    }
    void cleanupTestCase() { rl::gui::LanguageSwitch::instance().setLanguage("en"); }

    void fieldErrorsReadInTheLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("errorWord");   // the severity in that language
        QTest::addColumn<QString>("reasonWord");  // a word of the bandwidth's expectation
        QTest::newRow("de") << "de"
                            << "Fehler"
                            << "Bandbreite";
        QTest::newRow("zh_CN") << "zh_CN" << QString::fromUtf8("错误") << QString::fromUtf8("带宽");
    }
    void fieldErrorsReadInTheLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, errorWord);
        QFETCH(QString, reasonWord);
        QVERIFY(rl::gui::LanguageSwitch::instance().setLanguage(language));
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(kSample));
        QVERIFY(rl::test::waitForResult(w, 60000));
        w.hardwareEditor()->editField("/memory/0/bandwidth", "2039 furlongs");
        w.hardwareEditor()->editField("/tdp", "-400 W");
        QVERIFY(!w.hardwareEditor()->isValid());

        // The message list: one translated line per field error, path and value as written.
        QStringList errors;
        for (int i = 0; i < w.messages()->count(); ++i)
            if (w.messages()->item(i)->text().contains("/memory/0/bandwidth") ||
                w.messages()->item(i)->text().contains("/tdp"))
                errors << w.messages()->item(i)->text();
        QCOMPARE(errors.size(), 2);
        for (const QString& line : errors) {
            QVERIFY2(line.contains(errorWord) && !line.contains(": error: ") &&
                         !line.contains(kPlaceholder),
                     qPrintable(line));
        }
        QVERIFY2(errors.join('\n').contains("furlongs") && errors.join('\n').contains(reasonWord),
                 qPrintable(errors.join('\n')));

        // The field: marked, its tooltip carries the same translated line.
        QLineEdit* field = w.hardwareEditor()->lineEditFor("/memory/0/bandwidth");
        QVERIFY(field && field->property("hasProblem").toBool());
        QVERIFY2(field->toolTip().contains(reasonWord) &&
                     !field->toolTip().contains("expected a") &&
                     !field->toolTip().contains(kPlaceholder),
                 qPrintable(field->toolTip()));

        if (const QString dir = qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            // The hardware editor and the message list in front, the field scrolled into view.
            for (QWidget* shown :
                 {static_cast<QWidget*>(field), static_cast<QWidget*>(w.messages())})
                for (QWidget* p = shown; p; p = p->parentWidget())
                    if (auto* dock = qobject_cast<QDockWidget*>(p)) dock->raise();
            QTest::qWait(100);
            field->setFocus();
            QTest::qWait(100);  // the form settles before it scrolls to the field
            for (QWidget* p = field->parentWidget(); p; p = p->parentWidget())
                if (auto* area = qobject_cast<QScrollArea*>(p)) area->ensureWidgetVisible(field);
            QTest::qWait(100);
            QToolTip::showText(field->mapToGlobal(QPoint(0, field->height())), field->toolTip(),
                               field);
            QTest::qWait(300);
            QVERIFY(
                grabWithTooltip(&w).save(QDir(dir).filePath("field-error-" + language + ".png")));
            QToolTip::hideText();
        }
    }
};

QTEST_MAIN(TestGuiFieldErrorText)
#include "test_gui_field_error_text.moc"
