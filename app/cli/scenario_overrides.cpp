#include "app/cli/scenario_overrides.h"

#include <cstdio>
#include <optional>
#include <vector>

#include "core/spec/dtype.h"
#include "core/spec/project_reader.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_limits.h"

namespace rl::cli {
namespace {

struct OverrideOption {
    const char* name;
    const char* valueName;
    const char* inferenceHelp;
    const char* servingHelp;
};

constexpr OverrideOption kOptions[] = {
    {"batch", "N", "batch size (sequences) of the inference pass.",
     "most sequences a replica batches (as --max-batch)."},
    {"prompt", "N", "prompt tokens per sequence.", "prompt tokens of every request (fixed)."},
    {"generate", "N", "generated (output) tokens per sequence; 0: prefill only.",
     "output tokens of every request (fixed)."},
    {"tp", "N", "tensor parallelism (devices per layer).", "tensor parallelism per replica."},
    {"pp", "N", "pipeline parallelism (stages).", "pipeline parallelism per replica."},
    {"weights", "dtype", "weight precision: fp32, bf16, fp16, fp8, int8, int4, ...",
     "weight precision: fp32, bf16, fp16, fp8, int8, int4, ..."},
    {"kv", "dtype", "KV-cache precision: fp16, bf16, fp8, int8, ...",
     "KV-cache precision: fp16, bf16, fp8, int8, ..."},
};

std::string dtypeNames() {
    std::string s;
    for (DType t : kAllDTypes) s += (s.empty() ? "" : ", ") + std::string(toString(t));
    return s;
}

// "--tp 3": the option as the user typed it, for messages.
std::string typed(const OptionSet& p, const char* name) {
    return "--" + std::string(name) + " " + p.value(name);
}

// The JSON pointers of the scenario each option sets, for the reader's diagnostics.
std::vector<std::pair<std::string, const char*>> fieldsOf(OverrideTarget target) {
    if (target == OverrideTarget::inference)
        return {{"/inference/batch", "batch"},
                {"/inference/prompt_tokens", "prompt"},
                {"/inference/generated_tokens", "generate"},
                {"/parallelism/tensor", "tp"},
                {"/parallelism/pipeline", "pp"},
                {"/precision/weights", "weights"},
                {"/precision/kv_cache", "kv"}};
    return {{"/serving/max_batch", "batch"},        {"/serving/prompt_length", "prompt"},
            {"/serving/output_length", "generate"}, {"/parallelism/tensor", "tp"},
            {"/parallelism/pipeline", "pp"},        {"/precision/weights", "weights"},
            {"/precision/kv_cache", "kv"}};
}

// The option a diagnostic of the re-read scenario or of the combination
// checks is about; null when none of the set options is.
const char* optionOf(const OptionSet& p, OverrideTarget target, const Diagnostic& d) {
    for (const auto& [path, option] : fieldsOf(target))
        if (d.path.rfind(path, 0) == 0 && p.isSet(option)) return option;
    // checkCombination names "/parallelism" with "tensor 3" or "pipeline 40" as the value.
    if (d.path == "/parallelism") {
        if (d.value.rfind("tensor", 0) == 0 && p.isSet("tp")) return "tp";
        if (d.value.rfind("pipeline", 0) == 0 && p.isSet("pp")) return "pp";
        if (p.isSet("tp")) return "tp";
        if (p.isSet("pp")) return "pp";
    }
    return nullptr;
}

// Whole numbers only: "8", not "8.5" or "eight".
std::optional<long long> integerValue(const OptionSet& p, const char* name, std::string& error) {
    if (!p.isSet(name) || !error.empty()) return std::nullopt;
    const std::optional<long long> v = toLongLong(p.value(name));
    if (!v) error = typed(p, name) + ": expected a whole number";
    return v;
}

std::optional<DType> dtypeValue(const OptionSet& p, const char* name, std::string& error) {
    if (!p.isSet(name) || !error.empty()) return std::nullopt;
    const auto t = parseDType(p.value(name));
    if (!t) error = typed(p, name) + ": expected one of " + dtypeNames();
    return t;
}

int clampToInt(long long v) {
    return static_cast<int>(std::clamp<long long>(v, -1, limits::kMaxDevices + 1));
}

LengthDistribution fixedLength(long long tokens) {
    LengthDistribution d;
    d.kind = "fixed";
    d.mean = static_cast<double>(tokens);
    d.min = 1;
    d.max = static_cast<double>(limits::kMaxTokens);
    return d;
}

}  // namespace

void addScenarioOverrideOptions(OptionSet& parser, OverrideTarget target) {
    for (const OverrideOption& o : kOptions)
        parser.addOption(
            Option(o.name,
                   std::string("Override: ") +
                       (target == OverrideTarget::inference ? o.inferenceHelp : o.servingHelp),
                   o.valueName));
}

bool anyScenarioOverride(const OptionSet& parser) {
    for (const OverrideOption& o : kOptions)
        if (parser.isSet(o.name)) return true;
    return false;
}

bool applyScenarioOverrides(const OptionSet& p, OverrideTarget target, const Hardware& hardware,
                            const ModelSpec& model, Scenario& scenario) {
    if (!anyScenarioOverride(p)) return true;
    std::string error;
    // The section the shape options set is read as if the scenario were of
    // that kind (analyze --as-inference reads a serving scenario's inference
    // settings); the scenario keeps its own kind.
    Scenario view = scenario;
    view.kind = target == OverrideTarget::inference ? "inference" : "serving";
    // Keep a trace the scenario names where it is, whatever directory it is re-read from.
    if (!view.serving.trace.resolved.empty()) view.serving.trace.file = view.serving.trace.resolved;
    if (target == OverrideTarget::inference) {
        if (auto v = integerValue(p, "batch", error)) view.inference.batch = *v;
        if (auto v = integerValue(p, "prompt", error)) view.inference.promptTokens = *v;
        if (auto v = integerValue(p, "generate", error)) view.inference.generatedTokens = *v;
    } else {
        if (auto v = integerValue(p, "batch", error)) view.serving.maxBatch = *v;
        if (auto v = integerValue(p, "prompt", error)) view.serving.promptLength = fixedLength(*v);
        if (auto v = integerValue(p, "generate", error))
            view.serving.outputLength = fixedLength(*v);
    }
    if (auto v = integerValue(p, "tp", error)) view.parallelism.tensor = clampToInt(*v);
    if (auto v = integerValue(p, "pp", error)) view.parallelism.pipeline = clampToInt(*v);
    if (auto v = dtypeValue(p, "weights", error)) view.precision.weights = *v;
    if (auto v = dtypeValue(p, "kv", error)) view.precision.kvCache = *v;
    if (!error.empty()) {
        std::fprintf(stderr, "ridgeline-cli: %s\n", error.c_str());
        return false;
    }

    // The checks a scenario file gets, then the checks a project gets.
    const auto reread = parseScenario(toJson(view), "command-line overrides");
    Diagnostics found = reread.diagnostics;
    if (reread.value) {
        Scenario merged = scenario;
        merged.precision = reread.value->precision;
        merged.parallelism = reread.value->parallelism;
        if (target == OverrideTarget::inference)
            merged.inference = reread.value->inference;
        else {
            const TraceSource trace = scenario.serving.trace;
            merged.serving = reread.value->serving;
            merged.serving.trace = trace;
        }
        checkCombination(hardware, model, merged, found);
        if (!found.hasErrors()) {
            scenario = std::move(merged);
            return true;
        }
    }
    for (const Diagnostic& d : found.items()) {
        if (d.severity != Diagnostic::Severity::error) continue;
        if (const char* option = optionOf(p, target, d))
            std::fprintf(stderr, "ridgeline-cli: %s: expected %s\n", typed(p, option).c_str(),
                         d.expected.c_str());
        else
            std::fprintf(stderr, "ridgeline-cli: scenario with the command-line overrides: %s\n",
                         d.format().c_str());
    }
    return false;
}

}  // namespace rl::cli
