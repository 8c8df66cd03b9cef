#pragma once
// Pieces of the serving simulator shared by its entry points (not public).
#include <functional>

#include "core/sim/serving/serving_sim.h"

namespace rl::serving {

// One simulation of `workload` as a report (no what-ifs, no trace): what the
// what-ifs and capacity trials run.
ServingReport simulateReport(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                             const ServingWorkload& workload, const ServingOptions& options);

// Sentences and re-simulated what-ifs for `report` (explain.cpp).
void explainServing(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                    const ServingWorkload& workload, const ServingOptions& options,
                    ServingReport& report);

// The capacity search on any workload source: `workloadAt(rate)` gives the
// Poisson stream at `rate` requests/s (capacity.cpp).
Prediction searchCapacityWith(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                              const ServingOptions& options,
                              const std::function<void(const CapacityTrial&)>& trial,
                              const std::function<ServingWorkload(double rate)>& workloadAt);

// Whether a report meets every set SLO at p99 (and served at least one request).
bool meetsSlo(const ServingReport& report, const ServingSlo& slo);

}  // namespace rl::serving
