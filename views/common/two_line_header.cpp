#include "views/common/two_line_header.h"

#include <QScopedValueRollback>
#include <QStyle>
#include <QStyleOptionHeader>

#include <algorithm>

#include "views/common/wrapped_title.h"

namespace rl {
namespace views {

TwoLineHeader::TwoLineHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent) {}

void TwoLineHeader::setLines(int lines) {
    if (lines != lines_) {
        lines_ = lines;
        updateGeometry();
    }
    // The table lays out again on every fit, as the columns' widths changed too.
    Q_EMIT geometriesChanged();
}

int TwoLineHeader::chrome(int logicalIndex) const {
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const bool arrow = isSortIndicatorShown() && sortIndicatorSection() == logicalIndex;
    return 2 * margin + fontMetrics().averageCharWidth() +
           (arrow ? std::max(height(), sizeHint().height()) / 2 + 2 * margin : 0);
}

QSize TwoLineHeader::sizeHint() const {
    QSize size = QHeaderView::sizeHint();
    size.rheight() += (lines_ - 1) * fontMetrics().lineSpacing();
    return size;
}

// The title the style paints: broken and cut to the room the section has
// for it (its width less the margins and sort arrow its size hint adds).
void TwoLineHeader::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (measuring_) return;  // the size hint asked for the title as it is
    const QScopedValueRollback<bool> once(measuring_, true);
    option->text =
        twoLineTitle(font(), option->text, sectionSize(logicalIndex) - chrome(logicalIndex));
    if (auto* v2 = qstyleoption_cast<QStyleOptionHeaderV2*>(option))
        v2->textElideMode = Qt::ElideNone;  // cut above, line by line
}

}  // namespace views
}  // namespace rl
