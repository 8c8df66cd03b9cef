#pragma once
// Two mappings side by side, without widgets: per level x tensor the reads,
// fills, updates and energy of mapping A and mapping B, and the totals
// (cycles, energy, energy per MAC, utilisation), with B - A and the signed
// relative change. MapperCompareModel shows the rows as a read-only table.
#include <QAbstractTableModel>
#include <QString>
#include <vector>

#include "core/dataflow/loop_nest_model.h"

namespace rl::views {

struct MapperCompareRow {
    enum class Kind { count, cycles, energy, fraction };
    QString level;   // empty for the totals
    QString tensor;  // empty for totals and a level's sum
    QString quantity;
    Kind kind = Kind::count;
    double a = 0, b = 0;
    double delta() const { return b - a; }
    // (B - A) / A; NaN when A is 0.
    double relative() const;
};

// Rows for mapping A and mapping B evaluated on the same architecture and
// problem: the totals first, then each level, outermost first: its tensors
// and its energy (rows where both are zero left out).
std::vector<MapperCompareRow> compareEvaluations(const dataflow::Evaluation& a,
                                                 const dataflow::Evaluation& b,
                                                 const AcceleratorArch& arch);

class MapperCompareModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { level, tensor, quantity, valueA, valueB, delta, relative, columnCount_ };
    // The number behind a value column's text (A, B, B - A, relative change).
    static constexpr int ValueRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(std::vector<MapperCompareRow> rows);
    const std::vector<MapperCompareRow>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    QString text(const MapperCompareRow& r, double v, bool signedValue) const;
    std::vector<MapperCompareRow> rows_;
};

}  // namespace rl::views
