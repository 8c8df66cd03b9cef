#pragma once
// The analytical predictor's entry points. Given hardware, a model and a
// scenario: lower the model to operators, cost each on the hierarchical
// roofline, compose phases (prefill/decode or a forward pass), and explain.
#include <functional>
#include <string>

#include "core/result/prediction.h"
#include "core/result/progress.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"
#include "core/workload/operator.h"

namespace rl {

struct AnalysisOptions {
    Progress progress;
    bool explain = true;   // bottleneck sentences and what-ifs
    bool timeline = true;  // Prediction::trace: the ops of the prefill and of each decode step
    // Learned and hybrid predictors refine each operator's roofline record
    // (timeEach, timeLow/High, note) after the roofline has filled it.
    std::function<void(const Operator&, const Hardware&, OpRecord&)> refine;
    std::string predictorName = "roofline";
};

// The full analysis. Throws Cancelled if options.progress.cancel is set.
// Never throws for valid specs; problems (does not fit, ...) become warnings.
Prediction analyze(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                   const AnalysisOptions& options = {});

struct RooflineDevice;

// The roofline record of one operator on one device (the hot path of sweeps
// and the feature source of the learned predictors).
OpRecord evaluateOperator(const Operator& op, const Hardware& hw);
// The same on a device precomputed once for many operators (core/analytical/roofline.h).
OpRecord evaluateOperator(const Operator& op, const RooflineDevice& device);

}  // namespace rl
