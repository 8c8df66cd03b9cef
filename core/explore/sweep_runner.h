#pragma once
// Runs a sweep: evaluates its points in parallel (TBB), hands them on in
// ascending point index whatever the thread count, streams them to disk
// (sweep_files.h) so millions of points use little memory, keeps the running
// Pareto front and, for the first shard, the one-at-a-time sensitivity rows.
// Deterministic: the same spec gives the same bytes for 1 or N threads, for
// one process or shards merged, for a run or a resumed run.
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_points.h"
#include "core/explore/sweep_spec.h"
#include "core/result/progress.h"
#include "core/result/sweep_result.h"

namespace rl::explore {

// Points [begin, end) of a sweep; end is clamped to the point count.
struct PointRange {
    std::uint64_t begin = 0;
    std::uint64_t end = std::numeric_limits<std::uint64_t>::max();
};

// Shard `shard` (0-based) of `shards`: contiguous, near-equal blocks, so
// concatenating shards 0..N-1 gives the points in index order. Also the
// split MPI ranks use.
PointRange shardRange(std::uint64_t pointCount, std::uint64_t shard, std::uint64_t shards);

struct RunOptions {
    int threads = 0;  // 0: TBB's default (every core)
    // Fraction done over the points of the range; cancel stops at the next
    // batch (what was written stays valid and resumable).
    Progress progress;
    // Folder for points.csv, points.jsonl, front.csv, sensitivity.csv and
    // sweep.json (sweep_files.h). Empty: write nothing (GUI, tests, MPI ranks).
    std::string outputDir;
    PointRange range;
    // Keep the points already in outputDir (a complete prefix of the range;
    // a truncated last line is dropped) and evaluate only the rest.
    bool resume = false;
    // Keep every point in SweepResult::points (GUI, tests); otherwise only
    // the front's points are kept, and memory stays flat.
    bool keepPoints = false;
    // Evaluate the base design and each axis' values around it. Defaults to
    // the spec's choice; only for the range that starts at point 0, so shards
    // do not repeat it.
    std::optional<bool> sensitivity;
    // Called for every point in ascending index, one call at a time (never
    // concurrently), with its rendered CSV record and JSON line; for live
    // plots (GUI) and for gathering points on MPI rank 0.
    std::function<void(const SweepPoint& point, std::string_view csvRecord,
                       std::string_view jsonLine)>
        onPoint;
    // Called just before onPoint for a point that failed with a typed reason,
    // so a live view shows it in the user's language at once.
    std::function<void(std::uint64_t index, const Message& reason)> onReason;
    std::uint64_t batchSize = 4096;  // points evaluated between ordered hand-offs
};

struct RunReport {
    SweepResult result;
    Diagnostics diagnostics;  // why it could not start (evaluator, I/O), if it did not
    bool cancelled = false;
    std::uint64_t resumedPoints = 0;  // found on disk and not evaluated again
    bool ok() const { return !diagnostics.hasErrors(); }
};

// Builds the point space, prepares `evaluator` on `base` and runs the range.
// Never throws: cancellation sets `cancelled`, errors go to diagnostics.
RunReport runSweep(const SweepSpec& spec, const SweepBase& base, PointEvaluator& evaluator,
                   const RunOptions& options);

}  // namespace rl::explore
