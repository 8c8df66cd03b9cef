#pragma once
// The frame of the exploration charts: a title row, then the legend on one
// centred line (so it never covers points, wherever the front lies), then
// the axes.
#include <QString>

class QCustomPlot;
class QWidget;

namespace rl {
namespace views {

void addTitleAndLegendRows(QCustomPlot* plot, const QWidget* base);
void setChartTitle(QCustomPlot* plot, const QString& text);

}  // namespace views
}  // namespace rl
