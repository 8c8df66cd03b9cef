#pragma once
// How an editor marks a field with a problem, the same in every editor: a red
// border, the problems appended to the field's own tooltip, and the dynamic
// property "hasProblem" (tests and style sheets look at it).
#include <QString>

class QWidget;

namespace rl {
struct Diagnostic;

namespace views {

// `problems`: one "⚠ ..." line per problem; empty clears the mark.
void markField(QWidget* field, const QString& baseTip, const QString& problems);
// "⚠ <diagnostic>" on a line of its own, the form markField takes.
QString problemLine(const rl::Diagnostic& d);
// The reason alone, without file and path ("got 64; expected ..."), for a
// message beside the field it concerns.
QString problemReason(const rl::Diagnostic& d);
// Red text for a status label (escaped).
QString problemHtml(const QString& text);

}  // namespace views
}  // namespace rl
