// Systolic-array model speed: simulateSystolic with SCALE-Sim's memory system
// replayed (USER and CALC modes) on the SCALE-Sim golden GEMM and AlexNet
// conv1, per demand-matrix entry, and the estimate path for layers too large
// to replay. Prints one line per case; BENCHMARKS.md records the figures.
#include <chrono>
#include <cstdio>
#include <ctime>

#include "core/dataflow/systolic.h"
#include "core/dataflow/systolic_memory.h"
#include "core/dataflow/systolic_topology.h"

using namespace rl::dataflow;

namespace {
double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

void run(const char* label, SystolicArray a, const SystolicLayer& l, int repeats) {
    const double entries = systolicDemandEntries(a, l);
    const double c0 = cpuSeconds();
    SystolicResult r;
    for (int i = 0; i < repeats; ++i) r = simulateSystolic(a, l);
    const double each = (cpuSeconds() - c0) / repeats;
    std::printf(
        "%-34s %-4s %s: %12.1f us CPU per layer, %6.1f ns per demand entry (%.3g "
        "entries), %lld cycles, %lld stalls\n",
        label, std::string(toString(a.bandwidthMode)).c_str(),
        r.memoryReplayed ? "replay  " : "estimate", each * 1e6,
        r.memoryReplayed ? each / entries * 1e9 : 0.0, entries,
        static_cast<long long>(r.totalCycles), static_cast<long long>(r.stallCycles));
}
}  // namespace

int main() {
    SystolicArray a;
    a.rows = a.cols = 32;
    a.dramWordsPerCycle = 10;
    const SystolicLayer gemm = gemmSystolicLayer("gemm", 256, 128, 256);
    const SystolicLayer conv1{"conv1", 224, 224, 11, 11, 3, 96, 4, 4, 1};
    const SystolicLayer big = gemmSystolicLayer("gemm 4096^3", 4096, 4096, 4096);
    for (auto df : {SystolicDataflow::os, SystolicDataflow::ws, SystolicDataflow::is}) {
        a.dataflow = df;
        for (auto m : {SystolicBandwidthMode::user, SystolicBandwidthMode::calc}) {
            a.bandwidthMode = m;
            const std::string g = "GEMM 256x128x256 " + std::string(toString(df));
            run(g.c_str(), a, gemm, 5);
            const std::string c = "AlexNet conv1 " + std::string(toString(df));
            run(c.c_str(), a, conv1, 1);
        }
    }
    a.dataflow = SystolicDataflow::ws;
    a.bandwidthMode = SystolicBandwidthMode::user;
    run("GEMM 4096^3 ws (not replayed)", a, big, 1000);
    return 0;
}
