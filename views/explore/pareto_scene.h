#pragma once
// What the Pareto plot draws, computed without widgets: the two axes (log or
// linear, with labelled ticks), each point's place and emphasis (points on the
// front drawn whole and joined in order along x, dominated points dimmed), the
// third value as a position on a colour scale, the layers the widget turns
// into graphs, and the hit tests behind hover and brushing. ParetoPlot only
// paints it.
#include <functional>
#include <vector>

#include <QPointF>
#include <QString>

#include "views/explore/scatter_axis.h"

namespace rl {
namespace views {

struct ParetoSceneInput {
    std::vector<double> x, y;    // the two plotted values, one per point
    std::vector<double> colour;  // the third value per point, or empty for none
    std::vector<int> front;      // indices of the points on the front, any order
    bool logX = false, logY = false, logColour = false;
    // Join the front with a line: only meaningful when the front was found
    // over exactly the two plotted values (a 3-objective front is not a line).
    bool joinFront = true;
    // The third value is a yes/no figure (1 or 0): two colours and a legend,
    // not a continuous scale.
    bool colourIsFlag = false;
    ValueFormat formatX, formatY, formatColour;
};

// Points drawn alike: the widget makes one graph of each.
struct ScatterLayer {
    bool front = false;
    // -1: no colour value (drawn in the neutral colour); for a yes/no colour
    // 0 is "no" and 1 is "yes".
    int colourBin = -1;
    std::vector<int> points;
};

class ParetoScene {
  public:
    static constexpr double kFrontOpacity = 1.0;
    static constexpr double kDimmedOpacity = 0.45;
    static constexpr int kColourBins = 24;

    void set(ParetoSceneInput input);
    const ParetoSceneInput& input() const { return in_; }

    const ScatterAxis& xAxis() const { return xAxis_; }
    const ScatterAxis& yAxis() const { return yAxis_; }
    bool hasColour() const { return hasColour_; }
    // Yes/no colours: no scale (colourAxis() is empty), colourPosition() is 0 or 1.
    bool colourIsFlag() const { return hasColour_ && in_.colourIsFlag; }
    const ScatterAxis& colourAxis() const { return colourAxis_; }

    int pointCount() const { return static_cast<int>(in_.x.size()); }
    // Points that have a place on the axes (without a colour value they are
    // drawn in the neutral colour).
    const std::vector<int>& drawn() const { return drawn_; }
    // Points left out: a value missing, or not positive on a log axis.
    int hiddenCount() const { return pointCount() - static_cast<int>(drawn_.size()); }
    bool isDrawn(int point) const;
    bool onFront(int point) const;
    // The drawn front points in the order of the joining line (x ascending);
    // empty when the front is not joined.
    const std::vector<int>& frontLine() const { return frontLine_; }
    // 1 for front points, kDimmedOpacity for dominated ones.
    double opacity(int point) const;
    // Where the point's third value sits on the colour scale, in [0, 1]; -1 without.
    double colourPosition(int point) const;
    // The drawn points grouped by emphasis and colour bin, dominated layers first
    // so the front is painted over them.
    std::vector<ScatterLayer> layers() const;

    // The drawn points inside the data rectangle (either corner order).
    std::vector<int> pointsIn(double x0, double x1, double y0, double y1) const;
    // The drawn point nearest to `at` in pixels within `maxPixels`, or -1;
    // `toPixel` maps data coordinates to pixels (the widget's axes).
    int nearest(const std::function<QPointF(double, double)>& toPixel, QPointF at,
                double maxPixels) const;

  private:
    ParetoSceneInput in_;
    ScatterAxis xAxis_, yAxis_, colourAxis_;
    bool hasColour_ = false;
    std::vector<int> drawn_;
    std::vector<char> drawnFlag_, frontFlag_;
    std::vector<int> frontLine_;
};

}  // namespace views
}  // namespace rl
