// ridgeline-cli dataflow: evaluate a mapping of a problem on a spatial
// accelerator (per-level, per-tensor accesses, cycles, utilisation, energy,
// loop nest), search for the best mapping, or map every layer of a model.
#include <cmath>
#include <cstdio>
#include <map>

#include "app/cli/command.h"
#include "app/cli/lowered_model.h"
#include "app/cli/output.h"
#include "app/cli/progress_line.h"
#include "app/cli/run_budget.h"
#include "core/dataflow/load_specs.h"
#include "core/dataflow/lower_operator.h"
#include "core/dataflow/mapper.h"
#include "core/dataflow/mapspace.h"
#include "core/dataflow/report.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

namespace rl::cli {
namespace {

using namespace rl::dataflow;

std::string fj(double j) { return formatNumber(j * 1e15, 6); }
std::string pj(double j) { return formatNumber(j * 1e12, 6); }
std::string pct(double f) { return formatNumber(f * 100, 5) + "%"; }

std::string dimsText(const DataflowProblem& p) {
    std::string s;
    for (Dim d : kAllDims)
        if (p.bound(d) > 1)
            s +=
                std::string(s.empty() ? "" : " ") + dimLetter(d) + "=" + std::to_string(p.bound(d));
    return s.empty() ? "1" : s;
}

std::vector<Table> evaluationTables(const Evaluation& e, const AcceleratorArch& arch,
                                    const DataflowProblem& p) {
    Table sum("summary", {"quantity", "value"});
    sum.addRow({"architecture", arch.name});
    sum.addRow({"problem", (p.name.empty() ? std::string() : p.name + ": ") + dimsText(p)});
    sum.addRow({"MACs", formatInteger(static_cast<double>(e.macs))});
    sum.addRow({"cycles", formatInteger(static_cast<double>(e.cycles))});
    sum.addRow({"compute cycles", formatInteger(static_cast<double>(e.computeCycles))});
    sum.addRow({"utilisation", pct(e.utilization)});
    sum.addRow({"MACs in use",
                std::to_string(e.utilizedMacs) + " of " + std::to_string(arch.mac.instances)});
    sum.addRow({"energy", pj(e.energyJ) + " pJ"});
    sum.addRow({"energy per MAC", fj(e.energyPerMacJ()) + " fJ"});
    sum.addRow({"time at clock",
                formatQuantity(static_cast<double>(e.cycles) / arch.clockHz, Dimension::time, 4)});

    Table lv("levels",
             {"level", "tensor", "tile words", "reads", "fills", "updates", "energy pJ", "fJ/MAC"});
    lv.alignRight({2, 3, 4, 5, 6, 7});
    double macs = static_cast<double>(std::max<std::int64_t>(1, e.macs));
    for (int i = 0; i < e.levelCount; ++i) {
        const auto& L = e.level[i];
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const auto& a = L.tensor[t];
            if (!a.kept) continue;
            lv.addRow({arch.levels[i].name, std::string(toString(static_cast<DataSpace>(t))),
                       std::to_string(a.tileWords), std::to_string(a.reads),
                       std::to_string(a.fills), std::to_string(a.updates), pj(a.energyJ),
                       fj(a.energyJ / macs)});
        }
        if (L.leakJ > 0)
            lv.addRow(
                {arch.levels[i].name, "leakage", "", "", "", "", pj(L.leakJ), fj(L.leakJ / macs)});
        lv.addRow({arch.levels[i].name, "total", std::to_string(L.tileWords), "", "", "",
                   pj(L.energyJ), fj(L.energyJ / macs)});
    }
    lv.addRow(
        {arch.mac.name, "compute", "", "", "", "", pj(e.macEnergyJ), fj(e.macEnergyJ / macs)});
    lv.addRow({"all", "total", "", "", "", "", pj(e.energyJ), fj(e.energyPerMacJ())});
    return {sum, lv};
}

int runModel(const QCommandLineParser& parser, const AcceleratorArch& arch,
             const MapperOptions& base, OutputFormat format, RunBudget& budget) {
    auto lowered = cli::loadLoweredModel(parser.value("model"), parser.value("scenario"));
    if (!lowered) return 1;
    const std::vector<Operator>& ops = lowered->ops;
    Table t("layers", {"layer", "problem", "count", "cycles", "utilisation", "fJ/MAC",
                       "energy pJ (x count)"});
    t.alignRight({2, 3, 4, 5, 6});
    std::map<std::string, MapperResult> cache;
    ProgressLine progressLine;
    double totalCycles = 0, totalEnergy = 0;
    int mapped = 0, layers = 0;
    bool partial = false;
    budget.start();
    for (const auto& op : ops)
        for (const auto& p : toDataflowProblems(op)) {
            ++layers;
            if (budget.stopped()) continue;  // counted, not mapped
            std::string key = toJson(p).dump();
            auto it = cache.find(key);
            if (it == cache.end()) {
                Progress progress = progressLine.progress();
                progress.cancel = budget.cancelFlag();
                std::fprintf(stderr, "%s (%s)\n", p.name.c_str(), dimsText(p).c_str());
                it = cache.emplace(key, searchMappings(arch, p, base, progress)).first;
                progressLine.interrupt();  // a search stopped short leaves its line open
            }
            const auto& r = it->second;
            partial = partial || r.partial;
            if (!r.found) {
                t.addRow({p.name, dimsText(p), formatNumber(op.count, 6), "no valid mapping", "",
                          "", ""});
                continue;
            }
            ++mapped;
            totalCycles += static_cast<double>(r.bestEval.cycles) * op.count;
            totalEnergy += r.bestEval.energyJ * op.count;
            t.addRow({p.name, dimsText(p), formatNumber(op.count, 6),
                      formatInteger(static_cast<double>(r.bestEval.cycles)),
                      pct(r.bestEval.utilization), fj(r.bestEval.energyPerMacJ()),
                      pj(r.bestEval.energyJ * op.count)});
        }
    Table s("summary", {"quantity", "value"});
    s.addRow({"architecture", arch.name});
    s.addRow({"model", lowered->modelName});
    s.addRow({"layers mapped", std::to_string(mapped) + " of " + std::to_string(layers)});
    if (partial || budget.stopped()) {
        const std::string note = budget.partialNote(
            "the layers listed were mapped with the best mapping found so far, the totals "
            "cover only them");
        s.addRow({"stopped", note});
        std::fprintf(stderr, "%s\n", note.c_str());
    }
    s.addRow({"cycles (sum x count)", formatInteger(totalCycles)});
    s.addRow({"time at clock", formatQuantity(totalCycles / arch.clockHz, Dimension::time, 4)});
    s.addRow({"energy", pj(totalEnergy) + " pJ"});
    printTables({s, t}, format);
    return budget.exitCode(mapped > 0 ? 0 : 1);
}

int run(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Evaluate a loop-nest mapping on a spatial accelerator, search for the best one, or map a "
        "model layer by layer.");
    addStandardOptions(parser);
    parser.addOption(
        {"arch",
         "Accelerator file (ridgeline.accelerator, or a hardware file with an \"accelerator\").",
         "file"});
    parser.addOption({"problem", "Problem file (ridgeline.problem).", "file"});
    parser.addOption({"mapping", "Mapping file (ridgeline.mapping) to evaluate.", "file"});
    parser.addOption({"search", "Search for the best mapping."});
    parser.addOption({"objective", "Search objective: cycles, energy or edp (default).",
                      "cycles|energy|edp", "edp"});
    parser.addOption({"seed", "Random seed of the search (default 1).", "n", "1"});
    parser.addOption({"threads", "Worker threads (default: all cores).", "n", "0"});
    parser.addOption(
        {"evaluations",
         "Search budget in mapping evaluations (default 2000000; 200000 per layer with --model).",
         "n"});
    parser.addOption({"save-mapping", "Write the best mapping found to this file.", "file"});
    RunBudget::addOptions(parser);
    parser.addOption({"model", "Model file: map every layer (with --scenario).", "file"});
    parser.addOption({"scenario", "Scenario file for --model.", "file"});
    int exitCode = 0;
    const auto format = startCommand(parser, args, exitCode);
    if (!format) return exitCode;
    if (!parser.isSet("arch")) return fail("--arch is required (see --help)", 2);

    Diagnostics diag;
    auto arch = loadAcceleratorArch(parser.value("arch").toStdString(), diag);
    if (!diag.items().empty()) std::fprintf(stderr, "%s\n", diag.format().c_str());
    if (!arch) return 1;

    MapperOptions opt;
    auto obj = parseObjective(parser.value("objective").toStdString());
    if (!obj) return fail("--objective must be cycles, energy or edp", 2);
    opt.objective = *obj;
    bool ok = true;
    opt.seed = parser.value("seed").toULongLong(&ok);
    if (!ok) return fail("--seed must be a non-negative integer", 2);
    opt.threads = parser.value("threads").toInt(&ok);
    if (!ok || opt.threads < 0) return fail("--threads must be a non-negative integer", 2);
    if (parser.isSet("evaluations")) {
        // Read as a double so "1e18" is understood, then refused by the cap.
        const double n = parser.value("evaluations").toDouble(&ok);
        if (!ok || !(n >= 1) || n != std::floor(n))
            return fail("--evaluations must be a whole number >= 1", 2);
        if (n > static_cast<double>(kMaxMapperEvaluations))
            return fail("--evaluations " + parser.value("evaluations").toStdString() +
                            " is over the cap of " +
                            formatInteger(static_cast<double>(kMaxMapperEvaluations)) +
                            " evaluations (about 1.5 core-hours; it would not finish): give "
                            "fewer, or search until a deadline with --time-limit SECONDS",
                        2);
        opt.evaluations = static_cast<std::int64_t>(n);
    } else if (parser.isSet("model")) {
        opt.evaluations = 200000;
    }
    RunBudget budget;
    if (!budget.configure(parser)) return 2;
    opt.keepBestOnCancel = true;

    if (parser.isSet("model")) {
        if (!parser.isSet("scenario")) return fail("--model needs --scenario", 2);
        return runModel(parser, *arch, opt, *format, budget);
    }
    if (!parser.isSet("problem")) return fail("--problem (or --model) is required (see --help)", 2);
    auto problem = loadProblem(parser.value("problem").toStdString(), diag);
    if (!problem) {
        std::fprintf(stderr, "%s\n", diag.format().c_str());
        return 1;
    }
    MappingNest nest;
    Evaluation eval;
    std::vector<Table> extra;
    std::string partialNote;  // set when a search stopped early
    if (parser.isSet("mapping")) {
        Diagnostics md;
        auto mapping = loadMapping(parser.value("mapping").toStdString(), md);
        if (!mapping || !bindMapping(*mapping, *arch, nest, md, "") ||
            !validateMapping(nest, *arch, *problem, md, "")) {
            std::fprintf(stderr, "%s\n", md.format().c_str());
            return 1;
        }
        // The model evaluates any valid mapping; the constraints only narrow
        // what the mapper proposes, so a mapping that breaks them is costed
        // with a warning rather than refused.
        Diagnostics cd;
        if (!checkConstraints(nest, *arch, cd, ""))
            std::fprintf(stderr,
                         "warning: the mapping breaks the architecture's mapspace constraints "
                         "(evaluated anyway; the mapper never proposes it):\n%s\n",
                         cd.format().c_str());
        eval = LoopNestModel(*arch, *problem).evaluate(nest);
    } else if (parser.isSet("search")) {
        ProgressLine progressLine;
        Progress progress = progressLine.progress();
        progress.cancel = budget.cancelFlag();
        budget.start();
        auto r = searchMappings(*arch, *problem, opt, progress);
        progressLine.interrupt();  // a search stopped short leaves its line open
        if (!r.found && r.partial)
            return fail(
                "search stopped (" + budget.stopReason() + ") before a valid mapping was found",
                budget.exitCode(1));
        if (!r.found) return fail("no valid mapping found (tiles may not fit the buffers)");
        nest = r.best;
        eval = r.bestEval;
        Table s("search", {"quantity", "value"});
        s.addRow({"objective", std::string(toString(opt.objective))});
        s.addRow({"seed", std::to_string(opt.seed)});
        s.addRow({"evaluations", formatInteger(static_cast<double>(r.evaluations))});
        s.addRow({"valid", formatInteger(static_cast<double>(r.valid))});
        s.addRow({"spatial choices", std::to_string(r.spatialChoices)});
        s.addRow({"seconds", formatNumber(r.seconds, 3)});
        s.addRow({"seconds to best", formatNumber(r.secondsToBest, 3)});
        if (r.partial) {
            partialNote = budget.partialNote("the best of " +
                                             formatInteger(static_cast<double>(r.evaluations)) +
                                             " evaluations");
            s.addRow({"stopped", partialNote});
            std::fprintf(stderr, "%s\n", partialNote.c_str());
        }
        extra.push_back(s);
        Table pf("pareto", {"cycles", "energy pJ", "fJ/MAC"});
        pf.alignRight({0, 1, 2});
        for (const auto& pt : r.pareto)
            pf.addRow({std::to_string(pt.cycles), pj(pt.energyJ),
                       fj(pt.energyJ / static_cast<double>(std::max<std::int64_t>(1, eval.macs)))});
        extra.push_back(pf);
        if (parser.isSet("save-mapping")) {
            auto err = saveJsonAtomically(
                parser.value("save-mapping").toStdString(),
                toJson(
                    toMapping(nest, *arch, "best (" + std::string(toString(opt.objective)) + ")")));
            if (!err.empty()) return fail(err);
        }
    } else {
        return fail("give --mapping FILE or --search (see --help)", 2);
    }
    if (*format == OutputFormat::json) {
        Json j = evaluationToJson(eval, *arch, *problem);
        j["mapping"] = toJson(toMapping(nest, *arch));
        j["loop_nest"] = loopNestText(nest, *arch);
        for (const auto& t : extra) j[t.title] = tableToJson(t);
        if (!partialNote.empty()) j["partial"] = partialNote;
        printJson(j);
        return budget.exitCode();
    }
    auto tables = evaluationTables(eval, *arch, *problem);
    tables.insert(tables.end(), extra.begin(), extra.end());
    printTables(tables, *format);
    if (*format == OutputFormat::table)
        std::printf("\nloop nest (outer first)\n%s", loopNestText(nest, *arch).c_str());
    return budget.exitCode();
}

const bool registered = registerCommand({"dataflow",
                                         "Map a problem (or a model's layers) onto a spatial "
                                         "accelerator: accesses, cycles, energy; mapper search",
                                         run});

}  // namespace
}  // namespace rl::cli
