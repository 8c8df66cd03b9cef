// The sweep runner's own costs (core/explore/sweep_runner.h), measured with
// an evaluator that costs almost nothing, so what is timed is point
// generation, ordering, the running Pareto front, rendering and disk I/O.
// (bench_explore_fastpath measures the runner with the real analytical
// evaluator.)
//   bench_sweep [points] [threads]        (defaults 1000000 and 2)
//     grid of points over two range axes (one a quantity) and a list axis,
//     two conflicting objectives and a constraint; best of 3 runs each:
//     (a) in memory: counts and front only;
//     (b) streamed to a folder: points.csv + points.jsonl + front;
//     (c) 4 shards to folders, then merge (the Slurm path);
//     (d) resume of a complete folder (reads back and checks every point);
//     (e) Latin-hypercube sampling of the same count, in memory.
// Wall-clock figures; the files go to a temporary folder that is removed.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "core/explore/sweep_files.h"
#include "core/explore/sweep_runner.h"

using namespace rl;
using namespace rl::explore;
namespace fs = std::filesystem;

namespace {

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// time = sum of the scaled axis values, energy = sum of their inverses: a
// real front, for the price of a few additions.
class CheapEvaluator : public PointEvaluator {
  public:
    void prepare(const SweepBase&, const PointSpace&, Diagnostics&) override {}
    PointError evaluate(const PointDesign& point, std::span<double> out) const override {
        double time = 0, energy = 0;
        for (const AxisSetting& s : point.settings()) {
            const double t = s.number > 1e6 ? s.number * 1e-12 : s.number;
            time += t;
            energy += 1.0 / t;
        }
        out[0] = time;
        out[1] = energy;
        out[2] = 100 - point.settings()[2].number;
        return {};
    }
};

// A grid of about `points` points: bandwidth x efficiency x batch (5 values).
Json sweepDoc(std::uint64_t points, bool lhs) {
    const auto side = std::max<std::uint64_t>(2, std::uint64_t(std::sqrt(double(points) / 5.0)));
    Json doc = Json::parse(R"({
      "format": "ridgeline.sweep", "version": 1, "name": "bench",
      "project": ")" + std::string(RIDGELINE_SAMPLES) +
                           R"(/projects/llama2-7b-chat-on-h100.json",
      "axes": [
        {"name": "bandwidth", "pointer": "/hardware/memory/0/bandwidth",
         "range": {"from": "1 TB/s", "to": "16 TB/s", "scale": "log"}},
        {"name": "efficiency", "pointer": "/hardware/compute/efficiency/fp16",
         "range": {"from": 0.3, "to": 0.95}},
        {"name": "batch", "pointer": "/scenario/inference/batch", "values": [1, 2, 4, 8, 16]}
      ],
      "objectives": [{"metric": "time"}, {"metric": "energy"}],
      "constraints": [{"metric": "memory_headroom", "at_least": "0 B"}],
      "sensitivity": false
    })");
    if (lhs) {
        doc["sampling"] = {{"method", "latin_hypercube"}, {"count", side * side * 5}, {"seed", 1}};
    } else {
        doc["axes"][0]["range"]["steps"] = side;
        doc["axes"][1]["range"]["steps"] = side;
    }
    return doc;
}

struct Loaded {
    SweepSpec spec;
    SweepBase base;
};

Loaded load(const fs::path& dir, const Json& doc) {
    const fs::path file = dir / "bench.sweep.json";
    std::ofstream(file) << doc.dump(2);
    LoadedSweep l = loadSweep(file.string());
    if (!l.ok()) {
        std::fprintf(stderr, "%s", l.diagnostics.format().c_str());
        std::exit(1);
    }
    return {*l.spec, *l.base};
}

// Best of `runs` wall-clock seconds of `f`.
double best(int runs, const std::function<void()>& f) {
    double t = 1e30;
    for (int i = 0; i < runs; ++i) {
        const double t0 = now();
        f();
        t = std::min(t, now() - t0);
    }
    return t;
}

void report(const char* what, std::uint64_t points, double seconds) {
    std::printf("%-44s %10.3f s  %8.3f M points/s\n", what, seconds,
                double(points) / seconds / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
    const std::uint64_t wanted = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
    const fs::path dir = fs::temp_directory_path() / ("bench_sweep_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    Loaded grid = load(dir, sweepDoc(wanted, false));
    CheapEvaluator eval;
    RunOptions base;
    base.threads = threads;
    RunReport probe = runSweep(grid.spec, grid.base, eval, base);
    const std::uint64_t n = probe.result.pointCount;
    std::printf("sweep runner, %llu points, %d threads, front of %zu points\n",
                static_cast<unsigned long long>(n), threads, probe.result.front.size());

    report("(a) in memory (counts + front)", n,
           best(3, [&] { runSweep(grid.spec, grid.base, eval, base); }));

    RunOptions disk = base;
    disk.outputDir = (dir / "single").string();
    report("(b) streamed to points.csv + points.jsonl", n,
           best(3, [&] { runSweep(grid.spec, grid.base, eval, disk); }));
    const auto bytes = fs::file_size(fs::path(disk.outputDir) / kPointsCsv) +
                       fs::file_size(fs::path(disk.outputDir) / kPointsJsonl);
    std::printf("%-44s %10.1f MB (%.0f B per point)\n", "    files written", double(bytes) / 1e6,
                double(bytes) / double(n));

    std::vector<std::string> shards;
    const double tShards = best(1, [&] {
        shards.clear();
        for (std::uint64_t i = 0; i < 4; ++i) {
            RunOptions o = base;
            o.range = shardRange(n, i, 4);
            o.outputDir = (dir / ("shard" + std::to_string(i))).string();
            shards.push_back(o.outputDir);
            runSweep(grid.spec, grid.base, eval, o);
        }
    });
    report("(c) 4 shards, one after the other", n, tShards);
    Diagnostics diag;
    report("    merge of the 4 shard folders", n, best(3, [&] {
               if (!mergeSweepFolders(shards, (dir / "merged").string(), diag)) {
                   std::fprintf(stderr, "%s", diag.format().c_str());
                   std::exit(1);
               }
           }));
    const bool same = [&] {
        for (const char* f : {kPointsCsv, kPointsJsonl, kFrontCsv, kManifest}) {
            std::ifstream a(fs::path(disk.outputDir) / f, std::ios::binary);
            std::ifstream b(dir / "merged" / f, std::ios::binary);
            if (!std::equal(std::istreambuf_iterator<char>(a), std::istreambuf_iterator<char>(),
                            std::istreambuf_iterator<char>(b), std::istreambuf_iterator<char>()))
                return false;
        }
        return true;
    }();
    std::printf("%-44s %s\n", "    merged == single run, byte for byte", same ? "yes" : "NO");

    RunOptions resume = disk;
    resume.resume = true;
    report("(d) resume of a complete folder (re-read)", n,
           best(3, [&] { runSweep(grid.spec, grid.base, eval, resume); }));

    Loaded lhs = load(dir, sweepDoc(wanted, true));
    report("(e) Latin hypercube, in memory", n,
           best(3, [&] { runSweep(lhs.spec, lhs.base, eval, base); }));
    std::printf("%-44s %10.1f MiB\n", "peak resident memory", peakRssMiB());
    fs::remove_all(dir);
    return same ? 0 : 1;
}
