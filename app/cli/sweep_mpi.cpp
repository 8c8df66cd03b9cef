// `mpirun -n N ridgeline-cli sweep SPEC`: the points split across the ranks
// in contiguous blocks (shardRange), each rank evaluating its block with
// runSweep, rank 0 gathering every point in index order and writing the
// folder and the printout as one process would, by the rule `sweep merge`
// follows (mergeSweepFolders): points re-rendered from their JSON lines,
// counts summed, the front over every feasible point, the sensitivity rows
// of the block that starts at point 0.
//
// MPI lives in the plugin libridgeline_mpi.so (app/cli/mpi/), loaded here
// only when mpirun started this process, so a plain run never loads libmpi.
#include <dlfcn.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>

#include "app/cli/mpi/mpi_transport.h"
#include "app/cli/plugin_loader.h"
#include "app/cli/sweep_distributed.h"
#include "core/explore/pareto.h"
#include "core/explore/sweep_files.h"
#include "core/explore/sweep_manifest.h"
#include "core/explore/sweep_writer.h"

namespace rl::cli {
namespace {

using namespace rl::explore;

// Ranks in this job as the launcher tells its processes (Open MPI's mpirun,
// MPICH/Hydra and Slurm's PMI); 0 when not started by one.
int launcherSize() {
    for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_SIZE"})
        if (const char* v = std::getenv(name)) return std::atoi(v);
    return 0;
}

// The plugin beside the executable, MPI initialised.
bool loadMpi(RidgelineMpi& mpi, std::string& error) {
    // Global symbols: Open MPI's own components resolve against libmpi.
    void* handle = openCliPlugin(RIDGELINE_MPI_PLUGIN, RTLD_NOW | RTLD_GLOBAL, error);
    if (!handle) {
        error = "this ridgeline-cli was started by mpirun but " + error +
                "\nbuild with RIDGELINE_WITH_MPI=ON (Open MPI installed)";
        return false;
    }
    const auto init = reinterpret_cast<RidgelineMpiInit>(dlsym(handle, RIDGELINE_MPI_INIT));
    if (!init || init(&mpi) != 0) {
        error = "MPI initialisation failed (" RIDGELINE_MPI_PLUGIN ")";
        return false;
    }
    return true;
}

// Rank 0's gathering: the output folder, the printout, counts and the front.
class Gatherer {
  public:
    Gatherer(const DistributedSweep& job, SweepResult descriptors, Diagnostics& diag)
        : job_(job), merged_(std::move(descriptors)) {
        for (const SweepObjectiveInfo& o : merged_.objectives) senses_.push_back(o.sense);
        front_.emplace(senses_);
        if (!job.options.outputDir.empty())
            writer_ = SweepWriter::open(job.options.outputDir, merged_, 0, merged_.pointCount,
                                        false, nullptr, diag);
    }
    bool ready() const { return job_.options.outputDir.empty() || writer_; }

    // One of rank 0's own points, as its runSweep hands it on.
    void own(const SweepPoint& p, std::string_view csv, std::string_view json) {
        if (writer_) writer_->append(p.index, csv, json);
        if (job_.options.onPoint) job_.options.onPoint(p, csv, json);
    }
    // Rank 0's block is done: its counts, front (or kept points) and sensitivity.
    void ownResult(RunReport& mine) {
        SweepResult& r = mine.result;
        merged_.evaluated = r.evaluated;
        merged_.feasibleCount = r.feasibleCount;
        merged_.errorCount = r.errorCount;
        merged_.sensitivity = std::move(r.sensitivity);
        for (std::size_t i : r.front) front_->add(r.points[i]);
        if (job_.options.keepPoints) kept_ = std::move(r.points);
    }
    // The JSON lines of another rank's block; "" or what is wrong with them.
    std::string lines(const std::string& text) {
        std::size_t at = 0;
        while (at < text.size()) {
            const std::size_t end = std::min(text.find('\n', at), text.size());
            std::optional<Message> reason;  // the typed failure rides along in the line
            auto p = parseJsonLine(merged_, text.substr(at, end - at), &reason);
            if (!p) return "a point line from another rank does not parse";
            take(std::move(*p), reason ? &*reason : nullptr);
            at = end + 1;
        }
        return {};
    }
    // What runSweep would return for the whole sweep; writes the folder's summary files.
    SweepResult finish(Diagnostics& diag) {
        std::vector<SweepPoint> front = front_->take();
        merged_.rangeBegin = 0;
        merged_.rangeEnd = merged_.pointCount;
        merged_.complete = true;
        merged_.front.clear();
        if (job_.options.keepPoints) {
            merged_.points = std::move(kept_);
            for (const SweepPoint& p : front) {
                const auto it = std::lower_bound(
                    merged_.points.begin(), merged_.points.end(), p.index,
                    [](const SweepPoint& a, std::uint64_t i) { return a.index < i; });
                merged_.front.push_back(std::size_t(it - merged_.points.begin()));
            }
        } else {
            merged_.points = std::move(front);
            for (std::size_t i = 0; i < merged_.points.size(); ++i) merged_.front.push_back(i);
        }
        if (writer_)
            if (std::string e = writer_->finish(merged_); !e.empty())
                diag.error("", "\"" + job_.options.outputDir + "\"",
                           "a writable folder (" + e + ")");
        return std::move(merged_);
    }

  private:
    void take(SweepPoint p, const Message* reason) {
        const std::string csv = csvRecord(merged_, p), json = jsonLine(merged_, p, reason);
        own(p, csv, json);
        ++merged_.evaluated;
        merged_.feasibleCount += p.feasible ? 1 : 0;
        merged_.errorCount += p.error.empty() ? 0 : 1;
        if (p.feasible) front_->add(p);
        if (job_.options.keepPoints) kept_.push_back(std::move(p));
    }

    const DistributedSweep& job_;
    SweepResult merged_;
    std::vector<ObjectiveSense> senses_;
    std::optional<RunningFront> front_;
    std::vector<SweepPoint> kept_;
    std::unique_ptr<SweepWriter> writer_;
};

std::optional<DistributedOutcome> runUnderMpi(const DistributedSweep& job) {
    if (launcherSize() <= 1) return std::nullopt;  // a plain run: this process does it all
    DistributedOutcome outcome;
    Diagnostics& diag = outcome.report.diagnostics;
    diag.setFile(job.spec.file);
    const PointRange& asked = job.options.range;
    if (job.options.resume || asked.begin != 0 ||
        asked.end < std::numeric_limits<std::uint64_t>::max()) {
        diag.error("", "--resume / --shard under mpirun",
                   "a whole run: under mpirun the ranks split the sweep themselves (use "
                   "--shard and --resume in single-process runs, e.g. Slurm job arrays)");
        return outcome;
    }
    RidgelineMpi mpi{};
    std::string error;
    if (!loadMpi(mpi, error)) {
        diag.error("", "mpirun", error);
        return outcome;
    }
    std::optional<PointSpace> space = PointSpace::build(job.spec, diag);
    const std::uint64_t n = space ? space->size() : 0;

    RunOptions mine = job.options;
    mine.outputDir.clear();
    mine.range = shardRange(n, std::uint64_t(mpi.rank), std::uint64_t(mpi.size));
    std::string lines;  // ranks > 0: their block's JSON lines for rank 0
    std::optional<Gatherer> gather;
    if (mpi.rank == 0) {
        std::fprintf(stderr, "sweep: %llu points over %d MPI ranks\n", (unsigned long long)n,
                     mpi.size);
        gather.emplace(job, describeSweep(job.spec, n), diag);
        // Rank 0's block stands for the job's progress: its fraction of the points.
        if (auto report = job.options.progress.report) {
            const double share = n > 0 ? double(mine.range.end - mine.range.begin) / double(n) : 1;
            mine.progress.report = [report, share](double f, std::string_view what) {
                report(what == "points" ? f * share : f, what);
            };
        }
        mine.onPoint = [&](const SweepPoint& p, std::string_view csv, std::string_view json) {
            gather->own(p, csv, json);
        };
    } else {
        mine.progress.report = nullptr;  // rank 0 reports for the job
        mine.keepPoints = false;
        mine.onPoint = [&](const SweepPoint&, std::string_view, std::string_view json) {
            lines.append(json);
            lines += '\n';
        };
    }
    RunReport report;
    if (space && (!gather || gather->ready()))
        report = runSweep(job.spec, job.base, job.evaluator, mine);
    const bool ok = space && (!gather || gather->ready()) && report.ok() && !report.cancelled;
    // Every rank agrees before anyone waits on another: a failed rank cannot hang the job.
    if (!mpi.allOk(ok ? 1 : 0)) {
        diag.append(report.diagnostics);
        if (!diag.hasErrors())
            diag.error("", "rank " + std::to_string(mpi.rank),
                       report.cancelled ? "a finished run (it was cancelled)"
                                        : "every rank to finish its points (another failed)");
        mpi.finalize();
        return outcome;
    }
    if (mpi.rank != 0) {
        if (mpi.send(0, lines.data(), lines.size()) != 0)
            diag.error("", "rank " + std::to_string(mpi.rank), "its points sent to rank 0");
        mpi.finalize();
        outcome.printer = false;
        return outcome;
    }
    gather->ownResult(report);
    for (int r = 1; r < mpi.size; ++r) {
        std::string text;
        auto reserve = [](void* context, std::uint64_t size) {
            auto* s = static_cast<std::string*>(context);
            s->resize(size);
            return s->data();
        };
        if (mpi.receive(r, reserve, &text) != 0) {
            diag.error("", "rank " + std::to_string(r), "its points received by rank 0");
            break;
        }
        if (std::string e = gather->lines(text); !e.empty()) {
            diag.error("", "rank " + std::to_string(r), e);
            break;
        }
    }
    outcome.report.result = gather->finish(diag);
    mpi.finalize();
    return outcome;
}

const bool registered = registerDistributedRunner(runUnderMpi);

}  // namespace
}  // namespace rl::cli
