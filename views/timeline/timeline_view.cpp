#include "views/timeline/timeline_view.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "views/common/format.h"
#include "views/common/theme.h"
#include "views/timeline/trace_names.h"

namespace rl {
namespace views {

namespace {

constexpr double kGutter = 160;  // px, track names
constexpr double kAxis = 30;     // px, time axis at the top
constexpr double kLegendLine = 20;

// The theme has eight categorical colours; later categories reuse a hue at
// another lightness so that neighbours in the legend still differ.
QColor categoryColor(int category) {
    const QColor base = Theme::instance().category(category % 8);
    switch ((category / 8) % 3) {
        case 1:
            return base.lighter(145);
        case 2:
            return base.darker(140);
        default:
            return base;
    }
}

QColor textOn(const QColor& fill) {
    return qGray(fill.rgb()) < 150 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
}

}  // namespace

// The drawing surface: paints the scene's frame and turns mouse input into
// range changes and selections on the view.
class TimelineCanvas : public QWidget {
  public:
    explicit TimelineCanvas(TimelineView* view) : QWidget(view), view_(view) {
        setMouseTracking(true);
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFocusPolicy(Qt::WheelFocus);
        setMinimumSize(320, 160);
    }

    double plotWidth() const { return std::max(1.0, width() - kGutter); }
    double plotHeight() const { return std::max(1.0, height() - kAxis - legendHeight()); }
    double legendHeight() const { return legendLines(nullptr) * kLegendLine + 6; }

  protected:
    void paintEvent(QPaintEvent*) override;
    void wheelEvent(QWheelEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent*) override { view_->resetZoom(); }
    bool event(QEvent* e) override;
    void resizeEvent(QResizeEvent*) override { view_->updateScroll(); }

  private:
    // Lays the legend out in lines; returns the line count and, when asked,
    // each entry's top-left corner.
    int legendLines(std::vector<QPointF>* at) const;
    double scrollY() const;
    std::int64_t eventAt(const QPointF& pos) const;

    TimelineView* view_;
    enum class Drag { none, pan, band } drag_ = Drag::none;
    QPointF pressPos_, dragPos_;
    double pressT0_ = 0, pressT1_ = 0;
    int pressScroll_ = 0;
    bool moved_ = false;
};

double TimelineCanvas::scrollY() const { return view_->vscroll_->value(); }

std::int64_t TimelineCanvas::eventAt(const QPointF& pos) const {
    if (pos.x() < kGutter || pos.y() < kAxis || pos.y() > kAxis + plotHeight()) return -1;
    return view_->scene_.hit(view_->t0_, view_->t1_, plotWidth(), pos.x() - kGutter,
                             pos.y() - kAxis + scrollY());
}

int TimelineCanvas::legendLines(std::vector<QPointF>* at) const {
    const Trace* t = view_->scene_.trace();
    if (!t || t->categories.empty()) return 0;
    const QFontMetricsF fm(font());
    double x = 8;
    int lines = 1;
    for (const std::string& c : t->categories) {
        const double w = 14 + fm.horizontalAdvance(traceName(c)) + 18;
        if (x + w > width() - 8 && x > 8) {
            x = 8;
            ++lines;
        }
        if (at) at->emplace_back(x, (lines - 1) * kLegendLine);
        x += w;
    }
    return lines;
}

void TimelineCanvas::paintEvent(QPaintEvent*) {
    QElapsedTimer timer;
    timer.start();
    const TimelineScene& scene = view_->scene_;
    const ChartColors& colors = Theme::instance().chart();
    QPainter p(this);
    p.fillRect(rect(), colors.background);
    const double pw = plotWidth(), ph = plotHeight();
    const double sy = scrollY();
    const QRectF plot(kGutter, kAxis, pw, ph);
    const TimelineFrame f = scene.frame(view_->t0_, view_->t1_, pw, sy, sy + ph);
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);

    if (!scene.trace()) {
        p.setPen(colors.foreground);
        p.drawText(rect(), Qt::AlignCenter,
                   TimelineView::tr("No timeline: run a prediction to see its operators or "
                                    "iterations along time."));
        view_->lastPaintMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        view_->lastRects_ = 0;
        return;
    }

    // Row bands and the gutter's titles.
    p.save();
    p.setClipRect(QRectF(0, kAxis, width(), ph));
    const auto& rows = scene.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TimelineRow& r = rows[i];
        const double y = kAxis + r.top - sy;
        if (y + r.height < kAxis || y > kAxis + ph) continue;
        const QRectF band(0, y, width(), r.height);
        if (r.kind == TimelineRow::Kind::header) {
            p.fillRect(band, colors.subGrid);
            p.setFont(bold);
            p.setPen(colors.foreground);
            p.drawText(band.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       QFontMetricsF(bold).elidedText(r.title, Qt::ElideRight, width() - 12));
            p.setFont(font());
            continue;
        }
        if (i % 2 == 0) p.fillRect(band, colors.subGrid.lighter(104));
        p.setPen(colors.foreground);
        const QRectF title(12, y, kGutter - 18,
                           r.kind == TimelineRow::Kind::counter ? 18 : r.height);
        p.drawText(title, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(r.title, Qt::ElideRight, title.width()));
        if (r.kind == TimelineRow::Kind::counter) {
            const auto [lo, hi] = scene.counterRange(r.index);
            p.setFont(small);
            p.setPen(colors.axis);
            p.drawText(QRectF(12, y + 18, kGutter - 18, r.height - 20),
                       Qt::AlignTop | Qt::AlignLeft,
                       TimelineView::tr("%1 to %2").arg(fmtNumber(lo), fmtNumber(hi)));
            p.setFont(font());
        }
    }
    p.restore();

    // Grid under the events, not across a group's header: the line at 0 s crossed the
    // end of a long title ("Rang 0 (Stufe 0, DP 0, T|P 0)").
    p.save();
    QRegion gridClip(plot.toAlignedRect());
    for (const TimelineRow& r : rows) {
        const double y = kAxis + r.top - sy;
        if (r.kind == TimelineRow::Kind::header && y + r.height >= kAxis && y <= kAxis + ph)
            gridClip -= QRectF(0, y, width(), r.height).toAlignedRect();
    }
    p.setClipRegion(gridClip);
    p.setPen(QPen(colors.subGrid, 1));
    for (const TimelineTick& t : f.ticks)
        if (!t.text.isEmpty())
            p.drawLine(QPointF(kGutter + t.x, kAxis), QPointF(kGutter + t.x, kAxis + ph));
    p.setClipRect(plot);

    // Events, then their labels.
    for (const TimelineRect& r : f.rects) {
        const TimelineRow& row = rows[static_cast<std::size_t>(r.row)];
        const double y = kAxis + row.top - sy;
        // A single event wide enough keeps a 1 px gap from its neighbour, so
        // two ops of one kind in a row still read as two.
        const double w = r.merged == 1 && r.x1 - r.x0 >= 4 ? r.x1 - r.x0 - 1 : r.x1 - r.x0;
        p.fillRect(QRectF(kGutter + r.x0, y + 2, w, row.height - 4), categoryColor(r.category));
    }
    for (const TimelineLabel& l : f.labels) {
        const TimelineRow& row = rows[static_cast<std::size_t>(l.row)];
        const double y = kAxis + row.top - sy;
        const QRectF box(kGutter + l.x + 3, y + 2, l.width - 6, row.height - 4);
        const QString text = fm.elidedText(l.text, Qt::ElideRight, box.width());
        // A stub such as "la…" tells nobody anything.
        if (text != l.text && text.size() < 7) continue;
        // The label takes the colour of the rectangle it sits on.
        const auto rect = std::find_if(f.rects.begin(), f.rects.end(), [&](const TimelineRect& r) {
            return r.row == l.row && r.x0 <= l.x + 1 && r.x1 >= l.x + l.width - 1;
        });
        p.setPen(rect != f.rects.end() ? textOn(categoryColor(rect->category)) : colors.foreground);
        p.drawText(box, Qt::AlignVCenter | Qt::AlignLeft, text);
    }

    // Counters as step lines.
    p.setRenderHint(QPainter::Antialiasing, false);
    // A 1 px pen: wider pens stroke the polyline into a path whose fill
    // costs seconds for a counter with a vertical span in every column.
    p.setPen(QPen(colors.memoryCeiling, 1));
    for (const TimelineCounterPath& c : f.counters) {
        const double y = kAxis + rows[static_cast<std::size_t>(c.row)].top - sy;
        QPolygonF line;
        line.reserve(static_cast<qsizetype>(c.points.size()));
        for (const QPointF& pt : c.points) line << QPointF(kGutter + pt.x(), y + pt.y());
        p.drawPolyline(line);
        // The value where the line leaves the view, beside its end.
        const QString value = fmtNumber(c.lastValue);
        const double w = fm.horizontalAdvance(value) + 4;
        const QPointF end = line.back();
        const double rowH = rows[static_cast<std::size_t>(c.row)].height;
        const double x = std::min(end.x() - w, kGutter + pw - w);
        // Above the line where it fits, else below.
        const double ty = end.y() - fm.height() >= y
                              ? end.y() - fm.height()
                              : std::min(end.y() + 1, y + rowH - fm.height());
        p.drawText(QRectF(x, ty, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, value);
    }

    // The selection and the events of the selected op or request, outlined.
    auto outline = [&](std::int64_t event, const QColor& color, double width) {
        double x0, x1, top, h;
        if (!scene.eventRect(event, view_->t0_, view_->t1_, pw, x0, x1, top, h)) return;
        if (x1 < -2 || x0 > pw + 2) return;
        p.setPen(QPen(color, width));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(kGutter + std::max(x0, -2.0), kAxis + top - sy + 1,
                          std::min(x1, pw + 2) - std::max(x0, -2.0), h - 2));
    };
    std::size_t drawn = 0;
    for (std::int64_t e : view_->highlighted_)
        if (++drawn <= 20000) outline(e, colors.ridge, 1.5);
    if (view_->selected_ >= 0) outline(view_->selected_, colors.selection, 2.5);
    p.restore();

    // The axis: ticks and their labels along the top, the title in the corner.
    p.fillRect(QRectF(0, 0, width(), kAxis), colors.background);
    p.setPen(colors.axis);
    p.drawLine(QPointF(kGutter, kAxis - 0.5), QPointF(width(), kAxis - 0.5));
    // The gutter's edge, broken where a group header spans the whole width so
    // a long group title ("Rang 0 (Stufe 0, DP 0, TP 0)") is not crossed.
    p.drawLine(QPointF(kGutter - 0.5, 0), QPointF(kGutter - 0.5, kAxis));
    p.save();
    p.setClipRect(QRectF(0, kAxis, width(), ph));
    for (const TimelineRow& r : rows) {
        const double y = kAxis + r.top - sy;
        if (r.kind == TimelineRow::Kind::header || y + r.height < kAxis || y > kAxis + ph) continue;
        p.drawLine(QPointF(kGutter - 0.5, y), QPointF(kGutter - 0.5, y + r.height));
    }
    p.restore();
    for (const TimelineTick& t : f.ticks) {
        const double x = kGutter + t.x;
        const bool major = !t.text.isEmpty();
        p.drawLine(QPointF(x, kAxis - (major ? 7 : 3)), QPointF(x, kAxis));
        if (!major) continue;
        const double w = fm.horizontalAdvance(t.text);
        double left = x - w / 2;
        if (left < kGutter + 2) {
            if (x < kGutter) continue;
            left = kGutter + 2;
        }
        if (left + w > width() - 2) left = width() - 2 - w;
        p.drawText(QRectF(left, 4, w + 1, kAxis - 12), Qt::AlignCenter, t.text);
    }
    p.setFont(bold);
    p.setPen(colors.foreground);
    p.drawText(QRectF(8, 4, kGutter - 14, kAxis - 10), Qt::AlignVCenter | Qt::AlignLeft,
               TimelineView::tr("Time"));
    p.setFont(font());

    // Rubber band.
    if (drag_ == Drag::band) {
        const double a = std::clamp(pressPos_.x(), kGutter, kGutter + pw);
        const double b = std::clamp(dragPos_.x(), kGutter, kGutter + pw);
        QColor fill = colors.selection;
        fill.setAlpha(40);
        p.fillRect(QRectF(std::min(a, b), kAxis, std::abs(b - a), ph), fill);
        p.setPen(QPen(colors.selection, 1, Qt::DashLine));
        p.drawLine(QPointF(a, kAxis), QPointF(a, kAxis + ph));
        p.drawLine(QPointF(b, kAxis), QPointF(b, kAxis + ph));
    }

    // Legend: one swatch per category.
    const double legendTop = kAxis + ph + 3;
    p.fillRect(QRectF(0, kAxis + ph, width(), height() - kAxis - ph), colors.background);
    p.setPen(colors.grid);
    p.drawLine(QPointF(0, kAxis + ph + 0.5), QPointF(width(), kAxis + ph + 0.5));
    std::vector<QPointF> at;
    legendLines(&at);
    const Trace& trace = *scene.trace();
    for (std::size_t c = 0; c < at.size() && c < trace.categories.size(); ++c) {
        const QPointF o(at[c].x(), legendTop + at[c].y());
        p.fillRect(QRectF(o.x(), o.y() + 4, 11, 11), categoryColor(static_cast<int>(c)));
        p.setPen(colors.foreground);
        p.drawText(QRectF(o.x() + 15, o.y(), width(), kLegendLine),
                   Qt::AlignVCenter | Qt::AlignLeft, traceName(trace.categories[c]));
    }

    view_->lastRects_ = f.rects.size();
    view_->lastPaintMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void TimelineCanvas::wheelEvent(QWheelEvent* e) {
    const double steps = e->angleDelta().y() / 120.0;
    if (e->modifiers() & Qt::ShiftModifier) {
        view_->vscroll_->setValue(view_->vscroll_->value() - static_cast<int>(steps * 40));
    } else if (steps != 0) {
        view_->zoomAround(e->position().x() - kGutter, std::pow(0.8, steps));
    }
    e->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent* e) {
    pressPos_ = dragPos_ = e->position();
    pressT0_ = view_->t0_;
    pressT1_ = view_->t1_;
    pressScroll_ = view_->vscroll_->value();
    moved_ = false;
    const bool band = e->button() == Qt::RightButton ||
                      (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier));
    drag_ = band ? Drag::band : e->button() == Qt::LeftButton ? Drag::pan : Drag::none;
    if (drag_ == Drag::pan) setCursor(Qt::ClosedHandCursor);
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (drag_ == Drag::none) return;
    dragPos_ = e->position();
    const QPointF d = dragPos_ - pressPos_;
    if (std::abs(d.x()) + std::abs(d.y()) > 3) moved_ = true;
    if (drag_ == Drag::pan && moved_) {
        const double dt = -d.x() / plotWidth() * (pressT1_ - pressT0_);
        view_->setRange(pressT0_ + dt, pressT1_ + dt);
        view_->vscroll_->setValue(pressScroll_ - static_cast<int>(d.y()));
    } else if (drag_ == Drag::band) {
        update();
    }
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent* e) {
    const Drag drag = drag_;
    drag_ = Drag::none;
    unsetCursor();
    if (drag == Drag::band && moved_) {
        const double a = std::clamp(pressPos_.x(), kGutter, kGutter + plotWidth()) - kGutter;
        const double b = std::clamp(e->position().x(), kGutter, kGutter + plotWidth()) - kGutter;
        if (std::abs(b - a) >= 3) {
            const double span = view_->t1_ - view_->t0_;
            const double t0 = view_->t0_ + std::min(a, b) / plotWidth() * span;
            const double t1 = view_->t0_ + std::max(a, b) / plotWidth() * span;
            view_->setRange(t0, t1);
            Q_EMIT view_->bandZoomed(view_->t0_, view_->t1_);
        }
        update();
        return;
    }
    if (drag == Drag::pan && !moved_) {
        const std::int64_t ev = eventAt(e->position());
        view_->selectEvent(ev);
        const Trace* t = view_->scene_.trace();
        if (ev >= 0 && t) {
            const TraceEvent& x = t->events[static_cast<std::size_t>(ev)];
            Q_EMIT view_->eventSelected(ev, x.ref, x.id);
        } else {
            Q_EMIT view_->eventSelected(-1, TraceRef::none, -1);
        }
    }
}

bool TimelineCanvas::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const std::int64_t ev = eventAt(help->pos());
        if (ev >= 0)
            QToolTip::showText(help->globalPos(), view_->scene_.describe(ev), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

TimelineView::TimelineView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto* reset = new QToolButton(this);
    reset->setText(tr("Reset zoom"));
    reset->setToolTip(tr("Show the whole timeline (or double-click it)"));
    connect(reset, &QToolButton::clicked, this, &TimelineView::resetZoom);
    zoomSelection_ = new QToolButton(this);
    zoomSelection_->setText(tr("Zoom to selection"));
    zoomSelection_->setToolTip(
        tr("Zoom to the selected event and the events of the selected "
           "operator"));
    zoomSelection_->setEnabled(false);
    connect(zoomSelection_, &QToolButton::clicked, this, &TimelineView::zoomToSelection);
    status_ = new QLabel(this);
    status_->setText(tr("Wheel: zoom · drag: pan · Shift+drag: zoom to a range · click: select"));
    // Wrapped, so the hint never sets the page's minimum width; the tooltip keeps it whole.
    status_->setWordWrap(true);
    status_->setToolTip(status_->text());
    status_->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(reset);
    bar->addWidget(zoomSelection_);
    bar->addSpacing(12);
    bar->addWidget(status_, 1);
    layout->addLayout(bar);
    auto* body = new QHBoxLayout;
    body->setSpacing(0);
    canvas_ = new TimelineCanvas(this);
    vscroll_ = new QScrollBar(Qt::Vertical, this);
    connect(vscroll_, &QScrollBar::valueChanged, canvas_, [this] { canvas_->update(); });
    body->addWidget(canvas_, 1);
    body->addWidget(vscroll_);
    layout->addLayout(body, 1);
    connect(&Theme::instance(), &Theme::changed, canvas_, [this] { canvas_->update(); });
    updateScroll();
}

QWidget* TimelineView::canvas() const { return canvas_; }

void TimelineView::setTrace(std::shared_ptr<const Trace> trace) {
    TimelineMetrics m;
    m.charWidth = QFontMetricsF(canvas_->font()).averageCharWidth();
    const QString error = scene_.setTrace(std::move(trace), m);
    selected_ = -1;
    highlighted_.clear();
    zoomSelection_->setEnabled(false);
    if (!error.isEmpty()) {
        status_->setText(tr("Cannot draw this timeline: %1").arg(error));
        status_->setToolTip(status_->text());
    }
    updateScroll();
    resetZoom();
}

void TimelineView::updateScroll() {
    const int hidden = static_cast<int>(std::ceil(scene_.contentHeight() - canvas_->plotHeight()));
    vscroll_->setRange(0, std::max(0, hidden));
    vscroll_->setPageStep(static_cast<int>(canvas_->plotHeight()));
    vscroll_->setVisible(hidden > 0);
}

void TimelineView::setRange(double t0, double t1) {
    const double end = scene_.endTime();
    // At least a picosecond (or a billionth of the trace) wide, at most the
    // trace with a margin; never far outside it.
    const double minSpan = std::max(1e-12, end * 1e-9), maxSpan = end * 1.1;
    double span = std::clamp(t1 - t0, minSpan, maxSpan);
    if (!std::isfinite(span)) span = maxSpan;
    double a = std::isfinite(t0) ? t0 : 0.0;
    if (span >= end)
        a = end / 2 - span / 2;  // zoomed out past the trace: keep it centred
    else
        a = std::clamp(a, -0.05 * end, 1.05 * end - span);
    const double b = a + span;
    if (a == t0_ && b == t1_) return;
    t0_ = a;
    t1_ = b;
    canvas_->update();
    Q_EMIT rangeChanged(t0_, t1_);
}

void TimelineView::resetZoom() {
    const double end = scene_.endTime();
    setRange(-end * 0.01, end * 1.01);
}

void TimelineView::zoomAround(double x, double factor) {
    const double span = t1_ - t0_;
    const double at = t0_ + std::clamp(x / canvas_->plotWidth(), 0.0, 1.0) * span;
    setRange(at - (at - t0_) * factor, at + (t1_ - at) * factor);
}

void TimelineView::zoomToSelection() {
    const Trace* t = scene_.trace();
    if (!t) return;
    double a = INFINITY, b = -INFINITY;
    int row = -1;
    auto take = [&](std::int64_t e) {
        if (e < 0 || static_cast<std::size_t>(e) >= t->events.size()) return;
        const TraceEvent& x = t->events[static_cast<std::size_t>(e)];
        a = std::min(a, x.start);
        b = std::max(b, x.start + x.duration);
        if (row < 0) row = scene_.rowOfTrack(x.track);
    };
    take(selected_);
    for (std::int64_t e : highlighted_) take(e);
    if (!(b >= a)) return;
    const double margin = std::max((b - a) * 0.1, 1e-12);
    setRange(a - margin, b + margin);
    if (row >= 0) {
        const TimelineRow& r = scene_.rows()[static_cast<std::size_t>(row)];
        if (r.top < vscroll_->value() ||
            r.top + r.height > vscroll_->value() + canvas_->plotHeight())
            vscroll_->setValue(static_cast<int>(r.top - canvas_->plotHeight() / 3));
    }
}

void TimelineView::showRef(TraceRef ref, qint64 id) {
    highlighted_ = scene_.eventsFor(ref, id);
    zoomSelection_->setEnabled(selected_ >= 0 || !highlighted_.empty());
    canvas_->update();
}

void TimelineView::selectEvent(qint64 event) {
    const Trace* t = scene_.trace();
    selected_ = t && event >= 0 && static_cast<std::size_t>(event) < t->events.size() ? event : -1;
    zoomSelection_->setEnabled(selected_ >= 0 || !highlighted_.empty());
    canvas_->update();
}

}  // namespace views
}  // namespace rl
