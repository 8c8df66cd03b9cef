#pragma once
// The seam between `ridgeline-cli sweep` and a distributed run (MPI,
// app/cli/sweep_mpi.cpp when built with MPI). cmd_sweep.cpp offers every run
// to the registered runner first; a runner that finds this process was not
// started as part of a distributed job (no mpirun) returns nullopt and the
// sweep runs in this process. Registration is static, like commands:
//   static const bool registered = rl::cli::registerDistributedRunner(run);
#include <functional>
#include <optional>

#include "core/explore/sweep_runner.h"

namespace rl::cli {

struct DistributedSweep {
    const explore::SweepSpec& spec;
    const explore::SweepBase& base;
    explore::PointEvaluator& evaluator;  // already made, not yet prepared
    // As for a local run: threads per process, progress and cancel, output
    // folder, resume, sensitivity; `range` is the whole sweep (or the shard).
    // The printing rank calls onPoint for every point in index order.
    const explore::RunOptions& options;
};

struct DistributedOutcome {
    // On the printing rank, what runSweep would return for the whole range
    // (the folder holds the same bytes as a one-process run).
    explore::RunReport report;
    bool printer = true;  // false on the ranks that print nothing
};

using DistributedRunner = std::function<std::optional<DistributedOutcome>(const DistributedSweep&)>;

bool registerDistributedRunner(DistributedRunner runner);
// Empty when none was built in.
const DistributedRunner& distributedRunner();

}  // namespace rl::cli
