#include "views/common/format.h"

#include <cmath>

#include "core/spec/units.h"

namespace rl {
namespace views {
namespace {
QString q(double v, rl::Dimension d) {
    if (!std::isfinite(v)) return QStringLiteral("–");
    return QString::fromStdString(rl::formatQuantity(v, d, 3));
}
}  // namespace

QString fmtTime(double s) { return q(s, rl::Dimension::time); }
QString fmtBytes(double b) { return q(b, rl::Dimension::bytes); }
QString fmtFlops(double f) { return q(f, rl::Dimension::flops); }
QString fmtFlopRate(double f) { return q(f, rl::Dimension::flop_rate); }
QString fmtBandwidth(double b) { return q(b, rl::Dimension::bandwidth); }
QString fmtEnergy(double j) { return q(j, rl::Dimension::energy); }

QString fmtIntensity(double x) {
    if (!std::isfinite(x) || x <= 0) return QStringLiteral("–");
    int decimals = x >= 100 ? 0 : (x >= 10 ? 1 : 2);
    return QStringLiteral("%1 FLOP/B").arg(x, 0, 'f', decimals);
}

QString fmtPercent(double fraction, int decimals) {
    if (!std::isfinite(fraction)) return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', decimals);
}

QString qstr(const std::string& s) { return QString::fromStdString(s); }

}  // namespace views
}  // namespace rl
