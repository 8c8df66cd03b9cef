#pragma once
// The learned and hybrid predictors as operator-cost models: a trained
// LearnedModel replaces each operator's roofline time with its prediction
// (interval and out-of-distribution note included). Operator kinds the model
// was not trained on keep the roofline, with a note saying so.
#include <memory>

#include "core/learned/learned_model.h"
#include "core/predict/operator_cost_model.h"

namespace rl {

class LearnedCostModel final : public OperatorCostModel {
  public:
    explicit LearnedCostModel(std::shared_ptr<const LearnedModel> model);

    std::string name() const override { return toString(model_->kind()); }
    bool refines() const override { return true; }
    void refine(const Operator& op, const Hardware& hw, OpRecord& rec) const override;

    const LearnedModel& model() const { return *model_; }

  private:
    std::shared_ptr<const LearnedModel> model_;
};

}  // namespace rl
