#pragma once
// Mapping-space search. Spatial factorisations are enumerated per fanout and
// pruned to those that use the most of the array (the rest are dominated in
// cycles); for each, temporal factorisations, loop orders and bypass choices
// are searched by seeded random restarts plus local moves (move one prime
// factor to another level, swap two loops, toggle a bypass). Work is split
// into fixed tasks run with tbb::parallel_for, each with its own seeded RNG,
// and merged in task order, so the result depends on the seed only, never on
// the thread count. Reports progress and honours cancellation (rl::Progress).
// A MapperSink, when given, receives a bounded sample of the mappings seen
// while the search runs (the GUI's live scatter).
#include <cstdint>
#include <memory>
#include <mutex>
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

class MapperSink;

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
    // > 0: stop after this many seconds of wall time and return the best so
    // far with MapperResult::partial set (a time budget; never throws).
    double timeLimitSeconds = 0;
    // Receives a sample of the mappings seen, while the search runs. It only
    // watches: the search finds the same mappings with or without it.
    MapperSink* sink = nullptr;
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

// One mapping the search evaluated, as a live view shows it.
struct MapperSample {
    MappingNest mapping;
    std::int64_t cycles = 0;
    double energyJ = 0;
    bool improvedFront = false;  // it joined the (cycles, energy) front when it was found
};

// A bounded, thread-safe window on a running search. Every task keeps
// evenly spaced valid mappings (its share of sampleCapacity over the whole
// search) plus the mappings that improved its Pareto front, and hands them
// over in small batches; front mappings are kept while they are not dominated
// by one received before, at most frontCapacity of them. A viewer drains what
// arrived on a timer, so memory stays bounded by the two capacities
// (about 1.6 kB per sample) however long the search runs.
class MapperSink {
  public:
    explicit MapperSink(std::int64_t sampleCapacity = 3000, std::int64_t frontCapacity = 1000);
    MapperSink(const MapperSink&) = delete;
    MapperSink& operator=(const MapperSink&) = delete;

    // The samples that arrived since the last drain, in arrival order.
    std::vector<MapperSample> drain();
    std::int64_t sampleCapacity() const { return sampleCapacity_; }
    std::int64_t frontCapacity() const { return frontCapacity_; }
    std::int64_t received() const;  // kept so far, drained or not
    std::int64_t dropped() const;   // offered but over a capacity or dominated

    // For the search: takes the samples of `batch` it keeps and clears it.
    void deliver(std::vector<MapperSample>& batch);

  private:
    const std::int64_t sampleCapacity_, frontCapacity_;
    mutable std::mutex mutex_;
    std::vector<MapperSample> pending_;
    std::vector<std::pair<std::int64_t, double>> front_;  // (cycles, energy) received
    std::int64_t samples_ = 0, fronts_ = 0, dropped_ = 0;
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
