#include "views/common/flow_layout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace rl {
namespace views {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { items_.append(item); }

int FlowLayout::count() const { return static_cast<int>(items_.size()); }

QLayoutItem* FlowLayout::itemAt(int index) const { return items_.value(index); }

QLayoutItem* FlowLayout::takeAt(int index) {
    return index >= 0 && index < items_.size() ? items_.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const { return {}; }

bool FlowLayout::hasHeightForWidth() const { return true; }

int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem* item : items_)
        if (!item->isEmpty()) size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem* item : items_) {
        if (item->isEmpty()) continue;
        width += item->sizeHint().width() + (shown++ ? gap() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

// The style's spacing between widgets side by side, unless set.
int FlowLayout::gap() const {
    if (spacing() >= 0) return spacing();
    const QWidget* widget = parentWidget();
    return widget
               ? widget->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, widget)
               : 6;
}

// Rows take items while their minimum widths fit; a row's items then get their
// preferred widths, or as much of them as the row has room for (a combo elides a
// little before the next group wraps to a row of its own).
int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    const int space = gap();
    int top = area.y();
    QList<QLayoutItem*> row;
    int rowMin = 0, rowHint = 0, rowHeight = 0;
    // Sets the row's items at `top`, centred on the row's height, and starts the next row.
    auto finishRow = [&] {
        const int gaps = space * (static_cast<int>(row.size()) - 1);
        const int give = std::max(0, area.width() - gaps - rowMin);  // beyond the minimums
        const int want = rowHint - rowMin;
        int x = area.x();
        for (QLayoutItem* item : row) {
            const QSize size = item->sizeHint();
            const int least = std::min(item->minimumSize().width(), size.width());
            const int width =
                want <= give ? size.width()
                             : least + static_cast<int>(qint64(size.width() - least) * give / want);
            if (apply)
                item->setGeometry(QRect(x, top + (rowHeight - size.height()) / 2,
                                        std::min(width, area.width()), size.height()));
            x += width + space;
        }
        top += rowHeight + space;
        row.clear();
        rowMin = rowHint = rowHeight = 0;
    };
    bool any = false;
    for (QLayoutItem* item : items_) {
        if (item->isEmpty()) continue;
        const QSize size = item->sizeHint();
        const int least = std::min(item->minimumSize().width(), size.width());
        if (!row.isEmpty() && rowMin + space * static_cast<int>(row.size()) + least > area.width())
            finishRow();
        rowMin += least;
        rowHint += size.width();
        rowHeight = std::max(rowHeight, size.height());
        row << item;
        any = true;
    }
    if (!row.isEmpty()) finishRow();
    const int used = any ? top - space - area.y() : 0;
    return used + m.top() + m.bottom();
}

}  // namespace views
}  // namespace rl
