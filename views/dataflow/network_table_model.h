#pragma once
// The layers of a model mapped onto an accelerator, one row per dataflow
// problem: layer, operator, problem dimensions, count, cycles of one run and
// times the count, energy times the count, energy per MAC, utilisation and
// the layer's share of the model's cycles and energy. Qt::UserRole gives the
// raw number of a cell (for sorting); unmapped layers say why in a tooltip.
#include <QAbstractTableModel>
#include <vector>

#include "core/dataflow/model_mapping.h"

namespace rl::views {

class NetworkTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Layer,
        Operator,
        Problem,
        Count,
        CyclesEach,
        CyclesTotal,
        EnergyTotal,
        EnergyPerMac,
        Utilisation,
        CycleShare,
        EnergyShare,
        ColumnCount
    };

    explicit NetworkTableModel(QObject* parent = nullptr);

    // `totalCycles` / `totalEnergyJ`: the model's sums (the share columns' denominators).
    void setLayers(std::vector<dataflow::LayerMapping> layers, double totalCycles,
                   double totalEnergyJ);
    const std::vector<dataflow::LayerMapping>& layers() const { return layers_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The problem's non-unit dimensions ("K=64 C=3 P=112 Q=112 R=7 S=7").
    static QString dimsText(const DataflowProblem& p);
    // CSV rows of the table (header first), numbers unformatted.
    std::vector<std::vector<std::string>> csvRows() const;

  private:
    QString text(const dataflow::LayerMapping& l, int column) const;
    double number(const dataflow::LayerMapping& l, int column) const;

    std::vector<dataflow::LayerMapping> layers_;
    double totalCycles_ = 0, totalEnergyJ_ = 0;
};

}  // namespace rl::views
