#pragma once
// Mapping-space search. Spatial factorisations are enumerated per fanout and
// pruned to those that use the most of the array (the rest are dominated in
// cycles); for each, temporal factorisations, loop orders and bypass choices
// are searched by seeded random restarts plus local moves (move one prime
// factor to another level, swap two loops, toggle a bypass). Work is split
// into fixed tasks run with tbb::parallel_for, each with its own seeded RNG,
// and merged in task order, so the result depends on the seed only, never on
// the thread count. Reports progress and honours cancellation (rl::Progress).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataflow/loop_nest_model.h"
#include "core/result/progress.h"

namespace rl::dataflow {

enum class Objective { cycles, energy, edp };
std::string_view toString(Objective o);
std::optional<Objective> parseObjective(std::string_view s);

struct MapperOptions {
    Objective objective = Objective::edp;
    std::uint64_t seed = 1;
    int threads = 0;                       // 0: TBB's default
    std::int64_t evaluations = 2'000'000;  // budget over all tasks
    int restartsPerTask = 4;
    int tasksPerSpatial = 4;
    int maxSpatialChoices = 64;
    bool searchBypass = true;
    // true: a cancel (Progress::cancel) stops the search and returns the best
    // mapping found so far with MapperResult::partial set, instead of throwing
    // Cancelled (the CLI's --time-limit and Ctrl-C).
    bool keepBestOnCancel = false;
};

// The largest evaluation budget the CLI accepts: at the measured 1.8 M
// evaluations/s per core (BENCHMARKS.md) about 1.5 core-hours. Longer
// searches should give a time limit instead.
inline constexpr std::int64_t kMaxMapperEvaluations = 10'000'000'000;

struct MapperPoint {
    MappingNest mapping;
    std::int64_t cycles = 0;
    double energyJ = 0;
};

struct MapperResult {
    bool found = false;
    MappingNest best;
    Evaluation bestEval;
    std::vector<MapperPoint> pareto;  // (cycles, energy) non-dominated, by cycles
    std::int64_t evaluations = 0;     // mappings evaluated
    std::int64_t valid = 0;           // of which valid
    std::int64_t spatialChoices = 0;
    double seconds = 0;
    double secondsToBest = 0;  // wall time until the best was first found (approx.)
    bool partial = false;      // stopped early by a cancel (MapperOptions::keepBestOnCancel)
};

// Throws rl::Cancelled if progress.cancel is set during the search.
MapperResult searchMappings(const AcceleratorArch& arch, const DataflowProblem& problem,
                            const MapperOptions& options, const Progress& progress = {});

// True if the mapping fits capacities and fanouts (fast; no diagnostics).
bool fitsArchitecture(const MappingNest& m, const AcceleratorArch& arch, const Projection& proj);

}  // namespace rl::dataflow
