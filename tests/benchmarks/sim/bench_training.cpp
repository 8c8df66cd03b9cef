// Training simulator benchmark: (a) one iteration of Llama-3.1-405B on 16,384
// H100 (TP 8, PP 16, DP 128, sequence 8K, global batch 2048) with its
// per-rank trace, thread CPU time and peak resident memory; (b) the plan
// search for GPT-3 175B on 1,024 A100s (global batch 1536), wall time with
// the TBB threads the machine allows (run it under taskset for two cores).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

#include "core/sim/training/search.h"
#include "core/spec/spec_io.h"

using namespace rl;
using namespace rl::training;

namespace {

double cpuNow() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;  // KiB on Linux
}

template <class T>
T load(Loaded<T> l, const char* what) {
    if (!l.ok()) {
        std::fprintf(stderr, "cannot load %s:\n%s\n", what, l.diagnostics.format().c_str());
        std::exit(1);
    }
    return *l.value;
}

}  // namespace

int main() {
    const std::string samples = RIDGELINE_SAMPLES;
    Hardware h100 = load(loadHardware(samples + "/hardware/cluster-16x-dgx-h100.json"), "H100");
    h100.interconnect.at(1).devices = 2048;  // 16,384 GPUs: the same nodes and fabric
    const ModelSpec llama = load(loadModel(samples + "/models/llama-3.1-405b.json"), "405B");
    TrainingPlan p;
    p.tp = 8, p.pp = 16, p.dp = 128;
    p.sequence = 8192;
    p.globalBatch = 2048;
    p.microBatch = 1;
    p.microBatches = p.globalBatch / (p.microBatch * p.dp);
    p.sequenceParallel = true;
    p.recompute = Recompute::selective;
    p.zeroStage = 1;
    p.dropout = false;
    p.layers = llama.transformer.layers;
    TrainingOptions o;
    o.trace = true;
    std::vector<double> times;
    TrainingReport r;
    for (int i = 0; i < 11; ++i) {
        const double a = cpuNow();
        r = simulateTraining(h100, llama, p, o);
        times.push_back(cpuNow() - a);
    }
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    std::printf(
        "llama-3.1-405b on 16384 H100 (TP8 PP16 DP128, 8K): %.3f ms per iteration "
        "simulated (median of 11, thread CPU), %zu trace events, peak RSS %.1f MiB\n",
        1e3 * times[times.size() / 2], r.trace.events.size(), peakRssMiB());
    std::printf(
        "  predicted iteration %.3f s, MFU %.1f%%, %.0f tokens/s, stage 0 memory %.1f "
        "GiB\n",
        r.iterationTime, 100 * r.mfu, r.tokensPerS,
        r.memory.stages.front().total() / (1024.0 * 1024 * 1024));

    Hardware a100 = load(loadHardware(samples + "/hardware/cluster-8x-dgx-a100.json"), "A100");
    a100.interconnect.at(1).devices = 128;  // 1,024 GPUs
    const ModelSpec gpt3 = load(loadModel(samples + "/models/gpt3-175b-megatron.json"), "175B");
    TrainingPlan base;
    base.sequence = 2048;
    base.globalBatch = 1536;
    base.layers = gpt3.transformer.layers;
    SearchOptions so;
    so.gpus = 1024;
    const auto w0 = std::chrono::steady_clock::now();
    const SearchResult s = searchPlans(a100, gpt3, base, so);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
    std::printf(
        "gpt3-175b search on 1024 A100: %.3f s wall, %zu valid plans, %zu fit, %zu too "
        "big\n",
        wall, s.enumerated, s.fits.size(), s.tooBig);
    if (!s.fits.empty()) {
        const TrainingPlan& b = s.fits.front().plan;
        std::printf(
            "  fastest: TP%d PP%d v%d DP%d micro %lld ZeRO %d recompute %s: %.3f s, MFU "
            "%.1f%%\n",
            b.tp, b.pp, b.chunks, b.dp, static_cast<long long>(b.microBatch), b.zeroStage,
            std::string(toString(b.recompute)).c_str(), s.fits.front().iterationTime,
            100 * s.fits.front().mfu);
    }
    return 0;
}
