#pragma once
// One timeline for every engine (analytical ops per prefill/decode step,
// serving iterations per replica and stage, training ranks): tracks grouped
// under headers, a time axis with units, counters as step lines, colours by
// category with a legend. Wheel zooms around the cursor, drag pans,
// Shift+drag (or right-drag) zooms to the band, hover describes an event,
// click selects it. Drawing is TimelineScene's frame, painted with QPainter.
#include <cstdint>
#include <memory>
#include <vector>

#include <QWidget>

#include "core/result/trace.h"
#include "views/timeline/timeline_scene.h"

class QLabel;
class QScrollBar;
class QToolButton;

namespace rl {
namespace views {

class TimelineCanvas;

class TimelineView : public QWidget {
    Q_OBJECT
  public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    const TimelineScene& scene() const { return scene_; }
    QWidget* canvas() const;

    // Visible time range (s).
    double rangeStart() const { return t0_; }
    double rangeEnd() const { return t1_; }
    void setRange(double t0, double t1);
    std::int64_t selectedEvent() const { return selected_; }
    const std::vector<std::int64_t>& highlighted() const { return highlighted_; }
    // How long the last paint took (ms) and how many rectangles it drew.
    double lastPaintMs() const { return lastPaintMs_; }
    std::size_t lastRectCount() const { return lastRects_; }

  public Q_SLOTS:
    void resetZoom();
    // Zooms to the selected event (or the highlighted ones) with a margin.
    void zoomToSelection();
    // Highlights every event pointing at (ref, id) without emitting a signal
    // (another view selected it); TraceRef::none clears.
    void showRef(rl::TraceRef ref, qint64 id);
    void selectEvent(qint64 event);

  Q_SIGNALS:
    // A click on an event (-1, none, -1 on empty space).
    void eventSelected(qint64 event, rl::TraceRef ref, qint64 id);
    void rangeChanged(double t0, double t1);
    // The user dragged a band (Shift+drag or right-drag) to zoom to [t0, t1] s.
    void bandZoomed(double t0, double t1);

  private:
    friend class TimelineCanvas;
    void updateScroll();
    void zoomAround(double x, double factor);

    TimelineScene scene_;
    TimelineCanvas* canvas_ = nullptr;
    QScrollBar* vscroll_ = nullptr;
    QToolButton* zoomSelection_ = nullptr;
    QLabel* status_ = nullptr;
    double t0_ = 0, t1_ = 1;
    std::int64_t selected_ = -1;
    std::vector<std::int64_t> highlighted_;
    double lastPaintMs_ = 0;
    std::size_t lastRects_ = 0;
};

}  // namespace views
}  // namespace rl
