#include "views/dataflow/dataflow_view.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "core/result/csv_writer.h"
#include "core/spec/atomic_save.h"
#include "views/common/save_error_text.h"

namespace rl::views {

namespace {

// Paints the widget (laid out at `size`) onto `device`, scaled to fill it.
bool paintWidget(QWidget* w, QPaintDevice* device, QSize size) {
    QPainter painter;
    if (!painter.begin(device)) return false;
    const double sx = device->width() / static_cast<double>(size.width());
    const double sy = device->height() / static_cast<double>(size.height());
    painter.scale(sx, sy);
    w->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return painter.end();
}

}  // namespace

QString DataflowView::exportTo(const QString& target, int width, int height) {
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix == "csv") {
        std::string text;
        for (const auto& row : csvRows()) text += csv::record(row);
        if (text.empty()) return tr("this view has no table to export");
        return saveErrorText(saveFileTyped(target.toStdString(), text));
    }
    if (suffix != "png" && suffix != "pdf" && suffix != "svg")
        return tr("unknown format '%1' (use png, svg, pdf or csv)").arg(suffix);
    const QSize old = size();
    const QSize want(width > 0 ? width : (old.width() > 0 ? old.width() : 1000),
                     height > 0 ? height : (old.height() > 0 ? old.height() : 700));
    resize(want);
    if (auto* l = layout()) l->activate();
    AtomicFile file(target.toStdString());
    if (!file.ok()) return saveErrorText(file.failure());
    const QString path = QString::fromStdString(file.tempPath());
    bool ok = false;
    if (suffix == "png") {
        QImage image(want, QImage::Format_ARGB32_Premultiplied);
        image.fill(palette().color(QPalette::Window));
        ok = paintWidget(this, &image, want) && image.save(path, "PNG");
    } else if (suffix == "svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(want);
        svg.setViewBox(QRect(QPoint(), want));
        svg.setTitle(QStringLiteral("Ridgeline dataflow view"));
        ok = paintWidget(this, &svg, want);
    } else {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(want), QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        pdf.setResolution(72);
        ok = paintWidget(this, &pdf, want);
    }
    if (old.isValid() && old != want) resize(old);
    if (!ok || QFileInfo(path).size() == 0) return tr("could not write %1").arg(target);
    file.commit();
    return saveErrorText(file.failure());
}

}  // namespace rl::views
