// Explanations of a serving run: what dominates TTFT, what bounds the time
// between tokens, and what one change would do, each measured by really
// re-simulating the same request stream with that change.
#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "core/result/message_error.h"
#include "core/sim/serving/serving_internal.h"
#include "core/spec/units.h"

namespace rl::serving {

namespace {

std::string seconds(double s) { return formatQuantity(s, Dimension::time, 3); }

std::string percent(double f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * f);
    return buf;
}

using Kind = MessageArg::Kind;

MessageArg num(Kind kind, double value) { return {kind, {}, value}; }

// A sentence and its typed twin, side by side in the report.
Message& say(ServingReport& r, std::string english, MessageId id, std::vector<MessageArg> args) {
    r.explanation.push_back(english);
    return r.explanationMessages.emplace_back(Message{id, std::move(args), {}, std::move(english)});
}

std::string change(double before, double after) {
    if (before <= 0) return seconds(after);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.0f%%", 100.0 * (after / before - 1.0));
    return buf;
}

ServingWhatIf whatIf(const Hardware& hw, const ModelSpec& model, const Scenario& changed,
                     const ServingWorkload& workload, const ServingOptions& quiet,
                     const ServingReport& before, ServingWhatIf w) {
    ServingReport after;
    try {
        after = simulateReport(hw, model, changed, workload, quiet);
    } catch (const std::invalid_argument& e) {
        w.label += ": cannot be simulated (" + std::string(e.what()) + ")";
        // Clause 1, where the reason is typed, is shown in place of the English {name}.
        std::vector<Message> clauses{std::move(w.message)};
        if (const Message* reason = typedReason(e)) clauses.push_back(*reason);
        w.message = {MessageId::servingWhatIfFailed,
                     {{Kind::name, e.what(), 0.0}},
                     std::move(clauses),
                     w.label};
        return w;
    }
    w.ttftP99Before = before.ttft.p99;
    w.ttftP99After = after.ttft.p99;
    w.tbtP99Before = before.tbt.p99;
    w.tbtP99After = after.tbt.p99;
    w.preemptionsBefore = before.preemptions;
    w.preemptionsAfter = after.preemptions;
    w.throughputBefore = before.outputTokensPerS;
    w.throughputAfter = after.outputTokensPerS;
    w.label += ": p99 TTFT " + seconds(w.ttftP99Before) + " -> " + seconds(w.ttftP99After) +
               ", p99 TBT " + change(w.tbtP99Before, w.tbtP99After) + ", preemptions " +
               std::to_string(w.preemptionsBefore) + " -> " + std::to_string(w.preemptionsAfter);
    // The TBT change is relative unless there was no TBT before (as `change`).
    const MessageArg tbt = w.tbtP99Before > 0
                               ? num(Kind::change, w.tbtP99After / w.tbtP99Before - 1.0)
                               : num(Kind::seconds, w.tbtP99After);
    w.message = {MessageId::servingWhatIfResult,
                 {num(Kind::seconds, w.ttftP99Before), num(Kind::seconds, w.ttftP99After), tbt,
                  num(Kind::count, double(w.preemptionsBefore)),
                  num(Kind::count, double(w.preemptionsAfter))},
                 {std::move(w.message)},
                 w.label};
    return w;
}

// A what-if whose sentence has no value ("+1 replica", "fp8 KV cache").
ServingWhatIf plainChange(ServingWhatIf::Change change, double value, std::string label,
                          MessageId id) {
    ServingWhatIf w;
    w.change = change;
    w.value = value;
    w.label = std::move(label);
    w.message = {id, {}, {}, w.label};
    return w;
}

// A what-if that sets a count (a batch, a chunk): its label ends with the new value.
ServingWhatIf countChange(ServingWhatIf::Change change, const std::string& what, std::int64_t value,
                          MessageId id) {
    ServingWhatIf w =
        plainChange(change, static_cast<double>(value), what + " " + std::to_string(value), id);
    w.message.args.push_back(num(Kind::count, w.value));
    return w;
}

}  // namespace

void explainServing(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                    const ServingWorkload& workload, const ServingOptions& options,
                    ServingReport& r) {
    const ServingScenario& s = scenario.serving;
    if (r.served == 0) {
        say(r, "No request was served.", MessageId::servingNoneServed, {});
        return;
    }
    // TTFT: queueing (waiting for a batch slot or KV blocks) against the
    // service itself, over the requests at or above the p99.
    double wait = 0, total = 0;
    for (const RequestRecord& q : r.requests)
        if (q.served() && q.ttft() >= r.ttft.p99) {
            wait += q.schedulingDelay();
            total += q.ttft();
        }
    if (total > 0) {
        const double share = wait / total;
        const bool waits = share > 0.5;
        say(r,
            "Queueing is " + percent(share) + " of p99 TTFT (" + seconds(r.ttft.p99) + ")" +
                (waits ? ": requests wait for a batch slot or KV-cache blocks."
                       : ": the prefill itself dominates."),
            waits ? MessageId::servingQueueingWaits : MessageId::servingPrefillDominates,
            {num(Kind::share, share), num(Kind::seconds, r.ttft.p99)});
    }
    // Time between tokens: stalls behind prefills, preemptions, batch size.
    if (r.tbt.samples > 0) {
        std::string t = "p99 time between tokens is " + seconds(r.tbt.p99) + " (median " +
                        seconds(r.tbt.p50) + ")";
        MessageId id = MessageId::servingTbt;
        if (r.tbt.p50 > 0 && r.tbt.p99 > 2 * r.tbt.p50) {
            const bool wholePrompts = s.scheduler == "vllm" || s.scheduler == "orca";
            t += wholePrompts
                     ? ": decodes stall behind whole prompts in the same or an earlier iteration"
                     : ": some iterations carry large prefill chunks or recomputations";
            id =
                wholePrompts ? MessageId::servingTbtStallPrompts : MessageId::servingTbtStallChunks;
        }
        say(r, t + ".", id, {num(Kind::seconds, r.tbt.p99), num(Kind::seconds, r.tbt.p50)});
    }
    if (r.preemptions > 0)
        say(r,
            std::to_string(r.preemptions) + " preemptions: the KV cache (" +
                std::to_string(r.kvBlocksPerReplica) + " blocks of " +
                std::to_string(s.kvBlockTokens) + " tokens per replica) runs out.",
            MessageId::servingPreemptions,
            {num(Kind::count, double(r.preemptions)),
             num(Kind::count, double(r.kvBlocksPerReplica)),
             num(Kind::count, double(s.kvBlockTokens))});
    double meanBatch = 0, n = 0;
    for (const ServingSeries& se : r.series)
        for (std::size_t i = 0; i < se.batchSize.size(); ++i)
            if (se.batchSize[i] > 0) {
                meanBatch += se.batchSize[i];
                n += 1;
            }
    if (n > 0) meanBatch /= n;
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "Devices are busy %s of the time at %s MFU; batches average %.1f sequences "
                  "(max %lld).",
                  percent(r.busyFraction).c_str(), percent(r.mfu).c_str(), meanBatch,
                  static_cast<long long>(s.maxBatch));
    say(r, buf, MessageId::servingBusy,
        {num(Kind::share, r.busyFraction), num(Kind::share, r.mfu), num(Kind::decimal, meanBatch),
         num(Kind::count, double(s.maxBatch))});
    if (s.slo.ttftP99 > 0 || s.slo.tpotP99 > 0 || s.slo.e2eP99 > 0)
        say(r, percent(r.sloAttainment) + " of served requests meet the SLO.",
            MessageId::servingSloMet, {num(Kind::share, r.sloAttainment)});
    if (r.rejected > 0)
        say(r, std::to_string(r.rejected) + " requests were rejected (see each request's reason).",
            MessageId::servingRejected, {num(Kind::count, double(r.rejected))});

    // What-ifs, each a full re-simulation of the same requests.
    ServingOptions quiet = options;
    quiet.explain = false;
    quiet.keepIterations = false;
    quiet.partial = nullptr;
    quiet.progress.report = nullptr;
    using Change = ServingWhatIf::Change;
    const auto tryChange = [&](const Scenario& changed, ServingWhatIf w) {
        r.whatIfs.push_back(whatIf(hw, model, changed, workload, quiet, r, std::move(w)));
    };
    {
        Scenario c = scenario;
        c.serving.replicas = std::max(1, s.replicas) + 1;
        tryChange(c, plainChange(Change::addReplica, 1, "+1 replica",
                                 MessageId::servingWhatIfAddReplica));
    }
    if (scenario.precision.kvCache != DType::fp8) {
        Scenario c = scenario;
        c.precision.kvCache = DType::fp8;
        tryChange(
            c, plainChange(Change::kvCacheFp8, 0, "fp8 KV cache", MessageId::servingWhatIfKvFp8));
    }
    {
        Scenario c = scenario;
        c.serving.maxBatch = std::max<std::int64_t>(1, s.maxBatch) * 2;
        tryChange(c, countChange(Change::maxBatch, "max batch", c.serving.maxBatch,
                                 MessageId::servingWhatIfMaxBatch));
    }
    if (s.scheduler == "sarathi") {
        Scenario c = scenario;
        c.serving.chunkSize = std::max<std::int64_t>(64, s.chunkSize / 2);
        tryChange(c, countChange(Change::chunkSize, "Sarathi chunk", c.serving.chunkSize,
                                 MessageId::servingWhatIfChunk));
    } else if (s.scheduler != "disaggregated") {
        Scenario c = scenario;
        c.serving.scheduler = "sarathi";
        c.serving.chunkSize = 512;
        ServingWhatIf w = countChange(Change::scheduler, "Sarathi chunk", c.serving.chunkSize,
                                      MessageId::servingWhatIfChunk);
        w.scheduler = "sarathi";
        tryChange(c, std::move(w));
    }
    for (const ServingWhatIf& w : r.whatIfs)
        say(r, w.label + ".", MessageId::sentence, {}).clauses.push_back(w.message);
}

}  // namespace rl::serving
