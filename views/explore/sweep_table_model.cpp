#include "views/explore/sweep_table_model.h"

#include <cmath>
#include <limits>

#include "views/common/format.h"
#include "views/explore/sweep_format.h"
#include "views/explore/sweep_plot_data.h"

namespace rl {
namespace views {

SweepTableModel::SweepTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SweepTableModel::reset(rl::SweepResult result) {
    beginResetModel();
    data_ = std::move(result);
    front_.assign(data_.points.size(), 0);
    for (std::size_t r : data_.front)
        if (r < front_.size()) front_[r] = 1;
    endResetModel();
}

void SweepTableModel::append(std::vector<rl::SweepPoint> points,
                             std::vector<rl::SweepPointFailure> failures) {
    if (points.empty()) return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(points.size()) - 1);
    for (auto& p : points) data_.points.push_back(std::move(p));
    for (auto& f : failures) data_.failures.push_back(std::move(f));
    front_.resize(data_.points.size(), 0);
    endInsertRows();
}

void SweepTableModel::setFront(const std::vector<std::size_t>& rows) {
    std::vector<char> next(data_.points.size(), 0);
    for (std::size_t r : rows)
        if (r < next.size()) next[r] = 1;
    if (next == front_) return;
    front_ = std::move(next);
    data_.front = rows;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, frontColumn()), index(rowCount() - 1, frontColumn()));
}

bool SweepTableModel::onFront(int row) const {
    return row >= 0 && row < static_cast<int>(front_.size()) && front_[row];
}

int SweepTableModel::objectiveColumn(int objective) const {
    return 1 + static_cast<int>(data_.axes.size()) + objective;
}
int SweepTableModel::constraintColumn(int constraint) const {
    return objectiveColumn(static_cast<int>(data_.objectives.size())) + constraint;
}
int SweepTableModel::feasibleColumn() const {
    return constraintColumn(static_cast<int>(data_.constraints.size()));
}
int SweepTableModel::frontColumn() const { return feasibleColumn() + 1; }
int SweepTableModel::errorColumn() const { return feasibleColumn() + 2; }

int SweepTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(data_.points.size());
}

int SweepTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : errorColumn() + 1;
}

QVariant SweepTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const rl::SweepPoint& p = data_.points[index.row()];
    const int c = index.column();
    if (role == kRowRole) return index.row();
    // A value that is missing sorts after every real one.
    auto number = [](double v) {
        return QVariant(std::isnan(v) ? std::numeric_limits<double>::infinity() : v);
    };
    auto text = [&](const QString& s) -> QVariant {
        if (role == Qt::DisplayRole || role == kSortRole || role == Qt::ToolTipRole) return s;
        return {};
    };
    auto figure = [&](double v, const std::string& metric, const std::string& unit) -> QVariant {
        if (role == kSortRole) return number(v);
        if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
        // The tooltip too: a narrow column may cut the text.
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
        if (isFlagMetric(metric) && (v == 0 || v == 1)) return v == 1 ? tr("yes") : tr("no");
        return sweepFigureFormat(metric, unit)(v);
    };
    if (c == 0) {
        if (role == kSortRole) return double(p.index);
        if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole) return QString::number(static_cast<qulonglong>(p.index));
        return {};
    }
    const int axes = static_cast<int>(data_.axes.size());
    const int objectives = static_cast<int>(data_.objectives.size());
    const int constraints = static_cast<int>(data_.constraints.size());
    if (c <= axes) {
        const int a = c - 1;
        if (a >= static_cast<int>(p.axes.size())) return {};
        const rl::SweepAxisValue& v = p.axes[a];
        if (role == kSortRole) {
            // Categorical values sort by their place in the axis' list.
            if (!std::isnan(v.number)) return v.number;
            if (v.position >= 0) return double(v.position);
            return qstr(v.label);
        }
        if (role == Qt::TextAlignmentRole && data_.axes[a].numeric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) return qstr(v.label);
        return {};
    }
    if (c < objectiveColumn(objectives)) {
        const int o = c - objectiveColumn(0);
        return figure(o < static_cast<int>(p.objectives.size()) ? p.objectives[o] : rl::kNoValue,
                      data_.objectives[o].metric, data_.objectives[o].unit);
    }
    if (c < constraintColumn(constraints)) {
        const int k = c - constraintColumn(0);
        return figure(k < static_cast<int>(p.constraints.size()) ? p.constraints[k] : rl::kNoValue,
                      data_.constraints[k].metric, data_.constraints[k].unit);
    }
    if (c == feasibleColumn()) return text(p.feasible ? tr("yes") : tr("no"));
    if (c == frontColumn()) {
        if (role == kSortRole) return onFront(index.row()) ? 0 : 1;  // front first ascending
        return text(onFront(index.row()) ? tr("front") : QString());
    }
    return text(sweepPointError(data_, p));
}

QVariant SweepTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || section < 0 || section >= columnCount()) return {};
    if (role == Qt::ToolTipRole) {  // the whole title (the header may cut it)
        const QString title = headerData(section, o, Qt::DisplayRole).toString();
        const int a = section - 1;
        if (a >= 0 && a < static_cast<int>(data_.axes.size()))
            return title + '\n' + qstr(data_.axes[a].pointer);  // and where the axis writes
        return title;
    }
    if (role != Qt::DisplayRole) return {};
    if (section == 0) return tr("Point");
    const int axes = static_cast<int>(data_.axes.size());
    if (section <= axes) return axisTitle(data_.axes[section - 1]);
    const int objectives = static_cast<int>(data_.objectives.size());
    if (section < objectiveColumn(objectives))
        return objectiveTitle(data_.objectives[section - objectiveColumn(0)]);
    if (section < feasibleColumn()) {
        const auto& k = data_.constraints[section - constraintColumn(0)];
        return constraintTitle(k);
    }
    if (section == feasibleColumn()) return tr("Feasible");
    if (section == frontColumn()) return tr("Pareto");
    return tr("Error");
}

}  // namespace views
}  // namespace rl
