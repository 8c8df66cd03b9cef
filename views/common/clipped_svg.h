#pragma once
// An SVG paint device that keeps the painter's clipping. QSvgGenerator (Qt 6.4)
// ignores clip rects, so an exported chart showed lines and bars running past
// its axes. This device forwards every drawing call to a QSvgGenerator, starts
// a new generator whenever the clip changes, and joins the pieces into one
// SVG 1.1 document in which each piece sits in a group with its clip path.
#include <memory>

#include <QByteArray>
#include <QPaintDevice>
#include <QSize>
#include <QString>

namespace rl {
namespace views {

class ClippedSvgEngine;

class ClippedSvgDevice : public QPaintDevice {
  public:
    // `layout`: the size drawn at (device pixels, 96 per inch); `page`: the
    // size written in the file's width/height (layout x scale).
    ClippedSvgDevice(QSize layout, QSizeF page, QString title);
    ~ClippedSvgDevice() override;
    QPaintEngine* paintEngine() const override;
    // The document, once the painter has ended.
    QByteArray svg() const;

  protected:
    int metric(PaintDeviceMetric metric) const override;

  private:
    QSize layout_;
    std::unique_ptr<ClippedSvgEngine> engine_;
};

}  // namespace views
}  // namespace rl
