// Reading and writing "ridgeline.scenario" documents.
#include "core/spec/spec_document.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_limits.h"

namespace rl {
namespace {

using namespace limits;

void readPrecision(ObjectReader& top, Precision& p) {
    const Json* node = top.child("precision");
    if (!node) return;
    ObjectReader r(*node, top.pathOf("precision"), top.diagnostics());
    if (auto v = r.dtype("weights")) p.weights = *v;
    if (auto v = r.dtype("activations")) p.activations = *v;
    if (auto v = r.dtype("kv_cache")) p.kvCache = *v;
    r.finish();
}

void readParallelism(ObjectReader& top, Parallelism& p) {
    const Json* node = top.child("parallelism");
    if (!node) return;
    ObjectReader r(*node, top.pathOf("parallelism"), top.diagnostics());
    if (auto v = r.integer("tensor", 1, kMaxParallel)) p.tensor = static_cast<int>(*v);
    if (auto v = r.integer("pipeline", 1, kMaxParallel)) p.pipeline = static_cast<int>(*v);
    if (auto v = r.integer("data", 1, kMaxParallel)) p.data = static_cast<int>(*v);
    if (auto v = r.integer("expert", 1, kMaxParallel)) p.expert = static_cast<int>(*v);
    r.finish();
    double total = static_cast<double>(p.tensor) * p.pipeline * p.data;
    if (total > static_cast<double>(kMaxDevices))
        top.diagnostics().error(
            top.pathOf("parallelism"),
            std::to_string(p.tensor) + " x " + std::to_string(p.pipeline) + " x " +
                std::to_string(p.data) + " devices",
            "tensor x pipeline x data of at most " + std::to_string(kMaxDevices));
}

void readInference(const Json& node, const std::string& path, Diagnostics& diag,
                   InferenceScenario& s) {
    ObjectReader r(node, path, diag);
    if (auto v = r.integer("batch", 1, kMaxBatch, Need::required)) s.batch = *v;
    if (auto v = r.integer("prompt_tokens", 1, kMaxTokens, Need::required)) s.promptTokens = *v;
    if (auto v = r.integer("generated_tokens", 0, kMaxTokens)) s.generatedTokens = *v;
    if (auto v = r.integer("prefill_chunk", 0, kMaxTokens)) s.prefillChunk = *v;
    if (auto v = r.boolean("flash_attention")) s.flashAttention = *v;
    r.finish();
}

void readLength(ObjectReader& parent, std::string_view key, LengthDistribution& d) {
    const Json* node = parent.child(key, Need::required);
    if (!node) return;
    Diagnostics& diag = parent.diagnostics();
    ObjectReader r(*node, parent.pathOf(key), diag);
    if (!r.valid()) return;
    if (auto v = r.choice("kind", {"fixed", "uniform", "zipf", "lognormal"}, Need::required))
        d.kind = *v;
    const Range tokens{1.0, static_cast<double>(kMaxTokens), false};
    auto mean = r.number("mean", tokens, Need::required);
    auto mn = r.number("min", tokens, d.kind == "fixed" ? Need::optional : Need::required);
    auto mx = r.number("max", tokens, d.kind == "fixed" ? Need::optional : Need::required);
    r.finish();
    if (mean) d.mean = *mean;
    d.min = mn ? *mn : (d.kind == "fixed" && mean ? *mean : d.min);
    d.max = mx ? *mx : (d.kind == "fixed" && mean ? *mean : d.max);
    if (mn && mx && *mn > *mx)
        diag.error(r.pathOf("min"), std::to_string(static_cast<long long>(*mn)),
                   "at most \"max\" (" + std::to_string(static_cast<long long>(*mx)) + ")");
    else if (mean && (d.mean < d.min || d.mean > d.max))
        diag.error(r.pathOf("mean"), std::to_string(static_cast<long long>(d.mean)),
                   "a mean between \"min\" and \"max\" (" +
                       std::to_string(static_cast<long long>(d.min)) + " to " +
                       std::to_string(static_cast<long long>(d.max)) + ")");
}

void readServing(const Json& node, const std::string& path, Diagnostics& diag, ServingScenario& s) {
    ObjectReader r(node, path, diag);
    if (!r.valid()) return;
    if (auto v = r.choice("arrival", {"poisson", "fixed"}, Need::required)) s.arrival = *v;
    if (auto v = r.number("rate_per_s", Range::positive(kMaxRatePerS), Need::required))
        s.ratePerS = *v;
    if (auto v = r.integer("requests", 1, kMaxRequests, Need::required)) s.requests = *v;
    readLength(r, "prompt_length", s.promptLength);
    readLength(r, "output_length", s.outputLength);
    if (auto v = r.choice("scheduler", {"vllm", "orca", "sarathi"})) s.scheduler = *v;
    if (auto v = r.integer("max_batch", 1, kMaxBatch)) s.maxBatch = *v;
    if (auto v = r.integer("kv_block_tokens", 1, 65536)) s.kvBlockTokens = *v;
    if (auto v = r.integer("seed", 0, kMaxSeed)) s.seed = static_cast<std::uint64_t>(*v);
    r.finish();
}

void readTraining(const Json& node, const std::string& path, Diagnostics& diag, TrainingScenario& s,
                  const Parallelism& par) {
    ObjectReader r(node, path, diag);
    if (!r.valid()) return;
    auto global = r.integer("global_batch", 1, kMaxBatch * 10, Need::required);
    auto micro = r.integer("micro_batch", 1, kMaxBatch, Need::required);
    if (global) s.globalBatch = *global;
    if (micro) s.microBatch = *micro;
    if (auto v = r.integer("sequence", 1, kMaxTokens, Need::required)) s.sequence = *v;
    if (auto v = r.integer("zero_stage", 0, 3)) s.zeroStage = static_cast<int>(*v);
    if (auto v = r.choice("recompute", {"none", "selective", "full"})) s.recompute = *v;
    if (auto v = r.boolean("sequence_parallel")) s.sequenceParallel = *v;
    if (auto v = r.integer("interleave", 1, 1024)) s.interleave = static_cast<int>(*v);
    if (auto v = r.choice("optimizer", {"adam", "adamw", "sgd"})) s.optimizer = *v;
    r.finish();
    // Each data-parallel replica runs whole micro-batches.
    if (global && micro) {
        std::int64_t perStep = *micro * par.data;
        if (*global % perStep != 0)
            diag.error(r.pathOf("global_batch"), std::to_string(*global),
                       "a multiple of micro_batch x data parallel = " + std::to_string(*micro) +
                           " x " + std::to_string(par.data) + " = " + std::to_string(perStep));
    }
    if (s.sequenceParallel && par.tensor == 1)
        diag.warning(r.pathOf("sequence_parallel"), "true",
                     "tensor parallelism > 1 (sequence parallelism has no effect without it)");
    if (s.interleave > 1 && par.pipeline == 1)
        diag.warning(r.pathOf("interleave"), std::to_string(s.interleave),
                     "pipeline parallelism > 1 (interleaving splits pipeline stages)");
}

}  // namespace

Loaded<Scenario> parseScenario(const Json& doc, const std::string& file) {
    Loaded<Scenario> out{std::nullopt, Diagnostics(file)};
    Diagnostics& diag = out.diagnostics;
    ObjectReader r(doc, "", diag);
    if (!readFormatHeader(r, "ridgeline.scenario")) return out;
    Scenario s;
    if (auto v = readName(r, "name")) s.name = *v;
    bool kindKnown = false;
    if (auto v = r.choice("kind", {"inference", "serving", "training"}, Need::required))
        s.kind = *v, kindKnown = true;
    readPrecision(r, s.precision);
    readParallelism(r, s.parallelism);
    // The section of the scenario's kind is required; the others would be ignored, so they are
    // flagged.
    for (std::string_view section : {"inference", "serving", "training"}) {
        const Json* node =
            r.child(section, section == s.kind && kindKnown ? Need::required : Need::optional);
        if (!node) continue;
        std::string path = r.pathOf(section);
        if (!kindKnown) continue;
        if (section != s.kind) {
            diag.warning(path, "",
                         "no \"" + std::string(section) + "\" section in a scenario of kind \"" +
                             s.kind + "\" (it is ignored)");
            continue;
        }
        if (section == "inference")
            readInference(*node, path, diag, s.inference);
        else if (section == "serving")
            readServing(*node, path, diag, s.serving);
        else
            readTraining(*node, path, diag, s.training, s.parallelism);
    }
    r.finish();
    if (!diag.hasErrors()) out.value = std::move(s);
    return out;
}

Json toJson(const Scenario& s) {
    Json doc = Json::object();
    doc["format"] = "ridgeline.scenario";
    doc["version"] = kFormatVersion;
    doc["name"] = s.name;
    doc["kind"] = s.kind;
    doc["precision"] = {{"weights", toString(s.precision.weights)},
                        {"activations", toString(s.precision.activations)},
                        {"kv_cache", toString(s.precision.kvCache)}};
    doc["parallelism"] = {{"tensor", s.parallelism.tensor},
                          {"pipeline", s.parallelism.pipeline},
                          {"data", s.parallelism.data},
                          {"expert", s.parallelism.expert}};
    if (s.kind == "inference") {
        const auto& i = s.inference;
        doc["inference"] = {{"batch", i.batch},
                            {"prompt_tokens", i.promptTokens},
                            {"generated_tokens", i.generatedTokens},
                            {"prefill_chunk", i.prefillChunk},
                            {"flash_attention", i.flashAttention}};
    } else if (s.kind == "serving") {
        const auto& v = s.serving;
        auto len = [](const LengthDistribution& d) {
            return Json{{"kind", d.kind}, {"mean", d.mean}, {"min", d.min}, {"max", d.max}};
        };
        doc["serving"] = {{"arrival", v.arrival},
                          {"rate_per_s", v.ratePerS},
                          {"requests", v.requests},
                          {"prompt_length", len(v.promptLength)},
                          {"output_length", len(v.outputLength)},
                          {"scheduler", v.scheduler},
                          {"max_batch", v.maxBatch},
                          {"kv_block_tokens", v.kvBlockTokens},
                          {"seed", v.seed}};
    } else if (s.kind == "training") {
        const auto& t = s.training;
        doc["training"] = {
            {"global_batch", t.globalBatch}, {"micro_batch", t.microBatch},
            {"sequence", t.sequence},        {"zero_stage", t.zeroStage},
            {"recompute", t.recompute},      {"sequence_parallel", t.sequenceParallel},
            {"interleave", t.interleave},    {"optimizer", t.optimizer}};
    }
    return doc;
}

}  // namespace rl
