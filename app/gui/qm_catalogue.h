#pragma once
// The messages of a compiled translation (.qm): context, English source and
// translations. QTranslator only answers "source -> translation"; switching
// the language at run time also needs the way back (a label's German text ->
// the source it was made from), so the catalogue is read here.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace rl {
namespace gui {

struct CatalogueEntry {
    QString context;           // the tr() context, e.g. "rl::gui::MainWindow"
    QString source;            // the English text in the code
    QString comment;           // tr()'s disambiguation, usually empty
    QStringList translations;  // one per plural form; empty strings where unfinished
};

// The messages of a .qm file's bytes; empty (and `error` set) if it is not one.
std::vector<CatalogueEntry> readQmCatalogue(const QByteArray& qm, QString* error = nullptr);

}  // namespace gui
}  // namespace rl
