#include "views/dataflow/pe_array_view.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QVBoxLayout>

#include "views/common/theme.h"

namespace rl::views {

namespace {

// `c` moved towards `bg` by `amount` (0: c, 1: bg): tints that keep text readable.
QColor mix(const QColor& c, const QColor& bg, double amount) {
    return QColor::fromRgbF(c.redF() + (bg.redF() - c.redF()) * amount,
                            c.greenF() + (bg.greenF() - c.greenF()) * amount,
                            c.blueF() + (bg.blueF() - c.blueF()) * amount);
}

}  // namespace

class PeArrayCanvas : public QWidget {
  public:
    PeArrayCanvas(PeArrayView* view, QWidget* parent) : QWidget(parent), view_(view) {
        setMouseTracking(true);
        setMinimumSize(360, 240);
    }

    void relayout() {
        const QFontMetricsF fm(font());
        view_->scene_.layout(QRectF(rect()).adjusted(12, 12, -12, -12), [fm](const QString& s) {
            return QSizeF(fm.horizontalAdvance(s), fm.height());
        });
        update();
    }

  protected:
    void resizeEvent(QResizeEvent*) override { relayout(); }

    bool event(QEvent* e) override {
        if (e->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(e);
            const QPoint pe = view_->scene_.peAt(help->pos());
            if (pe.x() >= 0)
                QToolTip::showText(help->globalPos(), view_->scene_.describePe(pe.x(), pe.y()),
                                   this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(e);
    }

    void paintEvent(QPaintEvent*) override {
        const auto& scene = view_->scene_;
        const auto& theme = Theme::instance();
        const bool dark = theme.kind() == ThemeKind::dark;
        const QColor bg = palette().color(QPalette::Base);
        const QColor text = palette().color(QPalette::Text);
        const QColor idle = dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xd4, 0xd4, 0xd4);
        QPainter p(this);
        p.fillRect(rect(), bg);
        // Categorical colours per dimension, chosen so the pairs usually spread
        // together (Q/S, P/R, C/K) get hues far apart.
        static constexpr int kDimColor[kDimCount] = {7, 1, 2, 3, 0, 5, 4};  // N K C P Q R S
        auto dimColor = [&](int dim, int index) {
            return mix(theme.category(kDimColor[dim]), bg, index % 2 == 0 ? 0.2 : 0.5);
        };
        const auto& spreads = scene.spreads();
        const bool gaps = scene.blockSize() == 1 && scene.grid().width() / scene.columns() >= 8;
        for (const auto& c : scene.cells()) {
            const QRectF r = gaps ? c.rect.adjusted(0.5, 0.5, -0.5, -0.5) : c.rect;
            p.fillRect(r, idle);
            if (c.busy == 0) continue;
            const double share = static_cast<double>(c.busy) / static_cast<double>(c.pes);
            auto shade = [&](QColor col) {
                col.setAlphaF(0.35 + 0.65 * share);
                return col;
            };
            const bool hasX = c.xSpread >= 0, hasY = c.ySpread >= 0;
            if (!hasX && !hasY) {
                p.fillRect(r, shade(palette().color(QPalette::Highlight)));
                continue;
            }
            if (!hasX || !hasY) {
                const int s = hasX ? c.xSpread : c.ySpread;
                p.fillRect(r, shade(dimColor(static_cast<int>(spreads[s].dim),
                                             hasX ? c.xIndex : c.yIndex)));
                continue;
            }
            // X's dimension in the upper-left half, Y's in the lower-right.
            QPainterPath upper, lower;
            upper.moveTo(r.topLeft());
            upper.lineTo(r.topRight());
            upper.lineTo(r.bottomLeft());
            upper.closeSubpath();
            lower.moveTo(r.topRight());
            lower.lineTo(r.bottomRight());
            lower.lineTo(r.bottomLeft());
            lower.closeSubpath();
            p.fillPath(upper, shade(dimColor(static_cast<int>(spreads[c.xSpread].dim), c.xIndex)));
            p.fillPath(lower, shade(dimColor(static_cast<int>(spreads[c.ySpread].dim), c.yIndex)));
        }
        for (const auto& d : scene.dividers()) {
            QPen pen(text, d.dashed ? 1 : 1 + d.weight, d.dashed ? Qt::DashLine : Qt::SolidLine);
            p.setPen(pen);
            p.drawLine(d.line);
        }
        p.setPen(QPen(text, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(scene.grid());
        const QFontMetricsF fm(font());
        for (const auto& r : scene.rulers()) {
            const int dim = static_cast<int>(spreads[r.spread].dim);
            if (r.solid) {
                p.fillRect(r.rect, dimColor(dim, 0));
            } else {
                for (const auto& seg : r.segments) {
                    p.fillRect(seg.rect.adjusted(0.5, 0.5, -0.5, -0.5), dimColor(dim, seg.index));
                    const QString label = QString::number(seg.index);
                    if (fm.horizontalAdvance(label) + 2 <= seg.rect.width() &&
                        fm.height() <= seg.rect.height() + 2) {
                        p.setPen(text);
                        p.drawText(seg.rect, Qt::AlignCenter, label);
                    }
                }
            }
            p.setPen(text);
            p.drawText(r.nameRect, Qt::AlignCenter, r.name);
        }
        for (const auto& e : scene.legend()) {
            QRectF line(e.rect.left() + (e.dim == -2 ? 0 : 20), e.rect.top(),
                        e.rect.width() - (e.dim == -2 ? 0 : 20), fm.height());
            if (e.dim != -2) {
                const QRectF swatch(e.rect.left(), e.rect.top() + 2, 14, 14);
                p.fillRect(swatch, e.dim >= 0    ? dimColor(e.dim, 0)
                                   : e.dim == -1 ? idle
                                                 : palette().color(QPalette::Highlight));
                p.setPen(QPen(text, 0.5));
                p.drawRect(swatch);
            }
            QFont f = font();
            f.setBold(e.dim >= 0);
            p.setFont(f);
            p.setPen(text);
            if (e.dim == -2) {
                p.drawText(e.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, e.text);
            } else {
                p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(e.text, Qt::ElideRight, line.width()));
            }
            p.setFont(font());
            if (!e.detail.isEmpty()) {
                QColor muted = text;
                muted.setAlpha(170);
                p.setPen(muted);
                p.drawText(line.translated(0, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(e.detail, Qt::ElideRight, line.width()));
            }
        }
    }

  private:
    PeArrayView* view_;
};

PeArrayView::PeArrayView(QWidget* parent) : DataflowView(parent) {
    auto* v = new QVBoxLayout(this);
    empty_ = new QLabel(this);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    v->addWidget(empty_);
    sentence_ = new QLabel(this);
    sentence_->setWordWrap(true);
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = sentence_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    sentence_->setFont(f);
    v->addWidget(sentence_);
    canvas_ = new PeArrayCanvas(this, this);
    v->addWidget(canvas_, 1);
    connect(&Theme::instance(), &Theme::changed, canvas_, qOverload<>(&QWidget::update));
    setDesign(nullptr);
}

QWidget* PeArrayView::canvas() const { return canvas_; }

void PeArrayView::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    scene_.build(design_);
    const bool show = !scene_.empty();
    empty_->setVisible(!show);
    sentence_->setVisible(show);
    canvas_->setVisible(show);
    empty_->setText(show ? QString()
                         : tr("No PE array to show: the project has no accelerator, problem and "
                              "mapping that validate together. Open an accelerator sample from the "
                              "start page, or fix the errors the editors mark."));
    sentence_->setText(scene_.sentence());
    canvas_->relayout();
}

QString PeArrayView::sentence() const { return sentence_->text(); }
QString PeArrayView::emptyText() const { return empty_->isHidden() ? QString() : empty_->text(); }

std::vector<std::vector<std::string>> PeArrayView::csvRows() const { return scene_.csvRows(); }

}  // namespace rl::views
