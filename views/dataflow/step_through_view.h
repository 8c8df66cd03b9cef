#pragma once
// Step-through for teaching: plays the mapping's temporal loops one compute
// cycle at a time (or faster, or jumps anywhere) and shows, for the current
// step, the loop nest with each loop's index, every level's resident tile of
// each tensor over the tensor's index space, the MACs computing (a PE grid
// and the points they touch), and the accesses so far per level x tensor,
// which at the last step equal the storage view's (the model's) counts.
// Each step is computed from its index (core/dataflow/step_through.h), so
// skipping through a VGG layer's millions of steps costs the same as one.
#include <QElapsedTimer>
#include <memory>
#include <vector>

#include "views/dataflow/dataflow_view.h"
#include "views/dataflow/step_through_scene.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSlider;
class QTimer;
class QToolButton;

namespace rl::views {

class StepThroughCanvas;

class StepThroughView : public DataflowView {
    Q_OBJECT
  public:
    explicit StepThroughView(QWidget* parent = nullptr);
    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) override;
    // The counters at the current step: level, tensor, reads, fills, updates;
    // then the MACs.
    std::vector<std::vector<std::string>> csvRows() const override;

    std::int64_t currentStep() const { return state_.step; }
    std::int64_t stepCount() const;
    const dataflow::StepState& state() const { return state_; }
    const StepThroughScene& scene() const { return scene_; }
    QWidget* canvas() const;
    bool playing() const;
    QString emptyText() const;  // why nothing is shown; empty with a design
    // Steps advanced per second while playing (the speed box's choices).
    static const std::vector<int>& speeds();
    void setSpeed(int stepsPerSecond);
    // Computes the state of `step` and paints it now (the benchmark's frame).
    void renderStep(std::int64_t step);

  public Q_SLOTS:
    void goToStep(std::int64_t step);
    void stepForward();
    void stepBack();
    void play();
    void pause();

  private:
    void tick();
    void showState();
    friend class StepThroughCanvas;
    std::shared_ptr<const dataflow::DataflowDesign> design_;
    StepThroughScene scene_;
    dataflow::StepState state_;
    std::vector<DimArray> macPoints_;
    QToolButton *first_, *back_, *play_, *forward_, *last_;
    QSlider* slider_;
    QLineEdit* goTo_;
    QLabel* stepLabel_;
    QComboBox* speed_;
    QLabel* empty_;
    QScrollArea* scroll_;
    StepThroughCanvas* canvas_;
    QTimer* timer_;
    QElapsedTimer clock_;
    double pending_ = 0;  // fractional steps owed to the play speed
};

}  // namespace rl::views
