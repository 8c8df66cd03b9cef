#pragma once
// The collectives of a training iteration as a table: communicator group,
// collective, ranks, interconnect tier, algorithm, size, time per call, calls
// per iteration, bus bandwidth (NCCL-tests) and the time left exposed.
#include <string>
#include <vector>

#include <QAbstractTableModel>

#include "core/sim/training/collective_rows.h"

namespace rl {
namespace views {

class CollectiveTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Group,
        Collective,
        Ranks,
        Tier,
        Algorithm,
        Size,
        TimeEach,
        Calls,
        BusBandwidth,
        Exposed,
        ColumnCount
    };

    explicit CollectiveTableModel(QObject* parent = nullptr);

    // `tierNames`: Hardware::interconnect names, indexed by CollectiveUse::tier.
    void setRows(std::vector<rl::training::CollectiveRow> rows, std::vector<std::string> tierNames);
    const std::vector<rl::training::CollectiveRow>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    QString text(const rl::training::CollectiveRow& r, int column) const;

    std::vector<rl::training::CollectiveRow> rows_;
    std::vector<std::string> tiers_;
};

}  // namespace views
}  // namespace rl
