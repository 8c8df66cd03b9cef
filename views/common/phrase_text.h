#pragma once
// Renders an engine Phrase (core/spec/phrase.h) in the user's language: the
// pattern translated in its context, the values in the GUI's number formats.
#include <QString>
#include <QStringList>

#include "core/spec/phrase.h"

namespace rl {
namespace views {

// `pattern` with %1..%99 replaced in one pass by `values` (a value holding
// "%1" stays as it is); a missing value reads as empty.
QString fillPattern(const QString& pattern, const QStringList& values);

// One value as the user reads it.
QString phraseArgText(const rl::PhraseArg& a);

// The phrase translated in `context` (RL_TR's first argument); a pattern the
// catalogue does not know (a value as the user wrote it) is shown as it is.
// `extra` fills the placeholders after the phrase's own values.
QString phraseText(const rl::Phrase& p, const char* context = rl::kSpecTextContext,
                   const QStringList& extra = {});

}  // namespace views
}  // namespace rl
