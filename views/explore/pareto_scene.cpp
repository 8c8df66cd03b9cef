#include "views/explore/pareto_scene.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace rl {
namespace views {

void ParetoScene::set(ParetoSceneInput input) {
    in_ = std::move(input);
    if (in_.colourIsFlag) in_.logColour = false;  // 0 has a place
    const int n = pointCount();
    in_.y.resize(n, std::nan(""));
    if (!in_.colour.empty()) in_.colour.resize(n, std::nan(""));
    xAxis_ = makeScatterAxis(in_.x, in_.logX, in_.formatX);
    yAxis_ = makeScatterAxis(in_.y, in_.logY, in_.formatY);
    hasColour_ = std::any_of(in_.colour.begin(), in_.colour.end(),
                             [&](double v) { return placeable(v, in_.logColour); });
    colourAxis_ = hasColour_ && !in_.colourIsFlag
                      ? makeScatterAxis(in_.colour, in_.logColour, in_.formatColour, 6)
                      : ScatterAxis{};

    drawn_.clear();
    drawnFlag_.assign(n, 0);
    frontFlag_.assign(n, 0);
    for (int i = 0; i < n; ++i)
        if (placeable(in_.x[i], in_.logX) && placeable(in_.y[i], in_.logY)) {
            drawn_.push_back(i);
            drawnFlag_[i] = 1;
        }
    frontLine_.clear();
    for (int i : in_.front)
        if (i >= 0 && i < n && drawnFlag_[i] && !frontFlag_[i]) {
            frontFlag_[i] = 1;
            frontLine_.push_back(i);
        }
    if (!in_.joinFront) {
        frontLine_.clear();
        return;
    }
    // A two-objective front is monotone in x: joining it in x order draws the
    // staircase of the trade-off, whatever order the engine listed it in.
    std::sort(frontLine_.begin(), frontLine_.end(), [this](int a, int b) {
        return in_.x[a] != in_.x[b] ? in_.x[a] < in_.x[b] : in_.y[a] < in_.y[b];
    });
}

bool ParetoScene::isDrawn(int point) const {
    return point >= 0 && point < pointCount() && drawnFlag_[point];
}

bool ParetoScene::onFront(int point) const {
    return point >= 0 && point < pointCount() && frontFlag_[point];
}

double ParetoScene::opacity(int point) const {
    return onFront(point) ? kFrontOpacity : kDimmedOpacity;
}

double ParetoScene::colourPosition(int point) const {
    if (!hasColour_ || point < 0 || point >= pointCount()) return -1;
    const double v = in_.colour[point];
    if (!placeable(v, in_.logColour)) return -1;
    if (in_.colourIsFlag) return v > 0.5 ? 1 : 0;
    const double lo = colourAxis_.lo, hi = colourAxis_.hi;
    const double t = in_.logColour ? std::log(v / lo) / std::log(hi / lo) : (v - lo) / (hi - lo);
    return std::clamp(t, 0.0, 1.0);
}

std::vector<ScatterLayer> ParetoScene::layers() const {
    std::map<std::pair<bool, int>, std::vector<int>> groups;  // (front, bin): dominated first
    for (int i : drawn_) {
        const double t = colourPosition(i);
        const int bin = t < 0 ? -1
                        : in_.colourIsFlag
                            ? static_cast<int>(t)
                            : std::min(kColourBins - 1, static_cast<int>(t * kColourBins));
        groups[{onFront(i), bin}].push_back(i);
    }
    std::vector<ScatterLayer> out;
    for (auto& [key, points] : groups) out.push_back({key.first, key.second, std::move(points)});
    return out;
}

std::vector<int> ParetoScene::pointsIn(double x0, double x1, double y0, double y1) const {
    if (x0 > x1) std::swap(x0, x1);
    if (y0 > y1) std::swap(y0, y1);
    std::vector<int> out;
    for (int i : drawn_)
        if (in_.x[i] >= x0 && in_.x[i] <= x1 && in_.y[i] >= y0 && in_.y[i] <= y1) out.push_back(i);
    return out;
}

int ParetoScene::nearest(const std::function<QPointF(double, double)>& toPixel, QPointF at,
                         double maxPixels) const {
    int best = -1;
    double bestD2 = maxPixels * maxPixels;
    for (int i : drawn_) {
        const QPointF p = toPixel(in_.x[i], in_.y[i]);
        const double dx = p.x() - at.x(), dy = p.y() - at.y();
        const double d2 = dx * dx + dy * dy;
        // Ties go to the front point: it is the one drawn on top.
        if (d2 < bestD2 || (d2 == bestD2 && best >= 0 && onFront(i) && !onFront(best))) {
            bestD2 = d2;
            best = i;
        }
    }
    return best;
}

}  // namespace views
}  // namespace rl
