#pragma once
// The Storage view: what each level of the accelerator holds and what it
// costs. A header line (cycles, utilisation, energy, and the level whose
// bandwidth stretches the run, in words); the tile of every level against
// its capacity (horizontal bars stacked by tensor, DRAM unbounded); energy by
// level x tensor x action as stacked bars beside the MACs' own bar, in fJ/MAC
// or in joules; and Timeloop's statistics as a table.
#include <QStringList>
#include <memory>

#include "views/dataflow/dataflow_view.h"
#include "views/dataflow/storage_scene.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace rl::views {

class StorageStatsModel;

class StorageView : public DataflowView {
    Q_OBJECT
  public:
    enum class EnergyUnit { perMac, total };

    explicit StorageView(QWidget* parent = nullptr);

    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) override;
    std::vector<std::vector<std::string>> csvRows() const override;
    // PNG/SVG/PDF: the energy chart; CSV: the statistics table.
    QString exportTo(const QString& path, int width = 0, int height = 0) override;

    void setEnergyUnit(EnergyUnit unit);
    EnergyUnit energyUnit() const { return unit_; }

    // What is shown, for tests and the CLI.
    QString headerText() const;
    QString emptyText() const;       // why nothing is shown; empty while a design is
    QString energyAxisUnit() const;  // "fJ/MAC", "nJ", ...
    QStringList energyBarLabels() const;
    double energyBarTotal(int bar) const;  // in energyAxisUnit()
    // The parts of one bar, for its tool tip (HTML).
    QString describeEnergyBar(int bar) const;
    // The bar under a pixel of the energy chart, or -1.
    int energyBarAt(const QPointF& pixel) const;
    StorageStatsModel* statsModel() const { return model_; }
    QCustomPlot* energyPlot() const { return energyPlot_; }
    QCustomPlot* capacityPlot() const { return capacityPlot_; }

  private:
    void rebuild();
    void rebuildCapacity();
    void rebuildEnergy();
    QString stretchText() const;
    QString energyText(double inUnit) const;

    std::shared_ptr<const dataflow::DataflowDesign> design_;
    StorageEnergy energy_;
    EnergyUnit unit_ = EnergyUnit::perMac;
    double energyDivisor_ = 1.0;  // joules per axis unit
    QString energyUnitName_;

    QStackedWidget* stack_;
    QLabel* empty_;
    QLabel* header_;
    QCustomPlot* capacityPlot_;
    QCustomPlot* energyPlot_;
    QComboBox* unitCombo_;
    QTreeView* tree_;
    StorageStatsModel* model_;
};

}  // namespace rl::views
