// The event loop of the serving simulation: arrivals, placement on replicas,
// batch launches through the pipeline stages, token accounting, KV transfers.
#include "core/sim/serving/simulation.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "core/analytical/roofline.h"
#include "core/result/engine_text.h"
#include "core/result/message_error.h"
#include "core/sim/serving/policy_names.h"
#include "core/spec/parallelism.h"

namespace rl::serving {

Policy policyOf(const std::string& s) {
    // Disaggregated serving runs vLLM batching on its prefill and decode pools.
    if (s == "disaggregated") return Policy::vllm;
    if (auto p = valueOf(kPolicyNames, s)) return *p;
    throwEngineError({RL_TR("EngineText",
                            "serving.scheduler '%1': expected vllm, orca, sarathi, "
                            "fastertransformer or disaggregated"),
                      {PhraseArg::verbatim(s)}});
}

GlobalPolicy globalPolicyOf(const std::string& s) {
    if (auto p = valueOf(kGlobalPolicyNames, s)) return *p;
    throwEngineError({RL_TR("EngineText",
                            "serving.global_scheduler '%1': expected round_robin, "
                            "least_outstanding or random"),
                      {PhraseArg::verbatim(s)}});
}

namespace {

MessageArg count(std::int64_t v) { return {MessageArg::Kind::count, {}, static_cast<double>(v)}; }
MessageArg name(const std::string& v) { return {MessageArg::Kind::name, v, 0.0}; }

// `model`, checked before anything lowers it (the iteration costs would
// otherwise fail on a CNN with a less helpful reason).
const ModelSpec& servable(const ModelSpec& model) {
    if (model.kind != "transformer" || model.transformer.encoderOnly)
        throw MessageError({MessageId::servingNeedsDecoder,
                            {name(model.name)},
                            {},
                            "model '" + model.name +
                                "' cannot be served: the serving simulator needs a decoder "
                                "transformer"});
    return model;
}

// The largest number of tokens one iteration may carry: sizes the activation
// peak subtracted from the KV cache.
std::int64_t iterationTokens(const ServingScenario& s, Policy p) {
    if (p == Policy::sarathi && s.chunkSize > 0) return s.chunkSize;
    if (s.maxBatchedTokens > 0) return s.maxBatchedTokens;
    return 4096;
}

}  // namespace

Simulation::Simulation(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                       const ServingWorkload& workload, const ServingOptions& options)
    : hw_(hw),
      model_(servable(model)),
      scenario_(scenario),
      s_(scenario_.serving),
      workload_(workload),
      options_(options),
      policy_(policyOf(scenario.serving.scheduler)),
      global_(globalPolicyOf(scenario.serving.globalScheduler)),
      cost_(hw, model, scenario, options.refine),
      random_(scenario.serving.seed) {
    disaggregated_ = s_.scheduler == "disaggregated";
    swap_ = s_.preemption == "swap";
    if (!swap_ && s_.preemption != "recompute")
        throwEngineError(
            {RL_TR("EngineText", "serving.preemption '%1': expected recompute or swap"),
             {PhraseArg::verbatim(s_.preemption)}});
    tp_ = std::max(1, scenario.parallelism.tensor);
    pp_ = std::max(1, scenario.parallelism.pipeline);
    const int replicas = std::max(1, s_.replicas);
    if (disaggregated_ && (s_.prefillReplicas < 1 || s_.prefillReplicas >= replicas))
        throwEngineError({RL_TR("EngineText",
                                "serving.prefill_replicas %1: disaggregated serving needs at "
                                "least one prefill and one decode replica (replicas %2)"),
                          {PhraseArg::integer(s_.prefillReplicas), PhraseArg::integer(replicas)}});
    if (s_.maxBatch < 1)
        throwEngineError({RL_TR("EngineText", "serving.max_batch %1: expected at least 1"),
                          {PhraseArg::integer(s_.maxBatch)}});
    kv_ = kvCapacity(hw, model, scenario, iterationTokens(s_, policy_));
    if (kv_.blocks <= 0)
        throw MessageError({MessageId::servingNoKvBlock,
                            {name(model.name),
                             name(hw.name),
                             count(tp_),
                             count(pp_),
                             {MessageArg::Kind::bytes, {}, kv_.deviceBytes},
                             {MessageArg::Kind::share, {}, kv_.reserve},
                             {MessageArg::Kind::bytes, {}, kv_.weights},
                             {MessageArg::Kind::bytes, {}, kv_.activations}},
                            {},
                            "model '" + model.name + "' cannot be served on '" + hw.name +
                                "' at TP " + std::to_string(tp_) + " x PP " + std::to_string(pp_) +
                                ": " + kv_.problem});
    watermarkBlocks_ = static_cast<std::int64_t>(
        std::floor(std::clamp(s_.kvWatermark, 0.0, 1.0) * static_cast<double>(kv_.blocks)));
    tokenBudget_ = policy_ == Policy::sarathi ? std::max<std::int64_t>(0, s_.chunkSize)
                   : policy_ == Policy::vllm  ? std::max<std::int64_t>(0, s_.maxBatchedTokens)
                                              : 0;
    // KV transfers between replicas: the innermost interconnect dimension that
    // spans all the cluster's devices; none: the host link.
    const auto devices = replicas * devicesPerReplica(scenario.parallelism);
    for (std::size_t d = 0; d < hw.interconnect.size() && transferDimension_ < 0; ++d)
        if (hw.interconnect[d].devices >= devices || d + 1 == hw.interconnect.size())
            transferDimension_ = static_cast<int>(d);

    replicas_.resize(static_cast<std::size_t>(replicas));
    for (int r = 0; r < replicas; ++r) {
        ReplicaState& rs = replicas_[static_cast<std::size_t>(r)];
        rs.index = r;
        rs.prefillOnly = disaggregated_ && r < s_.prefillReplicas;
        rs.decodeOnly = disaggregated_ && r >= s_.prefillReplicas;
        rs.freeBlocks = kv_.blocks;
        rs.stageFree.assign(static_cast<std::size_t>(pp_), 0.0);
        rs.batchCounter = {"batch size", "requests", r, {}, {}};
        rs.kvCounter = {"KV-cache blocks in use", "blocks", r, {}, {}};
        rs.queueCounter = {"queue length", "requests", r, {}, {}};
    }

    const std::size_t n = workload.requests.size();
    seqs_.resize(n);
    records_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const ServingRequest& q = workload.requests[i];
        seqs_[i].prompt = std::max<std::int64_t>(1, q.promptTokens);
        seqs_[i].output = std::max<std::int64_t>(1, q.outputTokens);
        RequestRecord& rec = records_[i];
        rec.id = q.id;
        rec.arrival = q.arrival;
        rec.promptTokens = seqs_[i].prompt;
        rec.outputTokens = seqs_[i].output;
    }
    order_.resize(n);
    std::iota(order_.begin(), order_.end(), std::int64_t{0});
    if (workload.closedLoopClients <= 0)
        std::stable_sort(order_.begin(), order_.end(), [&](std::int64_t a, std::int64_t b) {
            return workload.requests[static_cast<std::size_t>(a)].arrival <
                   workload.requests[static_cast<std::size_t>(b)].arrival;
        });
}

void Simulation::run() {
    if (workload_.closedLoopClients > 0) {
        for (std::int64_t c = 0; c < workload_.closedLoopClients; ++c) sendNextClosedLoop(0.0);
    } else if (!order_.empty()) {
        const std::int64_t i = order_[nextArrival_++];
        queue_.push(std::max(0.0, records_[static_cast<std::size_t>(i)].arrival), kArrival, 0, i);
    }
    const auto total = static_cast<double>(std::max<std::size_t>(1, seqs_.size()));
    std::int64_t reported = -1;
    while (!queue_.empty()) {
        const sim::Event e = queue_.pop();
        if ((queue_.popped() & 1023) == 0) {
            // A cancelled run hands over the report so far first (the CLI
            // prints it, marked partial, after --time-limit or Ctrl-C).
            if (options_.progress.cancelled() && options_.partial) options_.partial(report());
            options_.progress.check();
            const auto pct =
                static_cast<std::int64_t>(100.0 * static_cast<double>(finished_) / total);
            if (pct != reported) {
                reported = pct;
                options_.progress(static_cast<double>(finished_) / total, "simulating requests");
                if (options_.partial && pct % 10 == 0 && pct > 0) options_.partial(report());
            }
        }
        switch (e.kind) {
            case kArrival:
                if (workload_.closedLoopClients <= 0 && nextArrival_ < order_.size()) {
                    const std::int64_t next = order_[nextArrival_++];
                    queue_.push(std::max(e.time, records_[static_cast<std::size_t>(next)].arrival),
                                kArrival, 0, next);
                }
                arrive(e.item, e.time);
                break;
            case kBatchDone:
                batchDone(e.item, e.time);
                break;
            case kStageFree: {
                ReplicaState& r = replicas_[static_cast<std::size_t>(e.target)];
                r.startPending = false;
                trySchedule(r, e.time);
                break;
            }
            case kTransferDone:
                transferDone(e.target, e.item, e.time);
                break;
        }
    }
    // Nothing should be left; if a request is, say so rather than drop it.
    for (std::size_t i = 0; i < seqs_.size(); ++i)
        if (!seqs_[i].done && records_[i].rejected.empty()) {
            records_[i].rejected = "never completed: the replica could not make progress";
            rejections_.push_back(
                {records_[i].id, {MessageId::rejectNeverCompleted, {}, {}, records_[i].rejected}});
        }
}

void Simulation::sendNextClosedLoop(double t) {
    while (nextArrival_ < order_.size()) {
        const std::int64_t i = order_[nextArrival_++];
        records_[static_cast<std::size_t>(i)].arrival = t;
        queue_.push(t, kArrival, 0, i);
        return;
    }
}

void Simulation::reject(std::int64_t i, Message reason) {
    RequestRecord& record = records_[static_cast<std::size_t>(i)];
    record.rejected = reason.english;
    rejections_.push_back({record.id, std::move(reason)});
    seqs_[static_cast<std::size_t>(i)].done = true;
    ++finished_;
    if (workload_.closedLoopClients > 0) sendNextClosedLoop(queue_.now());
}

int Simulation::place(bool decodePool) {
    const int first = !disaggregated_ ? 0 : decodePool ? s_.prefillReplicas : 0;
    const int count = !disaggregated_ ? static_cast<int>(replicas_.size())
                      : decodePool    ? static_cast<int>(replicas_.size()) - s_.prefillReplicas
                                      : s_.prefillReplicas;
    switch (global_) {
        case GlobalPolicy::roundRobin:
            return first + static_cast<int>(roundRobin_[decodePool ? 1 : 0]++ % count);
        case GlobalPolicy::leastOutstanding: {
            int best = first;
            for (int r = first + 1; r < first + count; ++r)
                if (replicas_[static_cast<std::size_t>(r)].outstanding <
                    replicas_[static_cast<std::size_t>(best)].outstanding)
                    best = r;
            return best;
        }
        case GlobalPolicy::random:
            return first + static_cast<int>(random_.below(static_cast<std::uint64_t>(count)));
    }
    return first;
}

void Simulation::arrive(std::int64_t i, double t) {
    const auto idx = static_cast<std::size_t>(i);
    SeqState& q = seqs_[idx];
    RequestRecord& rec = records_[idx];
    rec.arrival = t;
    if (firstArrival_ < 0) firstArrival_ = t;
    // The whole request must fit one replica's cache (the last decode step
    // holds prompt + output - 1 tokens), or preemption could never end.
    const std::int64_t full = blocksFor(q.prompt + q.output, kv_.blockTokens);
    if (full + watermarkBlocks_ > kv_.blocks) {
        reject(i, {MessageId::rejectKvBlocks,
                   {count(full), count(q.prompt), count(q.output), count(watermarkBlocks_),
                    count(kv_.blocks)},
                   {},
                   "needs " + std::to_string(full) + " KV-cache blocks (" +
                       std::to_string(q.prompt) + " prompt + " + std::to_string(q.output) +
                       " output tokens) plus a watermark of " + std::to_string(watermarkBlocks_) +
                       "; a replica has " + std::to_string(kv_.blocks)});
        return;
    }
    if (policy_ == Policy::vllm && s_.maxBatchedTokens > 0 && q.prompt > s_.maxBatchedTokens) {
        reject(i, {MessageId::rejectPromptTooLong,
                   {count(q.prompt), count(s_.maxBatchedTokens)},
                   {},
                   "prompt of " + std::to_string(q.prompt) + " tokens exceeds max_batched_tokens " +
                       std::to_string(s_.maxBatchedTokens) + " (vLLM does not split prompts)"});
        return;
    }
    const int r = place(false);
    rec.replica = r;
    if (disaggregated_) rec.prefillReplica = r;
    ReplicaState& rs = replicas_[static_cast<std::size_t>(r)];
    ++rs.outstanding;
    rs.waiting.push_back(i);
    trySchedule(rs, t);
}

void Simulation::trySchedule(ReplicaState& r, double t) {
    if (r.startPending) return;
    if (r.stageFree[0] > t) {
        r.startPending = true;
        queue_.push(r.stageFree[0], kStageFree, r.index);
        return;
    }
    std::int64_t id;
    if (!freeBatches_.empty()) {
        id = freeBatches_.back();
        freeBatches_.pop_back();
    } else {
        id = static_cast<std::int64_t>(batches_.size());
        batches_.emplace_back();
    }
    Batch& b = batches_[static_cast<std::size_t>(id)];
    b.replica = r.index;
    b.seqs.clear();
    b.tokens.clear();
    b.decodes = b.decodeKv = b.logitRows = b.prefillTokens = 0;
    prefills_.clear();
    const double extra = formBatch(r, b, t);
    if (b.seqs.empty()) {
        freeBatches_.push_back(id);
        return;
    }
    launch(r, b, extra, t);
    queue_.push(r.stageFree[static_cast<std::size_t>(pp_ - 1)], kBatchDone, r.index, id);
    if (pp_ > 1) {
        r.startPending = true;
        queue_.push(r.stageFree[0], kStageFree, r.index);
    }
}

void Simulation::add(Batch& b, std::int64_t i, std::int64_t tokens) {
    b.seqs.push_back(i);
    b.tokens.push_back(tokens);
    SeqState& q = seqs_[static_cast<std::size_t>(i)];
    q.inFlight = true;
    if (q.decoding() && tokens == 1) {
        ++b.decodes;
        b.decodeKv += q.computed + 1;
    } else {
        prefills_.push_back({tokens, q.computed});
        b.prefillTokens += tokens;
    }
    if (q.computed + tokens == q.context()) ++b.logitRows;
    if (!q.started) {
        q.started = true;
        records_[static_cast<std::size_t>(i)].scheduled = queue_.now();
    }
}

void Simulation::launch(ReplicaState& r, Batch& b, double extra, double t) {
    const std::int64_t decodes = b.decodes, prefillTokens = b.prefillTokens;
    const IterationCost c = cost_.step(prefills_, decodes, b.decodeKv, b.logitRows);
    const double overhead = std::max(0.0, s_.cpuOverheadS) + extra;
    // Each stage runs its share of the layers: step time / PP (the lowering
    // costs all layers; send/recv between stages is part of the step).
    const double stage = (c.total() - c.overhead) / pp_;
    double prevEnd = t;
    for (int s = 0; s < pp_; ++s) {
        const double start = std::max(prevEnd, r.stageFree[static_cast<std::size_t>(s)]);
        const double dur = stage + (s == 0 ? overhead : 0.0);
        r.stageFree[static_cast<std::size_t>(s)] = start + dur;
        prevEnd = start + dur;
        r.busyStageTime += dur;
        if (options_.keepIterations) {
            IterationRecord it;
            it.replica = r.index;
            it.stage = s;
            it.start = start;
            it.duration = dur;
            it.prefillTokens = static_cast<std::int32_t>(prefillTokens);
            it.decodeTokens = static_cast<std::int32_t>(decodes);
            it.requests = static_cast<std::int32_t>(b.seqs.size());
            it.kvBlocksUsed = kv_.blocks - r.freeBlocks;
            it.linearTime = c.linear / pp_;
            it.attentionTime = c.attention / pp_;
            it.communicationTime = c.communication / pp_;
            it.overheadTime = s == 0 ? overhead : 0.0;
            iterations_.push_back(it);
        }
    }
    ++iterationCount_;
    flops_ += c.flops * tp_;
    energy_ += c.energy * tp_;
    const double queueLen =
        static_cast<double>(r.waiting.size() + r.swapped.size() + r.incoming.size());
    const double used = static_cast<double>(kv_.blocks - r.freeBlocks);
    r.series.add(t, prevEnd - t, static_cast<double>(b.seqs.size()),
                 static_cast<double>(prefillTokens + decodes), used / kv_.blocks, queueLen);
    if (options_.keepIterations) {
        r.batchCounter.times.push_back(t);
        r.batchCounter.values.push_back(static_cast<double>(b.seqs.size()));
        r.kvCounter.times.push_back(t);
        r.kvCounter.values.push_back(used);
        r.queueCounter.times.push_back(t);
        r.queueCounter.values.push_back(queueLen);
    }
}

void Simulation::batchDone(std::int64_t batchId, double t) {
    Batch& b = batches_[static_cast<std::size_t>(batchId)];
    ReplicaState& r = replicas_[static_cast<std::size_t>(b.replica)];
    for (std::size_t k = 0; k < b.seqs.size(); ++k) {
        const std::int64_t i = b.seqs[k];
        const auto idx = static_cast<std::size_t>(i);
        SeqState& q = seqs_[idx];
        q.inFlight = false;
        q.computed += b.tokens[k];
        if (q.computed != q.context()) continue;  // a prefill chunk: no token yet
        ++q.generated;
        if (q.generated == 1) {
            records_[idx].firstToken = t;
        } else {
            const double gap = t - q.lastToken;
            tbt_.add(gap);
            q.maxGap = std::max(q.maxGap, gap);
        }
        q.lastToken = t;
        if (q.generated >= q.output) {
            finish(i, t);
        } else if (r.prefillOnly) {
            // Disaggregated: the KV cache moves to a decode replica; the
            // prefill replica keeps its blocks until the copy is done.
            std::erase(r.running, i);
            const int d = place(true);
            ++replicas_[static_cast<std::size_t>(d)].outstanding;
            const double bytes = static_cast<double>(q.blocks) * kv_.blockBytes;
            const double time =
                transferDimension_ >= 0
                    ? collectiveTime(CollectiveKind::send_recv, bytes, 2,
                                     hw_.interconnect[static_cast<std::size_t>(transferDimension_)])
                    : bytes / hostLinkBandwidth_;
            q.inFlight = true;
            queue_.push(t + time, kTransferDone, d, i);
        }
    }
    freeBatches_.push_back(batchId);
    trySchedule(r, t);
}

ReplicaState& Simulation::leaveReplica(std::int64_t i, int replica) {
    ReplicaState& r = replicas_[static_cast<std::size_t>(replica)];
    releaseBlocks(r, seqs_[static_cast<std::size_t>(i)]);
    --r.outstanding;
    return r;
}

void Simulation::transferDone(int replica, std::int64_t i, double t) {
    RequestRecord& rec = records_[static_cast<std::size_t>(i)];
    ReplicaState& from = leaveReplica(i, rec.prefillReplica);
    seqs_[static_cast<std::size_t>(i)].inFlight = false;
    rec.replica = replica;
    ReplicaState& to = replicas_[static_cast<std::size_t>(replica)];
    to.incoming.push_back(i);
    trySchedule(from, t);
    trySchedule(to, t);
}

void Simulation::finish(std::int64_t i, double t) {
    const auto idx = static_cast<std::size_t>(i);
    SeqState& q = seqs_[idx];
    RequestRecord& rec = records_[idx];
    ReplicaState& r = leaveReplica(i, rec.replica);
    q.done = true;
    std::erase(r.running, i);
    rec.completion = t;
    rec.maxTokenGap = q.maxGap;
    lastCompletion_ = std::max(lastCompletion_, t);
    ++finished_;
    if (workload_.closedLoopClients > 0) sendNextClosedLoop(t);
}

}  // namespace rl::serving
