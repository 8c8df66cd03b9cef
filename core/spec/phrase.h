#pragma once
// A fragment of a spec reader's message ("at most %1 memory levels") as an
// English pattern and typed values. The CLI, exports and tests print
// english(); the GUI translates the pattern in the "SpecText" context and
// formats the values in the user's language (docs/messages.md). A plain
// string converts to a pattern without values: a fixed phrase, or a value as
// the user wrote it, shown as it is unless the catalogue knows the text.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/spec/units.h"

// Marks a translatable pattern for lupdate, which reads RL_TR as
// QT_TRANSLATE_NOOP (app/gui/CMakeLists.txt); core gets the text unchanged.
// lupdate cannot expand macros, so write the context as a literal:
// RL_TR("SpecText", "at most %1 memory levels").
#define RL_TR(context, text) text

namespace rl {

// The translation context of every spec-reader pattern.
inline constexpr const char* kSpecTextContext = "SpecText";

struct PhraseArg {
    enum class Kind {
        text,      // a key, a name or a value as the user wrote it: shown as written
        integer,   // a count or an index
        number,    // a plain number, `digits` significant digits
        quantity,  // a value in SI units of `dimension`, shown with a unit prefix
    };
    Kind kind = Kind::text;
    std::string text;
    double value = 0;
    Dimension dimension = Dimension::bytes;
    int digits = 4;

    static PhraseArg verbatim(std::string s) { return {Kind::text, std::move(s)}; }
    static PhraseArg integer(std::int64_t n) { return {Kind::integer, {}, static_cast<double>(n)}; }
    static PhraseArg number(double v, int digits = 4) {
        return {Kind::number, {}, v, Dimension::bytes, digits};
    }
    static PhraseArg quantity(double v, Dimension d, int digits = 4) {
        return {Kind::quantity, {}, v, d, digits};
    }
    // The English rendering (the engine's own formats).
    std::string english() const;
};

struct Phrase {
    std::string pattern;  // English; %1..%9 stand for args in order
    std::vector<PhraseArg> args;

    Phrase() = default;
    Phrase(std::string fixed) : pattern(std::move(fixed)) {}    // NOLINT: implicit on purpose
    Phrase(const char* fixed) : pattern(fixed ? fixed : "") {}  // NOLINT
    Phrase(std::string pattern_, std::vector<PhraseArg> args_)
        : pattern(std::move(pattern_)), args(std::move(args_)) {}

    bool empty() const { return pattern.empty(); }
    // The pattern with %N replaced by args[N-1].english(); a %N without an
    // argument stays as written.
    std::string english() const;
};

}  // namespace rl
