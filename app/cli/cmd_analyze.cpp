// ridgeline-cli analyze: the analytical predictor on a hardware + model +
// scenario (or a project): totals, phases, operators, traffic, explanation.
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <optional>

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/prediction_summary.h"
#include "app/cli/predictor_option.h"
#include "app/cli/scenario_overrides.h"
#include "app/cli/spec_options.h"
#include "core/analytical/analyze.h"
#include "core/result/export.h"
#include "core/result/export_text.h"
#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

std::string t(double s) { return s > 0 ? formatQuantity(s, Dimension::time, 4) : "0"; }
std::string b(double v) { return formatQuantity(v, Dimension::bytes, 4); }
std::string pct(double f) { return formatNumber(f * 100, 3) + "%"; }

std::vector<Table> tablesFor(const Prediction& p, bool allOps, int top) {
    std::vector<Table> out;
    Table sum = predictionSummary(p);
    sum.addRow({"total time", t(p.totalTime)});
    sum.addRow({"FLOPs", formatCount(p.totalFlops)});
    sum.addRow({"energy", formatNumber(p.totalEnergy, 4) + " J"});
    if (p.llm) {
        const LlmMetrics& m = *p.llm;
        sum.addRow({"time to first token", t(m.timeToFirstToken)});
        sum.addRow({"time per output token", t(m.timePerOutputToken)});
        sum.addRow({"tokens/s", formatNumber(m.tokensPerSecond, 4)});
        sum.addRow({"MFU", pct(m.mfu)});
        sum.addRow({"memory bandwidth utilisation", pct(m.memoryBandwidthUtilisation)});
        sum.addRow({"communication share", pct(m.communicationShare)});
    }
    if (p.memory) sum.addRow({"memory", p.memory->message});
    for (const std::string& w : p.warnings) sum.addRow({"warning", w});
    out.push_back(sum);

    std::vector<std::string> cols = {"phase", "time", "share", "FLOPs", "binding"};
    for (const std::string& l : p.levels) cols.push_back(l + " bytes");
    Table ph("phases", cols);
    for (std::size_t c = 1; c < cols.size(); ++c) ph.rightAligned[c] = c != 4;
    for (const PhaseSummary& s : p.phases) {
        std::vector<std::string> row = {s.phase, t(s.time),
                                        pct(p.totalTime > 0 ? s.time / p.totalTime : 0),
                                        formatCount(s.flops), s.binding};
        for (double v : s.bytesPerLevel) row.push_back(b(v));
        ph.addRow(row);
    }
    out.push_back(ph);

    if (p.llm && !p.llm->timePerTokenByContext.empty()) {
        Table ctx("decode time per token by context", {"context (tokens)", "time per token"});
        ctx.alignRight({0, 1});
        for (const auto& [c, s] : p.llm->timePerTokenByContext)
            ctx.addRow({std::to_string(c), t(s)});
        out.push_back(ctx);
    }

    // Operators: the top N by time, or all in order with --ops.
    std::vector<std::size_t> order(p.ops.size());
    std::iota(order.begin(), order.end(), 0);
    if (!allOps) {
        std::stable_sort(order.begin(), order.end(),
                         [&](auto x, auto y) { return p.ops[x].time > p.ops[y].time; });
        if (top >= 0 && order.size() > static_cast<std::size_t>(top))
            order.resize(static_cast<std::size_t>(top));
    }
    std::vector<std::string> oc = {"operator", "phase", "count",   "time each",
                                   "time",     "share", "binding", "FLOPs"};
    for (const std::string& l : p.levels) oc.push_back(l + " bytes");
    if (!p.levels.empty()) oc.push_back("FLOP/B " + p.levels.front());
    Table ops(allOps ? "operators" : "top operators", oc);
    for (std::size_t c = 2; c < oc.size(); ++c) ops.rightAligned[c] = c != 6;
    for (std::size_t i : order) {
        const OpRecord& r = p.ops[i];
        std::vector<std::string> row = {
            r.name,       r.phase,   formatNumber(r.count, 6), t(r.timeEach), t(r.time),
            pct(r.share), r.binding, formatCount(r.flops)};
        for (std::size_t j = 0; j < p.levels.size(); ++j)
            row.push_back(b(j < r.traffic.size() ? r.traffic[j].total() : 0));
        if (!p.levels.empty()) row.push_back(formatNumber(r.intensity(0), 4));
        ops.addRow(row);
    }
    out.push_back(ops);

    Table traffic("traffic by level and tensor class",
                  {"level", "weights", "activations", "kv_cache", "total"});
    traffic.alignRight({1, 2, 3, 4});
    for (std::size_t j = 0; j < p.levels.size(); ++j) {
        std::array<double, kTensorClassCount> cls{};
        for (const OpRecord& r : p.ops)
            if (j < r.traffic.size())
                for (int c = 0; c < kTensorClassCount; ++c)
                    cls[c] += r.traffic[j].bytes[c] * r.count;
        traffic.addRow({p.levels[j], b(cls[0]), b(cls[1]), b(cls[2]),
                        b(cls[0] + cls[1] + cls[2] + cls[3] + cls[4])});
    }
    out.push_back(traffic);

    // Explanation: the run and each phase as sentences; their what-ifs as numbers.
    Table ex("explanation", {"scope", "sentence"});
    // Latency and throughput apart: 2x batch takes longer per step but does twice the work.
    Table wi("what-ifs", {"scope", "what-if", "new time", "latency", "throughput"});
    wi.alignRight({2, 3, 4});
    for (const Explanation& e : p.explanations) {
        if (e.kind == ExplanationScope::op) continue;
        for (const std::string& s : e.sentences) ex.addRow({e.scope, s});
        for (const WhatIf& w : e.whatIfs)
            wi.addRow({e.scope, w.label, t(w.newTime), formatNumber(w.latencyRatio, 3) + "x",
                       formatNumber(w.throughputGain, 3) + "x"});
    }
    out.push_back(ex);
    out.push_back(wi);
    return out;
}

int run(const std::vector<std::string>& args) {
    Options parser;
    parser.setApplicationDescription(
        "Predict time, traffic and energy of a model on hardware with the analytical (roofline) "
        "predictor, and explain what bounds it.");
    addStandardOptions(parser);
    addSpecOptions(parser, "Hardware spec file.",
                   "Scenario spec file (default with --hardware and --model: one inference pass, "
                   "batch 1, 512 prompt and 128 generated tokens, fp16).");
    addScenarioOverrideOptions(parser, OverrideTarget::inference);
    addPredictorOptions(parser, "Predictor");
    parser.addOption(
        Option("ops", "List every operator in order (default: the top operators by time)."));
    parser.addOption(
        Option("top", "How many operators to list without --ops (default 10).", "N", "10"));
    parser.addOption(
        Option("trace", "Also write the timeline as a Chrome trace (JSON) to this file.", "file"));
    parser.addOption(Option("no-explain", "Skip explanations and what-ifs."));
    parser.addOption(Option("as-inference",
                            "Analyse a serving or training scenario as one inference pass anyway "
                            "(batch, prompt and generated tokens of its inference settings, by "
                            "default 1, 512 and 128)."));
    int exitCode = 0;
    const auto format = startCommand(parser, args, exitCode);
    if (!format) return exitCode;
    const std::optional<int> topValue = toInt(parser.value("top"));
    if (!topValue || *topValue < 0)
        return fail("--top expects a non-negative integer, got '" + parser.value("top") + "'", 2);
    const int top = *topValue;

    int specsCode = 0;
    Scenario defaultScenario;
    defaultScenario.name = "default inference scenario";
    auto specs = loadSpecsFromOptions(parser, {"analyze", "cannot analyse"}, CombinationCheck::run,
                                      specsCode, &defaultScenario);
    if (!specs) return specsCode;
    auto [hw, model, scenario] = std::move(*specs);
    if (!applyScenarioOverrides(parser, OverrideTarget::inference, hw, model, scenario)) return 2;

    // One inference pass says little about a serving system under load or a
    // training step; never substitute it silently.
    if (scenario.kind != "inference" && !parser.isSet("as-inference")) {
        if (scenario.kind == "serving")
            return fail("scenario \"" + scenario.name +
                            "\" is a serving scenario: `ridgeline-cli simulate` runs the serving "
                            "simulator on it (with the same --project or "
                            "--hardware/--model/--scenario); add --as-inference to analyse one "
                            "inference pass of the scenario's inference settings instead",
                        2);
        // Said as it is in this build: the training command may not exist yet.
        const bool haveTrain = commandExists("train");
        return fail("scenario \"" + scenario.name + "\" is a " + scenario.kind + " scenario: " +
                        (haveTrain ? "`ridgeline-cli train` simulates a training step on it"
                                   : "the training simulator (`ridgeline-cli train`) is not "
                                     "built yet, so Ridgeline cannot predict a training step") +
                        "; add --as-inference to analyse one inference pass of the scenario's "
                        "inference settings instead",
                    2);
    }

    AnalysisOptions options;
    options.explain = !parser.isSet("no-explain");
    int predictorCode = 0;
    const auto costModel = predictorFromOptions(parser, predictorCode);
    if (!costModel) return predictorCode;
    options.refine = refineHook(costModel);
    options.predictorName = costModel->name();

    const Prediction p = analyze(hw, model, scenario, options);
    if (p.ops.empty() && !p.warnings.empty()) return fail(p.warnings.front());

    if (parser.isSet("trace")) {
        const std::string path = parser.value("trace");
        const std::string err = saveJsonAtomically(path, predictionChromeTrace(p));
        if (!err.empty()) return fail("cannot write trace '" + path + "': " + err);
    }
    switch (*format) {
        case OutputFormat::json: {
            // Streamed: the same bytes as printJson(predictionToJson(p)), without the tree.
            writePredictionJson(p, stdout);
            std::fputs("\n", stdout);
            break;
        }
        case OutputFormat::csv:
            std::fputs(predictionOpsCsv(p).c_str(), stdout);
            break;
        case OutputFormat::table:
            printTables(tablesFor(p, parser.isSet("ops"), top), OutputFormat::table);
            break;
    }
    return 0;
}

const bool registered = registerCommand(
    {"analyze", "Predict and explain a model on hardware (roofline, per operator and per phase)",
     run});

}  // namespace
}  // namespace rl::cli
