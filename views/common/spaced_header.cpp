#include "views/common/spaced_header.h"

#include <QTableView>

namespace rl {
namespace views {

QSize SpacedHeader::sectionSizeFromContents(int logicalIndex) const {
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.rwidth() += 2 * fontMetrics().averageCharWidth();
    return size;
}

void useSpacedHeader(QTableView* table) {
    table->setHorizontalHeader(new SpacedHeader(Qt::Horizontal, table));
}

}  // namespace views
}  // namespace rl
