#include "views/common/chart_export.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSvgGenerator>
#include "views/common/qcp.h"

namespace rl {
namespace views {

QString exportChart(QCustomPlot* plot, const QString& path, int width, int height) {
    if (width <= 0) width = plot->width() > 0 ? plot->width() : 1000;
    if (height <= 0) height = plot->height() > 0 ? plot->height() : 700;
    const QString suffix = QFileInfo(path).suffix().toLower();
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
    } else {
        return QCoreApplication::translate("rl::views",
                                           "unknown image format '%1' (use png, pdf or svg)")
            .arg(suffix);
    }
    if (!ok || !QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return QCoreApplication::translate("rl::views", "could not write %1").arg(path);
    return {};
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
