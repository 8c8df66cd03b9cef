#pragma once
// Phrases the spec readers share for the value a user wrote: quoted text and
// a JSON value with its type ("12 (a number)"). The quotes and the type words
// are translated with the rest of a diagnostic (docs/messages.md).
#include <string>

#include <nlohmann/json.hpp>

#include "core/spec/phrase.h"

namespace rl {

// "\"<shown>\"": text as the user wrote it, already shortened (displayValue).
Phrase quotedValue(std::string shown);
// "<json> (a number)": a JSON value, shortened, with the name of its type.
Phrase jsonValueWithType(const nlohmann::json& v);
// "did you mean "<best>"?", for an unknown key or value.
Phrase didYouMean(std::string best);

}  // namespace rl
