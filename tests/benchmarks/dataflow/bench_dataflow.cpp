// Benchmark of the dataflow engine (figures go to BENCHMARKS.md):
//  1. LoopNestModel::evaluate() calls per second on one core, over the
//     mappings a search visits on the Eyeriss-like VGG layer (their Pareto
//     set and best, cycled) and the Timeloop tutorial mappings;
//  2. the mapper on the Eyeriss-like VGG layer: wall time, time to its best,
//     cycles and energy per MAC, with 1 thread and with all threads.
// Usage: bench_dataflow [evaluations for the search, default 2000000]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <thread>
#include <vector>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/mapper.h"

using namespace rl;
using namespace rl::dataflow;
using Clock = std::chrono::steady_clock;

namespace {
std::string sample(const char* n) { return std::string(RIDGELINE_SAMPLES) + "/accelerators/" + n; }
}  // namespace

int main(int argc, char** argv) {
    std::int64_t budget = argc > 1 ? std::atoll(argv[1]) : 2'000'000;
    Diagnostics d;
    auto arch = loadAcceleratorArch(sample("eyeriss-like.json"), d);
    auto prob = loadProblem(sample("problem-vgg-conv3-2.json"), d);
    if (!arch || !prob) {
        std::fprintf(stderr, "%s\n", d.format().c_str());
        return 1;
    }
    std::printf("hardware threads: %u\n", std::thread::hardware_concurrency());

    // Mapper runs.
    MapperResult last;
    for (int threads : {1, 0}) {
        MapperOptions o;
        o.objective = Objective::edp;
        o.evaluations = budget;
        o.threads = threads;
        std::clock_t k0 = std::clock();
        auto r = searchMappings(*arch, *prob, o);
        double cpu = static_cast<double>(std::clock() - k0) / CLOCKS_PER_SEC;
        std::printf(
            "mapper (%s threads, %lld evaluations, edp): %.3f s wall, %.3f s CPU, best after %.3f "
            "s: %lld cycles, util %.3f%%, %.2f fJ/MAC, %lld Pareto points, %.2f M evaluations/s\n",
            threads == 1 ? "1" : "all", static_cast<long long>(r.evaluations), r.seconds, cpu,
            r.secondsToBest, static_cast<long long>(r.bestEval.cycles),
            r.bestEval.utilization * 100, r.bestEval.energyPerMacJ() * 1e15,
            static_cast<long long>(r.pareto.size()),
            static_cast<double>(r.evaluations) / r.seconds / 1e6);
        last = r;
    }
    MapperOptions oe;
    oe.objective = Objective::energy;
    oe.evaluations = budget;
    auto re = searchMappings(*arch, *prob, oe);
    std::printf(
        "mapper (all threads, energy objective): %.3f s, best after %.3f s: %lld cycles, %.2f "
        "fJ/MAC\n",
        re.seconds, re.secondsToBest, static_cast<long long>(re.bestEval.cycles),
        re.bestEval.energyPerMacJ() * 1e15);

    // Raw evaluate() rate on one core.
    std::vector<MappingNest> nests;
    nests.push_back(last.best);
    for (const auto& p : last.pareto) nests.push_back(p.mapping);
    for (const auto& p : re.pareto) nests.push_back(p.mapping);
    LoopNestModel model(*arch, *prob);
    Evaluation e;
    double sink = 0;
    const std::int64_t n = 5'000'000;
    // Thread CPU time as well as wall time: on a shared machine the CPU time
    // is the per-core figure.
    timespec c0{}, c1{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
    auto t0 = Clock::now();
    for (std::int64_t i = 0; i < n; ++i) {
        model.evaluate(nests[static_cast<std::size_t>(i) % nests.size()], e);
        sink += e.energyJ;
    }
    double s = std::chrono::duration<double>(Clock::now() - t0).count();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
    double cpu = static_cast<double>(c1.tv_sec - c0.tv_sec) +
                 1e-9 * static_cast<double>(c1.tv_nsec - c0.tv_nsec);
    std::printf("evaluate(): %.2f M/s per core of CPU time (%.0f ns each)\n",
                static_cast<double>(n) / cpu / 1e6, cpu / static_cast<double>(n) * 1e9);
    std::printf(
        "evaluate(): %lld evaluations of %zu Eyeriss-like mappings in %.3f s on one core: %.2f M/s "
        "(%.0f ns each) [%g]\n",
        static_cast<long long>(n), nests.size(), s, static_cast<double>(n) / s / 1e6,
        s / static_cast<double>(n) * 1e9, sink > 0 ? 1.0 : 0.0);
    return 0;
}
