// Throughput of the analytical sweep evaluator (core/explore/evaluators*.cpp).
//   bench_explore_fastpath [threads]      (default 2)
//     (a) hardware-only sweep of Llama-2-7B decode on an A100 (HBM bandwidth x
//         fp16 peak, 1,000,000 points, objective TPOT): the fast path, through
//         makeEvaluator as the runner calls it, and the same through runSweep
//         (points ordered and rendered, nothing written);
//     (b) full analyses per point (every operator, both phases): a
//         batch x prompt sweep the fast path cannot take, and analyze() itself;
//     (c) the 100-configuration LLM sweep (batch 1, 2, 4, 8, 16 x prompt 128 ..
//         2560 step 128; Llama-2-7B on A100; prefill + 128 decode steps) in one
//         process, per configuration.
//   bench_explore_fastpath rss POINTS [threads]
//     runs the hardware sweep with POINTS points through runSweep, streaming to
//     a temporary folder, and prints the peak resident set size: run it at two
//     sizes to see that memory stays flat.
// Wall-clock figures (the work is parallel); best of 5 runs except (c): median and best of
// 21, and the CPU time of all threads per configuration (robust on a loaded machine).
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include "core/analytical/analyze.h"
#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_runner.h"
#include "core/spec/spec_io.h"

using namespace rl;
using namespace rl::explore;
namespace fs = std::filesystem;

namespace {

std::string sample(const std::string& rel) { return std::string(RIDGELINE_SAMPLES) + "/" + rel; }

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// CPU time of every thread of the process: what the work costs whatever
// else the machine runs (wall time on a loaded machine counts the waits).
double cpuNow() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// A project for Llama-2-7B on the A100 sample with its own inference scenario.
std::string writeProject(const fs::path& dir, int batch, int prompt, int generated) {
    const Json scenario = {
        {"format", "ridgeline.scenario"},
        {"version", 1},
        {"name", "bench"},
        {"kind", "inference"},
        {"inference",
         {{"batch", batch}, {"prompt_tokens", prompt}, {"generated_tokens", generated}}}};
    std::ofstream(dir / "scenario.json") << scenario.dump(2);
    const Json project = {{"format", "ridgeline.project"},
                          {"version", 1},
                          {"name", "bench"},
                          {"hardware", sample("hardware/nvidia-a100-sxm4-80gb.json")},
                          {"model", sample("models/llama-2-7b.json")},
                          {"scenario", (dir / "scenario.json").string()}};
    std::ofstream(dir / "project.json") << project.dump(2);
    return (dir / "project.json").string();
}

struct Sweep {
    SweepSpec spec;
    SweepBase base;
    std::optional<PointSpace> space;
    std::unique_ptr<PointEvaluator> evaluator;
};

Sweep load(const fs::path& dir, Json doc) {
    doc["format"] = "ridgeline.sweep";
    doc["version"] = 1;
    doc["name"] = "bench";
    doc["sensitivity"] = false;
    const fs::path file = dir / "sweep.json";
    std::ofstream(file) << doc.dump(2);
    LoadedSweep l = loadSweep(file.string());
    if (!l.ok()) {
        std::fprintf(stderr, "%s\n", l.diagnostics.format().c_str());
        std::exit(1);
    }
    Sweep s{std::move(*l.spec), std::move(*l.base), std::nullopt, nullptr};
    Diagnostics diag;
    s.space = PointSpace::build(s.spec, diag);
    s.evaluator = makeEvaluator(s.spec, diag);
    if (!s.space || !s.evaluator) {
        std::fprintf(stderr, "%s\n", diag.format().c_str());
        std::exit(1);
    }
    s.evaluator->prepare(s.base, *s.space, diag);
    return s;
}

// Evaluates every point as the runner's workers do; returns the wall time.
double evaluateAll(const Sweep& s, double& checksum) {
    const std::size_t metrics = s.spec.metrics().size(), axes = s.space->axisCount();
    // Chunks of up to 4096 points, at least 16 per thread for small sweeps.
    const std::uint64_t grain = std::clamp<std::uint64_t>(s.space->size() / 32, 1, 4096);
    const double start = now();
    std::atomic<std::uint64_t> errors{0};
    std::atomic<double> total{0.0};
    tbb::parallel_for(
        tbb::blocked_range<std::uint64_t>(0, s.space->size(), grain),
        [&](const tbb::blocked_range<std::uint64_t>& r) {
            std::vector<AxisSetting> settings(axes);
            std::vector<double> out(metrics);
            double sum = 0;
            for (std::uint64_t i = r.begin(); i != r.end(); ++i) {
                s.space->settings(i, settings);
                std::fill(out.begin(), out.end(), kNoValue);
                if (s.evaluator->evaluate(PointDesign(i, settings, *s.space, s.base), out).failed())
                    ++errors;
                sum += out[0];
            }
            total.fetch_add(sum);  // keeps the work observable
        });
    const double wall = now() - start;
    checksum = total.load();
    if (errors) std::fprintf(stderr, "%llu points failed\n", (unsigned long long)errors.load());
    return wall;
}

template <class F>
double best(int runs, F&& f) {
    double b = 1e300;
    for (int i = 0; i < runs; ++i) b = std::min(b, f());
    return b;
}

Json hardwareSweep(const std::string& project, int steps) {
    return {
        {"project", project},
        {"axes",
         {{{"name", "HBM bandwidth"},
           {"pointer", "/hardware/memory/0/bandwidth"},
           {"range", {{"from", "0.5 TB/s"}, {"to", "8 TB/s"}, {"steps", steps}, {"scale", "log"}}}},
          {{"name", "fp16 peak"},
           {"pointer", "/hardware/compute/peak/fp16"},
           {"range",
            {{"from", "50 TFLOP/s"},
             {"to", "2000 TFLOP/s"},
             {"steps", steps},
             {"scale", "log"}}}}}},
        {"objectives", {{{"metric", "tpot"}}}},
        {"predictor", {{"kind", "analytical"}}}};
}

int rssRun(const fs::path& dir, std::uint64_t points, int threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
    const int steps = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(points))));
    Sweep s = load(dir, hardwareSweep(writeProject(dir, 1, 512, 128), steps));
    RunOptions o;
    o.outputDir = (dir / "out").string();
    const double start = now();
    const RunReport r = runSweep(s.spec, s.base, *s.evaluator, o);
    const double wall = now() - start;
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.diagnostics.format().c_str());
        return 1;
    }
    std::printf(
        "%llu points streamed to disk in %.2f s (%.3g points/s), front %zu points, "
        "peak RSS %.1f MiB\n",
        (unsigned long long)r.result.evaluated, wall, r.result.evaluated / wall,
        r.result.front.size(), peakRssMiB());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path dir = fs::temp_directory_path() / ("bench_explore_" + std::to_string(getpid()));
    fs::create_directories(dir);
    struct Cleanup {
        fs::path d;
        ~Cleanup() { fs::remove_all(d); }
    } cleanup{dir};
    if (argc >= 3 && std::string(argv[1]) == "rss")
        return rssRun(dir, std::strtoull(argv[2], nullptr, 10), argc >= 4 ? std::atoi(argv[3]) : 2);
    const int threads = argc >= 2 ? std::max(1, std::atoi(argv[1])) : 2;
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
    std::printf("threads: %d\n", threads);

    // (a) The fast path: 1000 x 1000 hardware designs, one fixed workload.
    const std::string project = writeProject(dir, 1, 512, 128);
    Sweep hw = load(dir, hardwareSweep(project, 1000));
    double checksum = 0;
    const double fast = best(5, [&] { return evaluateAll(hw, checksum); });
    std::printf("(a) fast path, evaluator: %llu points in %.3f s = %.3g points/s (checksum %.6g)\n",
                (unsigned long long)hw.space->size(), fast, hw.space->size() / fast, checksum);
    const double viaRunner = best(3, [&] {
        RunOptions o;
        const double start = now();
        const RunReport r = runSweep(hw.spec, hw.base, *hw.evaluator, o);
        if (!r.ok()) std::fprintf(stderr, "%s\n", r.diagnostics.format().c_str());
        return now() - start;
    });
    std::printf(
        "(a) fast path through runSweep (ordered, rendered, front; no files): %.3f s = "
        "%.3g points/s\n",
        viaRunner, hw.space->size() / viaRunner);

    // (b) Full analyses: scenario axes force lowering and every operator per point.
    Sweep full = load(
        dir,
        {{"project", project},
         {"axes",
          {{{"pointer", "/scenario/inference/batch"},
            {"range", {{"from", 1}, {"to", 64}, {"steps", 64}}}},
           {{"pointer", "/scenario/inference/prompt_tokens"},
            {"range", {{"from", 128}, {"to", 4096}, {"steps", 64}}}}}},
         {"objectives", {{{"metric", "tpot"}}, {{"metric", "ttft"}}, {{"metric", "memory_fit"}}}},
         {"predictor", {{"kind", "analytical"}}}});
    const double fullWall = best(5, [&] { return evaluateAll(full, checksum); });
    std::printf(
        "(b) full analyses, evaluator: %llu points in %.3f s = %.3g points/s "
        "(%.2f us per point)\n",
        (unsigned long long)full.space->size(), fullWall, full.space->size() / fullWall,
        fullWall / full.space->size() * 1e6);
    const Hardware a100 = *loadHardware(sample("hardware/nvidia-a100-sxm4-80gb.json")).value;
    const ModelSpec llama = *loadModel(sample("models/llama-2-7b.json")).value;
    AnalysisOptions bare;
    bare.explain = false;
    bare.timeline = false;
    const int analyses = 4096;
    const double analyzeWall = best(3, [&] {
        const double start = now();
        tbb::parallel_for(0, analyses, [&](int i) {
            Scenario sc;
            sc.inference.batch = 1 + i % 64;
            sc.inference.promptTokens = 128 + 62 * (i / 64);
            sc.inference.generatedTokens = 128;
            analyze(a100, llama, sc, bare);
        });
        return now() - start;
    });
    std::printf("(b) analyze() without explanations and timeline: %.3g analyses/s (%.2f us each)\n",
                analyses / analyzeWall, analyzeWall / analyses * 1e6);

    // (c) The 100-configuration LLM sweep.
    const Json configDoc = {
        {"project", project},
        {"axes",
         {{{"pointer", "/scenario/inference/batch"}, {"values", {1, 2, 4, 8, 16}}},
          {{"pointer", "/scenario/inference/prompt_tokens"},
           {"range", {{"from", 128}, {"to", 2560}, {"steps", 20}}}}}},
        {"objectives", {{{"metric", "ttft"}}, {{"metric", "tpot"}}, {{"metric", "time"}}}},
        {"constraints", {{{"metric", "memory_fit"}, {"at_least", 1}}}},
        {"predictor", {{"kind", "analytical"}}}};
    Sweep configs = load(dir, configDoc);
    std::vector<double> walls;
    const double cpuStart = cpuNow();
    for (int i = 0; i < 21; ++i) walls.push_back(evaluateAll(configs, checksum));
    const double cpuPerConfig = (cpuNow() - cpuStart) / (21.0 * configs.space->size());
    // The same with everything a run does before the first point: reading the
    // sweep, the project and its specs, building the points, preparing.
    const double withSetup = best(5, [&] {
        const double start = now();
        Sweep again = load(dir, configDoc);
        evaluateAll(again, checksum);
        return now() - start;
    });
    std::sort(walls.begin(), walls.end());
    const double median = walls[walls.size() / 2];
    const double perConfig = median / configs.space->size();
    std::printf(
        "(c) %llu-configuration LLM sweep: median %.3f ms in all (best %.3f ms), %.2f us per "
        "configuration (LLM-Viewer: 1.1 ms per configuration, %.0fx); CPU time %.2f us per "
        "configuration over all threads\n",
        (unsigned long long)configs.space->size(), median * 1e3, walls.front() * 1e3,
        perConfig * 1e6, 1.1e-3 / perConfig, cpuPerConfig * 1e6);
    std::printf(
        "(c) the same including reading the sweep and its specs: %.3f ms in all, %.2f us "
        "per configuration\n",
        withSetup * 1e3, withSetup / configs.space->size() * 1e6);
    return 0;
}
