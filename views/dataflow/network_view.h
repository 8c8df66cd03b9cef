#pragma once
// The whole network on the accelerator: every layer of the project's model
// mapped by the mapper in the background (identical layers share a search),
// a bar chart of cycles and energy per layer, a sortable per-layer table and
// the totals. Clicking a layer (row or bar) makes it the page's design, so
// every other view shows that layer with its best mapping. Without a model
// the view shows the current problem alone and says where the network lives.
#include <QString>
#include <memory>

#include "core/dataflow/model_mapping.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_view.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace rl::views {

class JobRunner;
class NetworkChart;
class NetworkTableModel;
class RunProgress;

class NetworkView : public DataflowView {
    Q_OBJECT
  public:
    explicit NetworkView(QWidget* parent = nullptr);

    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) override;
    std::vector<std::vector<std::string>> csvRows() const override;
    // png/svg/pdf: the chart; csv: the table.
    QString exportTo(const QString& path, int width = 0, int height = 0) override;

    NetworkTableModel* tableModel() const { return model_; }
    NetworkChart* chart() const { return chart_; }
    bool isMapping() const;
    // The last complete mapping of the model (nullptr before one finished).
    std::shared_ptr<const dataflow::ModelMapping> modelMapping() const { return result_; }
    QString statusText() const;
    void setEvaluationsPerLayer(int evaluations);

  public Q_SLOTS:
    void setModel(std::shared_ptr<const rl::views::DataflowModelSource> model);
    // Maps the model now (cancelling a run in progress).
    void mapNow();
    void cancel();
    // Emits layerChosen for table row `row` when that layer has a mapping.
    void chooseLayer(int row);

  Q_SIGNALS:
    void layerChosen(const DataflowProblem& problem, const rl::dataflow::MappingNest& mapping,
                     const QString& problemLabel, const QString& mappingLabel);
    void mappingFinished();
    void mappingStopped(const QString& why);  // cancelled or failed

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void scheduleMapping();
    void showResult();
    void showSingleProblem();
    void markCurrentLayer();
    dataflow::MapperOptions options() const;
    QString mappingLabel() const;

    std::shared_ptr<const dataflow::DataflowDesign> design_;
    std::shared_ptr<const DataflowModelSource> source_;
    std::shared_ptr<const dataflow::ModelMapping> result_;
    std::shared_ptr<const AcceleratorArch> resultArch_;  // what result_ was mapped on
    std::shared_ptr<const DataflowModelSource> resultSource_;
    dataflow::MapperOptions resultOptions_;
    bool stale_ = false;

    JobRunner* runner_;
    NetworkTableModel* model_;
    QSortFilterProxyModel* sorted_;
    QComboBox* objective_;
    QSpinBox* evaluations_;
    QPushButton* mapButton_;
    RunProgress* progress_;
    NetworkChart* chart_;
    QTableView* table_;
    QLabel* note_;
    QLabel* totals_;
};

// Creates the view on `page`, adds it as the "network" tab and wires it: the
// page's model feeds it, and a layer chosen in it becomes the page's design.
NetworkView* addNetworkView(DataflowPage* page);

}  // namespace rl::views
