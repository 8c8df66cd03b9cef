#pragma once
// What the PE-array view draws, computed without widgets (PeArrayView only
// paints it): the X by Y mesh of MAC instances, which PEs the mapping's
// spatial loops use and which problem dimension each axis spreads over them
// (nested fanouts of several levels and several dimensions on one axis give
// blocks within blocks), the rulers naming each spread, the legend, and the
// utilisation in words ("126 of 168 PEs busy: Q=14 across X, K=9 of 12
// across Y"). Arrays too large to draw PE by PE are drawn as blocks of PEs.
// tests/views/test_dataflow_nest_views.cpp checks it on the sample designs.
#include <QCoreApplication>
#include <QLineF>
#include <QPoint>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/dataflow/design.h"

namespace rl::views {

// One spatial loop as it lies on the mesh.
struct PeSpread {
    int level = 0;
    Dim dim = Dim::N;
    std::int64_t factor = 1;
    bool alongX = true;
    std::int64_t stride = 1;  // PEs between neighbouring indices along the axis
    int fanout = 1;           // the level's fanout along this axis
};

// A drawn square: one PE, or a block of PEs when the array is large.
struct PeCell {
    QRectF rect;
    std::int64_t pes = 1;          // PEs it stands for
    std::int64_t busy = 0;         // of which busy
    int xSpread = -1, xIndex = 0;  // innermost X spread covering it (spreads() index), its index
    int ySpread = -1, yIndex = 0;
};

struct PeRulerSegment {
    QRectF rect;
    int index = 0;  // the spread's index over these PEs
};

// A band beside the grid for one spread: a segment per index.
struct PeRuler {
    int spread = 0;
    QRectF rect;
    QString name;        // "Q ×14"
    QRectF nameRect;     // where the name goes
    bool solid = false;  // segments too thin to draw one by one
    std::vector<PeRulerSegment> segments;
};

struct PeDivider {
    QLineF line;
    int weight = 1;       // thicker between blocks of outer spreads
    bool dashed = false;  // a level's child block with no spread boundary
};

struct PeLegendEntry {
    int dim = -1;  // colour key: Dim index, -1 idle PEs, -3 busy PEs (no spread), -2 a note
    QString text, detail;
    QRectF rect;
};

class PeArrayScene {
    Q_DECLARE_TR_FUNCTIONS(rl::views::PeArrayScene)
  public:
    using Measure = std::function<QSizeF(const QString&)>;
    static constexpr std::int64_t kMaxAxis = 65536;  // longer axes are not drawn
    static constexpr double kMinCell = 9.0;          // px; smaller PEs are drawn as blocks

    void build(std::shared_ptr<const dataflow::DataflowDesign> design);
    bool empty() const { return !design_; }
    std::int64_t columns() const { return cols_; }
    std::int64_t rows() const { return rows_; }
    std::int64_t busy() const;  // PEs doing work
    bool tooLarge() const { return cols_ > kMaxAxis || rows_ > kMaxAxis; }
    const std::vector<PeSpread>& spreads() const { return spreads_; }
    // "126 of 168 PEs busy: Q=14 across X, K=9 of 12 across Y".
    QString sentence() const;
    bool busyAt(std::int64_t x, std::int64_t y) const;
    // "PE (3, 5): busy · Q 3, K 5" for a tooltip.
    QString describePe(std::int64_t x, std::int64_t y) const;
    static QString dimensionName(Dim d);  // "output height"

    // Places grid, rulers, dividers and legend in `area`.
    void layout(const QRectF& area, const Measure& measure);
    std::int64_t blockSize() const { return block_; }  // PEs per drawn square along each axis
    QString blockNote() const;  // "128 × 128 PEs drawn as 32 × 32 blocks of 4 × 4 PEs", or empty
    const QRectF& grid() const { return grid_; }
    const std::vector<PeCell>& cells() const { return cells_; }
    const std::vector<PeRuler>& rulers() const { return rulers_; }
    const std::vector<PeDivider>& dividers() const { return dividers_; }
    const std::vector<PeLegendEntry>& legend() const { return legend_; }
    QPoint peAt(const QPointF& p) const;  // (-1, -1) outside the grid

    // One row per spread (level, axis, dimension, factor, the level's fanout,
    // stride in PEs) and per level axis with a fanout but no spread.
    std::vector<std::vector<std::string>> csvRows() const;

  private:
    struct Axis {
        std::vector<char> used;                 // per PE column (row)
        std::vector<std::int64_t> usedPrefix;   // used PEs before each position
        std::vector<std::vector<int>> index;    // per spread on this axis, per position (-1 unused)
        std::vector<int> spreadIds;             // spreads() indices on this axis, outer first
        std::vector<std::int64_t> childBlocks;  // PEs under one child of each fanning level
    };
    void buildAxis(bool alongX);
    void layoutRulers(const Measure& measure, double bandH, double bandW);
    void layoutDividers();
    void layoutLegend(const QRectF& box, const Measure& measure, double lineH);
    double px(std::int64_t pe, bool alongX) const;

    std::shared_ptr<const dataflow::DataflowDesign> design_;
    std::int64_t cols_ = 0, rows_ = 0;
    std::vector<PeSpread> spreads_;
    Axis x_, y_;
    std::int64_t block_ = 1;
    double pePx_ = 0;
    QRectF grid_;
    std::vector<PeCell> cells_;
    std::vector<PeRuler> rulers_;
    std::vector<PeDivider> dividers_;
    std::vector<PeLegendEntry> legend_;
};

}  // namespace rl::views
