// The scenario-driven entry points: the request stream comes from
// buildWorkload (arrival process, length distributions or a trace).
#include "core/sim/serving/serving_internal.h"

namespace rl {

namespace {
// One warning for all of them; its typed twin (MessageId::warnWorkload) has a
// clause per diagnostic when every diagnostic has one.
void addDiagnostics(const Diagnostics& d, const std::vector<Message>& typed, Prediction& p) {
    if (d.items().empty()) return;
    p.warnings.push_back("workload: " + d.format());
    if (typed.size() == d.items().size())
        p.warningMessages.push_back({MessageId::warnWorkload, {}, typed, p.warnings.back()});
}
}  // namespace

Prediction simulateServing(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                           const ServingOptions& options) {
    Diagnostics diagnostics;
    std::vector<Message> typed;
    const ServingWorkload workload = buildWorkload(scenario.serving, diagnostics, &typed);
    Prediction p = simulateServing(hw, model, scenario, workload, options);
    addDiagnostics(diagnostics, typed, p);
    return p;
}

Prediction searchCapacity(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                          const ServingOptions& options,
                          const std::function<void(const CapacityTrial&)>& trial) {
    Diagnostics diagnostics;
    std::vector<Message> typed;
    Prediction p =
        serving::searchCapacityWith(hw, model, scenario, options, trial, [&](double rate) {
            ServingScenario s = scenario.serving;
            s.arrival = "poisson";
            s.ratePerS = rate;
            Diagnostics d;
            std::vector<Message> t;
            ServingWorkload w = buildWorkload(s, d, &t);
            if (diagnostics.items().empty()) {
                diagnostics = d;
                typed = std::move(t);
            }
            return w;
        });
    addDiagnostics(diagnostics, typed, p);
    return p;
}

}  // namespace rl
