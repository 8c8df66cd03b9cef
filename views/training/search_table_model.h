#pragma once
// The plans a configuration search found to fit, fastest first: TP, PP,
// interleave, schedule, CP, DP, EP, micro-batch, ZeRO stage, recompute, iteration time, MFU,
// tokens/s and the fullest stage's memory. The row of the plan the scenario
// uses now is bold.
#include <memory>

#include <QAbstractTableModel>

#include "core/sim/training/search.h"

namespace rl {
namespace views {

class SearchTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Rank,
        Tp,
        Pp,
        Interleave,
        Schedule,
        Cp,
        Dp,
        Ep,
        MicroBatch,
        Zero,
        Recompute,
        Iteration,
        Mfu,
        TokensPerS,
        Memory,
        ColumnCount
    };

    explicit SearchTableModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const rl::training::SearchResult> result);
    const std::shared_ptr<const rl::training::SearchResult>& result() const { return result_; }
    // Null for rows outside the result.
    const rl::training::SearchCandidate* candidate(int row) const;
    // Marks the row whose parallel knobs equal `plan`'s (none when no row does).
    void setCurrentPlan(const rl::training::TrainingPlan& plan);
    int currentRow() const { return current_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    QString text(const rl::training::SearchCandidate& c, int row, int column) const;
    void findCurrent();

    std::shared_ptr<const rl::training::SearchResult> result_;
    rl::training::TrainingPlan plan_;
    bool havePlan_ = false;
    int current_ = -1;
};

}  // namespace views
}  // namespace rl
