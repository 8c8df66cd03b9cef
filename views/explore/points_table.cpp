#include "views/explore/points_table.h"

#include "views/common/column_fitter.h"
#include "views/explore/sweep_table_model.h"

namespace rl {
namespace views {

PointsTable::PointsTable(const SweepTableModel* source, QWidget* parent) : QTableView(parent) {
    ColumnFitter::Options options;
    options.stretch = ColumnFitter::kLastShown;  // the error: its messages cut
    options.cutTitles = true;
    // The point's number, numeric axes and the objectives are numbers; the rest text.
    options.isNumber = [source](int c) {
        if (c == 0) return true;
        const auto& axes = source->descriptors().axes;
        if (c < source->objectiveColumn(0))
            return c - 1 < static_cast<int>(axes.size()) && axes[c - 1].numeric;
        return c < source->feasibleColumn();
    };
    fitter_ = new ColumnFitter(this, std::move(options));
}

void PointsTable::fitColumns() { fitter_->fit(); }

void PointsTable::setModel(QAbstractItemModel* model) {
    QTableView::setModel(model);
    if (model) fitter_->watch(model);
}

}  // namespace views
}  // namespace rl
