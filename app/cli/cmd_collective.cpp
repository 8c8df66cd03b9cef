// ridgeline-cli collective: an nccl-tests-like table (size, time, algbw,
// busbw) of one collective on a hardware spec's interconnect tiers.
#include <cstdio>
#include <optional>

#include "app/cli/collective_costing_options.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/analytical/collectives.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

std::optional<CollectiveKind> parseOp(const std::string& s) {
    if (s == "all-reduce") return CollectiveKind::all_reduce;
    if (s == "all-gather") return CollectiveKind::all_gather;
    if (s == "reduce-scatter") return CollectiveKind::reduce_scatter;
    if (s == "all-to-all") return CollectiveKind::all_to_all;
    if (s == "send-recv") return CollectiveKind::send_recv;
    return std::nullopt;
}

std::optional<double> parseBytes(const std::string& text, std::string& error) {
    auto v = parseQuantity(text, Dimension::bytes);
    if (auto* e = std::get_if<QuantityError>(&v)) {
        error = "--sizes: '" + text + "': " + e->message;
        return std::nullopt;
    }
    const double b = std::get<double>(v);
    if (b < 1 || b > 1e15) {
        error = "--sizes: '" + text + "' must be between 1 B and 1 PB";
        return std::nullopt;
    }
    return b;
}

// "1KiB..16GiB" doubles from the first to the last; "1MiB,3MiB" lists sizes.
std::optional<std::vector<double>> parseSizes(const std::string& text, std::string& error) {
    std::vector<double> out;
    const auto dots = text.find("..");
    if (dots != std::string::npos) {
        auto lo = parseBytes(text.substr(0, dots), error);
        auto hi = lo ? parseBytes(text.substr(dots + 2), error) : std::nullopt;
        if (!lo || !hi) return std::nullopt;
        if (*hi < *lo) {
            error = "--sizes: '" + text + "': the last size is smaller than the first";
            return std::nullopt;
        }
        for (double s = *lo; s <= *hi * (1 + 1e-12); s *= 2) out.push_back(s);
        return out;
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        auto v = parseBytes(text.substr(start, comma - start), error);
        if (!v) return std::nullopt;
        out.push_back(*v);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

int run(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Time, algorithm bandwidth and bus bandwidth (NCCL-tests conventions) of a collective on "
        "the interconnect tiers of a hardware spec. Sizes are per rank as NCCL-tests counts them "
        "(the whole tensor for all-reduce, the gathered tensor for all-gather/reduce-scatter).");
    addStandardOptions(parser);
    parser.addOption({"hardware", "Hardware spec file (a node or a cluster).", "file"});
    parser.addOption({"op",
                      "all-reduce (default), all-gather, reduce-scatter, all-to-all or send-recv.",
                      "name", "all-reduce"});
    parser.addOption({"ranks", "Ranks in the group (default: every device).", "N"});
    parser.addOption({"stride",
                      "Global ranks between consecutive members (1: packed into nodes; the node "
                      "size: one member per node). Default 1.",
                      "N", "1"});
    parser.addOption(
        {"algorithm", "auto (default), ring, tree, direct, hierarchical or nvls.", "name", "auto"});
    parser.addOption({"model",
                      "nccl (default: protocol choice LL/LL128/Simple, pipelined chunks, launch "
                      "floor) or ideal (alpha-beta).",
                      "name", "nccl"});
    addCollectiveCostingOptions(parser);
    parser.addOption({"sizes",
                      "Message sizes: FIRST..LAST doubling (default 1KiB..16GiB) or a "
                      "comma-separated list.",
                      "list", "1KiB..16GiB"});
    int exitCode = 0;
    const auto format = startCommand(parser, args, exitCode);
    if (!format) return exitCode;
    if (!parser.isSet("hardware")) return fail("collective needs --hardware; see --help", 2);
    const std::string opName = parser.value("op").toStdString();
    const auto op = parseOp(opName);
    if (!op)
        return fail("--op '" + opName +
                        "': expected all-reduce, all-gather, reduce-scatter, all-to-all or "
                        "send-recv",
                    2);
    CollectiveAlgorithm algorithm{};
    const std::string algName = parser.value("algorithm").toStdString();
    if (!parseCollectiveAlgorithm(algName, algorithm))
        return fail("--algorithm '" + algName +
                        "': expected auto, ring, tree, direct, hierarchical or nvls",
                    2);
    const std::string modelName = parser.value("model").toStdString();
    if (modelName != "nccl" && modelName != "ideal")
        return fail("--model '" + modelName + "': expected nccl or ideal", 2);
    auto costing = collectiveCostingOptions(parser);
    if (!costing) return 2;
    CollectiveOptions options = *costing;
    options.algorithm = algorithm;
    options.model = modelName == "ideal" ? CollectiveModel::ideal : CollectiveModel::nccl;
    std::string error;
    const auto sizes = parseSizes(parser.value("sizes").toStdString(), error);
    if (!sizes) return fail(error, 2);

    const std::string hwPath = parser.value("hardware").toStdString();
    auto loaded = loadHardware(hwPath);
    if (!loaded.diagnostics.items().empty())
        std::fprintf(stderr, "%s\n", loaded.diagnostics.format().c_str());
    if (!loaded.ok()) return fail("cannot load hardware '" + hwPath + "'");
    const Hardware& hw = *loaded.value;
    if (hw.interconnect.empty())
        return fail("hardware '" + hw.name + "' (" + hwPath + ") has no interconnect");

    bool ok = true;
    const int ranks = parser.isSet("ranks") ? parser.value("ranks").toInt(&ok) : hw.deviceCount();
    if (!ok || ranks < 1)
        return fail(
            "--ranks expects a positive integer, got '" + parser.value("ranks").toStdString() + "'",
            2);
    const int stride = parser.value("stride").toInt(&ok);
    if (!ok || stride < 1)
        return fail("--stride expects a positive integer, got '" +
                        parser.value("stride").toStdString() + "'",
                    2);
    const double span =
        static_cast<double>(stride) * ((*op == CollectiveKind::send_recv ? 2 : ranks) - 1) + 1;
    if (span > hw.deviceCount())
        return fail("a group of " + std::to_string(ranks) + " ranks " + std::to_string(stride) +
                        " apart spans " + std::to_string(static_cast<long long>(span)) +
                        " devices; '" + hw.name + "' has " + std::to_string(hw.deviceCount()),
                    2);

    Table t(hw.name + ": " + opName + " over " + std::to_string(ranks) + " ranks",
            {"size (B)", "size", "time (us)", "algbw (GB/s)", "busbw (GB/s)", "algorithm",
             "protocol", "tier"});
    t.alignRight({0, 1, 2, 3, 4});
    for (double s : *sizes) {
        const CollectiveEstimate e = estimateCollective(hw, *op, s, {ranks, stride}, options);
        t.addRow({formatInteger(s), formatQuantity(s, Dimension::bytes, 4),
                  formatNumber(e.time * 1e6, 5), formatNumber(e.algbw / 1e9, 4),
                  formatNumber(e.busbw / 1e9, 4), std::string(toString(e.algorithm)),
                  options.model == CollectiveModel::nccl ? std::string(toString(e.protocol)) : "-",
                  hw.interconnect[static_cast<std::size_t>(e.tier)].name});
    }
    printTables({t}, *format);
    return 0;
}

const bool registered = registerCommand(
    {"collective", "nccl-tests-like table of a collective on a hardware's interconnect", run});

}  // namespace
}  // namespace rl::cli
