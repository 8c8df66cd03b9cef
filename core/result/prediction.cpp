#include "core/result/prediction.h"

#include <numeric>

namespace rl {

double LevelTraffic::total() const { return std::accumulate(bytes.begin(), bytes.end(), 0.0); }

double OpRecord::intensity(std::size_t level) const {
    if (level >= traffic.size()) return 0.0;
    double b = traffic[level].total();
    return b > 0.0 ? flops / b : 0.0;
}

double OpRecord::attainedFlops() const { return timeEach > 0.0 ? flops / timeEach : 0.0; }

}  // namespace rl
