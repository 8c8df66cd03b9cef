// ridgeline-cli simulate: the LLM serving simulator on a hardware + model +
// serving scenario (or a project), with command-line overrides, a capacity
// search under SLOs, and the per-request table, JSON report or Chrome trace.
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <variant>

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/prediction_summary.h"
#include "app/cli/predictor_option.h"
#include "app/cli/progress_line.h"
#include "app/cli/run_budget.h"
#include "app/cli/scenario_overrides.h"
#include "app/cli/spec_options.h"
#include "core/analytical/prediction_start.h"
#include "core/result/export.h"
#include "core/sim/serving/serving_export.h"
#include "core/sim/serving/serving_sim.h"
#include "core/spec/atomic_save.h"
#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_limits.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

std::string t(double s) { return formatQuantity(s, Dimension::time, 4); }
std::string pct(double f) { return formatNumber(f * 100, 3) + "%"; }
std::string perS(double v, const char* unit) { return formatNumber(v, 4) + " " + unit + "/s"; }

std::string sloText(const ServingSlo& s) {
    std::string out;
    auto add = [&](const char* name, double v) {
        if (v > 0) out += (out.empty() ? "" : ", ") + std::string(name) + " <= " + t(v);
    };
    add("p99 TTFT", s.ttftP99);
    add("p99 TPOT", s.tpotP99);
    add("p99 e2e", s.e2eP99);
    return out.empty() ? "none set" : out;
}

Table capacityTable(const std::vector<CapacityTrial>& trials, const std::string& title) {
    Table cap(title, {"trial", "rate", "p99 TTFT", "p99 TPOT", "p99 e2e", "meets SLO"});
    cap.alignRight({0, 1, 2, 3, 4});
    for (std::size_t i = 0; i < trials.size(); ++i) {
        const CapacityTrial& c = trials[i];
        cap.addRow({std::to_string(i + 1), perS(c.ratePerS, "req"), t(c.ttftP99), t(c.tpotP99),
                    t(c.e2eP99), c.meetsSlo ? "yes" : "no"});
    }
    return cap;
}

// A capacity search stopped by --time-limit or Ctrl-C: the trials so far and
// the lower bound they give.
int printStoppedCapacity(const std::vector<CapacityTrial>& trials, const RunBudget& budget,
                         OutputFormat format) {
    double best = 0;
    for (const CapacityTrial& c : trials)
        if (c.meetsSlo) best = std::max(best, c.ratePerS);
    const std::string note =
        budget.partialNote(std::to_string(trials.size()) + " trial(s) done; " +
                           (best > 0 ? "the capacity is at least " + perS(best, "requests") +
                                           " (the highest rate that met the SLO so far)"
                                     : std::string("no rate met the SLO yet")));
    Table stopped("stopped", {"note"});
    stopped.addRow({note});
    printTables({capacityTable(trials, "capacity search trials (partial)"), stopped}, format);
    std::fprintf(stderr, "%s\n", note.c_str());
    return budget.exitCode(best > 0 ? 0 : 1);
}

std::vector<Table> tablesFor(const Prediction& p, const Scenario& sc) {
    const ServingReport& r = *p.serving;
    const ServingScenario& s = sc.serving;
    std::vector<Table> out;
    Table sum = predictionSummary(p);
    sum.addRow({"scheduler", s.scheduler + ", " + std::to_string(s.replicas) +
                                 " replica(s) of TP " + std::to_string(sc.parallelism.tensor) +
                                 " x PP " + std::to_string(sc.parallelism.pipeline)});
    sum.addRow({"requests", formatInteger(double(r.served)) + " served, " +
                                formatInteger(double(r.rejected)) + " rejected"});
    sum.addRow({"duration", t(r.duration)});
    sum.addRow({"throughput", perS(r.requestsPerS, "requests") + ", " +
                                  perS(r.inputTokensPerS, "input tokens") + ", " +
                                  perS(r.outputTokensPerS, "output tokens")});
    sum.addRow({"SLO", sloText(s.slo)});
    sum.addRow({"goodput", perS(r.goodputRequestsPerS, "requests")});
    sum.addRow({"SLO attainment", pct(r.sloAttainment)});
    sum.addRow({"MFU", pct(r.mfu)});
    sum.addRow({"busy", pct(r.busyFraction)});
    sum.addRow({"KV cache", formatInteger(double(r.kvBlocksPerReplica)) + " blocks of " +
                                formatBytes(r.kvBlockBytes) + " per replica"});
    sum.addRow({"preemptions", formatInteger(double(r.preemptions))});
    if (r.joulesPerMillionTokens > 0)
        sum.addRow({"energy", formatQuantity(r.joulesPerMillionTokens, Dimension::energy, 4) +
                                  " per million tokens"});
    if (r.usdPerMillionTokens > 0)
        sum.addRow({"cost", formatNumber(r.usdPerMillionTokens, 4) + " USD per million tokens"});
    if (!r.capacityTrials.empty())
        sum.addRow({"capacity", r.capacityRatePerS > 0 ? perS(r.capacityRatePerS, "requests")
                                                       : "no tried rate meets the SLO"});
    for (const std::string& w : p.warnings) sum.addRow({"warning", w});
    out.push_back(sum);

    Table lat("latency", {"metric", "mean", "p50", "p90", "p95", "p99", "max", "samples"});
    lat.alignRight({1, 2, 3, 4, 5, 6, 7});
    auto row = [&](const char* name, const LatencySummary& l) {
        lat.addRow({name, t(l.mean), t(l.p50), t(l.p90), t(l.p95), t(l.p99), t(l.max),
                    formatInteger(double(l.samples))});
    };
    row("time to first token", r.ttft);
    row("time between tokens", r.tbt);
    row("time per output token", r.tpot);
    row("end to end", r.e2e);
    row("scheduling delay", r.schedulingDelay);
    row("e2e per output token", r.normalisedLatency);
    out.push_back(lat);

    if (!r.capacityTrials.empty())
        out.push_back(capacityTable(r.capacityTrials, "capacity search trials"));

    Table ex("explanation", {"sentence"});
    for (const std::string& e : r.explanation) ex.addRow({e});
    out.push_back(ex);
    Table wi("what-ifs", {"what-if", "p99 TTFT", "p99 TBT", "preemptions", "output tokens/s"});
    auto arrow = [](const std::string& a, const std::string& b) { return a + " -> " + b; };
    for (const ServingWhatIf& w : r.whatIfs)
        wi.addRow({w.label, arrow(t(w.ttftP99Before), t(w.ttftP99After)),
                   arrow(t(w.tbtP99Before), t(w.tbtP99After)),
                   arrow(std::to_string(w.preemptionsBefore), std::to_string(w.preemptionsAfter)),
                   arrow(formatNumber(w.throughputBefore, 4), formatNumber(w.throughputAfter, 4))});
    out.push_back(wi);
    return out;
}

// An option's value as `parse` reads its whole (trimmed) text; nullopt when it
// is not set or not `expected`, and then the first such message in `error`.
template <typename T, typename Parse>
std::optional<T> parsedOption(const QCommandLineParser& parser, const char* name,
                              const char* expected, std::string& error, Parse parse) {
    if (!parser.isSet(name)) return std::nullopt;
    bool ok = false;
    const T v = parse(parser.value(name).trimmed(), &ok);
    if (ok) return v;
    if (error.empty())
        error = "--" + std::string(name) + " expects " + expected + ", got '" +
                parser.value(name).toStdString() + "'";
    return std::nullopt;
}

std::optional<std::int64_t> integerOption(const QCommandLineParser& parser, const char* name,
                                          std::string& error) {
    return parsedOption<std::int64_t>(parser, name, "an integer", error,
                                      [](const QString& t, bool* ok) { return t.toLongLong(ok); });
}

std::optional<double> numberOption(const QCommandLineParser& parser, const char* name,
                                   std::string& error) {
    return parsedOption<double>(parser, name, "a number", error, [](const QString& t, bool* ok) {
        const double v = t.toDouble(ok);
        *ok = *ok && std::isfinite(v);
        return v;
    });
}

std::optional<double> timeOption(const QCommandLineParser& parser, const char* name,
                                 std::string& error) {
    if (!parser.isSet(name)) return std::nullopt;
    const std::string text = parser.value(name).toStdString();
    auto parsed = parseQuantity(text, Dimension::time);
    if (auto* e = std::get_if<QuantityError>(&parsed)) {
        if (error.empty()) error = "--" + std::string(name) + " '" + text + "': " + e->message;
        return std::nullopt;
    }
    return std::get<double>(parsed);
}

// Applies the overrides to `s`. Returns an error message, empty on success.
// Ranges and combinations are checked afterwards by the scenario reader.
std::string applyOverrides(const QCommandLineParser& parser, Scenario& sc) {
    ServingScenario& s = sc.serving;
    std::string error;
    // Keep a trace the scenario names where it is, whatever directory the
    // overridden scenario is re-read from.
    if (!s.trace.resolved.empty()) s.trace.file = s.trace.resolved;
    if (auto v = numberOption(parser, "rate", error)) {
        if (s.arrival == "trace" || s.arrival == "closed_loop")
            return "--rate applies to poisson, gamma and constant arrivals; this scenario's "
                   "arrival is \"" +
                   s.arrival + "\"" +
                   (s.arrival == "trace" ? " (--time-scale speeds a trace up)" : "");
        s.ratePerS = *v;
    }
    if (auto v = integerOption(parser, "requests", error)) s.requests = *v;
    if (auto v = integerOption(parser, "replicas", error))
        s.replicas = static_cast<int>(std::clamp<std::int64_t>(*v, -1, limits::kMaxDevices + 1));
    if (auto v = integerOption(parser, "seed", error)) {
        if (*v < 0) return "--seed expects an integer >= 0, got " + std::to_string(*v);
        s.seed = static_cast<std::uint64_t>(*v);
    }
    if (auto v = integerOption(parser, "chunk-size", error)) s.chunkSize = *v;
    if (auto v = integerOption(parser, "max-batch", error)) s.maxBatch = *v;
    if (parser.isSet("scheduler")) s.scheduler = parser.value("scheduler").toStdString();
    if (parser.isSet("trace")) {
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::path abs = fs::absolute(parser.value("trace").toStdString(), ec);
        s.arrival = "trace";
        s.trace.file =
            (ec ? fs::path(parser.value("trace").toStdString()) : abs).lexically_normal().string();
        // Replay the rows' own lengths.
        const double maxTokens = static_cast<double>(limits::kMaxTokens);
        s.promptLength = {"trace", 0, 1, maxTokens};
        s.outputLength = {"trace", 0, 1, maxTokens};
    }
    if (parser.isSet("trace-columns")) {
        const QStringList cols = parser.value("trace-columns").split(',');
        if (cols.size() != 3)
            return "--trace-columns expects ARRIVAL,PROMPT,OUTPUT (three column names), got '" +
                   parser.value("trace-columns").toStdString() + "'";
        s.trace.columns = {cols[0].trimmed().toStdString(), cols[1].trimmed().toStdString(),
                           cols[2].trimmed().toStdString()};
    }
    if (parser.isSet("trace") && s.trace.columns.arrival.empty())
        return "--trace needs the names of the arrival, prompt and output columns: add "
               "--trace-columns ARRIVAL,PROMPT,OUTPUT (for the Azure LLM traces: "
               "--trace-columns TIMESTAMP,ContextTokens,GeneratedTokens)";
    if (auto v = numberOption(parser, "time-scale", error)) {
        if (s.arrival != "trace")
            return "--time-scale applies to trace replay (arrival \"trace\", or --trace FILE)";
        s.trace.timeScale = *v;
    }
    if (auto v = timeOption(parser, "slo-ttft-p99", error)) s.slo.ttftP99 = *v;
    if (auto v = timeOption(parser, "slo-tpot-p99", error)) s.slo.tpotP99 = *v;
    if (auto v = timeOption(parser, "slo-e2e-p99", error)) s.slo.e2eP99 = *v;
    return error;
}

// The option that sets the scenario field at `path`, for error messages.
std::string optionFor(const std::string& path) {
    static const std::pair<const char*, const char*> options[] = {
        {"/serving/rate_per_s", "--rate"},
        {"/serving/requests", "--requests"},
        {"/serving/replicas", "--replicas"},
        {"/serving/prefill_replicas", "--replicas"},
        {"/serving/seed", "--seed"},
        {"/serving/chunk_size", "--chunk-size"},
        {"/serving/max_batch", "--max-batch"},
        {"/serving/scheduler", "--scheduler"},
        {"/serving/trace", "--trace"},
        {"/serving/slo/ttft_p99", "--slo-ttft-p99"},
        {"/serving/slo/tpot_p99", "--slo-tpot-p99"},
        {"/serving/slo/e2e_p99", "--slo-e2e-p99"}};
    for (const auto& [prefix, option] : options)
        if (path.rfind(prefix, 0) == 0) {
            if (path == "/serving/trace/time_scale") return "--time-scale";
            return option;
        }
    return "scenario with the command-line overrides";
}

bool anyOverride(const QCommandLineParser& parser) {
    for (const char* o :
         {"rate", "requests", "replicas", "seed", "chunk-size", "max-batch", "scheduler", "trace",
          "trace-columns", "time-scale", "slo-ttft-p99", "slo-tpot-p99", "slo-e2e-p99"})
        if (parser.isSet(o)) return true;
    return false;
}

int run(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Simulate LLM serving under load: requests arriving at replicas of the hardware, batched "
        "by a scheduler over a paged KV cache, each iteration costed by the analytical engine. "
        "Prints latency percentiles, throughput, goodput under SLOs and what would change them.");
    addStandardOptions(parser);
    addSpecOptions(parser, "Hardware spec file.", "Serving scenario spec file.");
    addScenarioOverrideOptions(parser, OverrideTarget::serving);
    addPredictorOptions(parser, "Operator predictor");
    parser.addOption({"rate",
                      "Override: arrival rate (requests/s) of a Poisson, gamma or "
                      "constant arrival process.",
                      "R"});
    parser.addOption({"requests", "Override: number of requests.", "N"});
    parser.addOption({"scheduler",
                      "Override: replica scheduler (vllm, orca, sarathi, fastertransformer, "
                      "disaggregated).",
                      "name"});
    parser.addOption({"replicas", "Override: number of replicas.", "N"});
    parser.addOption({"chunk-size", "Override: Sarathi token budget per iteration.", "N"});
    parser.addOption({"max-batch", "Override: most sequences in a batch.", "N"});
    parser.addOption({"seed", "Override: random seed.", "N"});
    parser.addOption(
        {"trace", "Override: replay this trace CSV (arrival times and lengths).", "file"});
    parser.addOption({"trace-columns",
                      "Trace columns ARRIVAL,PROMPT,OUTPUT, e.g. "
                      "TIMESTAMP,ContextTokens,GeneratedTokens for the Azure LLM traces.",
                      "names"});
    parser.addOption(
        {"time-scale", "Replay a trace this many times faster (2: twice the rate).", "X"});
    parser.addOption({"capacity",
                      "Search the highest Poisson arrival rate that meets the SLOs (from the "
                      "scenario or --slo-*)."});
    parser.addOption(
        {"slo-ttft-p99", "SLO on the 99th percentile time to first token, e.g. 2s.", "time"});
    parser.addOption(
        {"slo-tpot-p99", "SLO on the 99th percentile time per output token, e.g. 200ms.", "time"});
    parser.addOption({"slo-e2e-p99", "SLO on the 99th percentile end-to-end latency.", "time"});
    parser.addOption(
        {"trace-out", "Write the timeline as a Chrome/Perfetto trace (JSON).", "file"});
    parser.addOption({"requests-out", "Write the per-request table as CSV.", "file"});
    parser.addOption({"iterations", "Include every iteration in --format json."});
    parser.addOption({"no-explain", "Skip the explanation and its re-simulated what-ifs."});
    parser.addOption(
        {"progress", "Show a progress line on stderr even when it is not a terminal."});
    RunBudget::addOptions(parser);
    int exitCode = 0;
    const auto format = startCommand(parser, args, exitCode);
    if (!format) return exitCode;

    int specsCode = 0;
    auto specs = loadSpecsFromOptions(parser, {"simulate", "cannot simulate"},
                                      CombinationCheck::skip, specsCode);
    if (!specs) return specsCode;
    auto [hw, model, scenario] = std::move(*specs);
    if (scenario.kind != "serving")
        return fail("simulate runs serving scenarios; scenario \"" + scenario.name +
                        "\" is of kind \"" + scenario.kind + "\"" +
                        (scenario.kind == "inference" ? " (use `ridgeline-cli analyze`)" : ""),
                    2);

    if (anyOverride(parser)) {
        const std::string error = applyOverrides(parser, scenario);
        if (!error.empty()) return fail(error, 2);
        // The scenario reader checks every range and combination again.
        auto checked = parseScenario(toJson(scenario), "command-line overrides");
        if (checked.diagnostics.hasErrors()) {
            for (Diagnostic d : checked.diagnostics.items())
                if (d.severity == Diagnostic::Severity::error) {
                    d.file = optionFor(d.path);
                    std::fprintf(stderr, "%s\n", d.format().c_str());
                }
            return fail("the command-line overrides make the scenario invalid (see above)", 2);
        }
        scenario = *checked.value;
    }
    if (!applyScenarioOverrides(parser, OverrideTarget::serving, hw, model, scenario)) return 2;
    {
        // The checks a project gets, also for specs given one by one and after
        // overrides: do the devices, layers and heads fit the scenario?
        const bool overridden = anyOverride(parser) || anyScenarioOverride(parser);
        Diagnostics combination(overridden ? "scenario with the command-line overrides"
                                : parser.isSet("project") ? parser.value("project").toStdString()
                                                          : parser.value("scenario").toStdString());
        checkCombination(hw, model, scenario, combination);
        if (combination.hasErrors()) {
            std::fprintf(stderr, "%s\n", combination.format().c_str());
            return fail("cannot simulate: the scenario does not fit this model and hardware",
                        overridden ? 2 : 1);
        }
    }
    if (parser.isSet("capacity") && scenario.serving.slo.ttftP99 <= 0 &&
        scenario.serving.slo.tpotP99 <= 0 && scenario.serving.slo.e2eP99 <= 0)
        return fail(
            "--capacity needs at least one SLO: --slo-ttft-p99, --slo-tpot-p99 or "
            "--slo-e2e-p99 (or \"slo\" in the scenario)",
            2);
    RunBudget budget;
    if (!budget.configure(parser)) return 2;

    ServingOptions options;
    options.explain = !parser.isSet("no-explain");
    options.keepIterations = parser.isSet("trace-out") || parser.isSet("iterations");
    int predictorCode = 0;
    const auto costModel = predictorFromOptions(parser, predictorCode);
    if (!costModel) return predictorCode;
    options.refine = refineHook(costModel);
    options.predictorName = costModel->name();
    const bool showProgress = parser.isSet("progress") || ::isatty(STDERR_FILENO);
    ProgressLine progressLine;
    if (showProgress) options.progress = progressLine.progress();
    options.progress.cancel = budget.cancelFlag();
    // What a stopped run leaves: the report so far (handed over on cancel,
    // core/sim/serving/simulation.cpp) or the capacity trials so far.
    std::shared_ptr<const ServingReport> sofar;
    options.partial = [&budget, &sofar](const ServingReport& r) {
        if (budget.stopped()) sofar = std::make_shared<const ServingReport>(r);
    };
    std::vector<CapacityTrial> trials;
    std::string partialNote;
    budget.start();

    Prediction p;
    try {
        // The request stream first, so trace problems are reported with their line.
        Diagnostics workloadDiag;
        ServingWorkload workload;
        try {
            workload = buildWorkload(scenario.serving, workloadDiag);
        } catch (const std::invalid_argument& e) {
            if (!workloadDiag.items().empty())
                std::fprintf(stderr, "%s\n", workloadDiag.format().c_str());
            return fail(std::string("cannot build the request stream: ") + e.what());
        }
        if (!workloadDiag.items().empty())
            std::fprintf(stderr, "%s\n", workloadDiag.format().c_str());
        if (parser.isSet("capacity")) {
            auto trial = [showProgress, &progressLine, &trials](const CapacityTrial& c) {
                trials.push_back(c);
                if (!showProgress) return;
                progressLine.interrupt();
                std::fprintf(stderr, "trial at %s requests/s: p99 TTFT %s, p99 TPOT %s: %s\n",
                             formatNumber(c.ratePerS, 4).c_str(), t(c.ttftP99).c_str(),
                             t(c.tpotP99).c_str(), c.meetsSlo ? "meets the SLO" : "misses it");
            };
            p = searchCapacity(hw, model, scenario, options, trial);
        } else {
            p = simulateServing(hw, model, scenario, workload, options);
        }
    } catch (const std::invalid_argument& e) {
        progressLine.interrupt();
        return fail(std::string("cannot simulate: ") + e.what());
    } catch (const Cancelled&) {
        progressLine.interrupt();
        if (parser.isSet("capacity")) return printStoppedCapacity(trials, budget, *format);
        if (!sofar)
            return fail(
                "the simulation stopped (" + budget.stopReason() + ") before any request finished",
                budget.exitCode(1));
        p = startPrediction(options.predictorName, hw, model, scenario);
        p.serving = sofar;
        p.totalTime = sofar->duration;
        partialNote = budget.partialNote("the report covers the " +
                                         formatInteger(double(sofar->served + sofar->rejected)) +
                                         " of " + formatInteger(double(scenario.serving.requests)) +
                                         " requests finished by then, without what-ifs");
        std::fprintf(stderr, "%s\n", partialNote.c_str());
    }
    progressLine.finish();
    if (!p.serving)
        return fail(p.warnings.empty() ? "the simulation produced no report" : p.warnings.front());

    if (parser.isSet("trace-out") && !partialNote.empty()) {
        std::fprintf(stderr, "ridgeline-cli: no trace written: the run stopped early\n");
    } else if (parser.isSet("trace-out")) {
        const std::string path = parser.value("trace-out").toStdString();
        const std::string err = saveJsonAtomically(path, predictionChromeTrace(p));
        if (!err.empty()) return fail("cannot write trace '" + path + "': " + err);
    }
    if (parser.isSet("requests-out")) {
        const std::string path = parser.value("requests-out").toStdString();
        const std::string err = saveFileAtomically(path, servingRequestsCsv(*p.serving));
        if (!err.empty()) return fail("cannot write '" + path + "': " + err);
    }
    switch (*format) {
        case OutputFormat::json: {
            Json j = servingReportToJson(p, parser.isSet("iterations"));
            if (!partialNote.empty()) j["partial"] = partialNote;
            printJson(j);
            break;
        }
        case OutputFormat::csv:
            std::fputs(servingRequestsCsv(*p.serving).c_str(), stdout);
            break;
        case OutputFormat::table: {
            std::vector<Table> tables = tablesFor(p, scenario);
            if (!partialNote.empty()) {
                Table stopped("stopped", {"note"});
                stopped.addRow({partialNote});
                tables.insert(tables.begin(), stopped);
            }
            printTables(tables, OutputFormat::table);
            break;
        }
    }
    return budget.exitCode();
}

const bool registered = registerCommand(
    {"simulate",
     "Simulate LLM serving under load (schedulers, paged KV cache, traces, capacity search)", run});

}  // namespace
}  // namespace rl::cli
