#include "views/start/sample_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include "core/spec/atomic_save.h"
#include "core/spec/spec_io.h"
#include "views/common/save_error_text.h"
#include "views/explore/localized_name.h"

namespace rl {
namespace views {

QString samplesDir() {
    const QString env = qEnvironmentVariable("RIDGELINE_SAMPLES");
    if (!env.isEmpty() && QDir(env).exists()) return env;
    const QString installed =
        QCoreApplication::applicationDirPath() + "/../share/ridgeline/samples";
    if (QDir(installed).exists()) return QDir(installed).absolutePath();
    return QStringLiteral(RIDGELINE_SAMPLES_DIR);
}

QString userLibraryDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/library";
}

namespace {
void scan(const QString& dir, bool user, QList<LibraryEntry>& out) {
    const QFileInfoList files = QDir(dir).entryInfoList({"*.json"}, QDir::Files, QDir::Name);
    for (const QFileInfo& fi : files) {
        LibraryEntry e;
        e.path = fi.absoluteFilePath();
        e.user = user;
        e.name = fi.completeBaseName();
        rl::Diagnostics diag;
        if (auto doc = rl::readJsonFile(e.path.toStdString(), diag); doc && doc->is_object()) {
            // A sweep may name itself per language (localized_name.h).
            if (auto it = doc->find("name"); it != doc->end())
                if (const QString name = localizedName(*it); !name.isEmpty()) e.name = name;
            e.dataflow = doc->contains("dataflow");
            for (const char* key : {"description", "vendor", "source"}) {
                auto it = doc->find(key);
                if (it != doc->end() && it->is_string()) {
                    e.description = QString::fromStdString(it->get<std::string>());
                    break;
                }
            }
        }
        out.push_back(e);
    }
}
}  // namespace

QList<LibraryEntry> libraryEntries(const QString& kindFolder) {
    QList<LibraryEntry> out;
    scan(samplesDir() + "/" + kindFolder, false, out);
    scan(userLibraryDir() + "/" + kindFolder, true, out);
    return out;
}

QString saveToUserLibrary(const QString& kindFolder, const rl::Json& doc, QString* error) {
    QString name = "untitled";
    if (auto it = doc.find("name"); it != doc.end() && it->is_string())
        name = QString::fromStdString(it->get<std::string>());
    QString file = name.toLower().replace(QRegularExpression("[^a-z0-9._-]+"), "-");
    file.remove(QRegularExpression("^-+|-+$"));
    if (file.isEmpty()) file = "untitled";
    const QString dir = userLibraryDir() + "/" + kindFolder;
    QDir().mkpath(dir);
    const QString path = dir + "/" + file + ".json";
    const rl::SaveError err = rl::saveJsonTyped(path.toStdString(), doc);
    if (!err.ok()) {
        if (error) *error = saveErrorText(err);
        return {};
    }
    return path;
}

}  // namespace views
}  // namespace rl
