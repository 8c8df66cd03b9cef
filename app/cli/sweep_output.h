#pragma once
// What `ridgeline-cli sweep` prints: the summary, the points (streamed), the
// Pareto front and the sensitivity rows, as text tables, CSV or JSON.
//   csv:   the bytes of points.csv (or front.csv with --front-only)
//   json:  {"sweep": summary, "points": [...], "front": [...], "sensitivity": [...]}
//   table: summary, points (small sweeps), front, sensitivity
#include <cstdint>
#include <string>
#include <string_view>

#include "app/cli/output.h"
#include "core/result/sweep_result.h"

namespace rl::cli {

class SweepPrinter {
  public:
    SweepPrinter(OutputFormat format, bool frontOnly) : format_(format), frontOnly_(frontOnly) {}

    // Before the first point: the descriptors and how many points will come.
    void begin(const SweepResult& descriptors, std::uint64_t points);
    // True when end() prints every point from the result, which must then
    // keep them (RunOptions::keepPoints): text tables of small sweeps.
    bool wantsAllPoints() const { return tablePoints_; }
    // Every point in index order, as the runner renders it.
    void point(const SweepPoint& p, std::string_view csvRecord, std::string_view jsonLine);
    // After the last point: the summary, front and sensitivity.
    void end(const SweepResult& result, const std::string& outputDir, const std::string& note);

  private:
    OutputFormat format_;
    bool frontOnly_;
    bool tablePoints_ = false;  // small enough to print every point as a text table
    bool firstJson_ = true;
    // begin()'s text, printed with the first point or by end(): the ranks of
    // a distributed run that print nothing (sweep_mpi.cpp) never print it.
    std::string pending_;
    void printPending();
};

// An objective or axis value with its unit, for people: "1.25 ms", "3.35 TB/s".
std::string formatSweepValue(double v, const std::string& unit);

}  // namespace rl::cli
