#pragma once
// A spec reader's Diagnostic (core/spec/diagnostics.h) in the user's language:
// the value, the expectation and the suggestion from their typed twins
// (Phrase, translated in the "SpecText" context), the frame ("got", "error",
// "(line 3, column 7)") from this file's own tr() strings. A Diagnostic built
// field by field, without twins, falls back to its English.
#include <QCoreApplication>
#include <QString>

namespace rl {
struct Diagnostic;
class Diagnostics;

namespace views {

// The translation context of the frame words (lupdate reads it from here).
class DiagnosticText {
    Q_DECLARE_TR_FUNCTIONS(rl::views::DiagnosticText)
};

// "got 0 TB/s; expected a value > 0 (did you mean ...)" translated, for a
// message beside the field it concerns; no "got" part when there is no value.
QString diagnosticReason(const rl::Diagnostic& d);
// The translated twin of Diagnostic::format(): file, JSON path or
// "(document)", "(line L, column C)", severity, value, expectation, suggestion.
QString diagnosticLine(const rl::Diagnostic& d);
// The translated twin of Diagnostics::format(): one diagnosticLine per line.
QString diagnosticsText(const rl::Diagnostics& all);

}  // namespace views
}  // namespace rl
