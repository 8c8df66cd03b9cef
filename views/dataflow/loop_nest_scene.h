#pragma once
// What the loop-nest view draws, computed without widgets (LoopNestView only
// paints it): the mapping as rows, outer first (a header per storage level,
// then its loops, indented one step per enclosing loop, factor-1 loops left
// out), where each row goes in pixels, and for a loop (or a level header) the
// tile of each tensor it sweeps: extents per dimension and words, the words
// of one step, and the tile the model counts at that level.
// tests/views/test_dataflow_nest_views.cpp checks it on the sample designs.
#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/dataflow/design.h"
#include "core/dataflow/loop_list.h"

namespace rl::views {

struct LoopNestRow {
    enum class Kind { level, loop, compute };
    Kind kind = Kind::loop;
    int level = -1;   // storage level (the compute row: the innermost level)
    int loop = -1;    // index into LoopNestScene::loops() for Kind::loop
    int depth = 0;    // loops enclosing this row
    QString text;     // "for K in [0:16)", "GlobalBuffer", "MAC"
    QString detail;   // level rows: capacity and instances; the MACs: instances
    QString tensors;  // level rows, drawn on a second line: kept and bypassed tensors
    QRectF rect;      // px, after layout(): from the row's indent to the right edge
};

// One tensor's share of a loop's sweep.
struct TensorSweep {
    QString name;                // "weights"
    QString extents;             // "K 32 × R 3"; inputs as "C 2 × W 18 × H 1" (the input window)
    std::int64_t words = 0;      // one full pass of the loop (all its steps)
    std::int64_t stepWords = 0;  // one step: what the loops inside it cover
    bool indexed = true;         // the loop's dimension indexes this tensor
    bool kept = false;           // the loop's level keeps it
    std::int64_t levelWords = 0;  // the model's tile at the loop's level (0 when bypassed)
};

struct LoopSweep {
    QString title;      // "for K in [0:16) at GlobalBuffer"
    QString level;      // "GlobalBuffer"
    bool loop = false;  // false: a level's resident tile (no steps)
    std::array<TensorSweep, kDataSpaceCount> tensors{};
    QStringList notes;  // reuse in place, multicast, spatial reduction
};

class LoopNestScene {
    Q_DECLARE_TR_FUNCTIONS(rl::views::LoopNestScene)
  public:
    void build(std::shared_ptr<const dataflow::DataflowDesign> design);
    bool empty() const { return rows_.empty(); }
    const std::vector<dataflow::LoopEntry>& loops() const { return loops_; }
    const std::vector<LoopNestRow>& rows() const { return rows_; }

    // Places the rows one under the other from `top` (level headers, with
    // their second line, `headerHeight` tall, the others `rowHeight`),
    // indented by depth x indentStep from `left`, reaching `right`.
    void layout(double left, double top, double right, double rowHeight, double headerHeight,
                double indentStep);
    QSizeF contentSize() const { return content_; }
    int rowAt(const QPointF& p) const;  // -1 if none
    // The row of a loop / of a level header, -1 if none.
    int rowOfLoop(int loop) const;
    int rowOfLevel(int level) const;

    // The tiles a loop sweeps; a level header's (Kind::level) sweep is the
    // level's resident tile. Empty title for the compute row.
    LoopSweep sweep(int row) const;

    // "for K in [0:16)" / "spatial_for Q in [0:14) across X".
    static QString loopText(const dataflow::LoopEntry& loop);
    static QString tensorName(int t);
    // "K 32 × R 3" (dimensions of extent 1 and those not indexing t left out).
    QString extentsText(int t, const DimArray& e) const;

    // level, kind, dimension, factor, words swept per tensor, one row per loop.
    std::vector<std::vector<std::string>> csvRows() const;

  private:
    LoopSweep sweepFrom(std::size_t firstLoop, int level, const QString& title,
                        const dataflow::LoopEntry* loop) const;

    std::shared_ptr<const dataflow::DataflowDesign> design_;
    std::vector<dataflow::LoopEntry> loops_;
    std::vector<LoopNestRow> rows_;
    QSizeF content_;
};

}  // namespace rl::views
