#include "views/common/read_only_table.h"

#include <QHeaderView>
#include <QTableWidget>

namespace rl {
namespace views {

QTableWidget* makeReadOnlyTable(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

}  // namespace views
}  // namespace rl
