#pragma once
// What the roofline draws, computed without widgets (RooflineView only paints
// it): compute and memory ceilings merged by value, the ridge points of the
// chosen memory level, operator dots with their colour and size, the axis
// ranges that fit them, and where every text label goes in pixels, with the
// dots, the ceiling lines, the other labels, the legend and the footnote as
// obstacles. tests/views/test_roofline_scene.cpp checks it on the samples.
#include <functional>
#include <utility>
#include <vector>

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "core/result/prediction.h"

namespace rl {
namespace views {

struct RooflineCeiling {
    QString label;  // "fp16, bf16" when two ceilings have the same value
    bool compute = true;
    double value = 0;              // FLOP/s or B/s, efficiency applied
    double peak = 0;               // the datasheet's value (at least `value`)
    std::vector<rl::DType> types;  // compute: the precisions this roof stands for
    std::vector<int> levels;       // memory levels this bandwidth line stands for
    bool chosen = false;           // the memory line of the chosen level
    bool visible = true;
    // An efficiency below 1 was applied: the datasheet peak is drawn faint above.
    bool derated() const { return peak > value * 1.005; }
};

// A launch-bound operator's cap: with unlimited compute and bandwidth it
// still cannot run faster than one kernel launch, so its FLOP/s stay under
// its FLOPs / launch time; a horizontal bar at that height over its dot.
struct RooflineLaunchCap {
    double x = 0, y = 0;  // the dot's intensity, the cap (FLOP/s)
    int op = -1;
    double launchTime = 0;  // s
};

struct RooflineDot {
    double x = 0, y = 0;  // FLOP/byte, FLOP/s
    int op = -1;
    int color = 0;  // index into RooflineScene::colorKeys()
    int sizeBucket = 0;
    double diameter = 0;  // px, grows with the square root of the op's share of time
};

// The pixel mapping of log-log axes over a plot area.
struct RooflineAxes {
    QRectF area;  // px
    double xlo = 0.1, xhi = 1e4, ylo = 1e9, yhi = 1e15;
    QPointF toPixel(double x, double y) const;
};

struct RooflineLabel {
    enum class Kind { ceiling, ridge, compare, launch };
    Kind kind = Kind::ceiling;
    int index = -1;  // ceiling index or compare request index
    QString text;
    QPointF topLeft;     // px: the text's top-left corner, which the rotation turns about
    double angle = 0;    // degrees
    QSizeF size;         // px
    bool shown = false;  // false when no free place was found
    // Roof labels stand in a column right of the plot, each at its roof's
    // height; one moved off that height to make room has a leader line
    // from the roof's end (`anchor`) to it.
    bool leader = false;
    QPointF anchor;
    QPolygonF outline() const;
};

// A label beside an operator of the compare view ("layer.qkv: -30 % time").
struct CompareLabelRequest {
    QString text;
    double x = 0, y = 0;  // the operator's dot (data coordinates)
};

class RooflineScene {
  public:
    enum class ColorBy { phase, bound };
    using Measure = std::function<QSizeF(const QString&)>;
    static constexpr int kSizeBuckets = 6;
    static constexpr double kMinDot = 6.0, kMaxDot = 26.0;  // px
    static constexpr double kLineXMin = 1e-4;  // lines span this so panning never runs out
    static constexpr double kLineXMax = 1e8;
    static constexpr double kLaunchCapWidth = 16;  // px, the bar over a launch-bound dot

    // Ceilings, ridge points and dots of `p` at memory level `level`; only
    // operators `shown(i)` accepts get dots (all without a function).
    void build(const rl::Prediction* p, int level, ColorBy colorBy,
               const std::function<bool(int)>& shown = {});
    void setCeilingVisible(int i, bool visible);

    const std::vector<RooflineCeiling>& ceilings() const { return ceilings_; }
    const std::vector<RooflineDot>& dots() const { return dots_; }
    const std::vector<RooflineLaunchCap>& launchCaps() const { return launchCaps_; }
    // "launch-bound: FLOP/s ≤ FLOPs / 4 µs", or empty without launch-bound dots.
    QString launchText() const;
    // Ridge points (data coordinates) of the chosen level against every visible compute roof.
    std::vector<QPointF> ridges() const;
    const QStringList& colorKeys() const { return colorKeys_; }
    int skippedOps() const { return skipped_; }
    // The text a ceiling's label shows: its names and value, and for a
    // derated ceiling "achievable (75 % of 312 TFLOP/s)" (a second line for roofs).
    QString ceilingText(int i) const;
    // "ridge 156 FLOP/B (bf16)" for the roof most of the time runs in, or empty.
    QString ridgeText() const;
    QPointF mainRidge() const { return mainRidge_; }  // data coordinates; (0,0) if none
    double maxCompute() const;
    double maxBandwidth() const;
    double levelBandwidth() const;
    // A ceiling line's ends (data coordinates): compute roofs start at the
    // highest visible bandwidth, memory lines end at the highest roof.
    std::pair<QPointF, QPointF> segment(int i) const;
    // The same line at the datasheet peak (drawn faint above a derated ceiling).
    std::pair<QPointF, QPointF> peakSegment(int i) const;

    // Decade-bounded ranges showing every dot, the ridge and the roofs; with
    // `dotsOnly` (a zoom to some operators) just the dots, with a margin.
    RooflineAxes fit(const QRectF& area, bool dotsOnly = false) const;

    // The width (px) of the column right of the plot area that holds the
    // roof labels: roofs a few pixels apart (int8, bf16, tf32 on a small plot)
    // leave no room between them for a label that crosses no other roof.
    double roofLabelColumn(const Measure& measure) const;

    // Where each visible ceiling's label, the ridge label, the launch label
    // and the compare labels go on `axes` (LabelPlacer): roof labels in the
    // column right of the area at their roof's height, memory labels along
    // their diagonal, the ridge label touching its ridge point. None overlaps
    // another label, a dot, a ridge marker, a launch cap or `obstacles`;
    // ceiling and ridge labels are always shown (crossing a line if they
    // must), the others only where they fit.
    std::vector<RooflineLabel> placeLabels(
        const RooflineAxes& axes, const Measure& measure, const std::vector<QRectF>& obstacles,
        const std::vector<CompareLabelRequest>& compare = {}) const;

  private:
    std::vector<RooflineCeiling> ceilings_;
    std::vector<RooflineDot> dots_;
    std::vector<RooflineLaunchCap> launchCaps_;
    QStringList colorKeys_;
    int skipped_ = 0;
    QString mainType_;
    double mainPeak_ = 0;
    QPointF mainRidge_;
};

}  // namespace views
}  // namespace rl
