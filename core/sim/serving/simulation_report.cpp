// The report of a finished (or partial) simulation: per-request records,
// percentiles, throughput, SLO attainment, utilisation, energy and cost; and
// the timeline trace (one group per replica, one track per pipeline stage).
#include <algorithm>
#include <cmath>

#include "core/sim/serving/simulation.h"
#include "core/workload/lower.h"

namespace rl::serving {

ServingReport Simulation::takeReport() {
    ServingReport rep = summary();
    rep.iterations = std::move(iterations_);
    rep.requests = std::move(records_);
    rep.rejections = std::move(rejections_);
    std::sort(
        rep.rejections.begin(), rep.rejections.end(),
        [](const RequestRejection& a, const RequestRejection& b) { return a.request < b.request; });
    return rep;
}

ServingReport Simulation::report() const {
    ServingReport rep = summary();
    rep.requests = records_;
    if (options_.keepIterations) rep.iterations = iterations_;
    return rep;
}

ServingReport Simulation::summary() const {
    ServingReport rep;
    rep.kvBlocksPerReplica = kv_.blocks;
    rep.kvBlockBytes = kv_.blockBytes;
    rep.preemptions = preemptions_;
    for (const ReplicaState& r : replicas_) rep.series.push_back(r.series.finish(r.index));

    std::vector<double> ttft, tpot, e2e, delay, norm;
    std::int64_t inTokens = 0, outTokens = 0, good = 0;
    const ServingSlo& slo = s_.slo;
    for (const RequestRecord& q : records_) {
        if (!q.rejected.empty()) {
            ++rep.rejected;
            continue;
        }
        if (!q.served()) continue;  // still running (partial report)
        ++rep.served;
        inTokens += q.promptTokens;
        outTokens += q.outputTokens;
        ttft.push_back(q.ttft());
        e2e.push_back(q.e2e());
        delay.push_back(q.schedulingDelay());
        norm.push_back(q.normalisedLatency());
        if (q.outputTokens > 1) tpot.push_back(q.tpot());
        const bool ok = (slo.ttftP99 <= 0 || q.ttft() <= slo.ttftP99) &&
                        (slo.tpotP99 <= 0 || q.tpot() <= slo.tpotP99) &&
                        (slo.e2eP99 <= 0 || q.e2e() <= slo.e2eP99);
        if (ok) ++good;
    }
    rep.ttft = summarise(ttft);
    rep.tpot = summarise(tpot);
    rep.e2e = summarise(e2e);
    rep.schedulingDelay = summarise(delay);
    rep.normalisedLatency = summarise(norm);
    rep.tbt = tbt_.summary();

    const double start = std::max(0.0, firstArrival_);
    rep.duration = rep.served > 0 ? std::max(0.0, lastCompletion_ - start) : 0.0;
    if (rep.duration > 0) {
        rep.requestsPerS = static_cast<double>(rep.served) / rep.duration;
        rep.inputTokensPerS = static_cast<double>(inTokens) / rep.duration;
        rep.outputTokensPerS = static_cast<double>(outTokens) / rep.duration;
        rep.goodputRequestsPerS = static_cast<double>(good) / rep.duration;
    }
    rep.sloAttainment =
        rep.served > 0 ? static_cast<double>(good) / static_cast<double>(rep.served) : 0.0;

    // Utilisation over every device of every replica.
    const double devices = static_cast<double>(replicas_.size()) * tp_ * pp_;
    double stageBusy = 0;
    for (const ReplicaState& r : replicas_) stageBusy += r.busyStageTime;
    const double deviceBusy = stageBusy * tp_;  // each stage is TP devices
    const double span = rep.duration;
    if (span > 0) {
        rep.busyFraction = std::min(1.0, deviceBusy / (devices * span));
        const double peak = hw_.compute.peak(
            mathTypeFor(scenario_.precision.weights, scenario_.precision.activations));
        rep.mfu = peak > 0 ? flops_ / (devices * span * peak) : 0.0;
    }
    // Energy: the roofline's per-op energy when the spec has energy figures,
    // else TDP for the time devices are busy (idle power not counted).
    rep.energyJ = energy_ > 0 ? energy_ : hw_.tdpW * deviceBusy;
    if (outTokens > 0) {
        const double millions = static_cast<double>(outTokens) / 1e6;
        rep.joulesPerMillionTokens = rep.energyJ / millions;
        rep.usdPerMillionTokens = hw_.costPerHourUsd * devices * span / 3600.0 / millions;
    }
    return rep;
}

Trace Simulation::takeTrace() {
    for (ReplicaState& r : replicas_) {
        // The counters move into the trace; trace() copies what is left.
        moved_.push_back(std::move(r.batchCounter));
        moved_.push_back(std::move(r.kvCounter));
        moved_.push_back(std::move(r.queueCounter));
    }
    Trace t = trace();
    moved_.clear();
    return t;
}

Trace Simulation::trace() const {
    Trace tr;
    const int prefill = tr.category("prefill"), decode = tr.category("decode"),
              mixed = tr.category("mixed");
    std::vector<std::vector<int>> track(replicas_.size());
    for (const ReplicaState& r : replicas_) {
        const int g = tr.group(TraceGroup::replica(r.prefillOnly  ? TraceGroupKind::prefillReplica
                                                   : r.decodeOnly ? TraceGroupKind::decodeReplica
                                                                  : TraceGroupKind::replica,
                                                   r.index));
        for (int s = 0; s < pp_; ++s)
            track[static_cast<std::size_t>(r.index)].push_back(tr.track(TraceTrack::stage(s, g)));
        auto counters = [&](TraceCounter c) {
            c.group = g;
            tr.counters.push_back(std::move(c));
        };
        if (options_.keepIterations && !moved_.empty()) {
            for (int k = 0; k < 3; ++k)
                counters(std::move(moved_[static_cast<std::size_t>(3 * r.index + k)]));
        } else if (options_.keepIterations) {
            counters(r.batchCounter);
            counters(r.kvCounter);
            counters(r.queueCounter);
        } else {
            // Without per-iteration records, the downsampled series.
            const ServingSeries s = r.series.finish(r.index);
            std::vector<double> kvBlocks(s.kvUse.size());
            for (std::size_t i = 0; i < s.kvUse.size(); ++i)
                kvBlocks[i] = s.kvUse[i] * static_cast<double>(kv_.blocks);
            counters({"batch size", "requests", g, s.time, s.batchSize});
            counters({"KV-cache blocks in use", "blocks", g, s.time, kvBlocks});
            counters({"queue length", "requests", g, s.time, s.queueLength});
        }
    }
    tr.events.reserve(iterations_.size());
    for (std::size_t k = 0; k < iterations_.size(); ++k) {
        const IterationRecord& it = iterations_[k];
        TraceEvent e;
        e.start = it.start;
        e.duration = it.duration;
        e.track = track[static_cast<std::size_t>(it.replica)][static_cast<std::size_t>(it.stage)];
        e.category = it.decodeTokens == 0 ? prefill : it.prefillTokens == 0 ? decode : mixed;
        e.ref = TraceRef::iteration;
        e.id = static_cast<std::int64_t>(k);
        tr.events.push_back(e);
    }
    tr.finish();
    return tr;
}

}  // namespace rl::serving
