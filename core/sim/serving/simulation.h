#pragma once
// The serving simulation's state and event loop (internal to core/sim/serving;
// the public entry points are in serving_sim.h). One Simulation runs one
// workload once: arrivals -> global scheduler -> replica scheduler -> batches
// through pipeline stages -> tokens, with the paged KV cache of each replica.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "core/result/serving_report.h"
#include "core/result/trace.h"
#include "core/sim/engine/event_queue.h"
#include "core/sim/engine/random.h"
#include "core/sim/serving/iteration_cost.h"
#include "core/sim/serving/kv_cache.h"
#include "core/sim/serving/latency_histogram.h"
#include "core/sim/serving/series_builder.h"
#include "core/sim/serving/serving_sim.h"
#include "core/sim/serving/workload.h"

namespace rl::serving {

enum class Policy { vllm, orca, sarathi, fastertransformer };
enum class GlobalPolicy { roundRobin, leastOutstanding, random };

// Parses scenario.serving's names; throws std::invalid_argument naming the value.
Policy policyOf(const std::string& scheduler);
GlobalPolicy globalPolicyOf(const std::string& name);

// Host link for swapping KV blocks when the hardware spec does not give one:
// PCIe 4.0 x16, 32 GB/s per direction at 80% efficiency.
inline constexpr double kDefaultHostLinkBandwidth = 25.6e9;  // B/s

struct SeqState {
    std::int64_t prompt = 1, output = 1;
    std::int64_t generated = 0;  // output tokens sampled so far
    std::int64_t computed = 0;   // tokens whose KV is in the cache
    std::int64_t blocks = 0;     // KV blocks held on its replica
    std::int64_t swappedBlocks = 0;
    double lastToken = -1;
    double maxGap = 0;      // copied to the record when it finishes
    bool inFlight = false;  // in a batch somewhere in the pipeline
    bool started = false;   // scheduled at least once
    bool done = false;
    std::int64_t context() const { return prompt + generated; }
    // Tokens still to run through the model before the next token is sampled.
    std::int64_t pending() const { return context() - computed; }
    bool decoding() const { return generated > 0 && pending() == 1; }
};

struct ReplicaState {
    int index = 0;
    bool prefillOnly = false, decodeOnly = false;  // disaggregated pools
    std::deque<std::int64_t> waiting;   // to prefill, FCFS; recompute victims at the front
    std::deque<std::int64_t> swapped;   // KV in host memory (swap preemption)
    std::deque<std::int64_t> incoming;  // KV arrived from a prefill replica (disaggregated)
    std::vector<std::int64_t> running;  // hold KV blocks; admission order = priority
    std::int64_t freeBlocks = 0;
    std::vector<double> stageFree;  // when each pipeline stage takes its next batch
    bool startPending = false;      // a StageFree event will form the next batch
    std::int64_t outstanding = 0;   // placed here and not finished
    double busyStageTime = 0;       // s summed over stages
    SeriesBuilder series;
    TraceCounter batchCounter, kvCounter, queueCounter;
};

struct Batch {
    int replica = 0;
    std::vector<std::int64_t> seqs, tokens;
    // Kept by Simulation::add for the cost model.
    std::int64_t decodes = 0, decodeKv = 0, logitRows = 0, prefillTokens = 0;
};

class Simulation {
  public:
    Simulation(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
               const ServingWorkload& workload, const ServingOptions& options);
    void run();
    // The report and the trace (iterations, series, summaries; no explanation).
    ServingReport report() const;
    Trace trace() const;
    // The same at the end of a run, moving the per-iteration data out instead
    // of copying it (a million-request run keeps millions of iterations).
    // Call takeTrace() before takeReport(); the simulation is spent after.
    Trace takeTrace();
    ServingReport takeReport();
    const KvCapacity& kv() const { return kv_; }
    std::uint64_t events() const { return queue_.popped(); }
    std::size_t shapesEvaluated() const { return cost_.shapesEvaluated(); }
    std::int64_t iterations() const { return iterationCount_; }

  private:
    enum EventKind { kArrival, kBatchDone, kStageFree, kTransferDone };

    void arrive(std::int64_t i, double t);
    void reject(std::int64_t i, Message reason);
    int place(bool decodePool);
    void trySchedule(ReplicaState& r, double t);
    void batchDone(std::int64_t batchId, double t);
    void transferDone(int replica, std::int64_t i, double t);
    void finish(std::int64_t i, double t);
    void sendNextClosedLoop(double t);
    ServingReport summary() const;  // everything but requests and iterations

    // Schedulers (schedulers.cpp): fill `b`, return extra time (swap-in/out).
    double formBatch(ReplicaState& r, Batch& b, double t);
    double formVllm(ReplicaState& r, Batch& b, bool chunked);
    double formOrca(ReplicaState& r, Batch& b);
    double formFasterTransformer(ReplicaState& r, Batch& b);
    // Every running sequence not busy in a pipeline stage, with its pending tokens.
    void addRunning(ReplicaState& r, Batch& b);
    // Waiting requests up to max_batch, each with its full length reserved
    // (Orca, FasterTransformer: never preempted).
    void admitFullLength(ReplicaState& r, Batch& b);
    // Decodes of running sequences, preempting from the back when blocks run
    // out; returns the swap-out time; sets `preempted`.
    double scheduleDecodes(ReplicaState& r, Batch& b, std::int64_t& tokens, bool& preempted);
    double preempt(ReplicaState& r, std::size_t runningIndex);
    void add(Batch& b, std::int64_t i, std::int64_t tokens);
    bool allocate(ReplicaState& r, std::int64_t i, std::int64_t tokensInCache,
                  std::int64_t keepFree);
    // Gives every KV block `q` holds back to `r`, the replica holding them.
    void releaseBlocks(ReplicaState& r, SeqState& q);
    // Request i leaves `replica`: its KV blocks go back and it no longer counts
    // as outstanding there. Returns that replica.
    ReplicaState& leaveReplica(std::int64_t i, int replica);
    void launch(ReplicaState& r, Batch& b, double extra, double t);

    const Hardware& hw_;
    const ModelSpec& model_;
    Scenario scenario_;
    const ServingScenario& s_;
    const ServingWorkload& workload_;
    const ServingOptions& options_;
    Policy policy_ = Policy::vllm;
    GlobalPolicy global_ = GlobalPolicy::roundRobin;
    bool disaggregated_ = false, swap_ = false;
    int pp_ = 1, tp_ = 1;
    IterationCostModel cost_;
    KvCapacity kv_;
    std::int64_t watermarkBlocks_ = 0;
    std::int64_t tokenBudget_ = 0;  // 0: none
    double hostLinkBandwidth_ = kDefaultHostLinkBandwidth;
    int transferDimension_ = -1;  // interconnect dimension for KV transfers; -1: host link

    sim::EventQueue queue_;
    sim::Random random_;
    std::vector<std::int64_t> order_;  // request indices by arrival
    std::size_t nextArrival_ = 0;
    std::vector<SeqState> seqs_;
    std::vector<RequestRecord> records_;
    std::vector<RequestRejection> rejections_;  // typed reasons, in the order they happened
    std::vector<ReplicaState> replicas_;
    std::vector<Batch> batches_;
    std::vector<std::int64_t> freeBatches_;
    std::vector<IterationRecord> iterations_;
    std::vector<PrefillPiece> prefills_;       // reused by launch()
    mutable std::vector<TraceCounter> moved_;  // takeTrace() hands them to trace()
    LatencyHistogram tbt_;
    std::int64_t roundRobin_[2] = {0, 0};
    std::int64_t finished_ = 0, preemptions_ = 0, iterationCount_ = 0;
    double flops_ = 0, energy_ = 0;
    double firstArrival_ = -1, lastCompletion_ = 0;
};

}  // namespace rl::serving
