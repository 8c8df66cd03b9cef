#pragma once
// The user's preferences and the window's memory, typed, read and written
// through QSettings in this one place: the keys below are the only ones the
// GUI stores. Load, change a field, save.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QSettings;

namespace rl {
namespace gui {

struct Settings {
    static constexpr int kMaxRecent = 8;

    QByteArray windowGeometry;  // QMainWindow::saveGeometry
    QByteArray windowState;     // docks and tool bars
    QString openFolder;         // where a project was last opened or saved
    QString exportFolder;       // where a chart, table or result was last exported
    // The last chart export size (CSS px; 0: the chart's own), PNG DPI, PDF/SVG scale.
    int exportWidth = 0, exportHeight = 0;
    double exportDpi = 96, exportScale = 1;
    bool exportInches = false;  // the dialog showed inches
    QString language;           // "en", "de", "zh_CN"; empty: the system's
    QString theme = "light";    // "light" or "dark"
    int debounceMs = 150;       // re-run delay after an edit
    QStringList recentFiles;    // most recent first, at most kMaxRecent
    // The autosave of unsaved edits (the file itself lives in the app data folder).
    QString recoveryOriginalPath;  // the project it was made from; empty: untitled
    QDateTime recoveryTime;        // invalid: there is no recovery

    bool operator==(const Settings&) const = default;

    // From the application's QSettings, or from `store`.
    static Settings load();
    static Settings load(const QSettings& store);
    void save() const;
    void save(QSettings& store) const;

    // Puts `path` first in the recent files, once, keeping kMaxRecent.
    void addRecent(const QString& path);
    // The folder of `file` becomes the last open or export folder.
    void rememberOpenFolder(const QString& file);
    void rememberExportFolder(const QString& file);
    // Where an export dialog starts: the last export folder, else Documents.
    QString exportStart() const;
};

// Lets every export dialog of the views (views/common/chart_export.h) start in
// the last export folder with the last size, and remember the new choice here.
void installExportMemory();

}  // namespace gui
}  // namespace rl
