// The scenario-driven entry points: the request stream comes from
// buildWorkload (arrival process, length distributions or a trace).
#include "core/sim/serving/serving_internal.h"

namespace rl {

namespace {
void addDiagnostics(const Diagnostics& d, Prediction& p) {
    if (!d.items().empty()) p.warnings.push_back("workload: " + d.format());
}
}  // namespace

Prediction simulateServing(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                           const ServingOptions& options) {
    Diagnostics diagnostics;
    const ServingWorkload workload = buildWorkload(scenario.serving, diagnostics);
    Prediction p = simulateServing(hw, model, scenario, workload, options);
    addDiagnostics(diagnostics, p);
    return p;
}

Prediction searchCapacity(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                          const ServingOptions& options,
                          const std::function<void(const CapacityTrial&)>& trial) {
    Diagnostics diagnostics;
    Prediction p =
        serving::searchCapacityWith(hw, model, scenario, options, trial, [&](double rate) {
            ServingScenario s = scenario.serving;
            s.arrival = "poisson";
            s.ratePerS = rate;
            Diagnostics d;
            ServingWorkload w = buildWorkload(s, d);
            if (diagnostics.items().empty()) diagnostics = d;
            return w;
        });
    addDiagnostics(diagnostics, p);
    return p;
}

}  // namespace rl
