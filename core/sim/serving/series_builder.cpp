#include "core/sim/serving/series_builder.h"

#include <algorithm>

namespace rl::serving {

void SeriesBuilder::widen() {
    std::vector<Bucket> merged((buckets_.size() + 1) / 2);
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
        Bucket& m = merged[i / 2];
        const Bucket& b = buckets_[i];
        m.n += b.n;
        m.batch += b.batch;
        m.tokens += b.tokens;
        m.kv += b.kv;
        m.queue += b.queue;
        m.busy += b.busy;
    }
    buckets_ = std::move(merged);
    width_ *= 2;
}

void SeriesBuilder::add(double start, double busy, double batch, double tokens, double kvUse,
                        double queue) {
    while (start >= width_ * static_cast<double>(kMaxPoints)) widen();
    const auto i = static_cast<std::size_t>(std::max(0.0, start / width_));
    if (i >= buckets_.size()) buckets_.resize(i + 1);
    Bucket& b = buckets_[i];
    b.n += 1;
    b.batch += batch;
    b.tokens += tokens;
    b.kv += kvUse;
    b.queue += queue;
    b.busy += busy;
}

ServingSeries SeriesBuilder::finish(int replica) const {
    ServingSeries s;
    s.replica = replica;
    double lastKv = 0, lastQueue = 0;
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
        const Bucket& b = buckets_[i];
        s.time.push_back(static_cast<double>(i) * width_);
        if (b.n > 0) {
            lastKv = b.kv / b.n;
            lastQueue = b.queue / b.n;
        }
        // Means over the iterations that started in the bucket; an idle bucket
        // keeps the cache and queue as they were.
        s.batchSize.push_back(b.n > 0 ? b.batch / b.n : 0.0);
        s.tokensPerIteration.push_back(b.n > 0 ? b.tokens / b.n : 0.0);
        s.kvUse.push_back(lastKv);
        s.queueLength.push_back(lastQueue);
        s.busy.push_back(std::min(1.0, b.busy / width_));
    }
    return s;
}

}  // namespace rl::serving
