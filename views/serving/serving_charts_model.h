#pragma once
// What the serving page draws, computed from a ServingReport without widgets
// (tested on a known report): latency CDFs with SLO lines and the TBT
// percentiles, per-replica time series, capacity trials, the summary rows,
// and the span of a request on the timeline.
//
// The report keeps one record per request and only a summary of every gap
// between tokens, so the CDFs are per request: TTFT, TPOT (mean gap after the
// first token), the largest gap, end-to-end latency. The TBT percentiles over
// every gap are drawn as markers, not as a curve the report cannot support.
#include <vector>

#include <QString>

#include "core/result/serving_report.h"
#include "core/spec/scenario.h"

namespace rl {
namespace views {

enum class LatencyMetric { ttft, tpot, maxGap, e2e, schedulingDelay };
QString latencyMetricName(LatencyMetric m);

// An empirical CDF: x sorted ascending (s), y the fraction of samples <= x.
struct CdfCurve {
    LatencyMetric metric = LatencyMetric::ttft;
    std::vector<double> x, y;
    std::int64_t samples = 0;  // before downsampling
};

// Samples of `metric` over the served requests (negative times dropped).
std::vector<double> latencySamples(const rl::ServingReport& report, LatencyMetric metric);
// The CDF of `samples`, with at most `maxPoints` points (evenly spaced in
// rank, always keeping the first and the last sample).
CdfCurve makeCdf(LatencyMetric metric, std::vector<double> samples, int maxPoints = 2000);

// A vertical line at a latency: an SLO or a percentile of every gap.
struct LatencyMarker {
    LatencyMetric metric = LatencyMetric::ttft;
    QString label;     // "SLO p99 TTFT 2 s", "TBT p99"
    double value = 0;  // s
};

// SLO lines set in the scenario (0: not set, no line).
std::vector<LatencyMarker> sloMarkers(const rl::ServingSlo& slo);
// P50, P90, P99 of every gap between tokens (ServingReport::tbt).
std::vector<LatencyMarker> tbtMarkers(const rl::ServingReport& report);

// Per-replica step series for one quantity.
enum class SeriesQuantity { batchSize, kvUse, queueLength };
QString seriesAxisLabel(SeriesQuantity q);  // with its unit
struct SeriesLine {
    int replica = 0;
    std::vector<double> time, value;  // kvUse in percent
};
std::vector<SeriesLine> seriesLines(const rl::ServingReport& report, SeriesQuantity q);

// One row of the throughput / goodput summary.
struct SummaryRow {
    QString label, value;
};
// True if the scenario sets any SLO.
bool anySlo(const rl::ServingSlo& slo);
// Goodput and SLO attainment read "no SLO set" when `slo` sets none.
std::vector<SummaryRow> summaryRows(const rl::ServingReport& report, const rl::ServingSlo& slo);
// The few figures of the strip above the charts (goodput only with an SLO); within a
// figure, no-break spaces.
QString summaryStrip(const rl::ServingReport& report, const rl::ServingSlo& slo);

// Where a request lives on the timeline. A report does not list the
// iterations each request took part in, so the page selects the request's
// replica over [scheduled, completion]: every iteration the request took
// part in lies in that span on that replica, and so may a few it sat out
// (while preempted). `iterations` are the ServingReport::iterations indices
// overlapping the span, on every pipeline stage of the replica.
struct RequestSpan {
    int request = -1;  // ServingReport::requests index
    int replica = -1;
    double start = 0, end = 0;  // s
    std::vector<int> iterations;
};
// A request that never ran (rejected) has replica -1 and no iterations; an
// index out of range gives request -1.
RequestSpan requestSpan(const rl::ServingReport& report, int request);

// A capacity-search trial point for the rate-vs-p99 chart.
struct CapacityPoint {
    double rate = 0, ttftP99 = 0, tpotP99 = 0;
    bool meetsSlo = false;
};
std::vector<CapacityPoint> capacityPoints(const std::vector<rl::CapacityTrial>& trials);

}  // namespace views
}  // namespace rl
