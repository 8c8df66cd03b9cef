#pragma once
// Exporting charts: PNG, PDF (QCustomPlot's own writers), SVG (QSvgGenerator
// painting the plot, which QCustomPlot cannot do itself) and the clipboard.
#include <QString>

class QCustomPlot;

namespace rl {
namespace views {

// Writes the plot to `path`; the format follows the suffix (png, pdf, svg).
// width/height 0 keep the widget's size. Returns an error message or empty.
QString exportChart(QCustomPlot* plot, const QString& path, int width = 0, int height = 0);
void copyChartToClipboard(QCustomPlot* plot);
// The file-dialog filter listing the formats above.
QString chartFileFilter();

}  // namespace views
}  // namespace rl
