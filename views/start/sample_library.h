#pragma once
// The spec library users start from: the shipped samples (samples/<kind>/)
// and their own saved specs (AppDataLocation/library/<kind>/).
#include <QList>
#include <QString>

#include "core/spec/json_reader.h"

namespace rl {
namespace views {

struct LibraryEntry {
    QString path;
    QString name;           // the document's "name", else the file name
    QString description;    // projects: "description"; specs: vendor/source
    bool user = false;      // from the user's library
    bool dataflow = false;  // a project with a dataflow study (an accelerator)
};

// Folder names: "projects", "hardware", "models", "scenarios".
QString samplesDir();
QString userLibraryDir();
QList<LibraryEntry> libraryEntries(const QString& kindFolder);
// Saves a spec document into the user's library; returns the path or empty
// with `error` set.
QString saveToUserLibrary(const QString& kindFolder, const rl::Json& doc, QString* error);

}  // namespace views
}  // namespace rl
