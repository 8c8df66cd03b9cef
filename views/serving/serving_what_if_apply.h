#pragma once
// Turns a serving what-if (typed: ServingWhatIf::change and its value) into
// an edit of the scenario document, so the user can apply it, see the
// re-simulated result, and undo it. The label is never parsed.
#include "core/result/serving_report.h"
#include "core/spec/json_reader.h"
#include "views/editors/what_if_apply.h"

namespace rl {
namespace views {

WhatIfEdit applyServingWhatIf(const rl::ServingWhatIf& whatIf, const rl::Json& scenario);

}  // namespace views
}  // namespace rl
