#pragma once
// What the timeline draws, computed without widgets: rows per track grouped
// under their group's header, event rectangles merged per pixel column (level
// of detail: a million events become at most a few rectangles per pixel
// column and row), labels only where they fit, time-axis ticks with units,
// counters as step lines, and hit testing. TimelineView only paints a frame.
#include <cstdint>
#include <memory>
#include <vector>

#include <QPointF>
#include <QString>

#include "core/result/trace.h"

namespace rl {
namespace views {

// Pixel sizes of the layout.
struct TimelineMetrics {
    double trackHeight = 22;
    double headerHeight = 22;    // a group's title row
    double counterHeight = 46;   // a counter's step line under its group
    double charWidth = 7;        // average label character width (the widget's font)
    double minEventWidth = 3;    // narrower events merge within a pixel column
    double minTickSpacing = 90;  // between labelled ticks
};

struct TimelineRow {
    enum class Kind { header, track, counter };
    Kind kind = Kind::track;
    int group = -1;
    int index = -1;              // track index (track rows) or counter index (counter rows)
    double top = 0, height = 0;  // content coordinates (px)
    QString title;
};

// One rectangle: a single event, or several under the same pixel columns.
struct TimelineRect {
    int row = 0;
    double x0 = 0, x1 = 0;    // plot px, x1 - x0 >= 1
    int category = 0;         // of the longest event it covers
    std::int64_t event = -1;  // that event's index
    std::int64_t merged = 1;  // how many events it covers
};

struct TimelineLabel {
    int row = 0;
    double x = 0, width = 0;  // plot px: the rectangle the text lives in
    QString text;
};

struct TimelineTick {
    double x = 0;  // plot px
    double time = 0;
    QString text;  // empty for minor ticks
};

struct TimelineCounterPath {
    int row = 0;
    int counter = 0;
    std::vector<QPointF> points;  // plot px; y from the row's top
    double lastValue = 0;         // the value at the right end of the line
};

struct TimelineFrame {
    std::vector<TimelineRect> rects;
    std::vector<TimelineLabel> labels;
    std::vector<TimelineTick> ticks;
    std::vector<TimelineCounterPath> counters;
};

class TimelineScene {
  public:
    // Takes the trace (finishing a copy when finish() did not run). Returns
    // an empty string, or why the trace cannot be drawn (then the scene is empty).
    QString setTrace(std::shared_ptr<const Trace> trace, const TimelineMetrics& metrics = {});
    void setMetrics(const TimelineMetrics& metrics);
    const TimelineMetrics& metrics() const { return metrics_; }
    const Trace* trace() const { return trace_.get(); }
    const std::shared_ptr<const Trace>& tracePtr() const { return trace_; }

    const std::vector<TimelineRow>& rows() const { return rows_; }
    double contentHeight() const;
    // The whole trace's time span: [0, latest event end or counter time]; 1 s when empty.
    double endTime() const { return end_; }
    int rowOfTrack(int track) const;

    // What to draw for the time range [t0, t1] s over `plotWidth` px, for the
    // rows that intersect the content band [y0, y1) px.
    TimelineFrame frame(double t0, double t1, double plotWidth, double y0, double y1) const;

    // The event under plot x / content y, or -1. An event narrower than
    // `tolerancePx` is found within that many pixels of it.
    std::int64_t hit(double t0, double t1, double plotWidth, double x, double y,
                     double tolerancePx = 3) const;
    // Every event pointing at (ref, id), in trace order.
    std::vector<std::int64_t> eventsFor(TraceRef ref, std::int64_t id) const;
    // Event i's rectangle in plot px / content px (x may lie outside the plot).
    bool eventRect(std::int64_t event, double t0, double t1, double plotWidth, double& x0,
                   double& x1, double& top, double& height) const;
    // Name, category, start, duration and ids, for a tooltip.
    QString describe(std::int64_t event) const;
    // A counter's drawing range: its lowest and highest value (widened by 0.5
    // each way when constant).
    std::pair<double, double> counterRange(int counter) const;

    // Ticks for [t0, t1] over plotWidth px: labelled ticks at 1, 2 or 5 x 10^k
    // seconds at least `minSpacing` px apart, four minor ticks between.
    static std::vector<TimelineTick> ticks(double t0, double t1, double plotWidth,
                                           double minSpacing);

  private:
    void layout();
    std::pair<std::int64_t, std::int64_t> visible(int track, double t0, double t1) const;

    void buildLevels();

    // Level of detail: per track, summaries of aligned blocks of 2^k events
    // (k >= kFirstLevel), so a pixel column holding thousands of events is
    // merged in a few steps instead of one per event.
    struct Block {
        double firstStart = 0, lastStart = 0, end = 0, longest = 0;  // s
        std::int64_t longestEvent = -1;
        int category = 0;  // the longest event's (saves a cache miss per block)
    };
    static constexpr int kFirstLevel = 3;
    std::vector<std::vector<std::vector<Block>>> levels_;  // [track][k - kFirstLevel][block]

    std::shared_ptr<const Trace> trace_;
    TimelineMetrics metrics_;
    std::vector<TimelineRow> rows_;
    std::vector<int> trackRow_;
    std::vector<std::pair<double, double>> counterRange_;
    double end_ = 1.0;
};

}  // namespace views
}  // namespace rl
