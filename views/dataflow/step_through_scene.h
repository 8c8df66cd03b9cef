#pragma once
// What the step-through view draws, computed without widgets (the canvas only
// paints it): where the loop nest, the three tensor panels, the PE grid and
// the counters go; for a step, the loops' indices, each level's resident tile
// as a rectangle over the tensor's index space (two axes per tensor, the two
// largest; the others named as ranges), the cells the computing MACs touch,
// and the accesses so far per level x tensor. The state comes from
// core/dataflow/step_through.h by random access, so any step costs the same.
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <array>
#include <memory>
#include <vector>

#include "core/dataflow/design.h"
#include "core/dataflow/step_through.h"

namespace rl::views {

// An index axis of a tensor: a problem dimension, or an input's width
// (W = P x stride + R x dilation) and height (H).
enum class TensorAxis { N, K, C, P, Q, R, S, W, H };

struct AxisRange {
    std::int64_t begin = 0, end = 0;  // [begin, end)
};

// One row of the counters table.
struct CounterRow {
    int level = 0;
    int tensor = 0;
};

class StepThroughScene {
    Q_DECLARE_TR_FUNCTIONS(rl::views::StepThroughScene)
  public:
    void build(std::shared_ptr<const dataflow::DataflowDesign> design);
    bool empty() const { return !steps_; }
    const dataflow::StepThrough& steps() const { return *steps_; }
    const dataflow::DataflowDesign& design() const { return *design_; }

    // Areas for a canvas of `size` (px), rows at least `minRow` tall;
    // `nestExtraRows`: rows the loop nest's wrapped title and legend add.
    // The PE grid sits under the loop nest where the height allows, else
    // under the tensors (grid and spatial loops side by side).
    void layout(QSizeF size, double minRow = 14, double nestExtraRows = 0);
    // The height below which rows of `minRow` overlap.
    double requiredHeight(double minRow, double nestExtraRows = 0) const;
    // The loop nest's column width for a canvas `width` px wide.
    static double nestWidth(double width);
    QRectF nestArea() const { return nest_; }
    QRectF tensorArea(int t) const { return tensor_[t]; }
    QRectF tensorGrid(int t) const { return grid_[t]; }  // where the index space is drawn
    QRectF peArea() const { return pe_; }
    QRectF peTextArea() const { return peText_; }  // the spatial loops' lines
    QRectF counterArea() const { return counters_; }
    double rowHeight() const { return row_; }

    // The tensor's axes drawn as rows and columns, and the others.
    TensorAxis rowAxis(int t) const { return axes_[t][0]; }
    TensorAxis columnAxis(int t) const { return axes_[t][1]; }
    const std::vector<TensorAxis>& otherAxes(int t) const { return others_[t]; }
    std::int64_t axisSize(TensorAxis a) const;
    static QString axisName(TensorAxis a);  // "K", "W"
    // The range of axis `a` the tile of `level` covers at `state`, over all
    // instances (levelCount(): the MACs' operands).
    AxisRange range(const dataflow::StepState& state, int level, TensorAxis a) const;
    // The same for one MAC's point.
    AxisRange pointRange(const DimArray& point, TensorAxis a) const;
    // The rectangle of `range` (rows x columns) inside tensor t's grid.
    QRectF cellRect(int t, AxisRange rows, AxisRange columns) const;
    // Level `level`'s resident tile of tensor t at `state`.
    QRectF tileRect(const dataflow::StepState& state, int level, int t) const;

    // The used MACs' points at `state` (`out` reused: no allocation once it
    // has grown to the number of used MACs).
    void macPoints(const dataflow::StepState& state, std::vector<DimArray>& out) const;
    // The PE grid cell of MAC (x, y).
    QRectF peCell(int x, int y) const;
    bool peUsed(int x, int y) const { return used_[static_cast<std::size_t>(y * cols_ + x)]; }

    const std::vector<CounterRow>& counterRows() const { return rows_; }
    static QString tensorName(int t);
    QString levelName(int level) const;
    // "for K in [0, 16)".
    QString loopText(int k) const;
    // "Q 3 of 56" for the axes not drawn.
    QString otherAxesText(const dataflow::StepState& state, int level, int t) const;

  private:
    std::shared_ptr<const dataflow::DataflowDesign> design_;
    std::unique_ptr<dataflow::StepThrough> steps_;
    std::array<std::array<TensorAxis, 2>, kDataSpaceCount> axes_{};
    std::array<std::vector<TensorAxis>, kDataSpaceCount> others_{};
    std::vector<CounterRow> rows_;
    std::vector<bool> used_;
    int cols_ = 1, rows2_ = 1;
    double peHeight(double row, double cell) const;
    QRectF nest_, pe_, peText_, counters_;
    double peCell_ = 5;
    std::array<QRectF, kDataSpaceCount> tensor_{}, grid_{};
    double row_ = 18;
};

}  // namespace rl::views
