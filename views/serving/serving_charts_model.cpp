#include "views/serving/serving_charts_model.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QStringList>

#include "views/common/format.h"

namespace rl {
namespace views {
namespace {
// lupdate files these tr() calls under the enclosing namespace: look them up there.
QString tr(const char* s) { return QCoreApplication::translate("rl::views", s); }
}  // namespace

QString latencyMetricName(LatencyMetric m) {
    switch (m) {
        case LatencyMetric::ttft:
            return tr("TTFT");
        case LatencyMetric::tpot:
            return tr("TPOT");
        case LatencyMetric::maxGap:
            return tr("largest token gap");
        case LatencyMetric::e2e:
            return tr("end-to-end");
        case LatencyMetric::schedulingDelay:
            return tr("scheduling delay");
    }
    return {};
}

std::vector<double> latencySamples(const rl::ServingReport& report, LatencyMetric metric) {
    std::vector<double> out;
    out.reserve(report.requests.size());
    for (const auto& r : report.requests) {
        if (!r.served()) continue;
        double v = -1;
        switch (metric) {
            case LatencyMetric::ttft:
                v = r.firstToken >= 0 ? r.ttft() : -1;
                break;
            case LatencyMetric::tpot:
                v = r.outputTokens > 1 ? r.tpot() : -1;
                break;
            case LatencyMetric::maxGap:
                v = r.outputTokens > 1 ? r.maxTokenGap : -1;
                break;
            case LatencyMetric::e2e:
                v = r.e2e();
                break;
            case LatencyMetric::schedulingDelay:
                v = r.scheduled >= 0 ? r.schedulingDelay() : -1;
                break;
        }
        if (v >= 0 && std::isfinite(v)) out.push_back(v);
    }
    return out;
}

CdfCurve makeCdf(LatencyMetric metric, std::vector<double> samples, int maxPoints) {
    CdfCurve c;
    c.metric = metric;
    c.samples = static_cast<std::int64_t>(samples.size());
    if (samples.empty()) return c;
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    const std::size_t points = std::min<std::size_t>(n, std::max(2, maxPoints));
    c.x.reserve(points);
    c.y.reserve(points);
    for (std::size_t k = 0; k < points; ++k) {
        // Rank k of `points` maps onto sample i, first and last included.
        const std::size_t i = points == 1 ? n - 1 : (k * (n - 1)) / (points - 1);
        c.x.push_back(samples[i]);
        c.y.push_back(double(i + 1) / double(n));
    }
    return c;
}

std::vector<LatencyMarker> sloMarkers(const rl::ServingSlo& slo) {
    std::vector<LatencyMarker> out;
    auto add = [&](LatencyMetric m, double v, const QString& name) {
        if (v > 0) out.push_back({m, tr("SLO: p99 %1 ≤ %2").arg(name, fmtTime(v)), v});
    };
    add(LatencyMetric::ttft, slo.ttftP99, tr("TTFT"));
    add(LatencyMetric::tpot, slo.tpotP99, tr("TPOT"));
    add(LatencyMetric::e2e, slo.e2eP99, tr("end-to-end"));
    return out;
}

std::vector<LatencyMarker> tbtMarkers(const rl::ServingReport& report) {
    if (report.tbt.samples <= 0) return {};
    return {{LatencyMetric::maxGap, tr("p50"), report.tbt.p50},
            {LatencyMetric::maxGap, tr("p90"), report.tbt.p90},
            {LatencyMetric::maxGap, tr("p99"), report.tbt.p99}};
}

QString seriesAxisLabel(SeriesQuantity q) {
    switch (q) {
        case SeriesQuantity::batchSize:
            return tr("Batch (sequences)");
        case SeriesQuantity::kvUse:
            return tr("KV cache (% used)");
        case SeriesQuantity::queueLength:
            return tr("Queue (requests)");
    }
    return {};
}

std::vector<SeriesLine> seriesLines(const rl::ServingReport& report, SeriesQuantity q) {
    std::vector<SeriesLine> out;
    for (const auto& s : report.series) {
        const std::vector<double>& v = q == SeriesQuantity::batchSize ? s.batchSize
                                       : q == SeriesQuantity::kvUse   ? s.kvUse
                                                                      : s.queueLength;
        SeriesLine line;
        line.replica = s.replica;
        const std::size_t n = std::min(s.time.size(), v.size());
        line.time.assign(s.time.begin(), s.time.begin() + static_cast<std::ptrdiff_t>(n));
        line.value.assign(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n));
        if (q == SeriesQuantity::kvUse)
            for (double& x : line.value) x *= 100.0;
        out.push_back(std::move(line));
    }
    return out;
}

bool anySlo(const rl::ServingSlo& slo) {
    return slo.ttftP99 > 0 || slo.tpotP99 > 0 || slo.e2eP99 > 0;
}

std::vector<SummaryRow> summaryRows(const rl::ServingReport& r, const rl::ServingSlo& slo) {
    const double tokensPerS = r.outputTokensPerS;
    // Without an SLO every served request "meets" it: say so rather than show 100 %.
    const QString noSlo = tr("no SLO set");
    const bool slos = anySlo(slo);
    // A zero per-token figure means the spec lacks what it is made of (no
    // price, no power) or no token came out: say which instead of "$0".
    auto perMillion = [&](double value, QString (*format)(double), const QString& missing) {
        if (value > 0) return format(value);
        return tokensPerS > 0 ? missing : tr("no tokens generated");
    };
    std::vector<SummaryRow> rows = {
        {tr("Requests served"), fmtNumber(double(r.served))},
        {tr("Requests rejected"), fmtNumber(double(r.rejected))},
        {tr("Preemptions"), fmtNumber(double(r.preemptions))},
        {tr("Duration"), fmtTime(r.duration)},
        {tr("Throughput"), fmtRate(r.requestsPerS, tr("requests"))},
        {tr("Output tokens"), fmtRate(tokensPerS, tr("tokens"))},
        {tr("Input tokens"), fmtRate(r.inputTokensPerS, tr("tokens"))},
        {tr("Goodput (within SLO)"), slos ? fmtRate(r.goodputRequestsPerS, tr("requests")) : noSlo},
        {tr("SLO attainment"), slos ? fmtPercent(r.sloAttainment) : noSlo},
        {tr("MFU"), fmtPercent(r.mfu)},
        {tr("Busy"), fmtPercent(r.busyFraction)},
        {tr("Energy per million tokens"),
         perMillion(r.joulesPerMillionTokens, fmtEnergy, tr("no power data in the spec"))},
        {tr("Cost per million tokens"),
         perMillion(r.usdPerMillionTokens, fmtUsd, tr("no price in the spec"))},
        {tr("KV-cache blocks per replica"), fmtNumber(double(r.kvBlocksPerReplica))},
    };
    auto pct = [&](const QString& name, const rl::LatencySummary& s) {
        if (s.samples <= 0) return;
        rows.push_back({tr("%1 p50 / p99").arg(name),
                        QStringLiteral("%1 / %2").arg(fmtTime(s.p50), fmtTime(s.p99))});
    };
    pct(tr("TTFT"), r.ttft);
    pct(tr("TPOT"), r.tpot);
    pct(tr("Time between tokens"), r.tbt);
    pct(tr("End-to-end"), r.e2e);
    pct(tr("Scheduling delay"), r.schedulingDelay);
    if (r.capacityRatePerS > 0)
        rows.push_back({tr("Capacity within SLO"), fmtRate(r.capacityRatePerS, tr("requests"))});
    return rows;
}

QString summaryStrip(const rl::ServingReport& r, const rl::ServingSlo& slo) {
    QStringList parts = {
        tr("%1 served").arg(fmtNumber(double(r.served))),
        fmtRate(r.requestsPerS, tr("req")),
        fmtRate(r.outputTokensPerS, tr("tokens")),
    };
    if (anySlo(slo))
        parts << tr("goodput %1").arg(fmtRate(r.goodputRequestsPerS, tr("req")))
              << tr("SLO met %1").arg(fmtPercent(r.sloAttainment));
    parts << tr("p99 TTFT %1").arg(fmtTime(r.ttft.p99))
          << tr("p99 TPOT %1").arg(fmtTime(r.tpot.p99));
    if (r.rejected > 0) parts << tr("%1 rejected").arg(fmtNumber(double(r.rejected)));
    if (r.preemptions > 0) parts << tr("%1 preemptions").arg(fmtNumber(double(r.preemptions)));
    // A figure never breaks between its name and its value ("p99 TPOT" / "10.7 ms"): the
    // strip wraps only between figures.
    for (QString& part : parts) part.replace(QChar(' '), QChar(0x00A0));
    return parts.join(QStringLiteral("  ·  "));
}

RequestSpan requestSpan(const rl::ServingReport& report, int request) {
    RequestSpan span;
    if (request < 0 || request >= static_cast<int>(report.requests.size())) return span;
    const auto& r = report.requests[request];
    span.request = request;
    if (r.replica < 0 || r.scheduled < 0) return span;
    span.replica = r.replica;
    span.start = r.scheduled;
    span.end = r.completion >= 0 ? r.completion : report.duration;
    for (int i = 0; i < static_cast<int>(report.iterations.size()); ++i) {
        const auto& it = report.iterations[i];
        if (it.replica != span.replica) continue;
        if (it.start < span.end && it.start + it.duration > span.start)
            span.iterations.push_back(i);
    }
    return span;
}

std::vector<CapacityPoint> capacityPoints(const std::vector<rl::CapacityTrial>& trials) {
    std::vector<CapacityPoint> out;
    out.reserve(trials.size());
    for (const auto& t : trials) out.push_back({t.ratePerS, t.ttftP99, t.tpotP99, t.meetsSlo});
    std::sort(out.begin(), out.end(),
              [](const CapacityPoint& a, const CapacityPoint& b) { return a.rate < b.rate; });
    return out;
}

}  // namespace views
}  // namespace rl
