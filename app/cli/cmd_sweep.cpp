// ridgeline-cli sweep SPEC: runs a design-space sweep ("ridgeline.sweep")
// with progress on stderr, streams its points to --out DIR, prints the
// points, the Pareto front and the sensitivity rows.
// ridgeline-cli sweep merge DIR... --out DIR: joins the folders of shards
// (--shard i/N, e.g. Slurm job arrays) into what one process would write.
// Under mpirun the registered distributed runner (sweep_distributed.h) takes
// the run over.
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/run_budget.h"
#include "app/cli/sweep_distributed.h"
#include "app/cli/sweep_output.h"
#include "core/explore/sweep_files.h"
#include "core/explore/sweep_manifest.h"
#include "core/explore/sweep_points.h"

namespace rl::cli {

namespace {
DistributedRunner& runnerSlot() {
    static DistributedRunner runner;
    return runner;
}
}  // namespace

bool registerDistributedRunner(DistributedRunner runner) {
    runnerSlot() = std::move(runner);
    return true;
}
const DistributedRunner& distributedRunner() { return runnerSlot(); }

namespace {

using namespace rl::explore;

// "\rsweep: 42% (420 of 1,000 points, 12,345 points/s)" at most ten times a
// second; the runner reports from its ordered hand-off, one call at a time.
Progress stderrProgress(std::uint64_t points, const std::atomic<bool>* cancel) {
    struct State {
        std::mutex mu;
        std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
        std::chrono::steady_clock::time_point last{};
    };
    auto state = std::make_shared<State>();
    Progress p;
    p.cancel = cancel;
    p.report = [state, points](double f, std::string_view what) {
        std::lock_guard<std::mutex> lock(state->mu);
        const auto now = std::chrono::steady_clock::now();
        if (f < 1.0 && now - state->last < std::chrono::milliseconds(100)) return;
        state->last = now;
        const double s = std::chrono::duration<double>(now - state->start).count();
        if (what == "points") {
            const double done = f * double(points);
            std::fprintf(stderr, "\rsweep: %3.0f%% (%s of %s points, %s points/s)   ", f * 100,
                         formatInteger(done).c_str(), formatInteger(double(points)).c_str(),
                         formatInteger(s > 0 ? done / s : 0).c_str());
        } else {
            std::fprintf(stderr, "\rsweep: %s %3.0f%%%30s", std::string(what).c_str(), f * 100, "");
        }
        std::fflush(stderr);
    };
    return p;
}

// "i/N" with 0 <= i < N.
std::optional<std::pair<std::uint64_t, std::uint64_t>> parseShard(const QString& text) {
    const QStringList parts = text.split('/');
    if (parts.size() != 2) return std::nullopt;
    bool ok1 = false, ok2 = false;
    const qulonglong i = parts[0].toULongLong(&ok1), n = parts[1].toULongLong(&ok2);
    if (!ok1 || !ok2 || n == 0 || i >= n || n > 1000000) return std::nullopt;
    return std::make_pair(std::uint64_t(i), std::uint64_t(n));
}

int runMerge(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Merges the output folders of a sweep's shards (--shard i/N) into one folder with the\n"
        "same bytes as a single-process run, and computes the Pareto front.");
    addStandardOptions(parser);
    parser.addOption({"out", "Folder for the merged output (required).", "DIR"});
    parser.addOption({"front-only", "Print only the Pareto front."});
    parser.addPositionalArgument("merge", "The word merge.", "merge");
    parser.addPositionalArgument("dirs", "The shards' output folders, in any order.", "DIR...");
    int exitCode = 0;
    const auto format = startCommand(parser, args, exitCode);
    if (!format) return exitCode;
    QStringList dirs = parser.positionalArguments();
    dirs.removeFirst();  // "merge"
    if (dirs.isEmpty()) return fail("sweep merge needs the shards' folders (see --help)", 2);
    if (!parser.isSet("out")) return fail("sweep merge needs --out DIR for the merged folder", 2);
    std::vector<std::string> folders;
    for (const QString& d : dirs) folders.push_back(d.toStdString());
    const std::string out = parser.value("out").toStdString();
    Diagnostics diag;
    std::optional<SweepResult> merged = mergeSweepFolders(folders, out, diag);
    if (!merged) {
        std::fprintf(stderr, "%s", diag.format().c_str());
        return 1;
    }
    SweepPrinter printer(*format, parser.isSet("front-only"));
    // The points are in the folder; the printer reads them back only when it
    // prints them all.
    printer.begin(*merged, merged->pointCount);
    if (printer.wantsAllPoints() ||
        (!parser.isSet("front-only") && *format != OutputFormat::table)) {
        Diagnostics readDiag;
        auto all = readSweepFolder(out, true, readDiag);
        if (!all) {
            std::fprintf(stderr, "%s", readDiag.format().c_str());
            return 1;
        }
        for (const SweepPoint& p : all->points)
            printer.point(p, csvRecord(*all, p), jsonLine(*all, p, failureReason(*all, p.index)));
        merged = std::move(all);
    }
    printer.end(*merged, out, "");
    return 0;
}

int runSweepCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Runs a design-space sweep (a \"ridgeline.sweep\" file: a base project, axes, sampling,\n"
        "objectives, constraints, predictor) in parallel; prints the points, the Pareto front\n"
        "and one-at-a-time sensitivities. Progress goes to stderr. With --out the points stream\n"
        "to DIR (points.csv, points.jsonl, front.csv, sensitivity.csv, sweep.json) and an\n"
        "interrupted run continues with --resume. Under mpirun the points are split across\n"
        "ranks (when built with MPI). 'sweep merge DIR... --out DIR' joins shards.\n"
        "Format: docs/explore.md.");
    addStandardOptions(parser);
    parser.addOption({"out", "Stream the results to this folder.", "DIR"});
    parser.addOption({"threads", "Worker threads (default: every core).", "N"});
    parser.addOption({"shard",
                      "Run only shard i of N (0-based, contiguous point blocks), e.g. a Slurm job "
                      "array's task; needs --out. Join them with 'sweep merge'.",
                      "i/N"});
    parser.addOption({"resume", "Keep the points already in --out and run only the rest."});
    parser.addOption({"front-only", "Print only the Pareto front (and the summary)."});
    parser.addOption({"no-sensitivity", "Skip the one-at-a-time sensitivity around the base."});
    RunBudget::addOptions(parser);
    parser.addPositionalArgument("spec", "The sweep file.", "SPEC");
    int exitCode = 0;
    const auto format = startCommand(parser, args, exitCode,
                                     {1, 1, "sweep needs exactly one SPEC file (see --help)"});
    if (!format) return exitCode;
    const QStringList pos = parser.positionalArguments();

    RunOptions options;
    if (parser.isSet("threads")) {
        bool ok = false;
        const int t = parser.value("threads").toInt(&ok);
        if (!ok || t < 1 || t > 4096)
            return fail("--threads expects an integer from 1 to 4096, got '" +
                            parser.value("threads").toStdString() + "'",
                        2);
        options.threads = t;
    }
    std::optional<std::pair<std::uint64_t, std::uint64_t>> shard;
    if (parser.isSet("shard")) {
        shard = parseShard(parser.value("shard"));
        if (!shard)
            return fail("--shard expects i/N with 0 <= i < N (e.g. 0/4), got '" +
                            parser.value("shard").toStdString() + "'",
                        2);
    }
    options.outputDir = parser.value("out").toStdString();
    options.resume = parser.isSet("resume");
    if ((shard || options.resume) && options.outputDir.empty())
        return fail(std::string(shard ? "--shard" : "--resume") + " needs --out DIR", 2);
    if (parser.isSet("no-sensitivity")) options.sensitivity = false;
    RunBudget budget;
    if (!budget.configure(parser)) return 2;

    LoadedSweep loaded = loadSweep(pos[0].toStdString());
    if (!loaded.diagnostics.items().empty())
        std::fprintf(stderr, "%s", loaded.diagnostics.format().c_str());
    if (!loaded.ok()) return 1;
    const SweepSpec& spec = *loaded.spec;
    Diagnostics diag(spec.file);
    std::unique_ptr<PointEvaluator> evaluator = makeEvaluator(spec, diag);
    std::optional<PointSpace> space = PointSpace::build(spec, diag);
    if (!evaluator || !space) {
        std::fprintf(stderr, "%s", diag.format().c_str());
        return 1;
    }
    const std::uint64_t n = space->size();
    if (shard) options.range = shardRange(n, shard->first, shard->second);
    const std::uint64_t inRange = std::min(options.range.end, n) - std::min(options.range.begin, n);

    SweepPrinter printer(*format, parser.isSet("front-only"));
    printer.begin(describeSweep(spec, n), inRange);
    options.keepPoints = printer.wantsAllPoints();
    options.onPoint = [&](const SweepPoint& p, std::string_view csv, std::string_view json) {
        printer.point(p, csv, json);
    };
    budget.start();
    options.progress = stderrProgress(inRange, budget.cancelFlag());

    std::optional<RunReport> report;
    bool printHere = true;
    if (const DistributedRunner& distributed = distributedRunner()) {
        if (auto outcome = distributed({spec, *loaded.base, *evaluator, options})) {
            report = std::move(outcome->report);
            printHere = outcome->printer;
        }
    }
    if (!report) report = runSweep(spec, *loaded.base, *evaluator, options);
    std::fprintf(stderr, "\n");
    if (!report->ok()) {
        std::fprintf(stderr, "%s", report->diagnostics.format().c_str());
        return 1;
    }
    if (!printHere) return 0;
    std::string note;
    if (report->cancelled)
        note = budget.partialNote(options.outputDir.empty()
                                      ? "the front of the points evaluated so far"
                                      : "run again with --resume to finish");
    printer.end(report->result, options.outputDir, note);
    if (!note.empty()) std::fprintf(stderr, "ridgeline-cli: %s\n", note.c_str());
    return budget.exitCode(0);
}

int run(const QStringList& args) {
    // "sweep merge ..." is the merge subcommand; anything else is a sweep file.
    if (args.size() > 1 && args[1] == "merge") return runMerge(args);
    return runSweepCommand(args);
}

const bool registered = registerCommand(
    {"sweep", "Design-space sweep: Pareto front, sensitivity; shards and merge", run});

}  // namespace
}  // namespace rl::cli
