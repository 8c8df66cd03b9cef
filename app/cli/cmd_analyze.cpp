// ridgeline-cli analyze: the analytical predictor on a hardware + model +
// scenario (or a project): totals, phases, operators, traffic, explanation.
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <numeric>

#include "app/cli/analyze_predictors.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/analytical/analyze.h"
#include "core/result/export.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

std::string t(double s) { return s > 0 ? formatQuantity(s, Dimension::time, 4) : "0"; }
std::string b(double v) { return formatQuantity(v, Dimension::bytes, 4); }
std::string pct(double f) { return formatNumber(f * 100, 3) + "%"; }

template <class T>
std::optional<T> loadOrReport(const Loaded<T>& l) {
    if (!l.diagnostics.items().empty())
        std::fprintf(stderr, "%s\n", l.diagnostics.format().c_str());
    if (!l.ok()) return std::nullopt;
    return l.value;
}

std::vector<Table> tablesFor(const Prediction& p, bool allOps, int top) {
    std::vector<Table> out;
    Table sum("summary", {"quantity", "value"});
    sum.addRow({"hardware", p.hardware});
    sum.addRow({"model", p.model});
    sum.addRow({"scenario", p.scenario});
    sum.addRow({"predictor", p.predictor});
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
    Table wi("what-ifs", {"scope", "what-if", "new time", "speedup"});
    wi.alignRight({2, 3});
    for (const Explanation& e : p.explanations) {
        const bool isPhase = std::any_of(p.phases.begin(), p.phases.end(),
                                         [&](const auto& s) { return s.phase == e.scope; });
        if (e.scope != "run" && !isPhase) continue;
        for (const std::string& s : e.sentences) ex.addRow({e.scope, s});
        for (const WhatIf& w : e.whatIfs)
            wi.addRow({e.scope, w.label, t(w.newTime), formatNumber(w.speedup, 3) + "x"});
    }
    out.push_back(ex);
    out.push_back(wi);
    return out;
}

int run(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Predict time, traffic and energy of a model on hardware with the analytical (roofline) "
        "predictor, and explain what bounds it.");
    addStandardOptions(parser);
    parser.addOption({"hardware", "Hardware spec file.", "file"});
    parser.addOption({"model", "Model spec file (or a Hugging Face config.json).", "file"});
    parser.addOption({"scenario", "Scenario spec file.", "file"});
    parser.addOption(
        {"project", "Project file (instead of --hardware/--model/--scenario).", "file"});
    std::string predictorHelp = "Predictor: roofline (default)";
    for (const auto& p : analyzePredictors())
        predictorHelp += ", " + p.name + " (" + p.summary + ")";
    parser.addOption(
        {"predictor", QString::fromStdString(predictorHelp + "."), "name", "roofline"});
    parser.addOption({"model-file", "Fitted model for learned/hybrid predictors.", "file"});
    parser.addOption({"ops", "List every operator in order (default: the top operators by time)."});
    parser.addOption({"top", "How many operators to list without --ops (default 10).", "N", "10"});
    parser.addOption(
        {"trace", "Also write the timeline as a Chrome trace (JSON) to this file.", "file"});
    parser.addOption({"no-explain", "Skip explanations and what-ifs."});
    if (auto code = parseArguments(parser, args)) return *code;
    auto format = outputFormat(parser);
    if (!format) return 2;
    bool topOk = false;
    const int top = parser.value("top").toInt(&topOk);
    if (!topOk || top < 0)
        return fail(
            "--top expects a non-negative integer, got '" + parser.value("top").toStdString() + "'",
            2);

    Hardware hw;
    ModelSpec model;
    Scenario scenario;
    if (parser.isSet("project")) {
        if (parser.isSet("hardware") || parser.isSet("model") || parser.isSet("scenario"))
            return fail("give either --project or --hardware/--model/--scenario, not both", 2);
        auto p = loadOrReport(loadProject(parser.value("project").toStdString()));
        if (!p) return fail("cannot load project '" + parser.value("project").toStdString() + "'");
        hw = p->hardware;
        model = p->model;
        scenario = p->scenario;
    } else {
        if (!parser.isSet("hardware") || !parser.isSet("model") || !parser.isSet("scenario"))
            return fail(
                "analyze needs --hardware, --model and --scenario (or --project); see --help", 2);
        auto h = loadOrReport(loadHardware(parser.value("hardware").toStdString()));
        auto m = loadOrReport(loadModel(parser.value("model").toStdString()));
        auto s = loadOrReport(loadScenario(parser.value("scenario").toStdString()));
        if (!h || !m || !s) return fail("cannot analyse: fix the errors above");
        hw = *h;
        model = *m;
        scenario = *s;
    }

    AnalysisOptions options;
    options.explain = !parser.isSet("no-explain");
    const std::string predictor = parser.value("predictor").toStdString();
    options.predictorName = predictor;
    if (predictor != "roofline") {
        const auto& preds = analyzePredictors();
        auto it = std::find_if(preds.begin(), preds.end(),
                               [&](const auto& p) { return p.name == predictor; });
        if (it == preds.end()) {
            std::string known = "roofline";
            for (const auto& p : preds) known += ", " + p.name;
            return fail("unknown --predictor '" + predictor + "'; expected one of: " + known, 2);
        }
        std::string error;
        options.refine = it->makeRefine(parser.value("model-file").toStdString(), error);
        if (!options.refine)
            return fail(error.empty() ? "predictor '" + predictor + "' could not start" : error);
    }

    const Prediction p = analyze(hw, model, scenario, options);
    if (p.ops.empty() && !p.warnings.empty()) return fail(p.warnings.front());

    if (parser.isSet("trace")) {
        const std::string path = parser.value("trace").toStdString();
        const std::string err = saveJsonAtomically(path, predictionChromeTrace(p));
        if (!err.empty()) return fail("cannot write trace '" + path + "': " + err);
    }
    switch (*format) {
        case OutputFormat::json:
            printJson(predictionToJson(p));
            break;
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
