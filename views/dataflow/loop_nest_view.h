#pragma once
// The mapping as nested loops, outer first, in boxes coloured by storage
// level (name, capacity, what it keeps and bypasses); spatial loops are
// marked with their axis. Hovering a loop (or clicking it, or moving with the
// arrow keys) shows in the side panel the tile of each tensor that loop
// sweeps, one step of it, and the tile the level holds. What to draw is
// LoopNestScene's; this widget paints it.
#include <memory>

#include "views/dataflow/dataflow_view.h"
#include "views/dataflow/loop_nest_scene.h"

class QLabel;
class QScrollArea;
class QTableWidget;

namespace rl::views {

class LoopNestCanvas;

class LoopNestView : public DataflowView {
    Q_OBJECT
  public:
    explicit LoopNestView(QWidget* parent = nullptr);
    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) override;
    std::vector<std::vector<std::string>> csvRows() const override;

    const LoopNestScene& scene() const { return scene_; }
    QWidget* canvas() const;
    // The row under the mouse (-1: none) and the clicked one; the panel shows
    // the hovered row, else the clicked one.
    int hoveredRow() const { return hovered_; }
    int selectedRow() const { return selected_; }
    void selectRow(int row);
    // What the panel shows (for tests and the status line).
    QString panelTitle() const;
    QTableWidget* tileTable() const { return table_; }  // rows: swept, per step, held
    QString extentsText() const;                        // the tile's extents per tensor
    QString emptyText() const;  // the sentence shown without a design; empty otherwise

  private:
    friend class LoopNestCanvas;
    void setHovered(int row);
    void showSweep();

    std::shared_ptr<const dataflow::DataflowDesign> design_;
    LoopNestScene scene_;
    int hovered_ = -1;
    int selected_ = -1;
    QLabel* empty_;
    QWidget* content_;
    QLabel* heading_;
    QScrollArea* scroll_;
    LoopNestCanvas* canvas_;
    QLabel* panelTitle_;
    QTableWidget* table_;
    QLabel* extents_;
    QLabel* notes_;
    QLabel* hint_;
};

}  // namespace rl::views
