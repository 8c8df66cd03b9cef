#include "views/common/clipped_svg.h"

#include <vector>

#include <QBuffer>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

namespace rl {
namespace views {

namespace {
constexpr int kDpi = 96;  // CSS pixels: what the chart is laid out in

QString num(double v) { return QString::number(v, 'f', 2); }

// A clip path as SVG path data (device coordinates).
QString pathData(const QPainterPath& path) {
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            d += QStringLiteral("M%1 %2 ").arg(num(e.x), num(e.y));
        } else if (e.isLineTo()) {
            d += QStringLiteral("L%1 %2 ").arg(num(e.x), num(e.y));
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const auto c2 = path.elementAt(i + 1), end = path.elementAt(i + 2);
            d += QStringLiteral("C%1 %2 %3 %4 %5 %6 ")
                     .arg(num(e.x), num(e.y), num(c2.x), num(c2.y), num(end.x), num(end.y));
            i += 2;
        }
    }
    return d.trimmed() + (path.elementCount() > 0 ? QStringLiteral(" Z") : QString());
}
}  // namespace

// Forwards to a QSvgGenerator per clip; see the header.
class ClippedSvgEngine : public QPaintEngine {
  public:
    ClippedSvgEngine(QSize layout, QSizeF page, QString title)
        : QPaintEngine(QPaintEngine::AllFeatures &
                       ~(QPaintEngine::PatternBrush | QPaintEngine::PerspectiveTransform |
                         QPaintEngine::ConicalGradientFill | QPaintEngine::PorterDuff)),
          layout_(layout),
          page_(page),
          title_(std::move(title)) {}

    bool begin(QPaintDevice*) override {
        pieces_.clear();
        startPiece(QPainterPath(), false);
        return true;
    }
    bool end() override {
        finishPiece();
        return true;
    }
    Type type() const override { return QPaintEngine::SVG; }

    void updateState(const QPaintEngineState& s) override {
        const DirtyFlags f = s.state();
        if (f & DirtyPen) pen_ = s.pen();
        if (f & DirtyBrush) brush_ = s.brush();
        if (f & DirtyBrushOrigin) brushOrigin_ = s.brushOrigin();
        if (f & DirtyFont) font_ = s.font();
        if (f & DirtyBackground) background_ = s.backgroundBrush();
        if (f & DirtyBackgroundMode) backgroundMode_ = s.backgroundMode();
        if (f & DirtyTransform) transform_ = s.transform();
        if (f & DirtyHints) hints_ = s.renderHints();
        if (f & DirtyOpacity) opacity_ = s.opacity();
        if (f & (DirtyClipPath | DirtyClipRegion | DirtyClipEnabled)) {
            // The clip in device coordinates, whatever way it was set.
            QPainter* p = painter();
            const bool on = p->hasClipping();
            const QPainterPath clip =
                on ? p->combinedTransform().map(p->clipPath()) : QPainterPath();
            if (on != clipped_ || (on && clip != clip_)) {
                finishPiece();
                startPiece(clip, on);
                return;  // a new piece takes the whole state
            }
        }
        applyState();
    }

    void drawPath(const QPainterPath& path) override { out_.drawPath(path); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        if (mode == PolylineMode)
            out_.drawPolyline(points, count);
        else
            out_.drawPolygon(points, count,
                             mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    void drawPolygon(const QPoint* points, int count, PolygonDrawMode mode) override {
        QPolygonF poly;
        for (int i = 0; i < count; ++i) poly << QPointF(points[i]);
        drawPolygon(poly.constData(), count, mode);
    }
    void drawRects(const QRectF* rects, int count) override { out_.drawRects(rects, count); }
    void drawRects(const QRect* rects, int count) override { out_.drawRects(rects, count); }
    void drawLines(const QLineF* lines, int count) override { out_.drawLines(lines, count); }
    void drawLines(const QLine* lines, int count) override { out_.drawLines(lines, count); }
    void drawEllipse(const QRectF& r) override { out_.drawEllipse(r); }
    void drawEllipse(const QRect& r) override { out_.drawEllipse(r); }
    void drawPixmap(const QRectF& r, const QPixmap& pm, const QRectF& sr) override {
        out_.drawPixmap(r, pm, sr);
    }
    void drawImage(const QRectF& r, const QImage& image, const QRectF& sr,
                   Qt::ImageConversionFlags flags) override {
        out_.drawImage(r, image, sr, flags);
    }
    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        out_.drawTextItem(p, item);
    }

    QByteArray document() const {
        if (pieces_.empty()) return {};
        // The first piece's prologue (up to its <defs>) opens the document, as SVG 1.1:
        // SVG Tiny 1.2 has no clip paths.
        const QByteArray& first = pieces_.front().svg;
        const int defsEnd = first.indexOf("</defs>");
        if (defsEnd < 0) return {};
        QByteArray doc = first.left(defsEnd);
        doc.replace("version=\"1.2\" baseProfile=\"tiny\"", "version=\"1.1\"");
        int clipId = 0;
        for (const Piece& piece : pieces_)
            if (piece.clipped)
                doc += QStringLiteral("<clipPath id=\"rlclip%1\"><path d=\"%2\"/></clipPath>\n")
                           .arg(clipId++)
                           .arg(pathData(piece.clip))
                           .toUtf8();
        doc += "</defs>\n";
        clipId = 0;
        for (std::size_t i = 0; i < pieces_.size(); ++i) {
            const Piece& piece = pieces_[i];
            const int start = piece.svg.indexOf("</defs>");
            const int stop = piece.svg.lastIndexOf("</svg>");
            if (start < 0 || stop < start) continue;
            QByteArray body = piece.svg.mid(start + 8, stop - start - 8);
            // Each generator numbers its gradients from 1: keep the ids unique.
            const QByteArray prefix = "p" + QByteArray::number(static_cast<int>(i)) + "_";
            body.replace("id=\"gradient", "id=\"" + prefix + "gradient");
            body.replace("url(#gradient", "url(#" + prefix + "gradient");
            if (piece.clipped)
                doc += "<g clip-path=\"url(#rlclip" + QByteArray::number(clipId++) + ")\">\n" +
                       body + "</g>\n";
            else
                doc += body;
        }
        doc += "</svg>\n";
        return doc;
    }

  private:
    struct Piece {
        QByteArray svg;
        QPainterPath clip;
        bool clipped = false;
    };

    void startPiece(const QPainterPath& clip, bool clipped) {
        clip_ = clip;
        clipped_ = clipped;
        buffer_ = std::make_unique<QBuffer>();
        buffer_->open(QIODevice::WriteOnly);
        generator_ = std::make_unique<QSvgGenerator>();
        generator_->setOutputDevice(buffer_.get());
        generator_->setResolution(kDpi);
        generator_->setSize(page_.toSize());
        generator_->setViewBox(QRect(QPoint(0, 0), layout_));
        generator_->setTitle(title_);
        out_.begin(generator_.get());
        applyState();
    }
    void finishPiece() {
        if (!generator_) return;
        out_.end();
        pieces_.push_back({buffer_->data(), clip_, clipped_});
        generator_.reset();
        buffer_.reset();
    }
    void applyState() {
        if (!out_.isActive()) return;
        out_.setTransform(transform_);
        out_.setPen(pen_);
        out_.setBrush(brush_);
        out_.setBrushOrigin(brushOrigin_);
        out_.setFont(font_);
        out_.setBackground(background_);
        out_.setBackgroundMode(backgroundMode_);
        out_.setRenderHints(out_.renderHints(), false);
        out_.setRenderHints(hints_, true);
        out_.setOpacity(opacity_);
    }

    QSize layout_;
    QSizeF page_;
    QString title_;
    std::vector<Piece> pieces_;
    std::unique_ptr<QBuffer> buffer_;
    std::unique_ptr<QSvgGenerator> generator_;
    QPainter out_;
    // The painter state, re-applied to every new piece.
    QPen pen_;
    QBrush brush_;
    QPointF brushOrigin_;
    QFont font_;
    QBrush background_;
    Qt::BGMode backgroundMode_ = Qt::TransparentMode;
    QTransform transform_;
    QPainter::RenderHints hints_;
    qreal opacity_ = 1.0;
    QPainterPath clip_;
    bool clipped_ = false;
};

ClippedSvgDevice::ClippedSvgDevice(QSize layout, QSizeF page, QString title)
    : layout_(layout),
      engine_(std::make_unique<ClippedSvgEngine>(layout, page, std::move(title))) {}

ClippedSvgDevice::~ClippedSvgDevice() = default;

QPaintEngine* ClippedSvgDevice::paintEngine() const { return engine_.get(); }

QByteArray ClippedSvgDevice::svg() const { return engine_->document(); }

int ClippedSvgDevice::metric(PaintDeviceMetric metric) const {
    switch (metric) {
        case PdmWidth:
            return layout_.width();
        case PdmHeight:
            return layout_.height();
        case PdmWidthMM:
            return qRound(layout_.width() * 25.4 / kDpi);
        case PdmHeightMM:
            return qRound(layout_.height() * 25.4 / kDpi);
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return kDpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

}  // namespace views
}  // namespace rl
