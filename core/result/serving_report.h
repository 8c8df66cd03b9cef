#pragma once
// What the serving simulator reports besides the Prediction's trace: every
// request, every iteration, time series per replica, percentiles, SLO
// attainment, capacity-search trials and re-simulated what-ifs.
// JSON layout: docs/serving.md.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/result/message.h"

namespace rl {

// One request's life. Times are absolute simulation times (s); a time that
// never happened (rejected, never scheduled) is negative.
struct RequestRecord {
    std::int64_t id = 0;
    int replica = -1;         // replica that decoded it (-1: rejected before placement)
    int prefillReplica = -1;  // disaggregated serving: where the prompt was processed
    double arrival = 0;
    double scheduled = -1;   // first iteration that included it
    double firstToken = -1;  // end of the iteration that produced the first output token
    double completion = -1;  // end of the iteration that produced the last token
    std::int64_t promptTokens = 0, outputTokens = 0;
    int preemptions = 0;
    double maxTokenGap = 0;  // largest time between two consecutive output tokens
    std::string rejected;    // empty when served; otherwise the reason

    bool served() const { return rejected.empty() && completion >= 0; }
    double ttft() const { return firstToken - arrival; }
    double e2e() const { return completion - arrival; }
    double schedulingDelay() const { return scheduled - arrival; }
    // Mean time per output token after the first (0 for one-token outputs).
    double tpot() const {
        return outputTokens > 1 ? (completion - firstToken) / double(outputTokens - 1) : 0.0;
    }
    double normalisedLatency() const {
        return outputTokens > 0 ? e2e() / double(outputTokens) : 0.0;
    }
};

// One batch stage on one replica's pipeline stage.
struct IterationRecord {
    int replica = 0, stage = 0;
    double start = 0, duration = 0;  // s
    std::int32_t prefillTokens = 0;  // prompt tokens processed (whole prompts or chunks)
    std::int32_t decodeTokens = 0;   // one per decoding request
    std::int32_t requests = 0;       // sequences in the batch
    std::int64_t kvBlocksUsed = 0;   // held while the iteration runs
    double linearTime = 0, attentionTime = 0, communicationTime = 0, overheadTime = 0;
};

// P50 ... P99, mean, max of one latency metric (s).
struct LatencySummary {
    double mean = 0, p50 = 0, p90 = 0, p95 = 0, p99 = 0, max = 0;
    std::int64_t samples = 0;
};

// A step time series sampled at iteration ends, downsampled to at most a few
// thousand points per replica for plots.
struct ServingSeries {
    int replica = 0;
    std::vector<double> time;
    std::vector<double> batchSize, tokensPerIteration, kvUse /* fraction of blocks */, queueLength,
        busy /* fraction over the sample interval */;
};

struct CapacityTrial {
    double ratePerS = 0;
    double ttftP99 = 0, tpotP99 = 0, e2eP99 = 0;
    bool meetsSlo = false;
};

// A one-change re-simulation: "+1 replica: p99 TTFT 8.1 s -> 0.4 s".
struct ServingWhatIf {
    enum class Change { addReplica, chunkSize, kvCacheFp8, maxBatch, scheduler, rate };
    Change change = Change::addReplica;
    double value = 0;       // new chunk size, batch, rate; replicas added
    std::string scheduler;  // for Change::scheduler
    std::string label;      // for people, never parsed
    Message message;        // the label typed for translation (MessageId::servingWhatIf*)
    double ttftP99Before = 0, ttftP99After = 0;
    double tbtP99Before = 0, tbtP99After = 0;
    std::int64_t preemptionsBefore = 0, preemptionsAfter = 0;
    double throughputBefore = 0, throughputAfter = 0;  // output tokens/s
};

// A rejected request's reason typed for translation (english == its RequestRecord::rejected).
// Kept beside the records, not in them: most requests are served and a record stays small.
struct RequestRejection {
    std::int64_t request = 0;  // RequestRecord::id
    Message reason;            // MessageId::reject*
};

struct ServingReport {
    std::vector<RequestRecord> requests;       // by id
    std::vector<RequestRejection> rejections;  // by request id; empty in a report read from a file
    std::vector<IterationRecord> iterations;
    std::vector<ServingSeries> series;  // one per replica
    LatencySummary ttft, tbt /* every gap between tokens */, tpot, e2e, schedulingDelay,
        normalisedLatency;
    double duration = 0;  // first arrival to last completion (s)
    std::int64_t served = 0, rejected = 0, preemptions = 0;
    double requestsPerS = 0, inputTokensPerS = 0, outputTokensPerS = 0;
    double goodputRequestsPerS = 0;  // served requests that met every set SLO, per s
    double sloAttainment = 0;        // fraction of served requests meeting every set SLO
    double mfu = 0, busyFraction = 0;
    std::int64_t kvBlocksPerReplica = 0;
    double kvBlockBytes = 0;
    double energyJ = 0, joulesPerMillionTokens = 0, usdPerMillionTokens = 0;
    std::vector<CapacityTrial> capacityTrials;  // in the order they ran
    double capacityRatePerS = 0;                // highest rate meeting the SLO (0: none)
    std::vector<ServingWhatIf> whatIfs;
    std::vector<std::string> explanation;      // sentences
    std::vector<Message> explanationMessages;  // the same sentences, typed for translation
    // The KV cache per device (MessageId::servingKvFootprint), typed twin of the run's
    // MemoryFootprint::message.
    Message kvCacheMessage;
};

// The typed reason a request was rejected, or nullptr (served, or a report without them).
inline const Message* rejectionReason(const ServingReport& r, std::int64_t request) {
    auto it =
        std::lower_bound(r.rejections.begin(), r.rejections.end(), request,
                         [](const RequestRejection& x, std::int64_t id) { return x.request < id; });
    return it != r.rejections.end() && it->request == request ? &it->reason : nullptr;
}

}  // namespace rl
