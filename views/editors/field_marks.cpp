#include "views/editors/field_marks.h"

#include <QWidget>

#include "core/spec/diagnostics.h"
#include "views/editors/diagnostic_text.h"

namespace rl {
namespace views {

void markField(QWidget* field, const QString& baseTip, const QString& problems) {
    if (!field) return;
    field->setStyleSheet(problems.isEmpty() ? QString()
                                            : QStringLiteral("border: 2px solid #d32f2f;"));
    field->setToolTip((baseTip + problems).trimmed());
    field->setProperty("hasProblem", !problems.isEmpty());
}

QString problemLine(const rl::Diagnostic& d) { return QStringLiteral("\n⚠ ") + diagnosticLine(d); }

QString problemReason(const rl::Diagnostic& d) { return diagnosticReason(d); }

QString problemHtml(const QString& text) {
    return QStringLiteral("<span style='color:#d32f2f'>") + text.toHtmlEscaped() +
           QStringLiteral("</span>");
}

}  // namespace views
}  // namespace rl
