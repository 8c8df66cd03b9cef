#pragma once
// A fully known ServingReport for serving-view tests: `n` requests on two
// replicas with latencies that follow simple formulas, one rejected request,
// iterations every 50 ms per replica, time series, what-ifs and capacity trials.
#include <cmath>
#include <memory>
#include <string>

#include "core/result/prediction.h"
#include "tests/views/fake_prediction.h"

namespace rl::test {

// KV blocks of a replica: request 3's prompt needs more.
inline constexpr int kFakeKvBlocksPerReplica = 800;

// Request i: arrival 0.5 i s; scheduled 10 ms x (i mod 3) later; first token
// 100 ms + 10 ms x i after scheduling; (10 + i) output tokens 20 ms apart
// (x 1.5 on odd requests); replica i mod 2. Request 3 is rejected.
inline rl::RequestRecord fakeRequest(int i) {
    rl::RequestRecord r;
    r.id = i;
    r.replica = i % 2;
    r.arrival = 0.5 * i;
    r.promptTokens = 100 + 50 * i;
    r.outputTokens = 10 + i;
    if (i == 3) {
        r.replica = -1;
        r.rejected =
            "prompt needs 900 KV blocks, a replica has " + std::to_string(kFakeKvBlocksPerReplica);
        return r;
    }
    const double gap = 0.02 * (i % 2 ? 1.5 : 1.0);
    r.scheduled = r.arrival + 0.01 * (i % 3);
    r.firstToken = r.scheduled + 0.1 + 0.01 * i;
    r.completion = r.firstToken + gap * double(r.outputTokens - 1);
    r.maxTokenGap = gap * 2;
    r.preemptions = i == 5 ? 1 : 0;
    return r;
}

inline std::shared_ptr<rl::ServingReport> fakeServingReport(int n = 8) {
    auto rep = std::make_shared<rl::ServingReport>();
    for (int i = 0; i < n; ++i) rep->requests.push_back(fakeRequest(i));
    double end = 0;
    for (const auto& r : rep->requests) end = std::max(end, r.completion);
    rep->duration = end;
    for (int replica = 0; replica < 2; ++replica) {
        rl::ServingSeries s;
        s.replica = replica;
        for (double t = 0; t < end; t += 0.05) {
            rl::IterationRecord it;
            it.replica = replica;
            it.start = t;
            it.duration = 0.04;
            it.decodeTokens = 2 + replica;
            it.requests = 2 + replica;
            rep->iterations.push_back(it);
            s.time.push_back(t + 0.04);
            s.batchSize.push_back(2 + replica + std::sin(t));
            s.tokensPerIteration.push_back(2 + replica);
            s.kvUse.push_back(0.25 + 0.1 * replica);
            s.queueLength.push_back(replica);
            s.busy.push_back(0.8);
        }
        rep->series.push_back(s);
    }
    rep->ttft = {0.15, 0.14, 0.18, 0.19, 0.2, 0.21, n - 1};
    rep->tbt = {0.025, 0.02, 0.03, 0.03, 0.04, 0.05, 500};
    rep->tpot = {0.025, 0.02, 0.03, 0.03, 0.03, 0.03, n - 1};
    rep->e2e = {0.5, 0.45, 0.7, 0.75, 0.8, 0.82, n - 1};
    // The counts are the requests' own (request 3 rejected, request 5 preempted).
    for (const auto& r : rep->requests) {
        ++(r.rejected.empty() ? rep->served : rep->rejected);
        rep->preemptions += r.preemptions;
    }
    rep->requestsPerS = 1.75;
    rep->inputTokensPerS = 500;
    rep->outputTokensPerS = 25000;
    rep->sloAttainment = 6.0 / 7;  // six of the seven served requests meet the SLO
    rep->goodputRequestsPerS = rep->requestsPerS * rep->sloAttainment;
    rep->mfu = 0.31;
    rep->busyFraction = 0.8;  // as every sample of the series
    rep->kvBlocksPerReplica = kFakeKvBlocksPerReplica;
    rep->joulesPerMillionTokens = 2.5e6;
    rep->usdPerMillionTokens = 0.42;
    rep->explanation = {"TTFT is dominated by prefill, not queueing.",
                        "Decode batches stay small: the arrival rate is low."};
    rl::ServingWhatIf replica;
    replica.change = rl::ServingWhatIf::Change::addReplica;
    replica.value = 1;
    replica.label = "+1 replica";
    replica.ttftP99Before = 0.2;
    replica.ttftP99After = 0.15;
    rl::ServingWhatIf chunk;
    chunk.change = rl::ServingWhatIf::Change::chunkSize;
    chunk.value = 512;
    chunk.scheduler = "sarathi";
    chunk.label = "Sarathi chunk 512";
    rep->whatIfs = {replica, chunk};
    rep->capacityTrials = {
        {4.0, 3.0, 0.05, 0.0, false}, {1.0, 0.2, 0.025, 0.0, true}, {2.0, 0.4, 0.03, 0.0, true}};
    rep->capacityRatePerS = 2.0;
    return rep;
}

inline std::shared_ptr<rl::Prediction> fakeServingPrediction(int n = 8) {
    auto p = fakeRun();
    auto report = fakeServingReport(n);
    // The timeline: one track per replica, one event per iteration.
    auto trace = std::make_shared<rl::Trace>();
    const int decode = trace->category("decode");
    const int tracks[2] = {trace->track("stage 0", trace->group("replica 0")),
                           trace->track("stage 0", trace->group("replica 1"))};
    for (std::size_t k = 0; k < report->iterations.size(); ++k) {
        const auto& it = report->iterations[k];
        rl::TraceEvent e;
        e.start = it.start;
        e.duration = it.duration;
        e.track = tracks[it.replica];
        e.category = decode;
        e.ref = rl::TraceRef::iteration;
        e.id = static_cast<std::int64_t>(k);
        trace->events.push_back(e);
    }
    trace->finish();
    p->trace = trace;
    p->serving = report;
    return p;
}

}  // namespace rl::test
