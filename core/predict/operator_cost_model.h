#pragma once
// The one interface every operator-cost predictor implements: the roofline,
// the learned and the hybrid predictors (core/predict/learned_cost_model.h).
// A predictor starts from the roofline record (traffic, bounds, energy; what
// the views and explanations read) and may replace its time.
//
// The dataflow predictor (core/dataflow) can implement it later: its cost()
// lowers the operator to a loop nest (lowerOperator), maps it on the
// accelerator spec the registry entry loads, and writes the mapped time and
// energy into the record; refine() then does the same on a given record.
#include <functional>
#include <memory>
#include <string>

#include "core/result/prediction.h"
#include "core/spec/hardware.h"
#include "core/workload/operator.h"

namespace rl {

// The hook AnalysisOptions::refine and ServingOptions::refine take.
using RefineFn = std::function<void(const Operator&, const Hardware&, OpRecord&)>;

class OperatorCostModel {
  public:
    virtual ~OperatorCostModel() = default;

    // As results and the JSON export name the predictor: "roofline", "hybrid", ...
    virtual std::string name() const = 0;
    // True when refine() changes roofline records (the engines keep their
    // fast roofline-only path otherwise).
    virtual bool refines() const = 0;
    // Replaces the time of a roofline record of `op` on `hw` (timeEach, time,
    // timeLow/High, note); the roofline leaves it as it is.
    virtual void refine(const Operator& op, const Hardware& hw, OpRecord& rec) const = 0;

    // The record of one operator: the roofline's, then refined.
    OpRecord cost(const Operator& op, const Hardware& hw) const;
};

class RooflineCostModel final : public OperatorCostModel {
  public:
    std::string name() const override { return "roofline"; }
    bool refines() const override { return false; }
    void refine(const Operator&, const Hardware&, OpRecord&) const override {}
};

// The engines' hook for a predictor: empty for the roofline (and for null).
RefineFn refineHook(std::shared_ptr<const OperatorCostModel> model);

}  // namespace rl
