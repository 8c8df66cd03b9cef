#pragma once
// The LLM serving simulator: a discrete-event simulation of requests arriving
// at R replicas (each TP x PP devices of a hardware spec), batched by a
// replica scheduler over a paged KV cache, each iteration costed from the
// analytical engine's operator predictions (memoized per shape).
// Deterministic for a seed. Model and schedulers: docs/serving.md.
#include <functional>

#include "core/result/prediction.h"
#include "core/result/progress.h"
#include "core/sim/serving/workload.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"
#include "core/workload/operator.h"

namespace rl {

struct ServingOptions {
    Progress progress;
    // Learned and hybrid predictors refine each operator's roofline record,
    // as in AnalysisOptions::refine.
    std::function<void(const Operator&, const Hardware&, OpRecord&)> refine;
    std::string predictorName = "roofline";
    bool explain = true;         // re-simulated what-ifs (costs a few extra runs)
    bool keepIterations = true;  // IterationRecords and trace events for every iteration
    // Called now and then with the report so far (requests finished up to
    // now), for views that show partial results. May be empty.
    std::function<void(const ServingReport&)> partial;
};

// Simulates scenario.serving. Throws Cancelled when cancelled; throws
// std::invalid_argument naming the problem when the model cannot be served
// (not a decoder transformer, weights do not fit the replica's devices).
Prediction simulateServing(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                           const ServingOptions& options = {});

// The same on a request stream built elsewhere (tests, trace tools): the
// scenario's arrival and length settings are not used, everything else is.
Prediction simulateServing(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                           const ServingWorkload& workload, const ServingOptions& options = {});

// The highest Poisson arrival rate that meets scenario.serving.slo, found by a
// deterministic bracketing search; every trial is in the report's
// capacityTrials, reported through `trial` as it completes.
Prediction searchCapacity(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                          const ServingOptions& options = {},
                          const std::function<void(const CapacityTrial&)>& trial = {});

}  // namespace rl
