// ridgeline-cli systolic: SCALE-Sim-style closed-form systolic-array model
// for one layer or every conv/GEMM layer of a model.
#include <cstdio>
#include <stdexcept>

#include "app/cli/command.h"
#include "app/cli/lowered_model.h"
#include "app/cli/output.h"
#include "core/dataflow/lower_operator.h"
#include "core/dataflow/systolic.h"
#include "core/dataflow/systolic_topology.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

namespace rl::cli {
namespace {

using namespace rl::dataflow;

std::string pct(double f) { return formatNumber(f * 100, 5) + "%"; }

std::vector<std::string> row(const std::string& name, const SystolicResult& r, double count) {
    return {name,
            formatNumber(count, 6),
            std::to_string(r.folds),
            std::to_string(r.cyclesPerFold),
            std::to_string(r.totalCycles),
            std::to_string(r.stallCycles),
            pct(r.overallUtilization),
            pct(r.mappingEfficiency),
            pct(r.computeUtilization),
            std::to_string(r.sramIfmapReads),
            std::to_string(r.sramFilterReads),
            std::to_string(r.sramOfmapWrites),
            std::to_string(r.dramIfmapReads),
            std::to_string(r.dramFilterReads),
            std::to_string(r.dramOfmapWrites),
            std::to_string(r.prefetchCycles),
            formatNumber(r.peakDramBandwidth, 4),
            r.memoryReplayed ? "replay" : "estimate"};
}

// Positive integers from a comma list ("--gemm 256,128,256"); an error names the option.
std::optional<std::vector<long long>> integers(const QString& list, const char* option,
                                               std::string& error) {
    std::vector<long long> v;
    for (const auto& p : list.split(',')) {
        bool ok = false;
        const long long x = p.trimmed().toLongLong(&ok);
        if (!ok || x < 1 || x > (1LL << 24)) {
            error = std::string(option) + ": got \"" + p.toStdString() +
                    "\"; expected a whole number from 1 to 16777216";
            return std::nullopt;
        }
        v.push_back(x);
    }
    return v;
}

// One SRAM size in KiB: the operand's own option, else --sram-kib.
std::optional<std::int64_t> sramWords(const QCommandLineParser& parser, const char* option) {
    const QString text = parser.isSet(option) ? parser.value(option) : parser.value("sram-kib");
    bool ok = false;
    const int kib = text.toInt(&ok);
    if (!ok || kib < 1 || kib > (1 << 20)) return std::nullopt;
    return static_cast<std::int64_t>(kib) * 1024;
}

int run(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Systolic-array cycles, utilisation and SRAM/DRAM traffic (SCALE-Sim's rules) for a layer "
        "or a model.\n"
        "Layer: --layer H,W,FH,FW,C,M,STRIDE[,BATCH] (input height/width, filter height/width, "
        "channels, filters); --gemm M,N,K; --topology a SCALE-Sim topology CSV (conv or GEMM "
        "form).\n"
        "Memory: double-buffered SRAMs per operand replayed as SCALE-Sim does; --bandwidth-mode "
        "user stalls on --dram-bw, calc runs stall-free and reports the DRAM rate needed.");
    addStandardOptions(parser);
    parser.addOption({"rows", "Array rows (default 32).", "n", "32"});
    parser.addOption({"cols", "Array columns (default 32).", "n", "32"});
    parser.addOption({"dataflow", "ws (default), os or is.", "ws|os|is", "ws"});
    parser.addOption(
        {"sram-kib", "Each operand SRAM in KiB of 1-byte words (default 64).", "n", "64"});
    parser.addOption({"ifmap-kib", "The ifmap SRAM in KiB (default: --sram-kib).", "n"});
    parser.addOption({"filter-kib", "The filter SRAM in KiB (default: --sram-kib).", "n"});
    parser.addOption({"ofmap-kib", "The ofmap SRAM in KiB (default: --sram-kib).", "n"});
    parser.addOption({"bandwidth-mode",
                      "user (default: stall on --dram-bw) or calc (stall-free; report the DRAM "
                      "rate needed), SCALE-Sim's InterfaceBandwidth.",
                      "user|calc", "user"});
    parser.addOption({"gemm", "One GEMM as M,N,K (SCALE-Sim's GEMM form).", "list"});
    parser.addOption({"topology", "A SCALE-Sim topology CSV: every layer.", "file"});
    parser.addOption({"dram-bw",
                      "DRAM words per cycle per operand interface; 0 = unlimited (default 10).",
                      "x", "10"});
    parser.addOption({"layer", "One conv layer as H,W,FH,FW,C,M,STRIDE[,BATCH].", "list"});
    parser.addOption({"model", "Model file: every conv/GEMM layer (with --scenario).", "file"});
    parser.addOption({"scenario", "Scenario file for --model.", "file"});
    int exitCode = 0;
    const auto format = startCommand(parser, args, exitCode);
    if (!format) return exitCode;
    SystolicArray a;
    bool ok1 = false, ok2 = false, ok4 = false;
    a.rows = parser.value("rows").toInt(&ok1);
    a.cols = parser.value("cols").toInt(&ok2);
    a.dramWordsPerCycle = parser.value("dram-bw").toDouble(&ok4);
    if (!ok1 || !ok2 || a.rows < 1 || a.cols < 1 || a.rows > 65536 || a.cols > 65536)
        return fail("--rows and --cols must be integers from 1 to 65536", 2);
    for (const char* option : {"sram-kib", "ifmap-kib", "filter-kib", "ofmap-kib"})
        if (!sramWords(parser, option))
            return fail(std::string("--") + option + ": got \"" +
                            parser.value(parser.isSet(option) ? option : "sram-kib").toStdString() +
                            "\"; expected a whole number of KiB from 1 to 1048576",
                        2);
    a.ifmapSramWords = *sramWords(parser, "ifmap-kib");
    a.filterSramWords = *sramWords(parser, "filter-kib");
    a.ofmapSramWords = *sramWords(parser, "ofmap-kib");
    const auto mode = parseSystolicBandwidthMode(parser.value("bandwidth-mode").toStdString());
    if (!mode)
        return fail("--bandwidth-mode: got \"" + parser.value("bandwidth-mode").toStdString() +
                        "\"; expected user or calc",
                    2);
    a.bandwidthMode = *mode;
    // Range-checked here: a rate of 1e-300 would make every cycle count leave 64 bits.
    if (!ok4 ||
        !(a.dramWordsPerCycle == 0 || (a.dramWordsPerCycle >= 1e-3 && a.dramWordsPerCycle <= 1e6)))
        return fail("--dram-bw: got \"" + parser.value("dram-bw").toStdString() +
                        "\"; expected 0 (unlimited) or a number from 0.001 to 1e6 words per cycle",
                    2);
    const auto dataflow = parseSystolicDataflow(parser.value("dataflow").toStdString());
    if (!dataflow) return fail("--dataflow must be ws, os or is", 2);
    a.dataflow = *dataflow;

    Table t("layers",
            {"layer", "count", "folds", "cycles/fold", "cycles", "stalls", "overall util",
             "mapping eff", "compute util", "SRAM ifmap reads", "SRAM filter reads",
             "SRAM ofmap writes", "DRAM ifmap reads", "DRAM filter reads", "DRAM ofmap writes",
             "prefetch cycles", "peak DRAM words/cycle", "stalls from"});
    for (std::size_t c = 1; c + 1 < t.columns.size(); ++c) t.rightAligned[c] = true;
    std::string overflow;  // why a layer's counts did not fit 64 bits, if one did not
    auto simulate = [&](const SystolicLayer& l) {
        try {
            return simulateSystolic(a, l);
        } catch (const std::overflow_error& e) {
            overflow = e.what();
            return SystolicResult{};
        }
    };
    if (parser.isSet("layer")) {
        auto parts = parser.value("layer").split(',');
        std::vector<long long> v;
        for (const auto& p : parts) {
            bool ok = false;
            long long x = p.trimmed().toLongLong(&ok);
            if (!ok || x < 1 || x > (1LL << 24))
                return fail("--layer values must be positive integers: \"" + p.toStdString() + "\"",
                            2);
            v.push_back(x);
        }
        if (v.size() < 7 || v.size() > 8)
            return fail("--layer needs H,W,FH,FW,C,M,STRIDE[,BATCH]", 2);
        if (v[2] > v[0] || v[3] > v[1])
            return fail("--layer: the filter is larger than the input", 2);
        double macs = 1;
        for (std::size_t i = 0; i < v.size(); ++i) macs *= i == 6 ? 1.0 : static_cast<double>(v[i]);
        if (macs > 1e17) return fail("--layer: the layer is too large (more than 1e17 MACs)", 2);
        SystolicLayer l{"layer",
                        v[0],
                        v[1],
                        v[2],
                        v[3],
                        v[4],
                        v[5],
                        static_cast<int>(v[6]),
                        static_cast<int>(v[6]),
                        v.size() == 8 ? v[7] : 1};
        t.addRow(row("layer", simulate(l), 1));
    } else if (parser.isSet("gemm")) {
        std::string error;
        const auto v = integers(parser.value("gemm"), "--gemm", error);
        if (!v) return fail(error, 2);
        if (v->size() != 3) return fail("--gemm: expected M,N,K (three whole numbers)", 2);
        if (static_cast<double>((*v)[0]) * static_cast<double>((*v)[1]) *
                static_cast<double>((*v)[2]) >
            1e17)
            return fail("--gemm: the GEMM is too large (more than 1e17 MACs)", 2);
        t.addRow(row("gemm", simulate(gemmSystolicLayer("gemm", (*v)[0], (*v)[1], (*v)[2])), 1));
    } else if (parser.isSet("topology")) {
        std::string error;
        const auto topo = readSystolicTopology(parser.value("topology").toStdString(), error);
        if (!topo) return fail(error, 1);
        for (const auto& l : topo->layers) t.addRow(row(l.name, simulate(l), 1));
    } else if (parser.isSet("model")) {
        if (!parser.isSet("scenario")) return fail("--model needs --scenario", 2);
        auto lowered = cli::loadLoweredModel(parser.value("model"), parser.value("scenario"));
        if (!lowered) return 1;
        const std::vector<Operator>& ops = lowered->ops;
        for (const auto& op : ops)
            for (const auto& p : toDataflowProblems(op)) {
                // Depthwise and batched problems run as their per-channel / per-batch GEMMs.
                SystolicLayer l = toSystolicLayer(p);
                t.addRow(row(p.name, simulate(l), op.count));
            }
    } else {
        return fail("give --layer, --gemm, --topology or --model (see --help)", 2);
    }
    if (!overflow.empty()) return fail(overflow);
    printTables({t}, *format);
    return 0;
}

const bool registered = registerCommand(
    {"systolic",
     "Systolic-array (OS/WS/IS) cycles, utilisation and SRAM/DRAM traffic, SCALE-Sim style", run});

}  // namespace
}  // namespace rl::cli
