#include "views/optable/operator_table_view.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/spec/atomic_save.h"
#include "views/common/column_fitter.h"
#include "views/common/focus_stack.h"
#include "views/common/op_selection.h"
#include "views/common/save_error_text.h"
#include "views/common/sorted_table.h"
#include "views/optable/operator_table_model.h"

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
    table_->setColumnHidden(OperatorTableModel::DeltaTime, true);
    // Columns as wide as their contents; where they add up to more than the table
    // is wide, numbers give way first: their titles wrap onto two lines, so a
    // column needs only its widest value (long German titles set them, and elided
    // the names). Then the name, phase and kind, elided, so the last column (it
    // fills the rest) is never cut off.
    using M = OperatorTableModel;
    ColumnFitter::Options fit;
    fit.wrapping = {M::Layer, M::Count,     M::Time,     M::Share,    M::Flops,
                    M::Bytes, M::Intensity, M::Attained, M::DeltaTime};
    fit.text = {M::Name, M::Phase, M::Kind};
    fit.stretch = ColumnFitter::kLastShown;
    fitter_ = new ColumnFitter(table_, std::move(fit));
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
        fitter_->fit();
        followSelection(selection_->current());
    });
    table_->setTextElideMode(Qt::ElideMiddle);  // "layers.2…conv3.bn_act": both ends tell
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
    return saveErrorText(
        rl::saveFileTyped(path.toStdString(), model_->toCsv().toUtf8().toStdString()));
}

}  // namespace views
}  // namespace rl
