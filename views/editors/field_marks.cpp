#include "views/editors/field_marks.h"

#include <QWidget>

#include "core/spec/diagnostics.h"

namespace rl {
namespace views {

void markField(QWidget* field, const QString& baseTip, const QString& problems) {
    if (!field) return;
    field->setStyleSheet(problems.isEmpty() ? QString()
                                            : QStringLiteral("border: 2px solid #d32f2f;"));
    field->setToolTip((baseTip + problems).trimmed());
    field->setProperty("hasProblem", !problems.isEmpty());
}

QString problemLine(const rl::Diagnostic& d) {
    return QStringLiteral("\n⚠ ") + QString::fromStdString(d.format());
}

QString problemReason(const rl::Diagnostic& d) {
    std::string out;
    if (!d.value.empty()) out += "got " + d.value + "; ";
    out += "expected " + d.expected;
    if (!d.suggestion.empty()) out += " (" + d.suggestion + ")";
    return QString::fromStdString(out);
}

QString problemHtml(const QString& text) {
    return QStringLiteral("<span style='color:#d32f2f'>") + text.toHtmlEscaped() +
           QStringLiteral("</span>");
}

}  // namespace views
}  // namespace rl
