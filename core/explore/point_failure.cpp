#include "core/explore/point_failure.h"

namespace rl::explore {
namespace {

// A phrase message whose placeholders are filled by `clauses`, in order; its
// English is the pattern filled with the clauses' English.
Message composed(const char* context, const char* pattern, std::vector<Message> clauses) {
    std::vector<PhraseArg> englishParts;
    for (const Message& c : clauses) englishParts.push_back(PhraseArg::verbatim(c.english));
    Message m = Message::fromPhrase(context, Phrase(pattern));
    m.english = Phrase(pattern, std::move(englishParts)).english();
    m.clauses = std::move(clauses);
    return m;
}

// A value shown as written (a file name, a JSON path, a line number).
Message written(PhraseArg value) {
    return Message::fromPhrase(kSpecTextContext, Phrase("%1", {std::move(value)}));
}

// A part of the diagnostic from its typed twin, or from its English when the
// twin is missing or no longer says the same (a field rewritten afterwards).
Message part(const Phrase& twin, const std::string& english) {
    if (!twin.empty() && twin.english() == english)
        return Message::fromPhrase(kSpecTextContext, twin);
    return written(PhraseArg::verbatim(english));
}

}  // namespace

Message diagnosticMessage(const Diagnostic& d) {
    return diagnosticMessage(d, part(d.expectedText, d.expected));
}

Message diagnosticMessage(const Diagnostic& d, Message expected) {
    // The same composition as views::diagnosticLine and Diagnostic::format().
    Message where = d.path.empty()
                        ? Message::fromPhrase(kDiagnosticFrameContext,
                                              RL_TR("rl::views::DiagnosticText", "(document)"))
                        : written(PhraseArg::verbatim(d.path));
    if (d.line > 0)
        where = composed(kDiagnosticFrameContext,
                         RL_TR("rl::views::DiagnosticText", "%1 (line %2, column %3)"),
                         {std::move(where), written(PhraseArg::integer(d.line)),
                          written(PhraseArg::integer(d.column))});
    Message body = std::move(expected);
    if (!d.value.empty())
        body = composed(kDiagnosticFrameContext, RL_TR("rl::views::DiagnosticText", "got %1; %2"),
                        {part(d.valueText, d.value), std::move(body)});
    if (!d.suggestion.empty())
        body = composed(kDiagnosticFrameContext, RL_TR("rl::views::DiagnosticText", "%1 (%2)"),
                        {std::move(body), part(d.suggestionText, d.suggestion)});
    Message line = composed(kDiagnosticFrameContext,
                            d.severity == Diagnostic::Severity::error
                                ? RL_TR("rl::views::DiagnosticText", "%1: error: %2")
                                : RL_TR("rl::views::DiagnosticText", "%1: warning: %2"),
                            {std::move(where), std::move(body)});
    if (d.file.empty()) return line;
    return composed(kDiagnosticFrameContext, RL_TR("rl::views::DiagnosticText", "%1: %2"),
                    {written(PhraseArg::verbatim(d.file)), std::move(line)});
}

PointError readerFailure(const Diagnostics& diag) {
    for (const Diagnostic& d : diag.items())
        if (d.severity == Diagnostic::Severity::error) return PointError(diagnosticMessage(d));
    return engineFailure(RL_TR("EngineText", "cannot be read"));
}

PointError engineFailure(Phrase why) { return PointError(engineMessage(std::move(why))); }

}  // namespace rl::explore
