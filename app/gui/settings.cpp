#include "app/gui/settings.h"

#include <algorithm>

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "views/common/chart_export.h"

namespace rl {
namespace gui {

namespace {
// The keys, as earlier versions wrote them (so existing preferences load).
const char* const kGeometry = "window/geometry";
const char* const kState = "window/state";
const char* const kOpenFolder = "folders/open";
const char* const kExportFolder = "folders/export";
const char* const kExportWidth = "export/width";
const char* const kExportHeight = "export/height";
const char* const kExportDpi = "export/dpi";
const char* const kExportScale = "export/scale";
const char* const kExportInches = "export/inches";
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
    s.exportWidth = std::max(0, store.value(kExportWidth, 0).toInt());
    s.exportHeight = std::max(0, store.value(kExportHeight, 0).toInt());
    s.exportDpi = std::clamp(store.value(kExportDpi, s.exportDpi).toDouble(), 24.0, 1200.0);
    s.exportScale = std::clamp(store.value(kExportScale, s.exportScale).toDouble(), 0.1, 20.0);
    s.exportInches = store.value(kExportInches, false).toBool();
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
    put(kExportWidth, exportWidth, exportWidth > 0);
    put(kExportHeight, exportHeight, exportHeight > 0);
    store.setValue(kExportDpi, exportDpi);
    store.setValue(kExportScale, exportScale);
    store.setValue(kExportInches, exportInches);
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

void installExportMemory() {
    views::ExportMemory m;
    m.folder = [] { return Settings::load().exportFolder; };
    m.rememberFolder = [](const QString& file) {
        Settings s = Settings::load();
        s.rememberExportFolder(file);
        s.save();
    };
    m.options = [] {
        const Settings s = Settings::load();
        views::ChartExportOptions o;
        o.width = s.exportWidth;
        o.height = s.exportHeight;
        o.dpi = s.exportDpi;
        o.scale = s.exportScale;
        o.inches = s.exportInches;
        return o;
    };
    m.rememberOptions = [](const views::ChartExportOptions& o) {
        Settings s = Settings::load();
        s.exportWidth = o.width;
        s.exportHeight = o.height;
        s.exportDpi = o.dpi;
        s.exportScale = o.scale;
        s.exportInches = o.inches;
        s.save();
    };
    views::setExportMemory(std::move(m));
}

}  // namespace gui
}  // namespace rl
