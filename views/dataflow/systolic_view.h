#pragma once
// The design's problem on a systolic array (SCALE-Sim's model,
// core/dataflow/systolic.h): the fold picture (which block of the GEMM each
// fold covers, partial folds smaller), which operand stays in the PEs and
// which streams, SRAM and DRAM traffic per operand, the stall cycles a short
// DRAM bandwidth adds, and the utilisation figures. The array (rows, columns,
// dataflow, SRAM sizes, DRAM rate) is set in the panel on the left; it starts
// from the architecture's MAC mesh. Large layers replay SCALE-Sim's memory
// system for seconds, so the model runs in the background.
#include <memory>
#include <optional>

#include "core/dataflow/systolic.h"
#include "views/dataflow/dataflow_view.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace rl::views {

class JobRunner;
class SystolicFoldWidget;
class SystolicTrafficChart;

class SystolicView : public DataflowView {
    Q_OBJECT
  public:
    explicit SystolicView(QWidget* parent = nullptr);

    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) override;
    // One row per operand: role, SRAM and DRAM words, DRAM transfers and
    // average rate, SRAM size.
    std::vector<std::vector<std::string>> csvRows() const override;

    // The array the panel describes; setting it updates the panel and reruns.
    dataflow::SystolicArray array() const;
    void setArray(const dataflow::SystolicArray& array);
    // The array a design's architecture suggests: rows x columns of its MAC mesh.
    static dataflow::SystolicArray defaultArray(const AcceleratorArch& arch);
    const std::optional<dataflow::SystolicResult>& result() const { return result_; }
    const dataflow::SystolicLayer& layer() const { return layer_; }
    SystolicFoldWidget* foldWidget() const { return folds_; }
    SystolicTrafficChart* trafficChart() const { return traffic_; }
    // The sentences shown: roles of the operands, stalls, figures.
    QString summaryText() const;

  Q_SIGNALS:
    void resultChanged();

  private:
    void recompute();
    void showResult(const dataflow::SystolicResult& r, const dataflow::SystolicArray& a);
    void showMessage(const QString& text);

    std::shared_ptr<const dataflow::DataflowDesign> design_;
    std::shared_ptr<const AcceleratorArch> defaultsFrom_;  // arch the panel was reset to
    dataflow::SystolicLayer layer_;
    std::optional<dataflow::SystolicResult> result_;
    dataflow::SystolicArray resultArray_;

    JobRunner* runner_;
    QSpinBox* rows_;
    QSpinBox* cols_;
    QComboBox* dataflow_;
    QSpinBox* ifmapSram_;
    QSpinBox* filterSram_;
    QSpinBox* ofmapSram_;
    QDoubleSpinBox* dram_;
    QCheckBox* stallFree_;
    QLabel* header_;
    SystolicFoldWidget* folds_;
    SystolicTrafficChart* traffic_;
    QLabel* roles_;
    QLabel* stalls_;
    QLabel* figures_;
};

}  // namespace rl::views
