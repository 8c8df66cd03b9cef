#include "app/gui/settings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace rl {
namespace gui {

namespace {
// The keys, as earlier versions wrote them (so existing preferences load).
const char* const kGeometry = "window/geometry";
const char* const kState = "window/state";
const char* const kOpenFolder = "folders/open";
const char* const kExportFolder = "folders/export";
const char* const kLanguage = "ui/language";
const char* const kTheme = "ui/theme";
const char* const kDebounce = "run/debounceMs";
const char* const kRecent = "recentFiles";
const char* const kRecoveryGroup = "recovery";
const char* const kRecoveryPath = "recovery/originalPath";
const char* const kRecoveryTime = "recovery/time";
}  // namespace

Settings Settings::load() { return load(QSettings()); }

Settings Settings::load(const QSettings& store) {
    Settings s;
    s.windowGeometry = store.value(kGeometry).toByteArray();
    s.windowState = store.value(kState).toByteArray();
    s.openFolder = store.value(kOpenFolder).toString();
    s.exportFolder = store.value(kExportFolder).toString();
    s.language = store.value(kLanguage).toString();
    s.theme = store.value(kTheme, s.theme).toString() == "dark" ? "dark" : "light";
    s.debounceMs = store.value(kDebounce, s.debounceMs).toInt();
    if (s.debounceMs <= 0) s.debounceMs = Settings().debounceMs;
    s.recentFiles = store.value(kRecent).toStringList();
    while (s.recentFiles.size() > kMaxRecent) s.recentFiles.removeLast();
    s.recoveryOriginalPath = store.value(kRecoveryPath).toString();
    s.recoveryTime = store.value(kRecoveryTime).toDateTime();
    return s;
}

void Settings::save() const {
    QSettings store;
    save(store);
}

void Settings::save(QSettings& store) const {
    auto put = [&store](const char* key, const QVariant& value, bool keep) {
        if (keep)
            store.setValue(key, value);
        else
            store.remove(key);
    };
    put(kGeometry, windowGeometry, !windowGeometry.isEmpty());
    put(kState, windowState, !windowState.isEmpty());
    put(kOpenFolder, openFolder, !openFolder.isEmpty());
    put(kExportFolder, exportFolder, !exportFolder.isEmpty());
    put(kLanguage, language, !language.isEmpty());
    store.setValue(kTheme, theme);
    store.setValue(kDebounce, debounceMs);
    store.setValue(kRecent, recentFiles);
    if (recoveryTime.isValid()) {
        store.setValue(kRecoveryPath, recoveryOriginalPath);
        store.setValue(kRecoveryTime, recoveryTime);
    } else {
        store.remove(kRecoveryGroup);
    }
    store.sync();
}

void Settings::addRecent(const QString& path) {
    recentFiles.removeAll(path);
    recentFiles.prepend(path);
    while (recentFiles.size() > kMaxRecent) recentFiles.removeLast();
}

void Settings::rememberOpenFolder(const QString& file) {
    openFolder = QFileInfo(file).absolutePath();
}

void Settings::rememberExportFolder(const QString& file) {
    exportFolder = QFileInfo(file).absolutePath();
}

QString Settings::exportStart() const {
    return exportFolder.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
               : exportFolder;
}

}  // namespace gui
}  // namespace rl
