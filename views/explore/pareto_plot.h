#pragma once
// The Pareto plot: paints a ParetoScene with QCustomPlot. Dominated points
// dimmed, the front drawn whole and joined, the third value as colour with a
// colour scale, the selected points ringed. Hovering shows a point's details;
// dragging a rectangle brushes the points inside it; a click selects a point
// and a double click opens it. The wheel zooms, resetView() shows it all.
#include <functional>
#include <vector>

#include "views/explore/explore_chart.h"
#include "views/explore/pareto_scene.h"

class QCPColorScale;
class QCPGraph;
class QMouseEvent;

namespace rl {
namespace views {

class ParetoPlot : public ExploreChart {
    Q_OBJECT
  public:
    explicit ParetoPlot(QWidget* parent = nullptr);

    // Draws `scene` under these titles; keeps the zoom unless `resetView`.
    void setScene(const ParetoScene& scene, const QString& title, const QString& xTitle,
                  const QString& yTitle, const QString& colourTitle, bool resetView);
    const ParetoScene& scene() const { return scene_; }
    // The text of the hover tooltip for a point.
    void setDescriber(std::function<QString(int point)> describe) {
        describe_ = std::move(describe);
    }
    // Rings these points (a brushed or table selection).
    void setSelected(const std::vector<int>& points);
    const std::vector<int>& selected() const { return selected_; }
    void resetView();

    // Data coordinates to widget pixels and back, through the plot's axes.
    QPointF toPixel(double x, double y) const;
    // The point under a pixel position of the plot (within a few pixels), or -1.
    int pointAt(QPointF pixel) const;
    // Brushes the points inside a rectangle of plot pixels, as a drag does.
    void brushPixels(const QRect& rect);

  Q_SIGNALS:
    void brushed(const std::vector<int>& points);
    void pointClicked(int point);
    void pointActivated(int point);

  private:
    void onMouseMove(QMouseEvent* e);
    void onMouseRelease(QMouseEvent* e);
    void applyAxis(bool xAxis, const ScatterAxis& a);
    void drawSelection();

    QCPColorScale* colourScale_;
    QCPGraph* selection_ = nullptr;
    ParetoScene scene_;
    std::vector<int> selected_;
    std::function<QString(int)> describe_;
    QPoint pressPos_;
    bool zoomed_ = false;  // the user zoomed: live updates keep the view
};

}  // namespace views
}  // namespace rl
