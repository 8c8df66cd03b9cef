#include "views/common/sorted_table.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace rl {
namespace views {

void setUpSortedTable(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* source,
                      int sortRole, int column, Qt::SortOrder order,
                      QAbstractItemView::SelectionMode mode) {
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(column, order);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(mode);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
}

}  // namespace views
}  // namespace rl
