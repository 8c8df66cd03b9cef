#include "core/spec/json_syntax_phrase.h"

#include <optional>
#include <vector>

#include "core/spec/input_file.h"

namespace rl {
namespace {

using A = PhraseArg;

// The parser's message cut into the parts the patterns spell:
// "<position>: syntax error while parsing <context> - <body>".
struct ParserWords {
    std::string position, context, body;
};

std::optional<ParserWords> splitParserWords(const std::string& shown) {
    static constexpr std::string_view kSyntax = ": syntax error while parsing ";
    const auto at = shown.find(kSyntax);
    if (at == std::string::npos) return std::nullopt;
    const auto dash = shown.find(" - ", at + kSyntax.size());
    if (dash == std::string::npos) return std::nullopt;
    return ParserWords{shown.substr(0, at),
                       shown.substr(at + kSyntax.size(), dash - at - kSyntax.size()),
                       shown.substr(dash + 3)};
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// The innermost bracket still open at the end of `text`; its offset or npos.
std::size_t openBracketAtEnd(std::string_view text) {
    std::vector<std::size_t> open;
    forEachJsonBracket(text, [&](std::size_t i) {
        if (text[i] == '{' || text[i] == '[')
            open.push_back(i);
        else if (!open.empty())
            open.pop_back();
    });
    return open.empty() ? std::string_view::npos : open.back();
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The pattern and %1 for the parser's `body`; null when its shape is not known here.
struct Shape {
    const char* pattern = nullptr;
    std::string first;  // %1
    std::string rest;   // %6: the parser's words after the part the pattern spells
};

Shape shapeOf(std::string_view text, const ParserWords& w, std::size_t& openAt) {
    const std::string_view body = w.body;
    auto after = [&](std::string_view prefix) { return std::string(body.substr(prefix.size())); };
    openAt = std::string_view::npos;
    if (startsWith(body, "unexpected end of input")) {
        const std::string rest = after("unexpected end of input");
        if (blank(text) && w.context == "value")
            //: the document is empty or blank; %2, %3: line and column
            return {RL_TR("SpecText",
                          "valid JSON (%4: syntax error while parsing value - unexpected end of "
                          "input%6)"),
                    {},
                    rest};
        openAt = openBracketAtEnd(text);
        if (openAt == std::string_view::npos) return {};
        //: the text ends while the bracket %1 opened at line %7, column %8 is still open; %2, %3:
        //: where the text ends
        return {RL_TR("SpecText",
                      "valid JSON (%4: syntax error while parsing %5 - unexpected end of input%6)"),
                std::string(1, text[openAt]), rest};
    }
    // Shapes whose words the pattern spells as they are, the rest a value.
    struct Plain {
        std::string_view words;
        const char* pattern;
    };
    static constexpr Plain kPlain[] = {
        //: a string (in quotes) where none may stand, at line %2, column %3
        {"unexpected string literal",
         RL_TR("SpecText",
               "valid JSON (%4: syntax error while parsing %5 - unexpected string literal%6)")},
        //: a number where none may stand, at line %2, column %3
        {"unexpected number literal",
         RL_TR("SpecText",
               "valid JSON (%4: syntax error while parsing %5 - unexpected number literal%6)")},
        //: a word or character that is not JSON (not a string, number, object, array, true,
        //: false or null) at line %2, column %3
        {"invalid literal",
         RL_TR("SpecText", "valid JSON (%4: syntax error while parsing %5 - invalid literal%6)")},
        //: a number written wrongly at line %2, column %3
        {"invalid number",
         RL_TR("SpecText", "valid JSON (%4: syntax error while parsing %5 - invalid number%6)")},
        //: a string whose closing quote is missing; the text ends at line %2, column %3
        {"invalid string: missing closing quote",
         RL_TR("SpecText",
               "valid JSON (%4: syntax error while parsing %5 - invalid string: "
               "missing closing quote%6)")},
        //: a byte that is not UTF-8 inside a string, at line %2, column %3
        {"invalid string: ill-formed UTF-8 byte",
         RL_TR("SpecText",
               "valid JSON (%4: syntax error while parsing %5 - invalid string: "
               "ill-formed UTF-8 byte%6)")},
    };
    for (const Plain& p : kPlain)
        if (startsWith(body, p.words)) return {p.pattern, {}, after(p.words)};
    for (const char* word : {"true", "false", "null"})
        if (startsWith(body, std::string("unexpected ") + word + " literal"))
            //: %1: true, false or null where none may stand, at line %2, column %3
            return {RL_TR("SpecText",
                          "valid JSON (%4: syntax error while parsing %5 - unexpected %1 "
                          "literal%6)"),
                    word, after(std::string("unexpected ") + word + " literal")};
    // A bracket, colon or comma: the parser names it in quotes, "'}'".
    if (body.size() >= 14 && startsWith(body, "unexpected '") && body[13] == '\'')
        //: %1: the character (a bracket, colon or comma) where it may not stand, at line %2,
        //: column %3
        return {
            RL_TR("SpecText", "valid JSON (%4: syntax error while parsing %5 - unexpected %1%6)"),
            std::string(body.substr(11, 3)), after("unexpected '}'")};
    if (startsWith(body, "invalid string: control character U+") && body.size() >= 40)
        //: %1: a control character (U+000A is a line break) inside a string, at line %2,
        //: column %3; it must be written as an escape such as \n
        return {RL_TR("SpecText",
                      "valid JSON (%4: syntax error while parsing %5 - invalid string: control "
                      "character %1%6)"),
                std::string(body.substr(34, 6)), after("invalid string: control character U+0000")};
    if (startsWith(body, "invalid string: "))
        //: a backslash escape that is not valid (\u and four hex digits, or one of \" \\ \/ \b
        //: \f \n \r \t) inside a string, at line %2, column %3
        return {RL_TR("SpecText",
                      "valid JSON (%4: syntax error while parsing %5 - invalid string: %6)"),
                {},
                after("invalid string: ")};
    return {};
}

}  // namespace

Phrase jsonSyntaxExpectation(std::string_view text, const std::string& shown, int line,
                             int column) {
    Phrase generic(RL_TR("SpecText", "valid JSON (%1)"), {A::verbatim(shown)});
    const auto words = splitParserWords(shown);
    if (!words) return generic;
    std::size_t openAt = std::string_view::npos;
    const Shape shape = shapeOf(text, *words, openAt);
    if (!shape.pattern) return generic;
    int openLine = 0, openColumn = 0;
    if (openAt != std::string_view::npos) lineAndColumnAt(text, openAt, openLine, openColumn);
    Phrase typed(shape.pattern,
                 {A::verbatim(shape.first), A::integer(line), A::integer(column),
                  A::verbatim(words->position), A::verbatim(words->context),
                  A::verbatim(shape.rest), A::integer(openLine), A::integer(openColumn)});
    // Spelled the parser's words exactly, or they were shortened mid-way:
    // then as they are.
    return typed.english() == generic.english() ? typed : generic;
}

Phrase jsonNumberExpectation(const std::string& shown) {
    Phrase generic(RL_TR("SpecText", "valid JSON (%1; numbers must fit a double)"),
                   {A::verbatim(shown)});
    static constexpr std::string_view kOverflow = "number overflow parsing ";
    if (!startsWith(shown, kOverflow)) return generic;
    //: %1: a number as written in the file, too large for a double
    Phrase typed(RL_TR("SpecText",
                       "valid JSON (number overflow parsing %1; numbers must fit a "
                       "double)"),
                 {A::verbatim(shown.substr(kOverflow.size()))});
    return typed.english() == generic.english() ? typed : generic;
}

}  // namespace rl
