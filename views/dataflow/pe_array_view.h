#pragma once
// The PE array: the X by Y mesh of MAC instances, busy PEs coloured by the
// problem dimensions the mapping spreads across them (X in the upper-left
// half of a PE, Y in the lower-right), idle PEs grey, a ruler per spatial
// loop naming the index each PE gets, a legend, and the utilisation as a
// sentence. Hovering a PE names its indices. What to draw is PeArrayScene's.
#include <memory>

#include "views/dataflow/dataflow_view.h"
#include "views/dataflow/pe_array_scene.h"

class QLabel;

namespace rl::views {

class PeArrayCanvas;

class PeArrayView : public DataflowView {
    Q_OBJECT
  public:
    explicit PeArrayView(QWidget* parent = nullptr);
    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) override;
    std::vector<std::vector<std::string>> csvRows() const override;

    const PeArrayScene& scene() const { return scene_; }
    QWidget* canvas() const;
    QString sentence() const;   // the utilisation line shown
    QString emptyText() const;  // the sentence shown without a design; empty otherwise

  private:
    friend class PeArrayCanvas;
    std::shared_ptr<const dataflow::DataflowDesign> design_;
    PeArrayScene scene_;
    QLabel* empty_;
    QLabel* sentence_;
    PeArrayCanvas* canvas_;
};

}  // namespace rl::views
