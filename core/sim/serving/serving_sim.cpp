// simulateServing on a given request stream: run, then assemble the
// Prediction (report, trace, footprint, explanation).
#include <memory>

#include "core/analytical/collectives.h"
#include "core/analytical/compose.h"
#include "core/analytical/memory_footprint.h"
#include "core/analytical/prediction_start.h"
#include "core/sim/serving/serving_internal.h"
#include "core/sim/serving/simulation.h"

namespace rl {

namespace serving {

ServingReport simulateReport(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                             const ServingWorkload& workload, const ServingOptions& options) {
    Simulation sim(hw, model, scenario, workload, options);
    sim.run();
    return sim.takeReport();
}

bool meetsSlo(const ServingReport& r, const ServingSlo& slo) {
    if (r.served == 0) return false;
    return (slo.ttftP99 <= 0 || r.ttft.p99 <= slo.ttftP99) &&
           (slo.tpotP99 <= 0 || r.tpot.p99 <= slo.tpotP99) &&
           (slo.e2eP99 <= 0 || r.e2e.p99 <= slo.e2eP99);
}

}  // namespace serving

Prediction simulateServing(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                           const ServingWorkload& workload, const ServingOptions& options) {
    options.progress.check();
    Prediction p = startPrediction(options.predictorName, hw, model, scenario);

    serving::Simulation sim(hw, model, scenario, workload, options);
    sim.run();
    auto trace = std::make_shared<Trace>(sim.takeTrace());
    auto report = std::make_shared<ServingReport>(sim.takeReport());
    if (options.explain) {
        options.progress(1.0, "re-simulating what-ifs");
        try {
            serving::explainServing(hw, model, scenario, workload, options, *report);
        } catch (const Cancelled&) {
            // The run itself finished: hand it over before giving up on the what-ifs.
            if (options.partial) options.partial(*report);
            throw;
        }
    }

    const serving::KvCapacity& kv = sim.kv();
    MemoryFootprint f;
    f.weights = kv.weights;
    f.activations = kv.activations;
    f.kvCache = static_cast<double>(kv.blocks) * kv.blockBytes;
    f.capacity = kv.deviceBytes;
    f.fits = true;
    f.message = "KV cache: " + std::to_string(kv.blocks) + " blocks of " +
                std::to_string(kv.blockTokens) + " tokens (" + formatGiB(f.kvCache) +
                ") per device after " + formatGiB(f.weights) + " of weights and " +
                formatGiB(f.activations) + " of activations";
    using Kind = MessageArg::Kind;
    report->kvCacheMessage = {MessageId::servingKvFootprint,
                              {{Kind::count, {}, double(kv.blocks)},
                               {Kind::count, {}, double(kv.blockTokens)},
                               {Kind::bytes, {}, f.kvCache},
                               {Kind::bytes, {}, f.weights},
                               {Kind::bytes, {}, f.activations}},
                              {},
                              f.message};
    p.memory = f;
    p.totalTime = report->duration;
    p.totalEnergy = report->energyJ;
    if (report->rejected > 0) {
        for (const RequestRecord& r : report->requests)
            if (!r.rejected.empty()) {
                p.warnings.push_back(std::to_string(report->rejected) +
                                     " requests were rejected; the first: request " +
                                     std::to_string(r.id) + " " + r.rejected);
                // The typed reason rides as clause 0, shown in place of the English {name}.
                std::vector<Message> reason;
                if (const Message* typed = rejectionReason(*report, r.id)) reason.push_back(*typed);
                p.warningMessages.push_back({MessageId::warnRequestsRejected,
                                             {{Kind::count, {}, double(report->rejected)},
                                              {Kind::count, {}, double(r.id)},
                                              {Kind::name, r.rejected, 0.0}},
                                             std::move(reason),
                                             p.warnings.back()});
                break;
            }
    }
    // Collectives wider than their interconnect dimension, checked on the
    // scenario's lowered pass as `analyze` does.
    for (Message& m : collectiveWarnings(hw, lowerForAnalysis(hw, model, scenario))) {
        p.warnings.push_back(m.english);
        p.warningMessages.push_back(std::move(m));
    }
    Explanation e;
    e.scope = "run";
    e.kind = ExplanationScope::run;
    e.sentences = report->explanation;
    e.messages = report->explanationMessages;
    if (!e.sentences.empty()) p.explanations.push_back(std::move(e));
    p.serving = std::move(report);
    p.trace = std::move(trace);
    return p;
}

}  // namespace rl
