#pragma once
// The sortable tables of the explore, serving and operator pages: one set-up,
// so they sort, select and size their rows alike.
#include <QAbstractItemView>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace rl {
namespace views {

// Shows `source` in `view` through `proxy`, which sorts by `sortRole`; first
// sorted by `column` in `order`; whole rows selected in `mode`; no row header,
// rows one line high, the last column stretched to the view's width.
void setUpSortedTable(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* source,
                      int sortRole, int column, Qt::SortOrder order,
                      QAbstractItemView::SelectionMode mode);

}  // namespace views
}  // namespace rl
