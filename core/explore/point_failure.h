#pragma once
// Why a sweep point failed, typed so the explore page shows it in the user's
// language (docs/messages.md) while points.csv, the CLI and exports keep the
// English byte for byte.
//
// The typed reasons are MessageId::phrase messages. A phrase message with
// clauses reads its placeholders as the phrase's own values first, then the
// clauses' texts (views/explanation/message_text.cpp renders it so).
#include "core/explore/point_evaluator.h"
#include "core/result/engine_text.h"
#include "core/spec/diagnostics.h"

namespace rl::explore {

// The context of a diagnostic's frame words ("got", "error", "(document)"):
// the one views/editors/diagnostic_text.cpp translates them in, so a reader's
// problem reads the same in a sweep's table as beside an editor field.
inline constexpr const char* kDiagnosticFrameContext = "rl::views::DiagnosticText";

// A reader's diagnostic as a Message whose English is Diagnostic::format():
// the value, expectation and suggestion from their typed twins (SpecText),
// file and JSON path as written.
Message diagnosticMessage(const Diagnostic& d);
// The same with the expectation given typed (a reason nested in it, such as
// the reader's own error inside "a valid design (...)"); `expected.english`
// must be d.expected.
Message diagnosticMessage(const Diagnostic& d, Message expected);

// A point refused by a spec reader: the first error of `diag` (the one the
// error column has always shown), typed; "cannot be read" without one.
PointError readerFailure(const Diagnostics& diag);

// One of the engine's own reasons, translated in kEngineTextContext (engine_text.h).
PointError engineFailure(Phrase why);

}  // namespace rl::explore
