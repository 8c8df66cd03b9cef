#pragma once
// Exporting charts: PNG, PDF, SVG (QSvgGenerator, with the clipping to the
// axes that it cannot write itself added as SVG clip paths) and the clipboard,
// at a chosen size and resolution. Export dialogs start in the user's last
// export folder, which the application remembers (setExportMemory).
#include <functional>

#include <QSize>
#include <QString>

class QCustomPlot;
class QWidget;

namespace rl {
namespace views {

// How large an exported chart is and how finely it is resolved.
struct ChartExportOptions {
    // The size the chart is laid out at, in CSS pixels (96 per inch); 0
    // keeps the widget's size.
    int width = 0, height = 0;
    // PNG: pixels per inch. The image has width x height x dpi / 96 pixels
    // (text and lines grow with it) and records the DPI for print.
    double dpi = 96;
    // PDF and SVG: the page is width x height x scale (everything scales, stays vector).
    double scale = 1;
    bool inches = false;  // the dialog shows the size in inches (the numbers stay pixels)
    bool operator==(const ChartExportOptions&) const = default;
};

// Writes the plot to `path`; the format follows the suffix (png, pdf, svg).
// Returns an error message or empty.
QString exportChart(QCustomPlot* plot, const QString& path, const ChartExportOptions& options);
QString exportChart(QCustomPlot* plot, const QString& path, int width = 0, int height = 0);
void copyChartToClipboard(QCustomPlot* plot);
// The file-dialog filter listing the formats above.
QString chartFileFilter();

// Where export dialogs start and the size last chosen, kept by the
// application (its settings); without it dialogs start in Documents.
struct ExportMemory {
    std::function<QString()> folder;
    std::function<void(const QString& chosenFile)> rememberFolder;
    std::function<ChartExportOptions()> options;
    std::function<void(const ChartExportOptions&)> rememberOptions;
};
void setExportMemory(ExportMemory memory);
QString lastExportFolder();

// A save dialog for any exported file (CSV, JSON, images) that starts in the
// last export folder and remembers the one chosen. Empty: cancelled.
QString askExportPath(QWidget* parent, const QString& title, const QString& filter);

struct ChartExportRequest {
    QString path;  // empty: cancelled
    ChartExportOptions options;
};
// The chart export dialog: file, size (px or inches), DPI for PNG, scale for
// PDF/SVG; starts from the last choices and remembers the new ones.
// `defaultSize` fills the size when nothing is remembered.
ChartExportRequest askChartExport(QWidget* parent, const QString& title, QSize defaultSize,
                                  const QString& filter = chartFileFilter());
// askChartExport + exportChart, with a message box on failure. True if written.
bool exportChartInteractively(QWidget* parent, QCustomPlot* plot, const QString& title);

}  // namespace views
}  // namespace rl
