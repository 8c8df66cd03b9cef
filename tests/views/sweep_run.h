#pragma once
// Runs a sweep file for a test fixture: loads it, builds its evaluator and runs
// it on one thread with `options`. A file, evaluator or run that fails stops the
// test with the reader's or the runner's own words.
#include <QtGlobal>
#include <string>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_runner.h"
#include "core/explore/sweep_spec.h"

namespace rl::test {

inline rl::explore::RunReport runSweepFile(const std::string& path,
                                           rl::explore::RunOptions options) {
    rl::explore::LoadedSweep loaded = rl::explore::loadSweep(path);
    if (!loaded.ok()) qFatal("%s", loaded.diagnostics.format().c_str());
    rl::Diagnostics diag;
    auto evaluator = rl::explore::makeEvaluator(*loaded.spec, diag);
    if (!evaluator) qFatal("%s", diag.format().c_str());
    options.threads = 1;
    rl::explore::RunReport report =
        rl::explore::runSweep(*loaded.spec, *loaded.base, *evaluator, options);
    if (!report.ok()) qFatal("%s", report.diagnostics.format().c_str());
    return report;
}

}  // namespace rl::test
