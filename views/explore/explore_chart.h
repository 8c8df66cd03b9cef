#pragma once
// The widget every exploration chart is: one QCustomPlot filling it edge to
// edge in the frame of chart_rows.h (title row, one-line legend, axes), small
// enough at its minimum for the window to fit 1280x720 with its docks. The
// Pareto plot and the tornado chart paint their scenes into it.
#include <QWidget>

class QCustomPlot;

namespace rl {
namespace views {

class ExploreChart : public QWidget {
    Q_OBJECT
  public:
    QCustomPlot* plot() const { return plot_; }

  protected:
    // `objectName` names the plot (tests and exports find it by name).
    ExploreChart(const char* objectName, QWidget* parent);

    QCustomPlot* const plot_;
};

}  // namespace views
}  // namespace rl
