// ridgeline-cli list hardware|models|scenarios|projects: the sample library.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/plugin_loader.h"
#include "core/spec/model_facts.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

// Where the samples are: --samples, $RIDGELINE_SAMPLES_DIR, next to the build
// tree (<exe>/../../samples), or the source tree this binary was built from.
namespace fs = std::filesystem;

// A path without "." and ".." parts or a trailing separator, as QDir::cleanPath.
std::string cleanPath(const std::string& path) {
    std::string clean = fs::path(path).lexically_normal().string();
    if (clean.size() > 1 && clean.back() == '/') clean.pop_back();
    return clean.empty() ? "." : clean;
}

bool isDir(const std::string& path) {
    std::error_code ec;
    return fs::is_directory(path, ec);
}

std::string samplesDir(const Options& parser) {
    if (parser.isSet("samples")) return parser.value("samples");
    const char* env = std::getenv("RIDGELINE_SAMPLES_DIR");
    if (env && *env) return env;
    const std::string nearExe = executableDir() + "/../../samples";
    if (isDir(nearExe)) return cleanPath(nearExe);
    return RIDGELINE_SOURCE_DIR "/samples";
}

// The visible *.json files under `dir`, its visible subfolders included
// (symbolic links to folders are not followed), sorted.
std::vector<std::string> jsonFiles(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0 &&
            it->is_regular_file(ec))
            out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string q(double v, Dimension d) {
    if (!(v > 0)) return "-";
    return d == Dimension::bytes ? formatBytes(v) : formatQuantity(v, d, 4);
}

std::string bestPeak(const Hardware& hw) {
    for (DType t : {DType::fp16, DType::bf16, DType::int8, DType::fp32})
        if (auto it = hw.compute.peakFlops.find(t); it != hw.compute.peakFlops.end())
            return formatQuantity(it->second, Dimension::flop_rate, 4) + " " +
                   std::string(toString(t));
    return "-";
}

std::string describeModel(const ModelSpec& m) {
    if (m.kind == "transformer") {
        const auto& t = m.transformer;
        std::string s = t.family + ", " + std::to_string(t.layers) + " layers, hidden " +
                        std::to_string(t.hidden);
        if (t.experts > 0)
            s += ", " + std::to_string(t.experts) + " experts top-" +
                 std::to_string(t.expertsPerToken);
        return s;
    }
    if (m.kind == "cnn") return "cnn, " + std::to_string(m.cnn.layers.size()) + " layer entries";
    return "graph, " + std::to_string(m.graph.size()) + " ops";
}

double modelParams(const ModelSpec& m) {
    if (m.kind == "transformer") return transformerFacts(m.transformer).params;
    if (m.kind == "cnn") return cnnFacts(m.cnn).params;
    return 0;
}

std::string describeScenario(const Scenario& s) {
    if (s.kind == "inference")
        return "batch " + std::to_string(s.inference.batch) + ", prompt " +
               std::to_string(s.inference.promptTokens) + ", generate " +
               std::to_string(s.inference.generatedTokens);
    if (s.kind == "serving")
        return formatNumber(s.serving.ratePerS) + " req/s, " + std::to_string(s.serving.requests) +
               " requests, " + s.serving.scheduler;
    return "global batch " + std::to_string(s.training.globalBatch) + ", sequence " +
           std::to_string(s.training.sequence) + ", ZeRO " + std::to_string(s.training.zeroStage);
}

std::string parallelism(const Parallelism& p) {
    return "TP" + std::to_string(p.tensor) + " PP" + std::to_string(p.pipeline) + " DP" +
           std::to_string(p.data) + (p.expert > 1 ? " EP" + std::to_string(p.expert) : "");
}

int run(const std::vector<std::string>& args) {
    Options parser;
    parser.setApplicationDescription(
        "Lists the sample library: hardware, models, scenarios or projects, with key figures.\n"
        "The library is --samples DIR, else $RIDGELINE_SAMPLES_DIR, else the samples/ folder of\n"
        "the source tree.");
    addStandardOptions(parser);
    parser.addOption(Option("samples", "The sample library folder.", "DIR"));
    parser.addPositionalArgument("what", "hardware, models, scenarios or projects.",
                                 "hardware|models|scenarios|projects");
    int exitCode = 0;
    const auto format = startCommand(
        parser, args, exitCode,
        {1, 1, "list needs exactly one of hardware, models, scenarios, projects (see --help)"});
    if (!format) return exitCode;
    const std::vector<std::string>& pos = parser.positionalArguments();
    std::string what = pos.front();
    if (what == "model") what = "models";
    if (what == "scenario") what = "scenarios";
    if (what == "project") what = "projects";
    if (what != "hardware" && what != "models" && what != "scenarios" && what != "projects")
        return fail("unknown list '" + what + "'; expected hardware, models, scenarios or projects",
                    2);

    const std::string root = samplesDir(parser);
    const std::string dir = root.empty() ? what : (fs::path(root) / what).string();
    if (!isDir(dir)) return fail("no sample folder '" + dir + "' (set --samples DIR)");

    Table t;
    t.title = what + " in " + cleanPath(dir);
    int invalid = 0;
    // Relative to the library when it was named by an absolute path; a
    // relative --samples keeps the paths as found (as QDir::relativeFilePath did).
    const fs::path base = fs::path(root).lexically_normal();
    for (const std::string& file : jsonFiles(dir)) {
        const std::string shown =
            base.is_absolute() ? fs::path(file).lexically_normal().lexically_relative(base).string()
                               : file;
        auto skip = [&](const Diagnostics& d) {
            std::fprintf(
                stderr,
                "ridgeline-cli: skipping %s: %d error(s); run 'ridgeline-cli validate %s'\n",
                shown.c_str(), d.errorCount(), file.c_str());
            ++invalid;
        };
        if (what == "hardware") {
            if (t.columns.empty()) {
                t = Table(t.title, {"name", "kind", "devices", "peak", "memory/device", "bandwidth",
                                    "file"});
                t.alignRight({2, 3, 4, 5});
                t.setJsonUnit(4, "B");
                t.setJsonUnit(5, "B/s");
            }
            Diagnostics scratch(file);
            auto doc = readJsonFile(file, scratch);
            if (doc && detectSpecKind(*doc) != SpecKind::hardware)
                continue;  // e.g. a standalone accelerator
            auto hw = loadHardware(file);
            if (!hw.ok()) {
                skip(hw.diagnostics);
                continue;
            }
            t.addRow({hw.value->name, hw.value->kind, std::to_string(hw.value->deviceCount()),
                      bestPeak(*hw.value), q(hw.value->mainMemoryBytes(), Dimension::bytes),
                      q(hw.value->mainMemoryBandwidth(), Dimension::bandwidth), shown},
                     {std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                      hw.value->mainMemoryBytes(), hw.value->mainMemoryBandwidth()});
        } else if (what == "models") {
            if (t.columns.empty()) {
                t = Table(t.title, {"name", "params", "architecture", "file"});
                t.alignRight({1});
            }
            auto m = loadModel(file);
            if (!m.ok()) {
                skip(m.diagnostics);
                continue;
            }
            double p = modelParams(*m.value);
            t.addRow({m.value->name, p > 0 ? formatCount(p) : "-", describeModel(*m.value), shown});
        } else if (what == "scenarios") {
            if (t.columns.empty())
                t = Table(t.title, {"name", "kind", "weights", "parallelism", "workload", "file"});
            auto s = loadScenario(file);
            if (!s.ok()) {
                skip(s.diagnostics);
                continue;
            }
            t.addRow({s.value->name, s.value->kind,
                      std::string(toString(s.value->precision.weights)),
                      parallelism(s.value->parallelism), describeScenario(*s.value), shown});
        } else {
            if (t.columns.empty())
                t = Table(t.title, {"name", "hardware", "model", "scenario", "file"});
            auto p = loadProject(file);
            if (!p.ok()) {
                skip(p.diagnostics);
                continue;
            }
            t.addRow({p.value->name, p.value->hardware.name, p.value->model.name,
                      p.value->scenario.name, shown});
        }
    }
    if (t.columns.empty()) t = Table(t.title, {"name", "file"});
    if (*format != OutputFormat::table) t.title.clear();  // scripts get a plain list
    printTables({t}, *format);
    return 0;
}

}  // namespace

static const bool registered = registerCommand(
    {"list", "List the sample library: hardware, models, scenarios or projects", run});

}  // namespace rl::cli
