#pragma once
// Turns an engine what-if ("2x HBM2e bandwidth", "2x compute", "fp8 weights,
// ...", "2x batch") into an edit of the spec documents, so the user can apply
// it and see the new prediction (and undo it). The edit is the what-if's typed
// ResourceEdit; its label is never parsed.
#include <QString>

#include "core/result/prediction.h"
#include "core/spec/json_reader.h"

namespace rl {
namespace views {

struct WhatIfEdit {
    enum class Target { none, hardware, scenario };
    Target target = Target::none;
    rl::Json document;  // the edited document
    QString error;      // why it could not be applied
};

WhatIfEdit applyWhatIfToSpecs(const rl::WhatIf& whatIf, const rl::Json& hardware,
                              const rl::Json& scenario);

}  // namespace views
}  // namespace rl
