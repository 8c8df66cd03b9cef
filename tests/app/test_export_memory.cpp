// Export dialogs start in the user's last export folder with the last size
// and DPI: the views' export memory backed by the application's settings.
#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "app/gui/settings.h"
#include "views/common/chart_export.h"
#include "views/common/chart_export_dialog.h"

using rl::gui::Settings;
using namespace rl::views;

class TestExportMemory : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // QSettings() writes under ~/.qttest
        QCoreApplication::setOrganizationName("RidgelineTests");
        QCoreApplication::setApplicationName("test_export_memory");
        QSettings().clear();
        rl::gui::installExportMemory();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void settingsRoundTrip() {
        QTemporaryDir dir;
        QSettings store(dir.filePath("s.ini"), QSettings::IniFormat);
        Settings s;
        s.exportFolder = "/home/me/figures";
        s.exportWidth = 1200;
        s.exportHeight = 600;
        s.exportDpi = 300;
        s.exportScale = 1.5;
        s.exportInches = true;
        s.save(store);
        QCOMPARE(Settings::load(store), s);
        store.setValue("export/dpi", 100000);  // out of range: clamped
        QCOMPARE(Settings::load(store).exportDpi, 1200.0);
    }

    void dialogStartsInTheLastFolder() {
        QTemporaryDir dir;
        const QString target = dir.filePath("figure.svg");
        ChartExportOptions chosen;
        chosen.width = 1000;
        chosen.height = 400;
        chosen.dpi = 300;
        chosen.scale = 2;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ChartExportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setPath(target);
            dialog->setOptions(chosen);
            dialog->accept();
        });
        const ChartExportRequest first = askChartExport(nullptr, "Export chart", QSize(640, 480));
        QCOMPARE(first.path, target);
        QCOMPARE(first.options, chosen);
        // Persisted in the settings...
        const Settings saved = Settings::load();
        QCOMPARE(saved.exportFolder, QFileInfo(target).absolutePath());
        QCOMPARE(saved.exportDpi, 300.0);
        QCOMPARE(saved.exportWidth, 1000);
        // ...and the next dialog opens there, with those numbers.
        QString startPath;
        ChartExportOptions startOptions;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ChartExportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            startPath = dialog->path();
            startOptions = dialog->options();
            dialog->reject();
        });
        const ChartExportRequest second = askChartExport(nullptr, "Export chart", QSize(640, 480));
        QVERIFY(second.path.isEmpty());  // cancelled
        QCOMPARE(QFileInfo(startPath).absolutePath(), QFileInfo(target).absolutePath());
        QCOMPARE(startOptions, chosen);
        QCOMPARE(lastExportFolder(), QFileInfo(target).absolutePath());
    }
};

QTEST_MAIN(TestExportMemory)
#include "test_export_memory.moc"
