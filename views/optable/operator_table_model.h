#pragma once
// The operators of a Prediction as a table model: one row per OpRecord.
// Qt::DisplayRole gives formatted text, kSortRole the raw number, so a
// QSortFilterProxyModel sorts numerically. With a baseline pinned, a delta
// column shows each operator's change in time.
#include <QAbstractTableModel>

#include "views/common/result_store.h"

namespace rl {
namespace views {

class OperatorTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Name,
        Kind,
        Phase,
        Layer,
        Count,
        Time,
        Share,
        Flops,
        Bytes,
        Intensity,
        Attained,
        Binding,
        DeltaTime,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kOpIndexRole = Qt::UserRole + 2;

    explicit OperatorTableModel(ResultStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // Memory level whose bytes and intensity the table shows.
    int level() const { return level_; }
    void setLevel(int level);
    bool hasBaseline() const;
    // The whole table as CSV (header + rows, raw SI numbers).
    QString toCsv() const;

  private:
    void reset();
    ResultStore* store_;
    PredictionPtr result_;
    PredictionPtr baseline_;
    std::vector<int> baselineMatch_;  // per row: index into the baseline's ops, or -1
    int level_ = 0;
};

}  // namespace views
}  // namespace rl
