// Explanations of a serving run: what dominates TTFT, what bounds the time
// between tokens, and what one change would do, each measured by really
// re-simulating the same request stream with that change.
#include <algorithm>
#include <cstdio>
#include <stdexcept>

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
    return w;
}

}  // namespace

void explainServing(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                    const ServingWorkload& workload, const ServingOptions& options,
                    ServingReport& r) {
    const ServingScenario& s = scenario.serving;
    std::vector<std::string>& out = r.explanation;
    if (r.served == 0) {
        out.push_back("No request was served.");
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
        out.push_back("Queueing is " + percent(share) + " of p99 TTFT (" + seconds(r.ttft.p99) +
                      ")" +
                      (share > 0.5 ? ": requests wait for a batch slot or KV-cache blocks."
                                   : ": the prefill itself dominates."));
    }
    // Time between tokens: stalls behind prefills, preemptions, batch size.
    if (r.tbt.samples > 0) {
        std::string t = "p99 time between tokens is " + seconds(r.tbt.p99) + " (median " +
                        seconds(r.tbt.p50) + ")";
        if (r.tbt.p50 > 0 && r.tbt.p99 > 2 * r.tbt.p50)
            t += s.scheduler == "vllm" || s.scheduler == "orca"
                     ? ": decodes stall behind whole prompts in the same or an earlier iteration"
                     : ": some iterations carry large prefill chunks or recomputations";
        out.push_back(t + ".");
    }
    if (r.preemptions > 0)
        out.push_back(std::to_string(r.preemptions) + " preemptions: the KV cache (" +
                      std::to_string(r.kvBlocksPerReplica) + " blocks of " +
                      std::to_string(s.kvBlockTokens) + " tokens per replica) runs out.");
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
    out.push_back(buf);
    if (s.slo.ttftP99 > 0 || s.slo.tpotP99 > 0 || s.slo.e2eP99 > 0)
        out.push_back(percent(r.sloAttainment) + " of served requests meet the SLO.");
    if (r.rejected > 0)
        out.push_back(std::to_string(r.rejected) +
                      " requests were rejected (see each request's reason).");

    // What-ifs, each a full re-simulation of the same requests.
    ServingOptions quiet = options;
    quiet.explain = false;
    quiet.keepIterations = false;
    quiet.partial = nullptr;
    quiet.progress.report = nullptr;
    {
        Scenario c = scenario;
        c.serving.replicas = std::max(1, s.replicas) + 1;
        ServingWhatIf w;
        w.change = ServingWhatIf::Change::addReplica;
        w.value = 1;
        w.label = "+1 replica";
        r.whatIfs.push_back(whatIf(hw, model, c, workload, quiet, r, w));
    }
    if (scenario.precision.kvCache != DType::fp8) {
        Scenario c = scenario;
        c.precision.kvCache = DType::fp8;
        ServingWhatIf w;
        w.change = ServingWhatIf::Change::kvCacheFp8;
        w.label = "fp8 KV cache";
        r.whatIfs.push_back(whatIf(hw, model, c, workload, quiet, r, w));
    }
    {
        Scenario c = scenario;
        c.serving.maxBatch = std::max<std::int64_t>(1, s.maxBatch) * 2;
        ServingWhatIf w;
        w.change = ServingWhatIf::Change::maxBatch;
        w.value = static_cast<double>(c.serving.maxBatch);
        w.label = "max batch " + std::to_string(c.serving.maxBatch);
        r.whatIfs.push_back(whatIf(hw, model, c, workload, quiet, r, w));
    }
    if (s.scheduler == "sarathi") {
        Scenario c = scenario;
        c.serving.chunkSize = std::max<std::int64_t>(64, s.chunkSize / 2);
        ServingWhatIf w;
        w.change = ServingWhatIf::Change::chunkSize;
        w.value = static_cast<double>(c.serving.chunkSize);
        w.label = "Sarathi chunk " + std::to_string(c.serving.chunkSize);
        r.whatIfs.push_back(whatIf(hw, model, c, workload, quiet, r, w));
    } else if (s.scheduler != "disaggregated") {
        Scenario c = scenario;
        c.serving.scheduler = "sarathi";
        c.serving.chunkSize = 512;
        ServingWhatIf w;
        w.change = ServingWhatIf::Change::scheduler;
        w.scheduler = "sarathi";
        w.value = 512;
        w.label = "Sarathi chunk 512";
        r.whatIfs.push_back(whatIf(hw, model, c, workload, quiet, r, w));
    }
    for (const ServingWhatIf& w : r.whatIfs) out.push_back(w.label + ".");
}

}  // namespace rl::serving
