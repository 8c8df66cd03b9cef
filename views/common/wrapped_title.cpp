#include "views/common/wrapped_title.h"

#include <QRect>
#include <QTextLayout>

#include <algorithm>

namespace rl {
namespace views {

namespace {
// The flags QHeaderView paints a Qt::TextWordWrap title with; a word longer than
// `width` overflows it, so the rectangle can be wider than asked.
QRect wrapped(const QFontMetrics& metrics, const QString& title, int width) {
    return metrics.boundingRect(QRect(0, 0, std::max(1, width), 100000), Qt::TextWordWrap, title);
}
}  // namespace

int wrappedTitleHeight(const QFontMetrics& metrics, const QString& title, int width) {
    return wrapped(metrics, title, width).height();
}

int wrappedTitleWidth(const QFontMetrics& metrics, const QString& title, int lines) {
    const int full = metrics.horizontalAdvance(title);
    const int allowed = lines * metrics.lineSpacing();
    // Binary search for the narrowest width whose wrapped height fits `lines` lines.
    int lo = 1, hi = full;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const QRect r = wrapped(metrics, title, mid);
        if (r.width() <= mid && r.height() <= allowed)
            hi = mid;
        else
            lo = mid + 1;
    }
    return hi;
}

QString twoLineTitle(const QFont& font, const QString& title, int width) {
    const QFontMetrics metrics(font);
    if (metrics.horizontalAdvance(title) <= width) return title;
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    first.setLineWidth(width);
    layout.endLayout();
    const QString head = title.left(first.textLength()).trimmed();
    const QString rest = title.mid(first.textLength()).trimmed();
    if (head.isEmpty() || metrics.horizontalAdvance(head) > width)
        return metrics.elidedText(title, Qt::ElideRight, width);
    if (rest.isEmpty()) return head;
    return head + QLatin1Char('\n') + metrics.elidedText(rest, Qt::ElideRight, width);
}

}  // namespace views
}  // namespace rl
