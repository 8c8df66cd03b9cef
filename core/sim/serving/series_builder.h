#pragma once
// A replica's time series for plots, downsampled while it is recorded: fixed
// time buckets that double in width whenever there would be more than
// kMaxPoints, so memory stays bounded however long the run.
#include <cstdint>
#include <vector>

#include "core/result/serving_report.h"

namespace rl::serving {

class SeriesBuilder {
  public:
    static constexpr std::size_t kMaxPoints = 2048;
    // One iteration starting at `start` and lasting `busy` seconds.
    void add(double start, double busy, double batch, double tokens, double kvUse, double queue);
    ServingSeries finish(int replica) const;

  private:
    struct Bucket {
        double n = 0, batch = 0, tokens = 0, kv = 0, queue = 0, busy = 0;
    };
    void widen();
    double width_ = 1e-3;  // s
    std::vector<Bucket> buckets_;
};

}  // namespace rl::serving
