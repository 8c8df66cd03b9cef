#include "views/dataflow/mapper_scatter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/explore/pareto.h"
#include "views/common/format.h"

namespace rl::views {
namespace {

// A log axis pays off once the values span a decade.
bool spansDecade(const std::vector<double>& v) {
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (double x : v)
        if (std::isfinite(x) && x > 0) {
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
    return hi >= 10 * lo;
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

}  // namespace

void MapperScatter::clear() {
    points_.clear();
    seen_.clear();
    current_ = -1;
    frontValid_ = false;
}

void MapperScatter::clearSearch() {
    if (current_ < 0) {
        clear();
        return;
    }
    MapperScatterPoint design = points_[static_cast<std::size_t>(current_)];
    clear();
    setCurrent(design.mapping, design.cycles, design.energyJ);
}

int MapperScatter::addPoint(const dataflow::MappingNest& m, std::int64_t cycles, double energyJ) {
    if (!seen_.insert({cycles, energyJ}).second) return -1;
    points_.push_back({m, cycles, energyJ});
    frontValid_ = false;
    return count() - 1;
}

int MapperScatter::add(std::vector<dataflow::MapperSample> samples) {
    int added = 0;
    for (const auto& s : samples) added += addPoint(s.mapping, s.cycles, s.energyJ) >= 0;
    return added;
}

int MapperScatter::addFront(const std::vector<dataflow::MapperPoint>& front) {
    int added = 0;
    for (const auto& p : front) added += addPoint(p.mapping, p.cycles, p.energyJ) >= 0;
    return added;
}

void MapperScatter::setCurrent(const dataflow::MappingNest& mapping, std::int64_t cycles,
                               double energyJ) {
    const int added = addPoint(mapping, cycles, energyJ);
    current_ = added >= 0 ? added : find(cycles, energyJ);
}

int MapperScatter::find(std::int64_t cycles, double energyJ) const {
    if (!seen_.count({cycles, energyJ})) return -1;
    for (int i = 0; i < count(); ++i)
        if (points_[static_cast<std::size_t>(i)].cycles == cycles &&
            points_[static_cast<std::size_t>(i)].energyJ == energyJ)
            return i;
    return -1;
}

const std::vector<int>& MapperScatter::front() const {
    if (frontValid_) return front_;
    std::vector<double> values;
    values.reserve(points_.size() * 2);
    for (const auto& p : points_) {
        values.push_back(static_cast<double>(p.cycles));
        values.push_back(p.energyJ);
    }
    const std::array senses{ObjectiveSense::minimise, ObjectiveSense::minimise};
    front_.clear();
    for (std::size_t i : explore::paretoFront(values, senses))
        front_.push_back(static_cast<int>(i));
    frontFlag_.assign(points_.size(), 0);
    for (int i : front_) frontFlag_[static_cast<std::size_t>(i)] = 1;
    frontValid_ = true;
    return front_;
}

bool MapperScatter::onFront(int i) const {
    front();
    return i >= 0 && i < count() && frontFlag_[static_cast<std::size_t>(i)];
}

double MapperScatter::energyPerMacPJ(double energyJ) const {
    return macs_ > 0 ? energyJ / static_cast<double>(macs_) * 1e12 : std::nan("");
}

ParetoSceneInput MapperScatter::sceneInput() const {
    ParetoSceneInput in;
    for (const auto& p : points_) {
        in.x.push_back(static_cast<double>(p.cycles));
        in.y.push_back(energyPerMacPJ(p.energyJ));
    }
    in.front = front();
    in.logX = spansDecade(in.x);
    in.logY = spansDecade(in.y);
    in.joinFront = true;  // the front is over exactly the two plotted values
    in.formatX = [](double v) { return fmtNumber(v); };
    in.formatY = [](double v) { return fmtNumber(v); };
    return in;
}

std::vector<std::vector<std::string>> MapperScatter::csvRows() const {
    std::vector<std::vector<std::string>> rows;
    if (points_.empty()) return rows;
    rows.push_back({"cycles", "energy_J", "energy_per_mac_pJ", "pareto", "design"});
    // By cycles, then energy: the order points arrived in depends on the threads.
    std::vector<int> order(points_.size());
    for (int i = 0; i < count(); ++i) order[static_cast<std::size_t>(i)] = i;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const auto& pa = points_[static_cast<std::size_t>(a)];
        const auto& pb = points_[static_cast<std::size_t>(b)];
        return pa.cycles != pb.cycles ? pa.cycles < pb.cycles : pa.energyJ < pb.energyJ;
    });
    for (int i : order) {
        const auto& p = points_[static_cast<std::size_t>(i)];
        rows.push_back({std::to_string(p.cycles), number(p.energyJ),
                        number(energyPerMacPJ(p.energyJ)), onFront(i) ? "true" : "false",
                        i == current_ ? "true" : "false"});
    }
    return rows;
}

}  // namespace rl::views
