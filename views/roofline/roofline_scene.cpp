#include "views/roofline/roofline_scene.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QCoreApplication>
#include <QLineF>
#include <QTransform>

#include "views/common/format.h"
#include "views/roofline/label_placement.h"

namespace rl {
namespace views {
namespace {

// The view's translations (the scene draws what it used to compute).
QString tr(const char* text) {
    return QCoreApplication::translate("rl::views::RooflineView", text);
}

double floorDecade(double v) { return std::pow(10.0, std::floor(std::log10(v))); }
double ceilDecade(double v) { return std::pow(10.0, std::ceil(std::log10(v))); }

constexpr double kLabelGap = 3;     // px between a label and its own line
constexpr double kLabelMargin = 4;  // px kept free around every placed label
constexpr double kRoofLabelIndent =
    10;  // px from the plot's right edge to a roof label (leader room)

}  // namespace

QPointF RooflineAxes::toPixel(double x, double y) const {
    const double fx = (std::log10(x) - std::log10(xlo)) / (std::log10(xhi) - std::log10(xlo));
    const double fy = (std::log10(y) - std::log10(ylo)) / (std::log10(yhi) - std::log10(ylo));
    return {area.left() + fx * area.width(), area.bottom() - fy * area.height()};
}

QPolygonF RooflineLabel::outline() const { return labelOutline(topLeft, size, angle); }

void RooflineScene::build(const rl::Prediction* p, int level, ColorBy colorBy,
                          const std::function<bool(int)>& shown) {
    // Visibility the user chose survives a rebuild of the same ceilings.
    std::map<QString, bool> wasVisible;
    for (const RooflineCeiling& c : ceilings_) wasVisible[c.label] = c.visible;
    ceilings_.clear();
    dots_.clear();
    launchCaps_.clear();
    colorKeys_.clear();
    skipped_ = 0;
    mainType_.clear();
    mainPeak_ = 0;
    mainRidge_ = {};
    if (!p) return;

    // Ceilings with the same value (fp16 and bf16 tensor cores) share one line
    // and one label, so labels never sit on top of each other.
    for (const rl::Ceiling& c : p->ceilings) {
        if (!(c.value > 0) || !std::isfinite(c.value)) continue;
        auto same = std::find_if(ceilings_.begin(), ceilings_.end(), [&](const RooflineCeiling& l) {
            return l.compute == c.compute && std::abs(l.value - c.value) <= 0.005 * c.value;
        });
        if (same != ceilings_.end()) {
            same->label += ", " + qstr(c.label);
            same->peak = std::max(same->peak, c.peak);
            if (!c.compute) same->levels.push_back(c.level);
            if (c.compute) same->types.push_back(c.computeType);
            continue;
        }
        RooflineCeiling line;
        line.label = qstr(c.label);
        line.compute = c.compute;
        line.value = c.value;
        line.peak = std::isfinite(c.peak) ? std::max(c.peak, c.value) : c.value;
        if (!c.compute) line.levels = {c.level};
        if (c.compute) line.types = {c.computeType};
        ceilings_.push_back(line);
    }
    // Compute ceilings first, highest first; then memory levels by bandwidth.
    std::stable_sort(ceilings_.begin(), ceilings_.end(),
                     [](const RooflineCeiling& a, const RooflineCeiling& b) {
                         if (a.compute != b.compute) return a.compute;
                         return a.value > b.value;
                     });
    for (RooflineCeiling& c : ceilings_) {
        c.chosen =
            !c.compute && std::find(c.levels.begin(), c.levels.end(), level) != c.levels.end();
        if (auto it = wasVisible.find(c.label); it != wasVisible.end()) c.visible = it->second;
    }

    // The ridge quoted is that of the math type most of the time runs in.
    std::map<rl::DType, double> timeByType;
    for (const auto& op : p->ops) timeByType[op.mathType] += op.time;
    double bestTime = -1;
    for (const auto& [type, t] : timeByType)
        if (t > bestTime)
            for (const auto& c : p->ceilings)
                if (c.compute && c.computeType == type) {
                    bestTime = t;
                    mainType_ = qstr(std::string(toString(type)));
                    mainPeak_ = c.value;
                }
    if (const double bw = levelBandwidth(); bw > 0 && mainPeak_ > 0)
        mainRidge_ = QPointF(mainPeak_ / bw, mainPeak_);

    // Dots: colour keys by first appearance (phase) or by time (binding resource).
    auto keyOf = [&](const rl::OpRecord& op) {
        QString k = colorBy == ColorBy::phase ? qstr(op.phase) : qstr(op.binding);
        return k.isEmpty() ? tr("(none)") : k;
    };
    std::map<QString, double> keyTime;
    for (std::size_t i = 0; i < p->ops.size(); ++i) {
        if (shown && !shown(static_cast<int>(i))) continue;
        const QString k = keyOf(p->ops[i]);
        if (!keyTime.count(k)) colorKeys_ << k;
        keyTime[k] += p->ops[i].time;
    }
    if (colorBy == ColorBy::bound)
        std::stable_sort(
            colorKeys_.begin(), colorKeys_.end(),
            [&](const QString& a, const QString& b) { return keyTime[a] > keyTime[b]; });
    double maxShare = 0;
    for (const auto& op : p->ops) maxShare = std::max(maxShare, op.share);
    if (maxShare <= 0) maxShare = 1;
    for (std::size_t i = 0; i < p->ops.size(); ++i) {
        if (shown && !shown(static_cast<int>(i))) continue;
        const auto& op = p->ops[i];
        const double bytes =
            level < static_cast<int>(op.traffic.size()) ? op.traffic[level].total() : 0;
        if (!(op.flops > 0) || !(bytes > 0) || !(op.timeEach > 0)) {
            ++skipped_;
            continue;
        }
        RooflineDot d;
        d.x = op.flops / bytes;
        d.y = op.attainedFlops();
        d.op = static_cast<int>(i);
        d.color = static_cast<int>(colorKeys_.indexOf(keyOf(op)));
        d.sizeBucket = std::clamp(
            static_cast<int>(std::sqrt(std::max(0.0, op.share) / maxShare) * (kSizeBuckets - 1) +
                             0.5),
            0, kSizeBuckets - 1);
        d.diameter = kMinDot + (kMaxDot - kMinDot) * d.sizeBucket / (kSizeBuckets - 1);
        dots_.push_back(d);
        if (op.binding == "launch")
            for (const rl::Bound& b : op.bounds)
                if (b.resource == "launch" && b.time > 0)
                    launchCaps_.push_back({d.x, op.flops / b.time, d.op, b.time});
    }
}

void RooflineScene::setCeilingVisible(int i, bool visible) {
    if (i >= 0 && i < static_cast<int>(ceilings_.size())) ceilings_[i].visible = visible;
}

double RooflineScene::maxCompute() const {
    double m = 0;
    for (const auto& c : ceilings_)
        if (c.compute && c.visible) m = std::max(m, c.value);
    if (m == 0)
        for (const auto& c : ceilings_)
            if (c.compute) m = std::max(m, c.value);
    return m;
}

double RooflineScene::maxBandwidth() const {
    double m = 0;
    for (const auto& c : ceilings_)
        if (!c.compute && c.visible) m = std::max(m, c.value);
    return m;
}

double RooflineScene::levelBandwidth() const {
    for (const auto& c : ceilings_)
        if (c.chosen) return c.value;
    return 0;
}

std::vector<QPointF> RooflineScene::ridges() const {
    std::vector<QPointF> out;
    const double bw = levelBandwidth();
    if (bw > 0)
        for (const auto& c : ceilings_)
            if (c.compute && c.visible) out.emplace_back(c.value / bw, c.value);
    return out;
}

QString RooflineScene::ceilingText(int i) const {
    const RooflineCeiling& c = ceilings_[static_cast<std::size_t>(i)];
    auto rate = [&](double v) { return c.compute ? fmtFlopRate(v) : fmtBandwidth(v); };
    QString text = c.label + "  " + rate(c.value);
    // Roof labels stand in a column (two lines fit); diagonal ones stay thin.
    if (c.derated())
        text += (c.compute ? "\n" : "  ") +
                tr("achievable (%1 of %2)").arg(fmtPercent(c.value / c.peak, 0), rate(c.peak));
    return text;
}

QString RooflineScene::launchText() const {
    if (launchCaps_.empty()) return {};
    double lo = launchCaps_.front().launchTime, hi = lo;
    for (const RooflineLaunchCap& c : launchCaps_) {
        lo = std::min(lo, c.launchTime);
        hi = std::max(hi, c.launchTime);
    }
    const QString t = hi > lo * 1.01 ? fmtTime(lo) + "–" + fmtTime(hi) : fmtTime(lo);
    return tr("launch-bound: FLOP/s ≤ FLOPs ÷ %1 launch").arg(t);
}

QString RooflineScene::ridgeText() const {
    if (mainPeak_ <= 0 || levelBandwidth() <= 0) return {};
    bool roofVisible = false;
    for (const auto& c : ceilings_)
        roofVisible = roofVisible || (c.compute && c.visible && c.value == mainPeak_);
    if (!roofVisible) return {};
    return tr("ridge %1 (%2)").arg(fmtIntensity(mainPeak_ / levelBandwidth()), mainType_);
}

double RooflineScene::roofLabelColumn(const Measure& measure) const {
    double widest = 0;
    for (int i = 0; i < static_cast<int>(ceilings_.size()); ++i)
        if (ceilings_[i].compute) widest = std::max(widest, measure(ceilingText(i)).width());
    return widest > 0 ? widest + kRoofLabelIndent + 4 : 0;
}

std::pair<QPointF, QPointF> RooflineScene::segment(int i) const {
    const RooflineCeiling& c = ceilings_[static_cast<std::size_t>(i)];
    if (c.compute) {
        const double bmax = maxBandwidth();
        return {QPointF(bmax > 0 ? c.value / bmax : kLineXMin, c.value),
                QPointF(kLineXMax, c.value)};
    }
    const double pmax = maxCompute();
    const double x1 = pmax > 0 ? pmax / c.value : kLineXMax;
    return {QPointF(kLineXMin, c.value * kLineXMin), QPointF(x1, c.value * x1)};
}

std::pair<QPointF, QPointF> RooflineScene::peakSegment(int i) const {
    const RooflineCeiling& c = ceilings_[static_cast<std::size_t>(i)];
    const double scale = c.value > 0 ? c.peak / c.value : 1;
    auto [a, b] = segment(i);
    if (c.compute) return {QPointF(a.x() * scale, c.peak), QPointF(b.x(), c.peak)};
    // A faster memory reaches the same highest roof earlier.
    return {QPointF(a.x(), a.y() * scale), QPointF(b.x() / scale, b.y())};
}

RooflineAxes RooflineScene::fit(const QRectF& area, bool dotsOnly) const {
    RooflineAxes a;
    a.area = area;
    double xlo = 1e300, xhi = 0, ylo = 1e300, yhi = 0;
    for (const RooflineDot& d : dots_) {
        xlo = std::min(xlo, d.x);
        xhi = std::max(xhi, d.x);
        ylo = std::min(ylo, d.y);
        yhi = std::max(yhi, d.y);
    }
    if (dotsOnly && !dots_.empty()) {
        // A zoom to some operators: their dots with room for the largest one.
        a.xlo = xlo / 2.5;
        a.xhi = xhi * 2.5;
        a.ylo = ylo / 2.5;
        a.yhi = yhi * 2.5;
        return a;
    }
    const double pmax = maxCompute();
    const double bw = levelBandwidth() > 0 ? levelBandwidth() : maxBandwidth();
    if (pmax > 0 && bw > 0) {
        xhi = std::max(xhi, pmax / bw);
        xlo = std::min(xlo, pmax / bw);
        yhi = std::max(yhi, pmax);
        for (const auto& c : ceilings_)
            if (c.compute) {
                ylo = std::min(ylo, c.value);
                if (c.visible) yhi = std::max(yhi, c.peak);  // the faint datasheet roof
            }
    }
    if (xhi <= 0) {
        xlo = 0.1;
        xhi = 1e4;
    }
    if (yhi <= 0) {
        ylo = 1e9;
        yhi = 1e15;
    }
    a.xlo = floorDecade(xlo / 2);
    a.xhi = ceilDecade(xhi * 2);
    a.ylo = floorDecade(ylo / 2);
    a.yhi = ceilDecade(yhi * 3);
    return a;
}

std::vector<RooflineLabel> RooflineScene::placeLabels(
    const RooflineAxes& axes, const Measure& measure, const std::vector<QRectF>& obstacles,
    const std::vector<CompareLabelRequest>& compare) const {
    LabelPlacer placer(axes.area, kLabelMargin);
    for (const QRectF& r : obstacles) placer.addBox(r);
    for (const RooflineDot& d : dots_) {
        const QPointF c = axes.toPixel(d.x, d.y);
        const double r = d.diameter / 2 + 1;
        placer.addBox(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    }
    for (const RooflineLaunchCap& cap : launchCaps_) {
        const QPointF c = axes.toPixel(cap.x, cap.y);
        placer.addBox(QRectF(c.x() - kLaunchCapWidth / 2, c.y() - 2, kLaunchCapWidth, 4));
    }
    for (const QPointF& ridge : ridges()) {
        const QPointF c = axes.toPixel(ridge.x(), ridge.y());
        placer.addBox(QRectF(c.x() - 6, c.y() - 6, 12, 12));
    }
    std::vector<std::pair<int, QLineF>> ceilingLines, memoryLines;  // visible lines, px
    for (int i = 0; i < static_cast<int>(ceilings_.size()); ++i)
        if (ceilings_[i].visible) {
            // Clipped to the visible decades, as the plot clips them.
            auto [a, b] = segment(i);
            const double x0 = std::max(a.x(), axes.xlo), x1 = std::min(b.x(), axes.xhi);
            if (!(x1 > x0)) continue;
            const double slope = ceilings_[i].compute ? 0 : 1;  // log-log slope
            auto yAt = [&](double x) { return a.y() * std::pow(x / a.x(), slope); };
            const QLineF line(axes.toPixel(x0, yAt(x0)), axes.toPixel(x1, yAt(x1)));
            placer.addLine(line);
            ceilingLines.push_back({i, line});
            if (!ceilings_[i].compute) memoryLines.push_back({i, line});
        }
    // A memory line's label keeps half a line of text clear of every other
    // ceiling's line: nearer, it reads as that line's too (an A100's L2 label
    // a few pixels under its L1 line).
    auto clearOfOtherLines = [&](int i, const QPolygonF& outline, double lineHeight) {
        return std::none_of(ceilingLines.begin(), ceilingLines.end(), [&](const auto& l) {
            return l.first != i && distanceToOutline(outline, l.second) < lineHeight / 2;
        });
    };
    // A label along memory line `i` reads as that line's only where no other
    // diagonal runs between them and its centre is nearer its own line than
    // any other: memory lines a few pixels apart (L2 and HBM on a short plot)
    // otherwise let a label hop over its neighbour into the next gap.
    auto besideOwnLine = [&](int i, const QPointF& anchor, const QPolygonF& outline) {
        QPointF centre;
        for (int k = 0; k < 4; ++k) centre += outline[k] / 4;
        double own = 0;
        for (const auto& [j, line] : memoryLines)
            if (j == i) own = distanceToSegment(centre, line);
        for (const auto& [j, line] : memoryLines) {
            if (j == i) continue;
            if (QLineF(anchor, centre).intersects(line, nullptr) == QLineF::BoundedIntersection ||
                distanceToSegment(centre, line) < own)
                return false;
        }
        return true;
    };

    std::vector<RooflineLabel> out;
    auto take = [&](RooflineLabel& label, const std::vector<LabelCandidate>& tries, bool mustShow) {
        if (auto c = placer.place(label.size, tries, mustShow)) {
            label.topLeft = c->topLeft;
            label.angle = c->angle;
            label.shown = true;
        }
    };
    const QRectF& area = axes.area;
    // A level label below a line from `a` to `b` (px), its leader from the
    // line to the label's first line: nearest spots first, and only where the
    // leader crosses no dot, marker or label.
    auto placeWithLeader = [&](RooflineLabel& label, const QPointF& a, const QPointF& b,
                               bool keepClear) {
        const double length = QLineF(a, b).length();
        const double h = label.size.height() / (label.text.count('\n') + 1);
        struct Try {
            QPointF anchor, topLeft;
            double distance;
        };
        std::vector<Try> tries;
        for (double d = 8; d + 8 <= length; d += 8) {
            const QPointF anchor = a + (b - a) * (d / length);
            for (double dx : {10.0, 20.0, 35.0, 55.0, 80.0})
                for (double dy : {12.0, 24.0, 40.0, 60.0, 85.0, 110.0})
                    tries.push_back({anchor, anchor + QPointF(dx, dy - h / 2), std::hypot(dx, dy)});
        }
        std::stable_sort(tries.begin(), tries.end(),
                         [](const Try& x, const Try& y) { return x.distance < y.distance; });
        for (const Try& t : tries) {
            const QPointF end(t.topLeft.x() - 2, t.topLeft.y() + h / 2);
            const QPolygonF outline = labelOutline(t.topLeft, label.size, 0);
            if (placer.cost(outline) != 0 || !placer.clear(QLineF(t.anchor, end)) ||
                (keepClear && !clearOfOtherLines(label.index, outline, h)))
                continue;
            take(label, {{t.topLeft, 0}}, false);
            label.leader = true;
            label.anchor = t.anchor;
            return;
        }
    };

    // Roofs, highest first, in the column right of the area: each label
    // centred on its roof's height, pushed down just enough to clear the one
    // above, then the column pushed up if it ran past the bottom.
    std::vector<RooflineLabel> roofLabels;
    for (int i = 0; i < static_cast<int>(ceilings_.size()); ++i) {
        if (!ceilings_[i].compute || !ceilings_[i].visible) continue;
        const double y = axes.toPixel(1, ceilings_[i].value).y();
        if (y < area.top() || y > area.bottom()) continue;  // zoomed away
        RooflineLabel label;
        label.kind = RooflineLabel::Kind::ceiling;
        label.index = i;
        label.text = ceilingText(i);
        label.size = measure(label.text);
        label.anchor = QPointF(area.right(), y);
        // The first line (name and value) level with the roof.
        const double firstLine = label.size.height() / (label.text.count('\n') + 1);
        label.topLeft = QPointF(area.right() + kRoofLabelIndent, y - firstLine / 2);
        label.shown = true;
        roofLabels.push_back(label);
    }
    std::stable_sort(
        roofLabels.begin(), roofLabels.end(),
        [](const RooflineLabel& a, const RooflineLabel& b) { return a.anchor.y() < b.anchor.y(); });
    for (std::size_t k = 1; k < roofLabels.size(); ++k) {
        const RooflineLabel& above = roofLabels[k - 1];
        const double free = above.topLeft.y() + above.size.height() + kLabelMargin / 2;
        roofLabels[k].topLeft.setY(std::max(roofLabels[k].topLeft.y(), free));
    }
    double limit = area.bottom();
    for (auto it = roofLabels.rbegin(); it != roofLabels.rend(); ++it) {
        it->topLeft.setY(std::min(it->topLeft.y(), limit - it->size.height()));
        limit = it->topLeft.y() - kLabelMargin / 2;
    }
    for (RooflineLabel& l : roofLabels) {
        const double firstLine = l.size.height() / (l.text.count('\n') + 1);
        l.leader = std::abs(l.topLeft.y() + firstLine / 2 - l.anchor.y()) > 1;
        out.push_back(l);
    }

    // The chosen level's memory line, then the ridge label at its ridge, then
    // the other memory lines: along the visible part of their diagonal (which
    // ends at the highest roof), above the line, else below it.
    const double lx0 = std::log10(axes.xlo), lx1 = std::log10(axes.xhi);
    const double ly0 = std::log10(axes.ylo), ly1 = std::log10(axes.yhi);
    const double pmax = maxCompute();
    auto placeMemory = [&](int i) {
        RooflineLabel label;
        label.kind = RooflineLabel::Kind::ceiling;
        label.index = i;
        const double lb = std::log10(ceilings_[i].value);
        const double s0 = std::max(lx0, ly0 - lb);
        double s1 = std::min(lx1, ly1 - lb);
        if (pmax > 0) s1 = std::min(s1, std::log10(pmax) - lb);
        const QPointF a = axes.toPixel(std::pow(10, s0), std::pow(10, s0 + lb));
        const QPointF b = axes.toPixel(std::pow(10, s1), std::pow(10, s1 + lb));
        // Where a label along the line reads as its own line's: beside it
        // and clear of the others, beside it only, or anywhere along it.
        enum class Reads { clear, beside, anywhere };
        auto triesFor = [&](const QSizeF& size, Reads reads = Reads::clear) {
            std::vector<LabelCandidate> tries;
            if (!(s1 > s0)) return tries;
            const double angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180.0 / M_PI;
            const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
            const double w = size.width(), h = size.height();
            const QPointF along = (b - a) / std::max(1.0, length);
            const QPointF normal(along.y(), -along.x());  // points above the line
            // Next to the line first; where memory-bound dots crowd it, a
            // little further off (still parallel, so it reads as the line's).
            for (double off : {kLabelGap, kLabelGap + 7, kLabelGap + 14})
                for (double d = 6; d + w + 6 <= length; d += 6) {
                    const QPointF anchor = a + along * d;
                    for (const LabelCandidate& c :
                         {LabelCandidate{anchor + normal * (off + h), angle},
                          LabelCandidate{anchor - normal * off, angle}}) {
                        const QPolygonF outline = labelOutline(c.topLeft, size, angle);
                        if (reads == Reads::anywhere ||
                            (besideOwnLine(i, anchor, outline) &&
                             (reads == Reads::beside || clearOfOtherLines(i, outline, h))))
                            tries.push_back(c);
                    }
                }
            return tries;
        };
        // A derated line's label shortens where the whole one finds no room:
        // "(80 % of 2.04 TB/s)", then "(80 %)"; the faint peak line stays.
        QStringList texts{ceilingText(i)};
        const RooflineCeiling& c = ceilings_[i];
        if (c.derated()) {
            const QString head = c.label + "  " + fmtBandwidth(c.value) + "  ";
            texts << head +
                         tr("(%1 of %2)").arg(fmtPercent(c.value / c.peak, 0), fmtBandwidth(c.peak))
                  << head + QString("(%1)").arg(fmtPercent(c.value / c.peak, 0));
        }
        texts << c.label + "  " + fmtBandwidth(c.value);
        texts.removeDuplicates();
        for (int k = 0; k < texts.size() && !label.shown; ++k) {
            label.text = texts[k];
            label.size = measure(label.text);
            take(label, triesFor(label.size), false);
        }
        // A panel too small for any of them along the line (side by side, a
        // crowded diagonal): level, in the free space under the line, with a
        // leader to it.
        for (int k = 0; k < texts.size() && !label.shown && s1 > s0; ++k) {
            label.text = texts[k];
            label.size = measure(label.text);
            placeWithLeader(label, a, b, true);
        }
        // The last resort: the level's name alone, along the line or with a
        // leader; close to another line where the lines leave no more room;
        // beside another line's only when nothing else is left.
        if (!label.shown) {
            label.text = c.label;
            label.size = measure(label.text);
            for (bool keepClear : {true, false}) {
                if (!label.shown)
                    take(label, triesFor(label.size, keepClear ? Reads::clear : Reads::beside),
                         false);
                if (!label.shown && s1 > s0) placeWithLeader(label, a, b, keepClear);
            }
            if (!label.shown) take(label, triesFor(label.size, Reads::anywhere), true);
        }
        out.push_back(label);
    };
    int chosen = -1;
    for (int i = 0; i < static_cast<int>(ceilings_.size()); ++i)
        if (ceilings_[i].chosen && ceilings_[i].visible) chosen = i;
    if (chosen >= 0) placeMemory(chosen);
    auto shortRidgeText = [&] {
        return tr("ridge %1").arg(fmtIntensity(mainPeak_ / levelBandwidth()));
    };
    if (const QString ridge = ridgeText(); !ridge.isEmpty()) {
        RooflineLabel label;
        label.kind = RooflineLabel::Kind::ridge;
        label.text = ridge;
        label.size = measure(ridge);
        const QPointF p = axes.toPixel(mainRidge_.x(), mainRidge_.y());
        const double w = label.size.width(), h = label.size.height();
        // Touching the ridge's marker first (below the roof and right of the
        // diagonal, where the plot is usually empty), then further out.
        std::vector<LabelCandidate> tries;
        for (double r : {7.0, 10.0, 14.0, 20.0, 28.0, 40.0, 56.0}) {
            tries.push_back({QPointF(p.x() + r * 0.4, p.y() + r), 0});          // below right
            tries.push_back({QPointF(p.x() - w / 2, p.y() + r), 0});            // below
            tries.push_back({QPointF(p.x() + r, p.y() - h / 2 + r), 0});        // right, lower
            tries.push_back({QPointF(p.x() - w - r * 0.4, p.y() - h - r), 0});  // above left
            tries.push_back({QPointF(p.x() - w / 2, p.y() - h - r), 0});        // above
        }
        // A ridge near the plot's edge or among dots (a half-width panel):
        // any free spot within reach, nearest first, then the shorter text.
        auto around = [&](double w, double h) {
            std::vector<std::pair<double, LabelCandidate>> spots;
            for (double dx = -w - 72; dx <= 72; dx += 6)
                for (double dy = -h - 72; dy <= 72; dy += 6) {
                    // From the ridge point to the label's box (dx, dy, w, h).
                    const double gap =
                        std::hypot(std::max({0.0, dx, -(dx + w)}), std::max({0.0, dy, -(dy + h)}));
                    if (gap >= 6) spots.push_back({gap, {QPointF(p.x() + dx, p.y() + dy), 0}});
                }
            std::stable_sort(spots.begin(), spots.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            std::vector<LabelCandidate> out;
            for (const auto& s : spots) out.push_back(s.second);
            return out;
        };
        const std::vector<LabelCandidate> near = around(w, h);
        tries.insert(tries.end(), near.begin(), near.end());
        take(label, tries, false);
        if (!label.shown) {
            label.text = shortRidgeText();
            label.size = measure(label.text);
            tries = around(label.size.width(), label.size.height());
            take(label, tries, false);
            if (!label.shown) take(label, tries, true);
        }
        out.push_back(label);
    }
    for (int i = 0; i < static_cast<int>(ceilings_.size()); ++i)
        if (!ceilings_[i].compute && ceilings_[i].visible && i != chosen) placeMemory(i);

    // The launch label beside the highest launch cap (right, else left, else above).
    if (const QString launch = launchText(); !launch.isEmpty()) {
        RooflineLabel label;
        label.kind = RooflineLabel::Kind::launch;
        label.text = launch;
        label.size = measure(launch);
        const double w = label.size.width(), h = label.size.height();
        std::vector<const RooflineLaunchCap*> caps;
        for (const RooflineLaunchCap& c : launchCaps_) caps.push_back(&c);
        std::stable_sort(caps.begin(), caps.end(),
                         [](const auto* a, const auto* b) { return a->y > b->y; });
        std::vector<LabelCandidate> tries;
        for (const RooflineLaunchCap* c : caps) {
            const QPointF p = axes.toPixel(c->x, c->y);
            for (double dy : {0.0, -8.0, 8.0, -16.0, 16.0}) {
                tries.push_back({QPointF(p.x() + kLaunchCapWidth, p.y() - h / 2 + dy), 0});
                tries.push_back({QPointF(p.x() - kLaunchCapWidth - w, p.y() - h / 2 + dy), 0});
            }
            tries.push_back({QPointF(p.x() - w / 2, p.y() - h - 4), 0});
        }
        take(label, tries, false);
        out.push_back(label);
    }

    // Compare labels beside their operator: right of it, else moved down or up.
    for (int k = 0; k < static_cast<int>(compare.size()); ++k) {
        RooflineLabel label;
        label.kind = RooflineLabel::Kind::compare;
        label.index = k;
        label.text = compare[k].text;
        label.size = measure(label.text);
        const QPointF p = axes.toPixel(compare[k].x, compare[k].y);
        const double w = label.size.width(), h = label.size.height();
        std::vector<LabelCandidate> tries;
        for (int step = 0; step < 7; ++step)  // near enough to read as its dot's
            for (double sign : {1.0, -1.0}) {
                tries.push_back({QPointF(p.x() + 14, p.y() - h / 2 + sign * step * h / 2), 0});
                tries.push_back({QPointF(p.x() - 14 - w, p.y() - h / 2 + sign * step * h / 2), 0});
            }
        take(label, tries, false);
        out.push_back(label);
    }
    return out;
}

}  // namespace views
}  // namespace rl
