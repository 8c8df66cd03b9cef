#include "views/dataflow/problem_cells_model.h"

#include <QColor>

namespace rl::views {

ProblemCellsModel::ProblemCellsModel(int columnCount, QObject* parent)
    : QAbstractTableModel(parent), columnCount_(columnCount) {}

int ProblemCellsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnCount_;
}

QVariant ProblemCellsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount_) return {};
    const auto problem = problems_.find({problemKey(index.row()), index.column()});
    if (problem == problems_.end()) return cellData(index, role);
    switch (role) {
        case Qt::BackgroundRole:
            return QColor(255, 205, 210);
        case Qt::ForegroundRole:
            return QColor(Qt::black);  // readable on the red in a dark theme too
        case Qt::ToolTipRole:
            // The lines start with a line break: under the cell's own tip, or alone.
            return (cellData(index, role).toString() + problem->second).trimmed();
        default:
            return cellData(index, role);
    }
}

QString ProblemCellsModel::problemsAt(int key, int column) const {
    const auto it = problems_.find({key, column});
    return it == problems_.end() ? QString() : it->second;
}

void ProblemCellsModel::setCellProblems(CellProblems problems) {
    problems_ = std::move(problems);
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount_ - 1));
}

}  // namespace rl::views
