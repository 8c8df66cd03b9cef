#include "views/editors/diagnostic_text.h"

#include "core/spec/diagnostics.h"
#include "views/common/phrase_text.h"

namespace rl {
namespace views {
namespace {

// The typed twin when it still says what the English field says (a caller may
// have rewritten the English after the twin was set), else the English as is.
QString partText(const rl::Phrase& twin, const std::string& english) {
    if (!twin.empty() && twin.english() == english) return phraseText(twin);
    return QString::fromStdString(english);
}

// "<text> (<suggestion>)" when the diagnostic suggests something.
QString withSuggestion(const QString& text, const rl::Diagnostic& d) {
    if (d.suggestion.empty()) return text;
    return fillPattern(DiagnosticText::tr("%1 (%2)"),
                       {text, partText(d.suggestionText, d.suggestion)});
}

// "got V; E (S)" without the word "expected" (Diagnostic::format's body).
QString body(const rl::Diagnostic& d) {
    const QString expected = partText(d.expectedText, d.expected);
    if (d.value.empty()) return withSuggestion(expected, d);
    return withSuggestion(
        fillPattern(DiagnosticText::tr("got %1; %2"), {partText(d.valueText, d.value), expected}),
        d);
}

}  // namespace

QString diagnosticReason(const rl::Diagnostic& d) {
    const QString expected = partText(d.expectedText, d.expected);
    if (d.value.empty())
        return withSuggestion(fillPattern(DiagnosticText::tr("expected %1"), {expected}), d);
    return withSuggestion(fillPattern(DiagnosticText::tr("got %1; expected %2"),
                                      {partText(d.valueText, d.value), expected}),
                          d);
}

QString diagnosticLine(const rl::Diagnostic& d) {
    QString where =
        d.path.empty() ? DiagnosticText::tr("(document)") : QString::fromStdString(d.path);
    if (d.line > 0)
        where = fillPattern(DiagnosticText::tr("%1 (line %2, column %3)"),
                            {where, QString::number(d.line), QString::number(d.column)});
    QString out = fillPattern(d.severity == rl::Diagnostic::Severity::error
                                  ? DiagnosticText::tr("%1: error: %2")
                                  : DiagnosticText::tr("%1: warning: %2"),
                              {where, body(d)});
    if (!d.file.empty())
        out = fillPattern(DiagnosticText::tr("%1: %2"), {QString::fromStdString(d.file), out});
    return out;
}

QString diagnosticsText(const rl::Diagnostics& all) {
    QString out;
    for (const auto& d : all.items()) out += diagnosticLine(d) + QLatin1Char('\n');
    return out;
}

}  // namespace views
}  // namespace rl
