#include "views/roofline/label_placement.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QTransform>

namespace rl {
namespace views {
namespace {

constexpr double kHard = 1000;  // weight of a px² off the area, on a box or on a label

double polygonArea(const QPolygonF& p) {
    double a = 0;
    for (int i = 0; i < p.size(); ++i) {
        const QPointF& u = p[i];
        const QPointF& v = p[(i + 1) % p.size()];
        a += u.x() * v.y() - v.x() * u.y();
    }
    return std::abs(a) / 2;
}

// The covered area, at least 1 px² when the outlines touch at all.
double overlapArea(const QPolygonF& a, const QPolygonF& b) {
    if (!a.intersects(b)) return 0;
    return std::max(1.0, polygonArea(a.intersected(b)));
}

// True when the segment crosses or lies in the polygon.
bool segmentHits(const QLineF& s, const QPolygonF& poly) {
    if (poly.containsPoint(s.p1(), Qt::OddEvenFill) || poly.containsPoint(s.p2(), Qt::OddEvenFill))
        return true;
    for (int i = 0; i < poly.size(); ++i) {
        const QLineF edge(poly[i], poly[(i + 1) % poly.size()]);
        if (s.intersects(edge, nullptr) == QLineF::BoundedIntersection) return true;
    }
    return false;
}

// The outline grown by `margin` about its centre: labels keep that far apart.
QPolygonF grown(const QPolygonF& poly, double margin) {
    const QRectF bounds = poly.boundingRect();
    const QPointF c = bounds.center();
    QTransform t;
    t.translate(c.x(), c.y());
    t.scale((bounds.width() + 2 * margin) / std::max(1.0, bounds.width()),
            (bounds.height() + 2 * margin) / std::max(1.0, bounds.height()));
    t.translate(-c.x(), -c.y());
    return t.map(poly);
}

}  // namespace

QPolygonF labelOutline(const QPointF& topLeft, const QSizeF& size, double angle) {
    QTransform t;
    t.translate(topLeft.x(), topLeft.y());
    t.rotate(angle);
    return t.map(QPolygonF(QRectF(QPointF(0, 0), size)));
}

double distanceToSegment(const QPointF& p, const QLineF& s) {
    const QPointF d = s.p2() - s.p1();
    const double len2 = QPointF::dotProduct(d, d);
    const double t =
        len2 > 0 ? std::clamp(QPointF::dotProduct(p - s.p1(), d) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, s.p1() + d * t).length();
}

double distanceToOutline(const QPolygonF& outline, const QLineF& segment) {
    if (segmentHits(segment, outline)) return 0;
    // Apart, the nearest points lie on an edge's end or on the segment's ends.
    double d = std::numeric_limits<double>::max();
    for (int i = 0; i < outline.size(); ++i) {
        const QLineF edge(outline[i], outline[(i + 1) % outline.size()]);
        d = std::min({d, distanceToSegment(outline[i], segment),
                      distanceToSegment(segment.p1(), edge),
                      distanceToSegment(segment.p2(), edge)});
    }
    return d;
}

LabelPlacer::LabelPlacer(const QRectF& area, double labelMargin)
    : area_(area), margin_(labelMargin) {}

double LabelPlacer::cost(const QPolygonF& outline) const {
    double hard = 0;
    const QRectF inner = area_.adjusted(1, 1, -1, -1);
    if (!std::all_of(outline.begin(), outline.end(),
                     [&](const QPointF& p) { return inner.contains(p); }))
        hard += std::max(1.0,
                         polygonArea(outline) - polygonArea(outline.intersected(QPolygonF(inner))));
    for (const QRectF& b : boxes_) hard += overlapArea(outline, QPolygonF(b));
    const QPolygonF spaced = grown(outline, margin_);
    for (const QPolygonF& l : labels_) hard += overlapArea(spaced, l);
    double soft = 0;
    for (const QLineF& l : lines_) soft += segmentHits(l, outline) ? 1 : 0;
    return kHard * hard + soft;
}

bool LabelPlacer::clear(const QLineF& segment) const {
    return std::none_of(boxes_.begin(), boxes_.end(),
                        [&](const QRectF& b) { return segmentHits(segment, QPolygonF(b)); }) &&
           std::none_of(labels_.begin(), labels_.end(),
                        [&](const QPolygonF& l) { return segmentHits(segment, l); });
}

std::optional<LabelCandidate> LabelPlacer::place(const QSizeF& size,
                                                 const std::vector<LabelCandidate>& candidates,
                                                 bool mustShow) {
    std::optional<LabelCandidate> best;
    double bestCost = kHard;  // anything at or above covers the area's edge, a box or a label
    for (const LabelCandidate& c : candidates) {
        const double k = cost(labelOutline(c.topLeft, size, c.angle));
        if (k == 0) {
            best = c;
            bestCost = 0;
            break;
        }
        if (mustShow && k < bestCost) {
            best = c;
            bestCost = k;
        }
    }
    if (best) labels_.push_back(labelOutline(best->topLeft, size, best->angle));
    return best;
}

}  // namespace views
}  // namespace rl
