// ridgeline-cli show FILE: the resolved spec with derived quantities.
#include <algorithm>
#include <optional>

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/spec/cnn_walk.h"
#include "core/spec/model_facts.h"
#include "core/spec/parallelism.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"

namespace rl::cli {
namespace {

using nlohmann::json;

std::string q(double v, Dimension d) {
    if (!(v > 0)) return "-";
    return d == Dimension::bytes ? formatBytes(v) : formatQuantity(v, d, 4);
}

struct Shown {
    std::vector<Table> tables;
    json derived = json::object();
};

void showHardware(const Hardware& hw, Shown& out) {
    Table info("hardware", {"property", "value"});
    info.addRow({"name", hw.name});
    info.addRow({"vendor", hw.vendor.empty() ? "-" : hw.vendor});
    info.addRow({"kind", hw.kind});
    info.addRow({"source", hw.source});
    info.addRow({"compute units", std::to_string(hw.compute.units)});
    info.addRow({"clock", q(hw.compute.clockHz, Dimension::frequency)});
    info.addRow({"devices", std::to_string(hw.deviceCount())});
    info.addRow({"memory per device", q(hw.mainMemoryBytes(), Dimension::bytes)});
    info.addRow({"total memory", q(hw.mainMemoryBytes() * hw.deviceCount(), Dimension::bytes)});
    info.addRow({"TDP", q(hw.tdpW, Dimension::power)});
    if (hw.costPerHourUsd > 0)
        info.addRow({"cost", formatQuantity(hw.costPerHourUsd, Dimension::money_rate)});
    if (hw.accelerator) info.addRow({"spatial accelerator", "yes (see 'ridgeline-cli dataflow')"});
    out.tables.push_back(info);

    Table mem("memory (outermost first)", {"level", "kind", "capacity", "instances", "total",
                                           "bandwidth", "efficiency", "latency"});
    mem.alignRight({2, 3, 4, 5, 6, 7});
    json memJson = json::array();
    for (const auto& m : hw.memory) {
        mem.addRow({m.name, m.kind, q(m.capacityBytes, Dimension::bytes),
                    std::to_string(m.instances), q(m.totalCapacity(), Dimension::bytes),
                    q(m.bandwidth, Dimension::bandwidth), formatNumber(m.efficiency, 3),
                    q(m.latencyS, Dimension::time)});
        memJson.push_back({{"name", m.name},
                           {"total_capacity_bytes", m.totalCapacity()},
                           {"bandwidth_bytes_per_s", m.bandwidth}});
    }
    out.tables.push_back(mem);

    // Ridge points: the arithmetic intensity (FLOP/B) at which compute and
    // each level's bandwidth take equal time.
    std::vector<std::string> cols = {"dtype", "peak"};
    for (const auto& m : hw.memory) cols.push_back("ridge vs " + m.name + " (FLOP/B)");
    Table ridge("ridge points", cols);
    for (std::size_t c = 1; c < cols.size(); ++c) ridge.rightAligned[c] = true;
    json ridgeJson = json::object();
    for (const auto& [t, peak] : hw.compute.peakFlops) {
        std::vector<std::string> row = {std::string(toString(t)),
                                        formatQuantity(peak, Dimension::flop_rate, 4)};
        json levels = json::object();
        for (std::size_t l = 0; l < hw.memory.size(); ++l) {
            double r = hw.ridgePoint(t, l);
            row.push_back(formatNumber(r, 4));
            levels[hw.memory[l].name] = r;
        }
        ridge.addRow(row);
        ridgeJson[std::string(toString(t))] = {{"peak_flop_per_s", peak},
                                               {"ridge_flop_per_byte", levels}};
    }
    out.tables.push_back(ridge);

    if (!hw.interconnect.empty()) {
        Table ic("interconnect (innermost first)",
                 {"dimension", "topology", "devices", "link bandwidth", "latency", "efficiency"});
        ic.alignRight({2, 3, 4, 5});
        for (const auto& d : hw.interconnect)
            ic.addRow({d.name, d.topology, std::to_string(d.devices),
                       q(d.linkBandwidth, Dimension::bandwidth), q(d.latencyS, Dimension::time),
                       formatNumber(d.efficiency, 3)});
        out.tables.push_back(ic);
    }
    out.derived["hardware"] = {{"devices", hw.deviceCount()},
                               {"memory_per_device_bytes", hw.mainMemoryBytes()},
                               {"total_memory_bytes", hw.mainMemoryBytes() * hw.deviceCount()},
                               {"memory", memJson},
                               {"ridge_points", ridgeJson}};
}

double weightParams(const ModelSpec& m) {
    if (m.kind == "transformer") return transformerFacts(m.transformer).params;
    if (m.kind == "cnn") return cnnFacts(m.cnn).params;
    return 0;
}

void showModel(const ModelSpec& m, Shown& out) {
    Table info("model", {"property", "value"});
    info.addRow({"name", m.name});
    if (!m.source.empty()) info.addRow({"source", m.source});
    info.addRow({"kind", m.kind});
    json d = json::object();
    if (m.kind == "transformer") {
        const auto& c = m.transformer;
        TransformerFacts f = transformerFacts(c);
        info.addRow({"family", c.family});
        info.addRow({"layers", std::to_string(c.layers)});
        info.addRow({"hidden", std::to_string(c.hidden)});
        info.addRow({"heads / KV heads / head dim", std::to_string(c.heads) + " / " +
                                                        std::to_string(c.kvHeads) + " / " +
                                                        std::to_string(c.headDim)});
        info.addRow(
            {"intermediate", std::to_string(c.intermediate) + (c.gatedMlp ? " (gated)" : "")});
        info.addRow({"vocabulary", std::to_string(c.vocab)});
        if (c.experts > 0)
            info.addRow({"experts",
                         std::to_string(c.experts) + ", top-" + std::to_string(c.expertsPerToken)});
        if (c.encoderOnly) info.addRow({"encoder only", "yes (no generation, no KV cache)"});
        info.addRow({"parameters", formatInteger(f.params) + " (" + formatCount(f.params) + ")"});
        info.addRow({"active parameters per token",
                     formatInteger(f.activeParams) + " (" + formatCount(f.activeParams) + ")"});
        info.addRow({"embedding parameters", formatInteger(f.embeddingParams)});
        if (m.publishedParams > 0)
            info.addRow(
                {"published size",
                 formatInteger(m.publishedParams) + " (derived differs by " +
                     formatNumber(100.0 * (f.params - m.publishedParams) / m.publishedParams, 3) +
                     "%)"});
        info.addRow({"forward FLOPs per token",
                     formatQuantity(f.flopsPerTokenForward, Dimension::flops, 4) +
                         " (without attention over the context)"});
        out.tables.push_back(info);
        Table bytes("bytes per data type", {"dtype", "weights", "KV cache per token"});
        bytes.alignRight({1, 2});
        json perType = json::object();
        for (DType t :
             {DType::fp32, DType::bf16, DType::fp16, DType::fp8, DType::int8, DType::int4}) {
            double b = bytesPerElement(t);
            bytes.addRow({std::string(toString(t)), q(f.params * b, Dimension::bytes),
                          q(f.kvBytesPerTokenPerByte * b, Dimension::bytes)});
            perType[std::string(toString(t))] = {
                {"weights_bytes", f.params * b},
                {"kv_bytes_per_token", f.kvBytesPerTokenPerByte * b}};
        }
        out.tables.push_back(bytes);
        d = {{"params", f.params},
             {"active_params", f.activeParams},
             {"embedding_params", f.embeddingParams},
             {"kv_elements_per_token", f.kvBytesPerTokenPerByte},
             {"flops_per_token_forward", f.flopsPerTokenForward},
             {"bytes_per_dtype", perType}};
    } else if (m.kind == "cnn") {
        CnnFacts f = cnnFacts(m.cnn);
        info.addRow({"input", std::to_string(m.cnn.inputHeight) + " x " +
                                  std::to_string(m.cnn.inputWidth) + " x " +
                                  std::to_string(m.cnn.inputChannels)});
        info.addRow({"parameters", formatInteger(f.params) + " (" + formatCount(f.params) + ")"});
        if (m.publishedParams > 0)
            info.addRow({"published size", formatInteger(m.publishedParams)});
        info.addRow({"MACs per image", formatInteger(f.macs) + " (" + formatCount(f.macs) + ")"});
        out.tables.push_back(info);
        Table layers("layers",
                     {"name", "kind", "input", "output", "kernel/stride", "params", "MACs"});
        layers.alignRight({5, 6});
        walkCnn(m.cnn, [&](const CnnPrimitive& p) {
            static const char* kinds[] = {"conv", "fc", "pool", "add"};
            auto shape = [](std::int64_t c, std::int64_t h, std::int64_t w) {
                return std::to_string(c) + "x" + std::to_string(h) + "x" + std::to_string(w);
            };
            layers.addRow({p.name, kinds[static_cast<int>(p.kind)],
                           shape(p.inChannels, p.inHeight, p.inWidth),
                           shape(p.outChannels, p.outHeight, p.outWidth),
                           p.kind == CnnPrimitive::Kind::conv || p.kind == CnnPrimitive::Kind::pool
                               ? std::to_string(p.kernel) + "/" + std::to_string(p.stride)
                               : "",
                           formatInteger(static_cast<double>(p.params())),
                           formatInteger(static_cast<double>(p.macs()))});
        });
        out.tables.push_back(layers);
        d = {{"params", f.params}, {"macs", f.macs}};
    } else {
        info.addRow({"operators", std::to_string(m.graph.size())});
        out.tables.push_back(info);
        Table ops("operators", {"name", "kind", "dims", "repeat"});
        for (const auto& op : m.graph) {
            std::string dims;
            for (auto x : op.dims) dims += (dims.empty() ? "" : " x ") + std::to_string(x);
            ops.addRow({op.name, op.kind, dims, std::to_string(op.repeat)});
        }
        out.tables.push_back(ops);
        d = {{"operators", m.graph.size()}};
    }
    out.derived["model"] = d;
}

void showScenario(const Scenario& s, Shown& out) {
    Table info("scenario", {"property", "value"});
    info.addRow({"name", s.name});
    info.addRow({"kind", s.kind});
    info.addRow({"precision (weights / activations / KV)",
                 std::string(toString(s.precision.weights)) + " / " +
                     std::string(toString(s.precision.activations)) + " / " +
                     std::string(toString(s.precision.kvCache))});
    const auto& p = s.parallelism;
    info.addRow({"parallelism (tensor / pipeline / data / expert)",
                 std::to_string(p.tensor) + " / " + std::to_string(p.pipeline) + " / " +
                     std::to_string(p.data) + " / " + std::to_string(p.expert)});
    info.addRow({"devices used", std::to_string(devicesUsed(s))});
    if (s.kind == "inference") {
        const auto& i = s.inference;
        info.addRow({"batch", std::to_string(i.batch)});
        info.addRow({"prompt tokens", std::to_string(i.promptTokens)});
        info.addRow({"generated tokens", std::to_string(i.generatedTokens)});
        info.addRow({"prefill chunk",
                     i.prefillChunk > 0 ? std::to_string(i.prefillChunk) : "whole prompt"});
        info.addRow({"flash attention", i.flashAttention ? "yes" : "no"});
    } else if (s.kind == "serving") {
        const auto& v = s.serving;
        auto len = [](const LengthDistribution& d) {
            return d.kind + ", mean " + formatNumber(d.mean) + " (" + formatNumber(d.min) + " to " +
                   formatNumber(d.max) + ")";
        };
        info.addRow({"arrival", v.arrival + ", " + formatNumber(v.ratePerS) + " requests/s"});
        info.addRow({"requests", std::to_string(v.requests)});
        info.addRow({"prompt length", len(v.promptLength)});
        info.addRow({"output length", len(v.outputLength)});
        info.addRow({"scheduler", v.scheduler + ", max batch " + std::to_string(v.maxBatch) +
                                      ", KV block " + std::to_string(v.kvBlockTokens) + " tokens"});
        info.addRow({"seed", std::to_string(v.seed)});
    } else {
        const auto& t = s.training;
        info.addRow({"global batch / micro batch",
                     std::to_string(t.globalBatch) + " / " + std::to_string(t.microBatch)});
        info.addRow(
            {"micro-batches per step",
             std::to_string(t.globalBatch / std::max<std::int64_t>(1, t.microBatch * p.data))});
        info.addRow({"sequence", std::to_string(t.sequence)});
        info.addRow({"ZeRO stage", std::to_string(t.zeroStage)});
        info.addRow({"recompute", t.recompute});
        info.addRow({"sequence parallel", t.sequenceParallel ? "yes" : "no"});
        info.addRow({"interleave", std::to_string(t.interleave)});
        info.addRow({"optimizer", t.optimizer});
    }
    out.tables.push_back(info);
}

// A first answer to "does it fit?": weights (and for transformer inference
// the KV cache of the whole batch) split over tensor x pipeline devices,
// against the main memory of one device. Activations and framework overheads
// are left to the analytical engine.
void showFit(const Project& p, Shown& out) {
    const Scenario& s = p.scenario;
    const int shards = s.parallelism.tensor * s.parallelism.pipeline;
    double weights = weightParams(p.model) * bytesPerElement(s.precision.weights) / shards;
    double kv = 0;
    if (p.model.kind == "transformer" && s.kind != "training") {
        TransformerFacts f = transformerFacts(p.model.transformer);
        double tokens = s.kind == "inference"
                            ? static_cast<double>(s.inference.batch) *
                                  (s.inference.promptTokens + s.inference.generatedTokens)
                            : static_cast<double>(s.serving.maxBatch) *
                                  (s.serving.promptLength.max + s.serving.outputLength.max);
        kv = f.kvBytesPerTokenPerByte * bytesPerElement(s.precision.kvCache) * tokens / shards;
    }
    const double capacity = p.hardware.mainMemoryBytes();
    const double need = weights + kv;
    Table fit("fit check (per device)", {"item", "bytes"});
    fit.alignRight({1});
    fit.addRow({"weights (" + std::string(toString(s.precision.weights)) + ", over " +
                    std::to_string(shards) + " device(s))",
                q(weights, Dimension::bytes)});
    if (p.model.kind == "transformer" && s.kind != "training")
        fit.addRow({std::string("KV cache (") +
                        (s.kind == "serving" ? "max batch x max lengths" : "batch x all tokens") +
                        ")",
                    q(kv, Dimension::bytes)});
    fit.addRow(
        {"device memory (" +
             (p.hardware.memory.empty() ? std::string("-") : p.hardware.memory.front().name) + ")",
         q(capacity, Dimension::bytes)});
    std::string verdict =
        s.kind == "training"
            ? "weights only; training state and activations are estimated by 'train'"
        : need <= capacity
            ? "fits (" + formatNumber(100.0 * need / capacity, 3) + "% of memory)"
            : "does NOT fit (" + formatNumber(100.0 * need / capacity, 3) + "% of memory)";
    fit.addRow({"verdict", verdict});
    out.tables.push_back(fit);
    out.derived["fit"] = {{"weights_bytes_per_device", weights},
                          {"kv_bytes_per_device", kv},
                          {"memory_bytes_per_device", capacity},
                          {"fits", need <= capacity}};
}

int run(const std::vector<std::string>& args) {
    Options parser;
    parser.setApplicationDescription(
        "Shows a spec file resolved, with derived quantities: ridge points per data type and "
        "memory\n"
        "level for hardware; parameters, KV-cache bytes and FLOPs per token for models; all three "
        "and\n"
        "a memory fit check for projects.");
    addStandardOptions(parser);
    parser.addPositionalArgument("file", "A hardware, model, scenario or project file.", "FILE");
    int exitCode = 0;
    const auto format =
        startCommand(parser, args, exitCode, {1, 1, "show needs exactly one FILE (see --help)"});
    if (!format) return exitCode;
    const std::string file = parser.positionalArguments().front();

    Diagnostics diag(file);
    auto doc = readJsonFile(file, diag);
    SpecKind kind = doc ? detectSpecKind(*doc) : SpecKind::unknown;
    Shown shown;
    json spec;
    auto report = [&](const Diagnostics& d) {
        std::fflush(stdout);
        for (const auto& item : d.items()) std::fprintf(stderr, "%s\n", item.format().c_str());
        return fail(file + " is not valid; nothing to show", 1);
    };
    // A hardware, model or scenario file: its reader's value, shown and
    // written back resolved; the exit code when it cannot be read.
    auto showParsed = [&](const auto& parsed, auto show) -> std::optional<int> {
        if (!parsed.ok()) return report(parsed.diagnostics);
        show(*parsed.value, shown);
        spec = toJson(*parsed.value);
        return std::nullopt;
    };
    if (!doc) return report(diag);
    switch (kind) {
        case SpecKind::hardware:
            if (auto code = showParsed(parseHardware(*doc, file), showHardware)) return *code;
            break;
        case SpecKind::model:
            if (auto code = showParsed(parseModel(*doc, file), showModel)) return *code;
            break;
        case SpecKind::scenario:
            if (auto code = showParsed(parseScenario(*doc, file), showScenario)) return *code;
            break;
        case SpecKind::project: {
            auto p = loadProject(file);
            if (!p.ok()) return report(p.diagnostics);
            Table info("project", {"property", "value"});
            info.addRow({"name", p.value->name});
            if (!p.value->description.empty()) info.addRow({"description", p.value->description});
            if (const auto& study = p.value->dataflow) {
                auto named = [](const std::string& ref, const char* otherwise) {
                    return ref.empty() ? std::string(otherwise) : ref;
                };
                info.addRow(
                    {"dataflow architecture", study->architectureFromHardware
                                                  ? "the hardware's accelerator"
                                                  : named(study->architectureRef, "(embedded)")});
                info.addRow(
                    {"dataflow problem",
                     study->modelLayer >= 0
                         ? "layer " + std::to_string(study->modelLayer + 1) + " of the model"
                         : named(study->problemRef, "(embedded)")});
                info.addRow({"dataflow mapping", study->mappingJson.is_null()
                                                     ? "the mapper's (" + study->objective +
                                                           ", seed " + std::to_string(study->seed) +
                                                           ")"
                                                     : named(study->mappingRef, "(embedded)")});
            }
            if (!p.value->analysable()) {  // a dataflow study alone
                shown.tables.push_back(info);
                spec = toJson(*p.value);
                break;
            }
            info.addRow(
                {"hardware", p.value->hardwareRef.empty() ? "(embedded)" : p.value->hardwareRef});
            info.addRow({"model", p.value->modelRef.empty() ? "(embedded)" : p.value->modelRef});
            info.addRow(
                {"scenario", p.value->scenarioRef.empty() ? "(embedded)" : p.value->scenarioRef});
            shown.tables.push_back(info);
            showHardware(p.value->hardware, shown);
            showModel(p.value->model, shown);
            showScenario(p.value->scenario, shown);
            showFit(*p.value, shown);
            spec = toJson(*p.value);
            spec["hardware"] = toJson(p.value->hardware);
            spec["model"] = toJson(p.value->model);
            spec["scenario"] = toJson(p.value->scenario);
            break;
        }
        default:
            if (kind == SpecKind::unknown) return report(validateFile(file));
            return fail("'show' does not display " + toString(kind) +
                            " files yet; use 'ridgeline-cli validate' or 'dataflow'",
                        1);
    }
    if (*format == OutputFormat::json) {
        json tables = json::object();
        for (const auto& t : shown.tables) tables[t.title] = tableToJson(t);
        printJson({{"file", file},
                   {"kind", toString(kind)},
                   {"spec", spec},
                   {"derived", shown.derived},
                   {"tables", tables}});
    } else {
        printTables(shown.tables, *format);
    }
    return 0;
}

}  // namespace

static const bool registered = registerCommand(
    {"show", "Show a spec file resolved, with derived figures (ridge points, parameters, fit)",
     run});

}  // namespace rl::cli
