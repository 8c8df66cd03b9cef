#pragma once
// The points of a sweep as a table: one row per point in the order they
// arrived (ascending index): the point's index, its axis values, objectives,
// constraints, whether it is feasible and on the Pareto front, and its error.
// Display text is formatted with units; kSortRole gives the raw number (a
// missing value sorts last) so a QSortFilterProxyModel sorts numerically.
// Rows are appended while a sweep runs; the model owns the points.
#include <cstddef>
#include <vector>

#include <QAbstractTableModel>

#include "core/result/sweep_result.h"

namespace rl {
namespace views {

class SweepTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kRowRole = Qt::UserRole + 2;  // the row in points() (stable under sorting)

    explicit SweepTableModel(QObject* parent = nullptr);

    // Starts over with these descriptors (axes, objectives, constraints) and
    // the points they carry, if any.
    void reset(rl::SweepResult result);
    // Appends points (ascending index, after those already held) and the
    // typed reasons of those that failed with one (ascending index), so a
    // streamed row's error reads in the user's language at once.
    void append(std::vector<rl::SweepPoint> points,
                std::vector<rl::SweepPointFailure> failures = {});
    // Marks these rows (positions in points()) as the Pareto front.
    void setFront(const std::vector<std::size_t>& rows);

    const rl::SweepResult& descriptors() const { return data_; }  // its points are points()
    const std::vector<rl::SweepPoint>& points() const { return data_.points; }
    bool onFront(int row) const;

    // Column layout.
    int axisColumn(int axis) const { return 1 + axis; }
    int objectiveColumn(int objective) const;
    int constraintColumn(int constraint) const;
    int feasibleColumn() const;
    int frontColumn() const;
    int errorColumn() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    rl::SweepResult data_;
    std::vector<char> front_;
};

}  // namespace views
}  // namespace rl
