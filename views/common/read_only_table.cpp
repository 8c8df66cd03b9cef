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

QTableWidget* makeWhatIfTable(const QString& header, QWidget* parent) {
    auto* t = makeReadOnlyTable({header, QString()}, parent);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(false);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows sized once, when filled, kept the height of whatever width the column had then:
    // a result that arrives before the panel is laid out cut its labels after two lines.
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void fitWhatIfButtonColumn(QTableWidget* table) {
    if (table->rowCount() == 0 || table->columnCount() < 2) return;
    const int last = table->columnCount() - 1;
    if (QWidget* button = table->cellWidget(0, last))
        table->setColumnWidth(last, button->sizeHint().width() + 4);
}

}  // namespace views
}  // namespace rl
