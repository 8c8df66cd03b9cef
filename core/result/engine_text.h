#pragma once
// The engines' rarer sentences (run errors, lowering errors, a collective's
// warning) as Phrases translated in one context, "EngineText", so none needs
// a MessageId of its own (docs/messages.md). Mark each pattern for lupdate
// where it is written: RL_TR("EngineText", "zero stage %1: expected 0..3").
#include <utility>
#include <vector>

#include "core/result/message_error.h"

namespace rl {

inline constexpr const char* kEngineTextContext = "EngineText";

// A MessageId::phrase message in the EngineText context; english = p.english().
inline Message engineMessage(Phrase p) {
    return Message::fromPhrase(kEngineTextContext, std::move(p));
}

// The same with `parts` filling the placeholders after the phrase's own
// values, each a message translated on its own (MessageText renders clauses
// so); english has the parts' English in their places.
inline Message engineMessage(Phrase p, std::vector<Message> parts) {
    Phrase whole = p;
    for (const Message& part : parts) whole.args.push_back(PhraseArg::verbatim(part.english));
    Message m = engineMessage(std::move(p));
    m.english = whole.english();
    m.clauses = std::move(parts);
    return m;
}

// Throws the phrase as a MessageError: what() is its English, unchanged for
// the CLI and every catch of std::invalid_argument; the GUI translates it.
[[noreturn]] inline void throwEngineError(Phrase p) {
    throw MessageError(engineMessage(std::move(p)));
}

}  // namespace rl
