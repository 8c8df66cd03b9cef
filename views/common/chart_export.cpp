#include "views/common/chart_export.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QStandardPaths>

#include "core/spec/atomic_save.h"
#include "views/common/chart_export_dialog.h"
#include "views/common/clipped_svg.h"
#include "views/common/qcp.h"
#include "views/common/save_error_text.h"

namespace rl {
namespace views {

namespace {
ExportMemory& memory() {
    static ExportMemory m;
    return m;
}

QString tr(const char* text) { return QCoreApplication::translate("rl::views", text); }

bool writePdf(QCustomPlot* plot, const QString& path, int width, int height, double scale) {
    QPdfWriter pdf(path);
    pdf.setCreator(QStringLiteral("Ridgeline"));
    pdf.setTitle(QStringLiteral("Ridgeline chart"));
    // 96 device units per inch, so fonts resolve as on screen; the window
    // maps the layout onto the (scaled) page.
    pdf.setResolution(96);
    const QSizeF points(width * scale * 72.0 / 96.0, height * scale * 72.0 / 96.0);
    pdf.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QCPPainter painter;
    if (!painter.begin(&pdf)) return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setWindow(QRect(0, 0, width, height));
    plot->toPainter(&painter, width, height);
    return painter.end();
}

bool writeSvg(QCustomPlot* plot, const QString& path, int width, int height, double scale) {
    ClippedSvgDevice svg(QSize(width, height), QSizeF(width * scale, height * scale),
                         QStringLiteral("Ridgeline chart"));
    QCPPainter painter;
    if (!painter.begin(&svg)) return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, width, height);
    if (!painter.end()) return false;
    QFile file(path);
    const QByteArray doc = svg.svg();
    return !doc.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(doc) == doc.size();
}
}  // namespace

QString exportChart(QCustomPlot* plot, const QString& target, const ChartExportOptions& options) {
    int width = options.width, height = options.height;
    if (width <= 0) width = plot->width() > 0 ? plot->width() : 1000;
    if (height <= 0) height = plot->height() > 0 ? plot->height() : 700;
    const double dpi = std::clamp(options.dpi, 24.0, 1200.0);
    const double scale = std::clamp(options.scale, 0.1, 20.0);
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix != "png" && suffix != "pdf" && suffix != "svg")
        return tr("unknown image format '%1' (use png, pdf or svg)").arg(suffix);
    // The writers below fill a temporary file beside the target, which then
    // replaces it (core/spec/atomic_save.h): never a half-written image.
    rl::AtomicFile file(target.toStdString());
    if (!file.ok()) return saveErrorText(file.failure());
    const QString path = QString::fromStdString(file.tempPath());
    bool ok = false;
    if (suffix == "png")
        ok = plot->savePng(path, width, height, dpi / 96.0, -1, static_cast<int>(std::lround(dpi)));
    else if (suffix == "pdf")
        ok = writePdf(plot, path, width, height, scale);
    else
        ok = writeSvg(plot, path, width, height, scale);
    if (!ok || QFileInfo(path).size() == 0) return tr("could not write %1").arg(target);
    file.commit();
    return saveErrorText(file.failure());
}

QString exportChart(QCustomPlot* plot, const QString& path, int width, int height) {
    ChartExportOptions options;
    options.width = width;
    options.height = height;
    return exportChart(plot, path, options);
}

void copyChartToClipboard(QCustomPlot* plot) {
    QApplication::clipboard()->setPixmap(plot->toPixmap());
}

QString chartFileFilter() {
    return tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)");
}

void setExportMemory(ExportMemory m) { memory() = std::move(m); }

QString lastExportFolder() {
    const QString folder = memory().folder ? memory().folder() : QString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

QString askExportPath(QWidget* parent, const QString& title, const QString& filter) {
    const QString path = QFileDialog::getSaveFileName(parent, title, lastExportFolder(), filter);
    if (!path.isEmpty() && memory().rememberFolder) memory().rememberFolder(path);
    return path;
}

ChartExportRequest askChartExport(QWidget* parent, const QString& title, QSize defaultSize,
                                  const QString& filter) {
    ChartExportOptions initial = memory().options ? memory().options() : ChartExportOptions();
    if (initial.width <= 0 || initial.height <= 0) {
        initial.width = defaultSize.width() > 0 ? defaultSize.width() : 1000;
        initial.height = defaultSize.height() > 0 ? defaultSize.height() : 700;
    }
    ChartExportDialog dialog(title, QDir(lastExportFolder()).filePath(QStringLiteral("chart.png")),
                             filter, initial, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty()) return {};
    ChartExportRequest request{dialog.path(), dialog.options()};
    if (memory().rememberFolder) memory().rememberFolder(request.path);
    if (memory().rememberOptions) memory().rememberOptions(request.options);
    return request;
}

bool exportChartInteractively(QWidget* parent, QCustomPlot* plot, const QString& title) {
    if (!plot) return false;
    const ChartExportRequest request = askChartExport(parent, title, plot->size());
    if (request.path.isEmpty()) return false;
    const QString err = exportChart(plot, request.path, request.options);
    if (err.isEmpty()) return true;
    QMessageBox::warning(parent, title, err);
    return false;
}

}  // namespace views
}  // namespace rl
