#pragma once
// Turns a training plan (a re-simulated what-if's, or a search row's) into an
// edit of the scenario document: only the knobs whose value differs from what
// the document says (or, where it is silent, from the scenario's default) are
// written, so the document keeps its shape and the edit undoes cleanly.
// Labels are never parsed.
#include "core/sim/training/plan.h"
#include "core/spec/json_reader.h"
#include "views/editors/what_if_apply.h"

namespace rl {
namespace views {

WhatIfEdit applyTrainingPlan(const rl::training::TrainingPlan& plan, const rl::Json& scenario);

}  // namespace views
}  // namespace rl
