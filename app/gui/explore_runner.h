#pragma once
// What the window does for the exploration page: the sweep runner it hands
// the page (the evaluator of the sweep's predictor from core/explore, every
// point kept and handed on as soon as it is evaluated, nothing written to
// disk), and the file a sweep point's project is opened from.
#include <functional>

#include <QString>

#include "core/explore/sweep_spec.h"
#include "core/result/progress.h"
#include "core/result/sweep_result.h"

namespace rl {
namespace gui {

// Called for each point in index order, with the typed reason of a point
// that failed with one (else nullptr).
using StreamedPoint = std::function<void(const rl::SweepPoint&, const rl::Message* reason)>;

// Throws rl::Cancelled when cancelled, std::runtime_error with the
// diagnostics when the sweep cannot run (views/explore/explore_page.h).
rl::SweepResult runSweepForPage(const rl::explore::SweepSpec& spec,
                                const rl::explore::SweepBase& base, const rl::Progress& progress,
                                const StreamedPoint& onPoint);

// Writes `project` with every spec embedded to a new temporary file, so the
// window opens it through the one project reader. Returns the path, or ""
// with `error` set.
QString writeStandaloneProject(rl::Project project, QString* error);

}  // namespace gui
}  // namespace rl
