#pragma once
// The training simulator wired into the training page: one iteration with
// its explanation, what-ifs and per-rank timeline; the configuration search
// on all of the hardware's GPUs.
#include <memory>

#include "core/predict/operator_cost_model.h"
#include "views/training/training_run.h"

namespace rl {
namespace gui {

views::TrainingEngine trainingEngine();

// The page's inputs from the window's specs and chosen predictor.
views::TrainingInputs trainingInputs(const rl::Hardware& hw, const rl::ModelSpec& model,
                                     const rl::Scenario& scenario,
                                     const std::shared_ptr<const rl::OperatorCostModel>& predictor);

}  // namespace gui
}  // namespace rl
