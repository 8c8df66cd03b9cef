#pragma once
// Building blocks of analyze(), shared with the explanation and what-if code.
#include <string>
#include <vector>

#include "core/analytical/analyze.h"

namespace rl {

// lowerModel() plus placement on the hardware's interconnect (pipeline
// send/recv moves to an outer dimension when TP x PP outgrows the inner one).
// Throws std::invalid_argument for specs that cannot be lowered.
std::vector<Operator> lowerForAnalysis(const Hardware& hw, const ModelSpec& model,
                                       const Scenario& scenario);

// The placement half of lowerForAnalysis(), for op lists lowered elsewhere
// (the per-step decode operators of the timeline).
void placeOnInterconnect(const Hardware& hw, const Scenario& scenario, std::vector<Operator>& ops);

// evaluateOperator() for each op, then options.refine when set.
void evaluateOps(const std::vector<Operator>& ops, const Hardware& hw,
                 const AnalysisOptions& options, std::vector<OpRecord>& out);

// Bottleneck sentences and what-ifs for the run, each phase and each op.
void explainPrediction(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                       const AnalysisOptions& options, const std::vector<Operator>& ops,
                       Prediction& prediction);

}  // namespace rl
