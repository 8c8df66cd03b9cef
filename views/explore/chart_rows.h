#pragma once
// The frame of the exploration charts: a title row, then the legend on one
// centred line (so it never covers points, wherever the front lies), then
// the axes.
#include <QString>

class QColor;
class QCustomPlot;
class QWidget;

namespace rl {
namespace views {

void addTitleAndLegendRows(QCustomPlot* plot, const QWidget* base);
void setChartTitle(QCustomPlot* plot, const QString& text);
// A legend entry for what has no plottable of its own (bars drawn as items,
// a colour): an empty graph whose marker is a `colour` square or disc.
void addLegendSwatch(QCustomPlot* plot, const QColor& colour, const QString& name,
                     bool disc = false);

}  // namespace views
}  // namespace rl
