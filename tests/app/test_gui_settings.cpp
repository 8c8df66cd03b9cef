// The typed settings: defaults from an empty store, a full round trip through
// QSettings, the keys earlier versions wrote, recent files and the folders
// the export dialog starts in.
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "app/gui/settings.h"

using rl::gui::Settings;

class TestGuiSettings : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void defaultsFromAnEmptyStore() {
        QTemporaryDir dir;
        QSettings store(dir.filePath("empty.ini"), QSettings::IniFormat);
        const Settings s = Settings::load(store);
        QCOMPARE(s, Settings());
        QCOMPARE(s.theme, QString("light"));
        QCOMPARE(s.debounceMs, 150);
        QVERIFY(s.language.isEmpty());
        QVERIFY(!s.recoveryTime.isValid());
        QVERIFY(!s.exportStart().isEmpty());  // Documents
    }

    void roundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath("settings.ini");
        Settings s;
        s.windowGeometry = QByteArray("\x01\x02geometry", 10);
        s.windowState = QByteArray("state");
        s.openFolder = "/home/me/projects";
        s.exportFolder = "/home/me/figures";
        s.language = "de";
        s.theme = "dark";
        s.debounceMs = 600;
        s.recentFiles = {"/a.json", "/b.json"};
        s.recoveryOriginalPath = "/a.json";
        s.recoveryTime = QDateTime(QDate(2026, 12, 6), QTime(14, 30, 5));
        {
            QSettings store(path, QSettings::IniFormat);
            s.save(store);
        }
        QSettings store(path, QSettings::IniFormat);
        const Settings back = Settings::load(store);
        QCOMPARE(back, s);
        QCOMPARE(back.exportStart(), QString("/home/me/figures"));
        // The keys earlier versions wrote, so existing preferences still load.
        QCOMPARE(store.value("ui/language").toString(), QString("de"));
        QCOMPARE(store.value("ui/theme").toString(), QString("dark"));
        QCOMPARE(store.value("run/debounceMs").toInt(), 600);
        QCOMPARE(store.value("recentFiles").toStringList(), s.recentFiles);
        // No recovery: its keys are removed.
        Settings cleared = back;
        cleared.recoveryOriginalPath.clear();
        cleared.recoveryTime = QDateTime();
        cleared.save(store);
        QVERIFY(!store.contains("recovery/time"));
        QVERIFY(!store.contains("recovery/originalPath"));
        QCOMPARE(Settings::load(store), cleared);
    }

    void badValuesFallBack() {
        QTemporaryDir dir;
        QSettings store(dir.filePath("bad.ini"), QSettings::IniFormat);
        store.setValue("ui/theme", "purple");
        store.setValue("run/debounceMs", -5);
        QStringList many;
        for (int i = 0; i < 20; ++i) many << QString("/p%1.json").arg(i);
        store.setValue("recentFiles", many);
        const Settings s = Settings::load(store);
        QCOMPARE(s.theme, QString("light"));
        QCOMPARE(s.debounceMs, 150);
        QCOMPARE(s.recentFiles.size(), Settings::kMaxRecent);
    }

    void recentFilesAndFolders() {
        Settings s;
        for (int i = 0; i < 10; ++i) s.addRecent(QString("/p%1.json").arg(i));
        QCOMPARE(s.recentFiles.size(), Settings::kMaxRecent);
        QCOMPARE(s.recentFiles.front(), QString("/p9.json"));
        s.addRecent("/p5.json");  // again: moves to the front, once
        QCOMPARE(s.recentFiles.front(), QString("/p5.json"));
        QCOMPARE(s.recentFiles.count("/p5.json"), 1);
        s.rememberExportFolder("/tmp/out/roofline.svg");
        QCOMPARE(s.exportFolder, QString("/tmp/out"));
        QCOMPARE(s.exportStart(), QString("/tmp/out"));
        s.rememberOpenFolder("/work/projects/x.json");
        QCOMPARE(s.openFolder, QString("/work/projects"));
    }
};

QTEST_GUILESS_MAIN(TestGuiSettings)
#include "test_gui_settings.moc"
