#include "views/optable/operator_table_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "core/spec/atomic_save.h"
#include "views/common/focus_stack.h"
#include "views/common/op_selection.h"
#include "views/common/sorted_table.h"
#include "views/optable/operator_table_model.h"
#include "views/optable/wrapped_title.h"

namespace rl {
namespace views {

OperatorTableView::OperatorTableView(ResultStore* store, OpSelection* selection, QWidget* parent)
    : QWidget(parent), selection_(selection) {
    setObjectName("operatorTable");
    model_ = new OperatorTableModel(store, this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);  // match name, kind, phase or binding
    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter operators (name, kind, phase, bound)…"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    // The filter is the shared one: the roofline, traffic and timeline follow it, and Back undoes
    // it.
    FocusStack* focus = selection_->focus();
    connect(filter_, &QLineEdit::textChanged, focus, &FocusStack::setFilter);
    connect(focus, &FocusStack::changed, this, [this, focus] {
        if (filter_->text() != focus->current().filter) filter_->setText(focus->current().filter);
    });
    table_ = new QTableView(this);
    setUpSortedTable(table_, proxy_, model_, OperatorTableModel::kSortRole,
                     OperatorTableModel::Time, Qt::DescendingOrder,
                     QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));  // titles may wrap
    table_->setColumnHidden(OperatorTableModel::DeltaTime, true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(filter_);
    layout->addWidget(table_, 1);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) return;
                selection_->setCurrent(proxy_->mapToSource(current).row());
            });
    connect(selection_, &OpSelection::currentChanged, this, &OperatorTableView::followSelection);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        table_->setColumnHidden(OperatorTableModel::DeltaTime, !model_->hasBaseline());
        fitColumns();
        followSelection(selection_->current());
    });
    table_->setTextElideMode(Qt::ElideMiddle);  // "layers.2…conv3.bn_act": both ends tell
    table_->viewport()->installEventFilter(this);
}

bool OperatorTableView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::Resize) fitColumns();
    return QWidget::eventFilter(watched, event);
}

void OperatorTableView::fitColumns() {
    // Stretching the last column may show or hide a scroll bar, which resizes
    // the viewport again: one fit at a time.
    if (fitting_) return;
    const QScopedValueRollback<bool> once(fitting_, true);
    table_->resizeColumnsToContents();
    QHeaderView* header = table_->horizontalHeader();
    // The last column stretches: count it at its contents' width.
    int needed = 0, last = -1;
    for (int v = 0; v < header->count(); ++v)
        if (!header->isSectionHidden(header->logicalIndex(v))) last = header->logicalIndex(v);
    const QAbstractItemView* cells = table_;  // sizeHintForColumn is public here
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            needed += c == last ? std::max(cells->sizeHintForColumn(c), header->sectionSizeHint(c))
                                : table_->columnWidth(c);
    int excess = needed - table_->viewport()->width();
    const QFontMetrics titleMetrics = header->fontMetrics();
    auto titleOf = [this](int column) {
        return model_->headerData(column, Qt::Horizontal).toString();
    };
    // Margins and the sort arrow: what the one-line hint adds to the text.
    auto chromeOf = [&](int column) {
        return header->sectionSizeHint(column) - titleMetrics.horizontalAdvance(titleOf(column));
    };
    // Narrows `column` by as much of the excess as it can spare above `floor`.
    auto giveWay = [&](int column, int floor) {
        const int give = std::min(excess, table_->columnWidth(column) - floor);
        if (give <= 0) return;
        table_->setColumnWidth(column, table_->columnWidth(column) - give);
        excess -= give;
    };
    // Numbers give way first: their titles wrap onto two lines, so a column needs
    // only its widest value (long German titles set them, and elided the names).
    for (int column :
         {OperatorTableModel::Layer, OperatorTableModel::Count, OperatorTableModel::Time,
          OperatorTableModel::Share, OperatorTableModel::Flops, OperatorTableModel::Bytes,
          OperatorTableModel::Intensity, OperatorTableModel::Attained,
          OperatorTableModel::DeltaTime}) {
        if (excess <= 0) break;
        if (header->isSectionHidden(column) || column == last) continue;
        giveWay(column,
                std::max(cells->sizeHintForColumn(column),
                         wrappedTitleWidth(titleMetrics, titleOf(column)) + chromeOf(column)));
    }
    for (int column :
         {OperatorTableModel::Name, OperatorTableModel::Phase, OperatorTableModel::Kind}) {
        if (excess <= 0) break;
        // Never narrower than the column's title or a few characters of the text.
        giveWay(column, std::max(header->sectionSizeHint(column),
                                 table_->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 9));
    }
    // Sized to its contents the last column stopped stretching: fill the width again.
    header->setStretchLastSection(false);
    header->setStretchLastSection(true);
    // The header is as tall as its most wrapped title (QHeaderView sizes it for one line).
    int textHeight = titleMetrics.height();
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            textHeight = std::max(
                textHeight,
                wrappedTitleHeight(titleMetrics, titleOf(c), table_->columnWidth(c) - chromeOf(c)));
    // Its size hint stays the one-line height; the minimum height is what QTableView honours.
    header->setMinimumHeight(header->sizeHint().height() + textHeight - titleMetrics.height());
}

void OperatorTableView::followSelection(int opIndex) {
    if (opIndex < 0 || opIndex >= model_->rowCount()) {
        table_->clearSelection();
        return;
    }
    const QModelIndex idx = proxy_->mapFromSource(model_->index(opIndex, 0));
    if (!idx.isValid()) return;  // filtered out
    if (table_->selectionModel()->currentIndex().row() != idx.row())
        table_->selectionModel()->setCurrentIndex(
            idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table_->scrollTo(idx);
}

QString OperatorTableView::exportCsv(const QString& path) const {
    return QString::fromStdString(
        rl::saveFileAtomically(path.toStdString(), model_->toCsv().toUtf8().toStdString()));
}

}  // namespace views
}  // namespace rl
