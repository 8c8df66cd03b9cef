#include "views/common/save_error_text.h"

#include <QStringList>

#include "core/spec/atomic_save.h"
#include "views/common/phrase_text.h"

namespace rl {
namespace views {

QString saveErrorText(const rl::SaveError& error) {
    if (error.ok()) return {};
    // A reason built without its sentence (never by atomic_save) reads in English.
    if (error.sentence.empty()) return QString::fromStdString(error.english);
    QStringList parts;
    for (const rl::Phrase& part : error.parts) parts << phraseText(part);
    return phraseText(error.sentence, rl::kSpecTextContext, parts);
}

}  // namespace views
}  // namespace rl
