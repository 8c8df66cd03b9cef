#include "views/common/read_only_table.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace rl {
namespace views {

namespace {

// Wraps a what-if's label between figures, never between a number and its
// unit ("→ 505 ms", not "→ 505" / "ms"): the space after a digit that a
// unit or word follows becomes a non-breaking one, for painting and sizing
// alike (the item's text stays as it is).
class KeepNumbersWithUnits : public QStyledItemDelegate {
  public:
    using QStyledItemDelegate::QStyledItemDelegate;

  protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        static const QRegularExpression numberThenUnit(QStringLiteral("(\\d) (?=[%µ\\p{L}])"));
        option->text.replace(numberThenUnit, QStringLiteral("\\1\u00A0"));
    }
};

}  // namespace

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
    t->setItemDelegateForColumn(0, new KeepNumbersWithUnits(t));
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
