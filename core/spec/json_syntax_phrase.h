#pragma once
// The expectation of a JSON syntax error, "valid JSON (<the parser's
// words>)", typed for the GUI (docs/messages.md). The English stays the
// parser's (nlohmann's) message byte for byte; each pattern spells that
// message with its parts as values (%4 the parser's position, %5 what it was
// parsing, %6 the rest of its words), so a translation can say instead what
// we know ourselves: %1 the offending character, literal or control
// character, %2 and %3 the line and column of the byte the parser stopped
// at, %7 and %8 where the bracket still open at the end was opened.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/spec/phrase.h"

namespace rl {

// Calls `onBracket(offset)` for every bracket ('[', ']', '{', '}') of `text`
// outside strings, in order: the raw text's structure, read before (or
// without) parsing it.
template <class OnBracket>
void forEachJsonBracket(std::string_view text, OnBracket&& onBracket) {
    bool inString = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == ']' || c == '{' || c == '}') {
            onBracket(i);
        }
    }
}

// `shown`: the parser's message as the diagnostic shows it (without its
// "[json.exception.parse_error.101] " prefix, shortened by displayValue);
// `line`, `column`: where the parser stopped, from its byte position. A message of a shape not
// known here gives "valid JSON (%1)" with the message as a value.
Phrase jsonSyntaxExpectation(std::string_view text, const std::string& shown, int line, int column);

// "valid JSON (number overflow parsing '1e400'; numbers must fit a double)":
// the number as written is %1.
Phrase jsonNumberExpectation(const std::string& shown);

}  // namespace rl
