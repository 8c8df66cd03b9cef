#pragma once
// The value axis of the dataflow bar charts (network layers, systolic
// traffic): logarithmic with decade ticks when the bars span more than
// `logRatio`, so the short ones stay visible, else linear from zero.
#include <QVector>
#include <utility>

class QCPAxis;

namespace rl::views {

// Smallest and largest positive value (0, 0 when none).
std::pair<double, double> positiveRange(const QVector<double>& values);

// Sets `axis` for bars between `lo` and `hi` (positive; see positiveRange).
// Returns true when it chose a log scale.
bool setBarValueAxis(QCPAxis* axis, double lo, double hi, double logRatio);

}  // namespace rl::views
