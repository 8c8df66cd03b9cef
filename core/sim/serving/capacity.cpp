// Capacity search: the highest Poisson rate that meets the scenario's SLOs.
// Deterministic: the same start rate, the same seed, the same trials.
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "core/result/message_error.h"
#include "core/sim/serving/serving_internal.h"

namespace rl::serving {

Prediction searchCapacityWith(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                              const ServingOptions& options,
                              const std::function<void(const CapacityTrial&)>& trial,
                              const std::function<ServingWorkload(double rate)>& workloadAt) {
    const ServingSlo& slo = scenario.serving.slo;
    if (slo.ttftP99 <= 0 && slo.tpotP99 <= 0 && slo.e2eP99 <= 0)
        throw MessageError({MessageId::servingCapacityNeedsSlo,
                            {},
                            {},
                            "capacity search needs a service-level objective: set serving.slo "
                            "ttft_p99, tpot_p99 or e2e_p99"});
    const double start = scenario.serving.ratePerS > 0 ? scenario.serving.ratePerS : 1.0;
    std::vector<CapacityTrial> trials;
    ServingOptions quiet = options;
    quiet.explain = false;
    quiet.keepIterations = false;
    quiet.partial = nullptr;
    quiet.progress.report = nullptr;

    auto run = [&](double rate) {
        options.progress.check();
        Scenario sc = scenario;
        sc.serving.arrival = "poisson";
        sc.serving.ratePerS = rate;
        const ServingReport r = simulateReport(hw, model, sc, workloadAt(rate), quiet);
        CapacityTrial t;
        t.ratePerS = rate;
        t.ttftP99 = r.ttft.p99;
        t.tpotP99 = r.tpot.p99;
        t.e2eP99 = r.e2e.p99;
        // Rejections do not depend on the rate (a request that can never fit).
        t.meetsSlo = meetsSlo(r, slo);
        trials.push_back(t);
        if (trial) trial(t);
        // Bracketing takes about 8 doublings and 8 halvings of the gap.
        options.progress(std::min(0.95, static_cast<double>(trials.size()) / 16.0),
                         "capacity search");
        return t.meetsSlo;
    };

    // Bracket: double (or halve) from the scenario's rate until the SLO flips.
    constexpr int kMaxSteps = 30;
    double lo = 0, hi = 0;
    if (run(start)) {
        lo = start;
        for (int i = 0; i < kMaxSteps && hi == 0; ++i) {
            const double r = lo * 2;
            if (run(r))
                lo = r;
            else
                hi = r;
        }
    } else {
        hi = start;
        for (int i = 0; i < kMaxSteps && lo == 0; ++i) {
            const double r = hi / 2;
            if (run(r))
                lo = r;
            else
                hi = r;
        }
    }
    // Bisect to 2% of the rate.
    if (lo > 0 && hi > 0)
        while ((hi - lo) / lo > 0.02) {
            const double mid = 0.5 * (lo + hi);
            if (run(mid))
                lo = mid;
            else
                hi = mid;
        }

    // The prediction at the capacity found (or the lowest rate tried).
    Scenario at = scenario;
    at.serving.arrival = "poisson";
    at.serving.ratePerS = lo > 0 ? lo : hi;
    ServingOptions final = options;
    final.explain = false;
    Prediction p = simulateServing(hw, model, at, workloadAt(at.serving.ratePerS), final);
    auto report = std::make_shared<ServingReport>(*p.serving);
    report->capacityTrials = trials;
    report->capacityRatePerS = lo;
    char buf[160];
    if (lo > 0)
        std::snprintf(buf, sizeof buf, "Capacity: %.3g requests/s meet the SLO (%zu trials).", lo,
                      trials.size());
    else
        std::snprintf(buf, sizeof buf, "No rate tried meets the SLO (down to %.3g requests/s).",
                      hi);
    report->explanation.insert(report->explanation.begin(), buf);
    p.serving = std::move(report);
    options.progress(1.0, "capacity search");
    return p;
}

}  // namespace rl::serving
