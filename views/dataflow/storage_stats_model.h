#pragma once
// Timeloop's per-level statistics as a tree: one row per storage level (its
// totals), under it one row per tensor (kept or bypassed, tile words per
// instance, reads / fills / updates over all utilised instances, energy) and
// its leakage; then the MACs and the whole design. Counts are shown exactly
// (they are what users check against Timeloop), energies in J and fJ/MAC.
#include <QAbstractItemModel>
#include <memory>
#include <string>
#include <vector>

#include "core/dataflow/design.h"
#include "views/dataflow/storage_scene.h"

namespace rl::views {

class StorageStatsModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum Column {
        Name,  // level, or tensor under a level
        Kept,
        TileWords,
        Reads,
        Fills,
        Updates,
        Energy,
        EnergyPerMac,
        Instances,
        ColumnCount
    };
    // The number behind a cell (double), for sorting and tests; invalid when blank.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit StorageStatsModel(QObject* parent = nullptr);
    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design);

    // Top-level rows: the levels, then "MAC", then "Total".
    int levelRowCount() const;
    int macRow() const { return levelRowCount(); }
    int totalRow() const { return levelRowCount() + 1; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The table flattened (level and tensor as columns), header first, raw
    // numbers (counts as integers, energies in J and fJ/MAC); empty without a design.
    std::vector<std::vector<std::string>> csvRows() const;

  private:
    // A child row of level `level`: a tensor (0..2) or the leakage (3).
    static constexpr int kLeakRow = kDataSpaceCount;
    int childCount(int level) const;
    QVariant value(int level, int child, int column) const;  // child -1: the level row
    QString text(int level, int child, int column) const;
    QString levelName(int level) const;

    std::shared_ptr<const dataflow::DataflowDesign> design_;
    StorageEnergy energy_;
};

}  // namespace rl::views
