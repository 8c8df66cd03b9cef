// Serving simulator benchmark: 1,000,000 requests with the Azure LLM
// conversation trace's prompt/output lengths (resampled), Poisson arrivals at
// 90% of the saturated rate, Llama-2-7B on one A100 SXM4 80GB, vLLM.
// Prints wall time, events/s, iterations/s and peak RSS. Single-threaded.
//   bench_serving [requests] [--keep-iterations]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/sim/serving/serving_sim.h"
#include "core/sim/serving/simulation.h"
#include "core/sim/serving/workload.h"
#include "core/spec/spec_io.h"

using namespace rl;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

// CPU time of this process (user + system): the one-core figure on a shared machine.
double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           1e-6 * static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;  // KiB on Linux
}

ServingScenario azureLengths(std::int64_t requests, double rate) {
    ServingScenario s;
    s.arrival = "poisson";
    s.ratePerS = rate;
    s.requests = requests;
    s.seed = 2023;
    s.trace.file = s.trace.resolved = RIDGELINE_SHARED_DATA "/traces/azure_llm_2023_conv.csv";
    s.trace.columns.arrival = "";
    s.trace.columns.prompt = "ContextTokens";
    s.trace.columns.output = "GeneratedTokens";
    s.promptLength.kind = "trace";
    s.outputLength.kind = "trace";
    s.promptLength.max = s.outputLength.max = 1e9;
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    std::int64_t requests = 1000000;
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--keep-iterations") == 0)
            keep = true;
        else
            requests = std::atoll(argv[i]);
    }
    auto hw = loadHardware(RIDGELINE_SAMPLES "/hardware/nvidia-a100-sxm4-80gb.json");
    auto model = loadModel(RIDGELINE_SAMPLES "/models/llama-2-7b.json");
    if (!hw.ok() || !model.ok()) {
        std::fprintf(stderr, "cannot load the sample specs\n%s%s\n",
                     hw.diagnostics.format().c_str(), model.diagnostics.format().c_str());
        return 1;
    }
    Scenario sc;
    sc.name = "bench";
    sc.kind = "serving";
    sc.serving.scheduler = "vllm";
    sc.serving.maxBatch = 256;
    ServingOptions options;
    options.explain = false;
    options.keepIterations = keep;

    // Saturated rate from a pilot run with every request queued at t = 0.
    Diagnostics d;
    ServingScenario pilotScenario = azureLengths(20000, 1e9);
    ServingWorkload pilot = buildWorkload(pilotScenario, d);
    if (d.hasErrors()) {
        std::fprintf(stderr, "%s\n", d.format().c_str());
        return 1;
    }
    for (ServingRequest& q : pilot.requests) q.arrival = 0;
    sc.serving = azureLengths(20000, 1.0);
    sc.serving.scheduler = "vllm";
    sc.serving.maxBatch = 256;
    const Prediction sat = simulateServing(*hw.value, *model.value, sc, pilot, options);
    const double saturated = sat.serving->requestsPerS;
    const double rate = 0.9 * saturated;

    const double c0 = cpuSeconds();
    const auto t0 = Clock::now();
    sc.serving = azureLengths(requests, rate);
    sc.serving.scheduler = "vllm";
    sc.serving.maxBatch = 256;
    ServingWorkload w = buildWorkload(sc.serving, d);
    const auto t1 = Clock::now();
    serving::Simulation sim(*hw.value, *model.value, sc, w, options);
    sim.run();
    const auto t2 = Clock::now();
    // As simulateServing does: the timeline, then the report, moved out.
    const Trace trace = sim.takeTrace();
    const ServingReport r = sim.takeReport();
    const auto t3 = Clock::now();
    const double c3 = cpuSeconds();

    const double simS = seconds(t1, t2);
    std::printf(
        "bench_serving: %lld requests, Azure conv lengths, Llama-2-7B / A100 SXM4 80GB, "
        "vLLM, max batch 256%s\n",
        static_cast<long long>(requests), keep ? ", iterations kept" : "");
    std::printf("  saturated %.3f req/s (pilot of 20000 at t=0); arrival rate %.3f req/s\n",
                saturated, rate);
    std::printf("  workload build   %8.3f s\n", seconds(t0, t1));
    std::printf(
        "  simulation       %8.3f s  (%llu events, %.3g events/s; %lld iterations, "
        "%.3g iterations/s; %zu shapes costed)\n",
        simS, static_cast<unsigned long long>(sim.events()),
        static_cast<double>(sim.events()) / simS, static_cast<long long>(sim.iterations()),
        static_cast<double>(sim.iterations()) / simS, sim.shapesEvaluated());
    std::printf("  report           %8.3f s\n", seconds(t2, t3));
    std::printf("  total            %8.3f s wall, %.3f s CPU (one thread)\n", seconds(t0, t3),
                c3 - c0);
    std::printf("  peak RSS         %8.1f MiB (%zu trace events)\n", peakRssMiB(),
                trace.events.size());
    std::printf(
        "  served %lld, rejected %lld, preemptions %lld; %.1f output tok/s; p99 TTFT "
        "%.3f s, p99 TBT %.4f s, simulated %.0f s\n",
        static_cast<long long>(r.served), static_cast<long long>(r.rejected),
        static_cast<long long>(r.preemptions), r.outputTokensPerS, r.ttft.p99, r.tbt.p99,
        r.duration);
    return 0;
}
