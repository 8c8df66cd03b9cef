// ridgeline-cli train: the training simulator (one iteration of a parallel
// plan: time, breakdown, memory per stage, collectives) and the search over
// plans that fit.
#include <cstdio>
#include <initializer_list>
#include <memory>
#include <optional>

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/predictor_option.h"
#include "app/cli/run_budget.h"
#include "app/cli/spec_options.h"
#include "core/result/export.h"
#include "core/sim/training/search.h"
#include "core/sim/training/search_base.h"
#include "core/sim/training/to_prediction.h"
#include "core/sim/training/what_if.h"
#include "core/spec/atomic_save.h"
#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

using namespace rl::training;

std::string t(double s) { return s > 0 ? formatQuantity(s, Dimension::time, 4) : "0"; }
std::string gib(double b) { return formatNumber(b / (1024.0 * 1024 * 1024), 4); }
std::string pct(double f) { return formatNumber(f * 100, 3) + "%"; }

// Integer override: nullopt when absent; sets `error` when present but bad.
std::optional<int> intOption(const QCommandLineParser& p, const QString& name, int lo, int hi,
                             std::string& error) {
    if (!p.isSet(name)) return std::nullopt;
    bool ok = false;
    const long long v = p.value(name).toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        error = "--" + name.toStdString() + " expects an integer from " + std::to_string(lo) +
                " to " + std::to_string(hi) + ", got '" + p.value(name).toStdString() + "'";
        return std::nullopt;
    }
    return static_cast<int>(v);
}

// One of `choices`: nullopt when absent; sets `error` when present but none of them.
std::optional<std::string> choiceOption(const QCommandLineParser& p, const QString& name,
                                        std::initializer_list<const char*> choices,
                                        std::string& error) {
    if (!p.isSet(name)) return std::nullopt;
    const std::string v = p.value(name).toStdString();
    std::string expected;  // "a, b or c"
    std::size_t i = 0;
    for (const char* c : choices) {
        if (v == c) return v;
        expected += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + std::string(c);
        ++i;
    }
    error = "--" + name.toStdString() + " expects " + expected + ", got '" + v + "'";
    return std::nullopt;
}

std::optional<bool> onOff(const QCommandLineParser& p, const QString& name, std::string& error) {
    const auto v = choiceOption(p, name, {"on", "off"}, error);
    if (!v) return std::nullopt;
    return *v == "on";
}

// Applies the command-line overrides to the scenario's training plan inputs.
bool applyOverrides(const QCommandLineParser& p, Scenario& s, std::string& error) {
    TrainingScenario& tr = s.training;
    auto setInt = [&](const char* name, int lo, int hi, auto& field) {
        auto v = intOption(p, name, lo, hi, error);
        if (v) field = *v;
        return error.empty();
    };
    if (!setInt("tp", 1, 65536, s.parallelism.tensor) ||
        !setInt("pp", 1, 65536, s.parallelism.pipeline) ||
        !setInt("dp", 1, 1 << 20, s.parallelism.data) ||
        !setInt("ep", 1, 65536, s.parallelism.expert) ||
        !setInt("cp", 1, 65536, s.parallelism.context) ||
        !setInt("interleave", 1, 1024, tr.interleave) || !setInt("zero", 0, 3, tr.zeroStage))
        return false;
    if (auto v = intOption(p, "micro-batch", 1, 1 << 20, error)) tr.microBatch = *v;
    if (auto v = intOption(p, "global-batch", 1, 1 << 30, error)) tr.globalBatch = *v;
    if (auto v = intOption(p, "sequence", 1, 1 << 24, error)) tr.sequence = *v;
    if (!error.empty()) return false;
    if (auto v = choiceOption(p, "recompute", {"none", "selective", "full"}, error))
        tr.recompute = *v;
    if (!error.empty()) return false;
    if (auto v = choiceOption(p, "schedule", {"1f1b", "gpipe", "zero-bubble"}, error))
        tr.schedule = *v;
    if (!error.empty()) return false;
    if (auto v = onOff(p, "sequence-parallel", error)) tr.sequenceParallel = *v;
    if (auto v = onOff(p, "overlap-grad-reduce", error)) tr.overlapGradReduce = *v;
    if (auto v = onOff(p, "overlap-param-gather", error)) tr.overlapParamGather = *v;
    if (auto v = onOff(p, "overlap-tp", error)) tr.overlapTensorComm = *v;
    if (auto v = onOff(p, "fp8", error)) tr.fp8 = *v;
    return error.empty();
}

std::string planText(const TrainingPlan& p) {
    std::string s = "TP " + std::to_string(p.tp) +
                    (p.cp > 1 ? " x CP " + std::to_string(p.cp) : std::string()) + " x PP " +
                    std::to_string(p.pp) + " x DP " + std::to_string(p.dp);
    if (p.ep > 1) s += " (EP " + std::to_string(p.ep) + ")";
    s += ", " + std::string(toString(p.schedule));
    if (p.chunks > 1) s += " v=" + std::to_string(p.chunks);
    if (p.fp8) s += ", fp8 GEMMs";
    return s;
}

std::vector<Table> reportTables(const Hardware& hw, const TrainingReport& r, double tokens,
                                const std::string& predictor) {
    const TrainingPlan& p = r.plan;
    std::vector<Table> out;
    Table sum("summary", {"quantity", "value"});
    sum.addRow({"plan", planText(p)});
    sum.addRow({"operator predictor", predictor});
    sum.addRow({"micro-batch x micro-batches",
                std::to_string(p.microBatch) + " x " + std::to_string(p.microBatches)});
    sum.addRow({"sequence parallel / recompute / ZeRO",
                std::string(p.sequenceParallel ? "on" : "off") + " / " +
                    std::string(toString(p.recompute)) + " / " + std::to_string(p.zeroStage)});
    // Each figure also as a number in its unit, for --format json.
    auto figure = [&](const std::string& name, const std::string& text, double v,
                      const char* unit) {
        sum.addRow({name, text}, {std::nullopt, v}, unit);
    };
    figure("iteration time", t(r.iterationTime), r.iterationTime, "s");
    figure("MFU", pct(r.mfu), 100 * r.mfu, "%");
    figure("HFU", pct(r.hfu), 100 * r.hfu, "%");
    figure("tokens/s", formatNumber(r.tokensPerS, 5), r.tokensPerS, "tokens/s");
    figure("TFLOP/s per GPU", formatNumber(r.tflopsPerGpu, 4), r.tflopsPerGpu, "TFLOP/s");
    figure("communication hidden", pct(r.overlap), 100 * r.overlap, "%");
    if (r.plan.fp8) figure("fp8 scaling (casts, amax)", t(r.fp8Scaling), r.fp8Scaling, "s");
    if (r.dpContention > 0)
        figure("DP reduction slowed by PP sends on its NIC", t(r.dpContention), r.dpContention,
               "s");
    figure("energy per iteration (at TDP)",
           formatQuantity(r.energyPerIteration, Dimension::energy, 4), r.energyPerIteration, "J");
    figure("time to train " + formatCount(tokens) + " tokens",
           formatNumber(r.timeToTrain / 86400, 4) + " days", r.timeToTrain, "s");
    if (hw.costPerHourUsd > 0)
        figure("cost to train", "$" + formatNumber(r.costToTrain, 4), r.costToTrain, "USD");
    figure("energy to train", formatQuantity(r.energyToTrain, Dimension::energy, 4),
           r.energyToTrain, "J");
    sum.addRow(
        {"fits in memory",
         r.memory.fits
             ? "yes"
             : "no: stage " + std::to_string(r.memory.worstStage) + " needs " +
                   gib(r.memory.stages[static_cast<std::size_t>(r.memory.worstStage)].total()) +
                   " GiB of " + gib(r.memory.capacity)});
    out.push_back(sum);

    const StepBreakdown& b = r.breakdown;
    Table br("breakdown (stage " + std::to_string(r.criticalStage) + ")",
             {"part", "time", "share"});
    br.alignRight({1, 2});
    br.setJsonUnit(1, "s");
    const double total = r.iterationTime > 0 ? r.iterationTime : 1;
    for (auto [name, v] : b.parts()) br.addRow({name, t(v), pct(v / total)}, {std::nullopt, v});
    out.push_back(br);

    Table mem("memory per GPU (GiB)", {"stage", "layers", "weights", "gradients", "optimizer",
                                       "activations", "logits", "buffers", "total", "capacity"});
    mem.alignRight({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    for (const StageMemory& s : r.memory.stages)
        mem.addRow({std::to_string(s.stage), formatNumber(s.layers, 4), gib(s.weights),
                    gib(s.gradients), gib(s.optimizer), gib(s.activations),
                    gib(s.outputActivations), gib(s.commBuffers), gib(s.total()),
                    gib(r.memory.capacity)});
    out.push_back(mem);

    Table col("collectives (per GPU per iteration)",
              {"purpose", "ranks", "tier", "size", "time each", "calls", "exposed"});
    col.alignRight({1, 3, 4, 5, 6});
    col.setJsonUnit(3, "B");
    col.setJsonUnit(4, "s");
    col.setJsonUnit(6, "s");
    for (const CollectiveUse& c : r.collectives)
        col.addRow(
            {toString(c.purpose), std::to_string(c.ranks),
             hw.interconnect.empty() ? "-" : hw.interconnect[static_cast<std::size_t>(c.tier)].name,
             formatQuantity(c.bytes, Dimension::bytes, 4), t(c.timeEach), formatNumber(c.calls, 5),
             t(c.exposed)},
            {std::nullopt, std::nullopt, std::nullopt, c.bytes, c.timeEach, std::nullopt,
             c.exposed});
    out.push_back(col);
    return out;
}

Table searchTable(const SearchResult& s, std::size_t top) {
    Table tb("plans that fit, fastest first (" + std::to_string(s.fits.size()) + " of " +
                 std::to_string(s.enumerated) + " valid; " + std::to_string(s.tooBig) +
                 " do not fit)",
             {"rank", "TP", "CP", "PP", "v", "schedule", "DP", "EP", "micro", "ZeRO", "recompute",
              "iteration", "MFU", "tokens/s", "memory (GiB)"});
    tb.alignRight({0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14});
    tb.setJsonUnit(11, "s");
    for (std::size_t i = 0; i < s.fits.size() && i < top; ++i) {
        const SearchCandidate& c = s.fits[i];
        tb.addRow(
            {std::to_string(i + 1), std::to_string(c.plan.tp), std::to_string(c.plan.cp),
             std::to_string(c.plan.pp), std::to_string(c.plan.chunks),
             std::string(toString(c.plan.schedule)), std::to_string(c.plan.dp),
             std::to_string(c.plan.ep), std::to_string(c.plan.microBatch),
             std::to_string(c.plan.zeroStage), std::string(toString(c.plan.recompute)),
             t(c.iterationTime), pct(c.mfu), formatNumber(c.tokensPerS, 5), gib(c.peakMemory)},
            {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
             std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
             c.iterationTime});
    }
    return tb;
}

int run(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Simulate one training iteration of a parallel plan (TP, CP, PP with GPipe / 1F1B / "
        "interleaved 1F1B / zero bubble, DP with ZeRO, EP; bf16 or fp8 GEMMs): iteration time and "
        "its breakdown, MFU, memory per GPU per pipeline stage, collectives; or search the plans "
        "that fit (--search).");
    addStandardOptions(parser);
    addSpecOptions(parser, "Hardware spec file (a cluster).", "Training scenario file.");
    parser.addOption({"tp", "Tensor parallelism (overrides the scenario).", "N"});
    parser.addOption({"pp", "Pipeline parallelism.", "N"});
    parser.addOption({"dp", "Data parallelism.", "N"});
    parser.addOption({"ep", "Expert parallelism (MoE; inside DP).", "N"});
    parser.addOption({"cp", "Context parallelism (ring attention over the sequence).", "N"});
    parser.addOption({"interleave", "Virtual pipeline chunks per rank (interleaved 1F1B).", "N"});
    parser.addOption({"micro-batch", "Micro-batch size.", "N"});
    parser.addOption({"global-batch", "Global batch (sequences per iteration).", "N"});
    parser.addOption({"sequence", "Sequence length (tokens).", "N"});
    parser.addOption({"zero", "ZeRO stage 0-3 (1: distributed optimizer).", "N"});
    parser.addOption({"recompute", "none, selective or full.", "name"});
    parser.addOption({"schedule",
                      "1f1b (interleaved when --interleave > 1), gpipe or zero-bubble (ZB-H1).",
                      "name"});
    parser.addOption(
        {"fp8", "fp8 GEMMs with per-tensor scaling: on or off (default off).", "on|off"});
    parser.addOption({"sequence-parallel", "on or off.", "on|off"});
    parser.addOption(
        {"overlap-grad-reduce", "DP reduce-scatter with backward: on or off.", "on|off"});
    parser.addOption(
        {"overlap-param-gather", "Parameter all-gather with forward: on or off.", "on|off"});
    parser.addOption({"overlap-tp", "TP communication with compute: on or off.", "on|off"});
    parser.addOption(
        {"flash-attention", "Fused attention kernels: on (default) or off.", "on|off"});
    parser.addOption({"tokens",
                      "Tokens to train for the time/cost/energy figures (default "
                      "300e9).",
                      "N", "300e9"});
    parser.addOption(
        {"trace-out", "Write the per-rank timeline as a Chrome trace (JSON).", "file"});
    addPredictorOptions(parser, "Operator predictor");
    parser.addOption({"no-explain", "Skip the explanation and the re-simulated what-ifs."});
    parser.addOption({"search", "Search the plans that fit on --gpus GPUs, fastest first."});
    parser.addOption({"gpus", "GPUs for --search (default: every device of the hardware).", "N"});
    parser.addOption({"top", "Rows of the --search table (default 20).", "N", "20"});
    RunBudget::addOptions(parser);
    int exitCode = 0;
    const auto format = startCommand(parser, args, exitCode);
    if (!format) return exitCode;

    int specsCode = 0;
    auto specs = loadSpecsFromOptions(parser, {"train", "cannot simulate"}, CombinationCheck::skip,
                                      specsCode);
    if (!specs) return specsCode;
    auto [hw, model, scenario] = std::move(*specs);
    if (scenario.kind != "training")
        return fail("scenario \"" + scenario.name + "\" is of kind \"" + scenario.kind +
                        "\"; train needs a training scenario",
                    2);
    std::string error;
    if (!applyOverrides(parser, scenario, error)) return fail(error, 2);
    bool ok = false;
    const double tokens = parser.value("tokens").toDouble(&ok);
    if (!ok || !(tokens > 0))
        return fail("--tokens expects a positive number, got '" +
                        parser.value("tokens").toStdString() + "'",
                    2);

    int predictorCode = 0;
    const auto costModel = predictorFromOptions(parser, predictorCode);
    if (!costModel) return predictorCode;
    const RefineFn refine = refineHook(costModel);

    try {
        if (parser.isSet("search")) {
            SearchOptions so;
            so.refine = refine;
            so.gpus = hw.deviceCount();
            if (auto g = intOption(parser, "gpus", 1, hw.deviceCount(), error)) so.gpus = *g;
            const auto top = intOption(parser, "top", 0, 1 << 30, error);
            if (!error.empty()) return fail(error, 2);
            TrainingPlan plan = searchBasePlan(model, scenario);
            if (auto fa = onOff(parser, "flash-attention", error)) plan.flashAttention = *fa;
            if (!error.empty()) return fail(error, 2);
            RunBudget budget;
            if (!budget.configure(parser)) return 2;
            so.keepBestOnCancel = true;
            so.progress.cancel = budget.cancelFlag();
            budget.start();
            const SearchResult r = searchPlans(hw, model, plan, so);
            if (r.fits.empty() && r.partial)
                return fail(
                    "search stopped (" + budget.stopReason() + ") before any plan was simulated",
                    budget.exitCode(1));
            if (r.fits.empty())
                return fail("none of the " + std::to_string(r.enumerated) + " plans on " +
                            std::to_string(so.gpus) + " GPUs fits in " +
                            formatQuantity(hw.mainMemoryBytes(), Dimension::bytes, 4) + " per GPU");
            std::vector<Table> tables{searchTable(r, static_cast<std::size_t>(top ? *top : 20))};
            if (r.partial) {
                const std::string note = budget.partialNote(
                    std::to_string(r.simulated) + " of the " +
                    std::to_string(r.enumerated - r.tooBig) +
                    " plans that fit were simulated; the fastest of those are listed");
                Table stopped("stopped", {"note"});
                stopped.addRow({note});
                tables.push_back(stopped);
                std::fprintf(stderr, "%s\n", note.c_str());
            }
            printTables(tables, *format);
            return budget.exitCode();
        }
        if (parser.isSet("time-limit"))
            return fail("--time-limit applies to --search (one iteration simulates in moments)", 2);
        TrainingPlan plan = makePlan(model, scenario);
        if (auto fa = onOff(parser, "flash-attention", error)) plan.flashAttention = *fa;
        if (!error.empty()) return fail(error, 2);
        TrainingOptions options;
        options.trace = parser.isSet("trace-out");
        options.tokensToTrain = tokens;
        options.refine = refine;
        TrainingReport r = simulateTraining(hw, model, plan, options);
        std::vector<Table> tables = reportTables(hw, r, tokens, costModel->name());
        if (!parser.isSet("no-explain")) {
            const TrainingExplanation ex = explainTraining(hw, model, r, refine);
            Table why("explanation", {"sentence"});
            for (const std::string& s : ex.sentences) why.addRow({s});
            tables.push_back(why);
            Table wi("what-ifs (re-simulated)", {"change", "iteration", "throughput"});
            wi.alignRight({1, 2});
            wi.setJsonUnit(1, "s");
            for (const TrainingWhatIf& w : ex.whatIfs)
                wi.addRow({w.label, t(w.iterationTime),
                           (w.throughputGain >= 0 ? "+" : "") + pct(w.throughputGain)},
                          {std::nullopt, w.iterationTime});
            tables.push_back(wi);
        }
        const bool fits = r.memory.fits;
        const int worst = r.memory.worstStage;
        if (parser.isSet("trace-out")) {
            const Prediction p = trainingPrediction(hw, model, scenario.name, std::move(r));
            const std::string path = parser.value("trace-out").toStdString();
            const std::string err =
                saveFileAtomically(path, predictionChromeTrace(p).dump() + "\n");
            if (!err.empty()) return fail(err);
        }
        printTables(tables, *format);
        if (!fits)
            std::fprintf(stderr,
                         "ridgeline-cli: warning: the plan does not fit in memory "
                         "(stage %d)\n",
                         worst);
        return 0;
    } catch (const std::invalid_argument& e) {
        return fail(std::string("cannot simulate: ") + e.what(), 2);
    }
}

const bool registered = registerCommand(
    {"train", "simulate a training iteration or search the parallel plans that fit", run});

}  // namespace
}  // namespace rl::cli
