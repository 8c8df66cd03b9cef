#pragma once
// Specs and hand-made request streams for the serving simulator tests.
#include <stdexcept>
#include <string>

#include "core/sim/engine/random.h"
#include "core/sim/serving/workload.h"
#include "core/spec/spec_io.h"

namespace rl::test {

inline Hardware servingHardware(const std::string& file) {
    auto l = loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/" + file);
    if (!l.ok())
        throw std::runtime_error("cannot load hardware " + file + ": " + l.diagnostics.format());
    return *l.value;
}

inline ModelSpec servingModel(const std::string& file) {
    auto l = loadModel(std::string(RIDGELINE_SAMPLES) + "/models/" + file);
    if (!l.ok())
        throw std::runtime_error("cannot load model " + file + ": " + l.diagnostics.format());
    return *l.value;
}

inline Scenario servingScenario(const std::string& scheduler) {
    Scenario s;
    s.name = "serving test";
    s.kind = "serving";
    s.serving.scheduler = scheduler;
    s.serving.seed = 11;
    return s;
}

// Poisson arrivals at `rate`; prompt and output lengths uniform in the given ranges.
inline ServingWorkload poissonWorkload(std::int64_t n, double rate, std::int64_t promptLo,
                                       std::int64_t promptHi, std::int64_t outLo,
                                       std::int64_t outHi, std::uint64_t seed) {
    sim::Random rng(seed);
    ServingWorkload w;
    double t = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        t += rng.exponential(rate);
        ServingRequest q;
        q.id = i;
        q.arrival = t;
        q.promptTokens =
            promptLo + static_cast<std::int64_t>(rng.below(std::uint64_t(promptHi - promptLo + 1)));
        q.outputTokens =
            outLo + static_cast<std::int64_t>(rng.below(std::uint64_t(outHi - outLo + 1)));
        w.requests.push_back(q);
    }
    return w;
}

}  // namespace rl::test
