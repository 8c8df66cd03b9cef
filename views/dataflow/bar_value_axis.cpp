#include "views/dataflow/bar_value_axis.h"

#include <algorithm>
#include <cmath>

#include "views/common/qcp.h"

namespace rl::views {

std::pair<double, double> positiveRange(const QVector<double>& values) {
    double lo = 0, hi = 0;
    for (double v : values)
        if (v > 0) {
            lo = lo > 0 ? std::min(lo, v) : v;
            hi = std::max(hi, v);
        }
    return {lo, hi};
}

bool setBarValueAxis(QCPAxis* axis, double lo, double hi, double logRatio) {
    const bool log = lo > 0 && hi / lo > logRatio;
    if (log) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        QSharedPointer<QCPAxisTickerLog> t(new QCPAxisTickerLog);
        t->setLogBase(10);
        t->setSubTickCount(8);
        axis->setTicker(t);
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
        // Whole decades around the bars, so every bar has a visible foot.
        axis->setRange(std::pow(10.0, std::floor(std::log10(lo))),
                       std::pow(10.0, std::ceil(std::log10(hi * 1.05))));
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(4);
        axis->setRange(0, hi > 0 ? hi * 1.08 : 1.0);
    }
    return log;
}

}  // namespace rl::views
