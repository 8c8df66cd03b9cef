#include "views/common/chart_export.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSvgGenerator>

#include "core/spec/atomic_save.h"
#include "views/common/qcp.h"

namespace rl {
namespace views {

QString exportChart(QCustomPlot* plot, const QString& target, int width, int height) {
    if (width <= 0) width = plot->width() > 0 ? plot->width() : 1000;
    if (height <= 0) height = plot->height() > 0 ? plot->height() : 700;
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix != "png" && suffix != "pdf" && suffix != "svg")
        return QCoreApplication::translate("rl::views",
                                           "unknown image format '%1' (use png, pdf or svg)")
            .arg(suffix);
    // The writers below fill a temporary file beside the target, which then
    // replaces it (core/spec/atomic_save.h): never a half-written image.
    rl::AtomicFile file(target.toStdString());
    if (!file.ok()) return QString::fromStdString(file.error());
    const QString path = QString::fromStdString(file.tempPath());
    bool ok = false;
    if (suffix == "png") {
        ok = plot->savePng(path, width, height, 1.0);
    } else if (suffix == "pdf") {
        ok = plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("Ridgeline"));
    } else if (suffix == "svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(QStringLiteral("Ridgeline chart"));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            plot->toPainter(&painter, width, height);
            ok = painter.end();
        }
    }
    if (!ok || QFileInfo(path).size() == 0)
        return QCoreApplication::translate("rl::views", "could not write %1").arg(target);
    return QString::fromStdString(file.commit());
}

void copyChartToClipboard(QCustomPlot* plot) {
    QApplication::clipboard()->setPixmap(plot->toPixmap());
}

QString chartFileFilter() {
    return QCoreApplication::translate(
        "rl::views", "PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)");
}

}  // namespace views
}  // namespace rl
