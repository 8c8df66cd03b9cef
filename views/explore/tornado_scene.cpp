#include "views/explore/tornado_scene.h"

#include <algorithm>
#include <cmath>

namespace rl {
namespace views {
namespace {

// Percent with as many digits as the ticks need: "+2.5 %", "-40 %".
QString percentChange(double fraction) {
    return QStringLiteral("%1%2 %").arg(fraction > 0 ? "+" : "").arg(fraction * 100, 0, 'g', 3);
}

}  // namespace

TornadoScene makeTornado(const TornadoInput& input) {
    TornadoScene scene;
    scene.relative = std::isfinite(input.base) && input.base != 0;
    const double scale = scene.relative ? std::abs(input.base) : 1.0;
    const double base = std::isfinite(input.base) ? input.base : 0.0;
    for (int i = 0; i < static_cast<int>(input.axes.size()); ++i) {
        const auto& a = input.axes[i];
        if (!std::isfinite(a.atLow) || !std::isfinite(a.atHigh)) continue;
        TornadoBar bar;
        bar.axis = i;
        bar.low = (a.atLow - base) / scale;
        bar.high = (a.atHigh - base) / scale;
        bar.span = std::abs(bar.high - bar.low);
        scene.bars.push_back(bar);
    }
    // Widest on top; equal spans keep the axes' order.
    std::stable_sort(scene.bars.begin(), scene.bars.end(),
                     [](const TornadoBar& a, const TornadoBar& b) { return a.span > b.span; });
    std::vector<double> extent{0.0};
    for (int r = 0; r < static_cast<int>(scene.bars.size()); ++r) {
        scene.bars[r].row = r;
        extent.push_back(scene.bars[r].low);
        extent.push_back(scene.bars[r].high);
    }
    const ValueFormat format = scene.relative ? ValueFormat(percentChange) : input.formatAbsolute;
    scene.valueAxis = makeScatterAxis(extent, false, format, 7);
    return scene;
}

}  // namespace views
}  // namespace rl
