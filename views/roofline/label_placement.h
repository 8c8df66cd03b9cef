#pragma once
// Where a chart label goes: candidate places in the order the chart prefers
// them (beside its own line, near its own point), each scored by what it
// would cover: the plot's edges, dots and markers, lines and the labels
// already placed. The first candidate that covers nothing wins; when every
// candidate covers something, a label that must be shown takes the one that
// covers least, where leaving the plot, covering a dot and covering another
// label weigh far more than crossing a line. Geometry only (QtCore/QtGui
// value types), so scenes and tests use it without widgets.
#include <optional>
#include <vector>

#include <QLineF>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

namespace rl {
namespace views {

struct LabelCandidate {
    QPointF topLeft;   // px: the text's top-left corner, which the rotation turns about
    double angle = 0;  // degrees
};

// The outline of a `size` label at `topLeft` turned by `angle` degrees.
QPolygonF labelOutline(const QPointF& topLeft, const QSizeF& size, double angle);

// Distance (px) from `p` to the segment `s`.
double distanceToSegment(const QPointF& p, const QLineF& s);
// The least distance (px) between `outline` and `segment`: 0 when they cross
// or the segment lies inside.
double distanceToOutline(const QPolygonF& outline, const QLineF& segment);

class LabelPlacer {
  public:
    explicit LabelPlacer(const QRectF& area, double labelMargin = 4);

    void addBox(const QRectF& box) { boxes_.push_back(box); }  // dots, markers, legend
    void addLine(const QLineF& line) { lines_.push_back(line); }
    void addLabel(const QPolygonF& outline) { labels_.push_back(outline); }

    // What `outline` would cover (0: nothing). Leaving the area, covering a
    // box and coming within the margin of a label each count 1000 per px²;
    // crossing a line counts 1 per line.
    double cost(const QPolygonF& outline) const;
    // True when a leader line along `segment` would cross no box and no label.
    bool clear(const QLineF& segment) const;

    // The chosen place for a `size` label among `candidates` (best first), or
    // none: the first that covers nothing, else with `mustShow` the one that
    // covers least as long as it stays in the area and off every box and
    // label. The chosen outline becomes an obstacle for later labels.
    std::optional<LabelCandidate> place(const QSizeF& size,
                                        const std::vector<LabelCandidate>& candidates,
                                        bool mustShow = false);

  private:
    QRectF area_;
    double margin_;
    std::vector<QRectF> boxes_;
    std::vector<QLineF> lines_;
    std::vector<QPolygonF> labels_;
};

}  // namespace views
}  // namespace rl
