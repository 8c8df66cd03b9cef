#pragma once
// The requests of a ServingReport as a table model: one row per request.
// Qt::DisplayRole gives formatted text, kSortRole the raw number (times that
// never happened sort last), so a QSortFilterProxyModel sorts numerically.
#include <memory>

#include <QAbstractTableModel>

#include "core/result/serving_report.h"

namespace rl {
namespace views {

class RequestTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Id,
        Replica,
        Arrival,
        SchedulingDelay,
        Ttft,
        Tpot,
        MaxGap,
        EndToEnd,
        PromptTokens,
        OutputTokens,
        Preemptions,
        Status,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kRequestIndexRole = Qt::UserRole + 2;  // ServingReport::requests index

    explicit RequestTableModel(QObject* parent = nullptr);

    void setReport(std::shared_ptr<const rl::ServingReport> report);
    const std::shared_ptr<const rl::ServingReport>& report() const { return report_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    std::shared_ptr<const rl::ServingReport> report_;
};

}  // namespace views
}  // namespace rl
