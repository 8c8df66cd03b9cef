#pragma once
// What the mapper view's scatter shows, computed without widgets: the
// mappings a search sent so far (deduplicated by their cycles and energy),
// the design's own mapping among them, their Pareto front over (cycles,
// energy), the ParetoScene input (log axes when the values span a decade or
// more) and the CSV rows. Memory follows the MapperSink's capacities: one
// search's sample plus the designs shown.
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/dataflow/mapper.h"
#include "views/explore/pareto_scene.h"

namespace rl::views {

struct MapperScatterPoint {
    dataflow::MappingNest mapping;
    std::int64_t cycles = 0;
    double energyJ = 0;
};

class MapperScatter {
  public:
    // Forgets every point and the design (a new architecture or problem).
    void clear();
    // Forgets the search's points but keeps the design's (a new search).
    void clearSearch();
    // The problem's MACs, for energy per MAC (the y axis).
    void setMacs(std::int64_t macs) { macs_ = macs; }
    std::int64_t macs() const { return macs_; }

    // Adds a sink's samples; those equal in cycles and energy to a point
    // already there are skipped. Returns how many were added.
    int add(std::vector<dataflow::MapperSample> samples);
    // Adds the search's final front the same way.
    int addFront(const std::vector<dataflow::MapperPoint>& front);
    // The design's mapping: found among the points or added; -1 clears it.
    void setCurrent(const dataflow::MappingNest& mapping, std::int64_t cycles, double energyJ);
    void clearCurrent() { current_ = -1; }
    int current() const { return current_; }

    int count() const { return static_cast<int>(points_.size()); }
    const MapperScatterPoint& point(int i) const { return points_[static_cast<std::size_t>(i)]; }
    // The point with these numbers, or -1.
    int find(std::int64_t cycles, double energyJ) const;
    // Indices of the non-dominated points (fewer cycles and less energy), ascending.
    const std::vector<int>& front() const;
    bool onFront(int i) const;
    // Energy per MAC in pJ (the plotted y value); NaN without MACs.
    double energyPerMacPJ(double energyJ) const;

    // x = cycles, y = pJ/MAC, the front joined; log where the values span a decade.
    ParetoSceneInput sceneInput() const;
    // Header, then one row per point by cycles and energy: cycles, energy (J),
    // pJ/MAC, on the front, the design's.
    std::vector<std::vector<std::string>> csvRows() const;

  private:
    int addPoint(const dataflow::MappingNest& m, std::int64_t cycles, double energyJ);
    std::vector<MapperScatterPoint> points_;
    std::set<std::pair<std::int64_t, double>> seen_;
    int current_ = -1;
    std::int64_t macs_ = 0;
    mutable bool frontValid_ = false;
    mutable std::vector<int> front_;
    mutable std::vector<char> frontFlag_;
};

}  // namespace rl::views
