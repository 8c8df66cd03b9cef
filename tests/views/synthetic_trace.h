#pragma once
// A serving-like Trace of any size, for the timeline's tests and benchmark:
// `groups` replicas with `tracksPerGroup` pipeline stages each, `events`
// iterations in all laid end to end per stage (durations 0.2 to 5 ms from a
// fixed-seed generator), categories prefill / decode / mixed, one batch-size
// counter per replica. Deterministic.
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/result/trace.h"

namespace rl::test {

inline std::shared_ptr<const Trace> syntheticTrace(std::int64_t events, int groups = 4,
                                                   int tracksPerGroup = 2) {
    Trace t;
    std::uint64_t state = 0x9e3779b97f4a7c15ull;
    auto uniform = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    };
    const int cats[3] = {t.category("prefill"), t.category("decode"), t.category("mixed")};
    std::vector<int> tracks;
    for (int g = 0; g < groups; ++g) {
        const int group = t.group("replica " + std::to_string(g));
        for (int s = 0; s < tracksPerGroup; ++s)
            tracks.push_back(t.track("stage " + std::to_string(s), group));
    }
    std::vector<double> clock(tracks.size(), 0.0);
    t.events.reserve(static_cast<std::size_t>(events));
    for (std::int64_t i = 0; i < events; ++i) {
        const std::size_t k = static_cast<std::size_t>(i) % tracks.size();
        TraceEvent e;
        e.track = tracks[k];
        e.category = cats[uniform() < 0.1 ? 0 : (uniform() < 0.8 ? 1 : 2)];
        e.start = clock[k];
        e.duration = 0.2e-3 + uniform() * 4.8e-3;
        e.ref = TraceRef::iteration;
        e.id = i;
        clock[k] += e.duration + (uniform() < 0.05 ? 2e-3 : 0.0);
        t.events.push_back(e);
    }
    for (int g = 0; g < groups; ++g) {
        TraceCounter c;
        c.name = "batch size";
        c.unit = "requests";
        c.group = g;
        const std::size_t k = static_cast<std::size_t>(g * tracksPerGroup);
        const std::int64_t points = events / (groups * tracksPerGroup) + 1;
        for (std::int64_t i = 0; i < points; ++i) {
            c.times.push_back(clock[k] * static_cast<double>(i) / static_cast<double>(points));
            c.values.push_back(std::floor(uniform() * 64));
        }
        t.counters.push_back(std::move(c));
    }
    t.finish();
    return std::make_shared<const Trace>(std::move(t));
}

}  // namespace rl::test
