// Reading and writing "ridgeline.scenario" documents.
#include <cmath>
#include <filesystem>
#include <system_error>

#include "core/spec/spec_document.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_limits.h"
#include "core/spec/spec_phrases.h"

namespace rl {
namespace {

using namespace limits;
namespace fs = std::filesystem;

// Values in phrases: a token count (tokensText's English), a count, a word from the file.
PhraseArg tokenArg(double v) { return PhraseArg::integer(static_cast<long long>(v)); }
PhraseArg countArg(std::int64_t n) { return PhraseArg::integer(n); }
PhraseArg wordArg(std::string s) { return PhraseArg::verbatim(std::move(s)); }

// A service-level objective longer than a day is a unit typo.
constexpr double kMaxSloS = 86400.0;

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
    if (auto v = r.integer("context", 1, kMaxParallel)) p.context = static_cast<int>(*v);
    r.finish();
    double total = static_cast<double>(p.tensor) * p.pipeline * p.data * p.context;
    if (total > static_cast<double>(kMaxDevices))
        top.diagnostics().error(
            top.pathOf("parallelism"),
            Phrase(
                RL_TR("SpecText", "%1 x %2 x %3 x %4 devices"),
                {countArg(p.tensor), countArg(p.pipeline), countArg(p.data), countArg(p.context)}),
            Phrase(RL_TR("SpecText", "tensor x pipeline x data x context of at most %1"),
                   {countArg(kMaxDevices)}));
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

std::string tokensText(double v) { return std::to_string(static_cast<long long>(v)); }

// One length distribution. `fromTrace`: the scenario replays a trace, so the
// section may be left out (the rows' own lengths are used, kind "trace").
void readLength(ObjectReader& parent, std::string_view key, bool fromTrace, LengthDistribution& d) {
    const Json* node = parent.child(key, fromTrace ? Need::optional : Need::required);
    if (!node) {
        if (fromTrace) d = {"trace", 0, 1, static_cast<double>(kMaxTokens), 0, 1.0};
        return;
    }
    Diagnostics& diag = parent.diagnostics();
    ObjectReader r(*node, parent.pathOf(key), diag);
    if (!r.valid()) return;
    auto kind = r.choice("kind", {"fixed", "uniform", "normal", "lognormal", "zipf", "trace"},
                         Need::required);
    if (!kind) {
        r.accept({"mean", "min", "max", "stddev", "theta"});
        return;
    }
    d.kind = *kind;
    const bool isFixed = d.kind == "fixed", isTrace = d.kind == "trace";
    const bool meanIsInput = d.kind == "fixed" || d.kind == "normal" || d.kind == "lognormal";
    const Range tokens{1.0, static_cast<double>(kMaxTokens), false};
    auto mean = r.number("mean", tokens, meanIsInput ? Need::required : Need::optional);
    const Need bounds = isFixed || isTrace ? Need::optional : Need::required;
    auto mn = r.number("min", tokens, bounds);
    auto mx = r.number("max", tokens, bounds);
    std::optional<double> stddev, theta;
    if (d.kind == "normal" || d.kind == "lognormal")
        stddev = r.number("stddev", Range::positive(static_cast<double>(kMaxTokens)));
    if (d.kind == "zipf") theta = r.number("theta", Range::positive(10.0));
    r.finish();
    if (isTrace) {
        d.mean = 0;
        d.min = mn.value_or(1.0);
        d.max = mx.value_or(static_cast<double>(kMaxTokens));
    } else if (isFixed) {
        if (mean) d.mean = *mean;
        d.min = mn.value_or(d.mean);
        d.max = mx.value_or(d.mean);
    } else {
        if (mean) d.mean = *mean;
        if (mn) d.min = *mn;
        if (mx) d.max = *mx;
    }
    d.stddev = stddev.value_or(0.0);
    d.theta = theta.value_or(1.0);
    if (mn && mx && *mn > *mx) {
        diag.error(r.pathOf("min"), tokensText(*mn),
                   Phrase(RL_TR("SpecText", "at most \"max\" (%1)"), {tokenArg(*mx)}));
        return;
    }
    if (d.kind == "uniform") {
        // The mean of a uniform distribution follows from its bounds; an older
        // file may state it, which is fine as long as it agrees.
        const double mid = (d.min + d.max) / 2;
        if (mean && std::abs(*mean - mid) > 1.0)
            diag.warning(r.pathOf("mean"), tokensText(*mean),
                         Phrase(RL_TR("SpecText",
                                      "(min + max) / 2 = %1 for a uniform "
                                      "distribution (the given mean is ignored)"),
                                {tokenArg(mid)}));
        d.mean = mid;
    } else if (d.kind == "zipf") {
        if (mean)
            diag.warning(r.pathOf("mean"), tokensText(*mean),
                         RL_TR("SpecText",
                               "no \"mean\" for a zipf distribution (it follows "
                               "from theta, min and max; ignored)"));
        d.mean = 0;
    } else if (!isTrace && mean && (d.mean < d.min || d.mean > d.max)) {
        diag.error(r.pathOf("mean"), tokensText(d.mean),
                   Phrase(RL_TR("SpecText", "a mean between \"min\" and \"max\" (%1 to %2)"),
                          {tokenArg(d.min), tokenArg(d.max)}));
    }
}

// "trace": {"file": ..., "columns": {...}, "time_scale": ...}. The file is
// resolved against `baseDir` (the directory of the file the scenario is
// written in) and must exist; its columns are checked when it is read.
void readTrace(ObjectReader& parent, const fs::path& baseDir, bool needed, bool needsArrival,
               TraceSource& t) {
    const Json* node = parent.child("trace", needed ? Need::required : Need::optional);
    if (!node) return;
    Diagnostics& diag = parent.diagnostics();
    ObjectReader r(*node, parent.pathOf("trace"), diag);
    if (!r.valid()) return;
    if (!needed)
        diag.warning(r.path(), "",
                     RL_TR("SpecText",
                           "a \"trace\" section only with arrival \"trace\" or a "
                           "length of kind \"trace\" (it is ignored)"));
    if (auto v = r.string("file", Need::required, 4096)) {
        t.file = *v;
        if (t.file.empty() || t.file.find('\0') != std::string::npos) {
            diag.error(r.pathOf("file"), quotedValue(displayValue(t.file)),
                       RL_TR("SpecText", "a path to a trace CSV file (non-empty, no NUL bytes)"));
        } else {
            std::error_code ec;
            fs::path p = fs::path(t.file).is_absolute() ? fs::path(t.file) : baseDir / t.file;
            fs::path abs = fs::absolute(p, ec);
            const fs::path resolved = (ec ? p : abs).lexically_normal();
            t.resolved = resolved.string();
            const PhraseArg shown = wordArg(displayValue(t.resolved, 200));
            if (!fs::exists(resolved, ec) || ec)
                diag.error(r.pathOf("file"), quotedValue(displayValue(t.file)),
                           Phrase(RL_TR("SpecText",
                                        "a path to an existing trace CSV file, relative to the "
                                        "file this scenario is written in (resolved to \"%1\", "
                                        "which does not exist)"),
                                  {shown}));
            else if (!fs::is_regular_file(resolved, ec) || ec)
                diag.error(
                    r.pathOf("file"), quotedValue(displayValue(t.file)),
                    Phrase(RL_TR("SpecText",
                                 "a path to a trace CSV file (\"%1\" is not a regular file)"),
                           {shown}));
        }
    }
    if (const Json* cols = r.child("columns")) {
        ObjectReader c(*cols, r.pathOf("columns"), diag);
        auto column = [&](std::string_view key, std::string& into) {
            auto v = c.string(key, Need::optional, 256);
            if (!v) return;
            if (v->find_first_not_of(" \t") == std::string::npos)
                diag.error(c.pathOf(key), quotedValue(displayValue(*v)),
                           RL_TR("SpecText",
                                 "the name of a column in the trace's header row (not empty)"));
            else
                into = *v;
        };
        column("arrival", t.columns.arrival);
        column("prompt", t.columns.prompt);
        column("output", t.columns.output);
        c.finish();
    }
    if (needsArrival && t.columns.arrival.empty())
        diag.error(r.pathOf("columns"), "",
                   RL_TR("SpecText",
                         "an \"arrival\" column name (arrival \"trace\" replays the "
                         "arrival times of the trace, in seconds or as timestamps "
                         "such as \"2023-11-16 18:15:46.68\")"));
    if (auto v = r.number("time_scale", Range::positive(1e6))) {
        t.timeScale = *v;
        if (!needsArrival && *v != 1.0)
            diag.warning(
                r.pathOf("time_scale"), std::to_string(*v),
                RL_TR("SpecText", "a time scale only with arrival \"trace\" (it is ignored)"));
    }
    r.finish();
}

void readSlo(ObjectReader& parent, ServingSlo& slo) {
    const Json* node = parent.child("slo");
    if (!node) return;
    ObjectReader r(*node, parent.pathOf("slo"), parent.diagnostics());
    const Range times = Range::positive(kMaxSloS);
    if (auto v = r.quantity("ttft_p99", Dimension::time, times)) slo.ttftP99 = *v;
    if (auto v = r.quantity("tpot_p99", Dimension::time, times)) slo.tpotP99 = *v;
    if (auto v = r.quantity("e2e_p99", Dimension::time, times)) slo.e2eP99 = *v;
    r.finish();
}

void readServing(const Json& node, const std::string& path, const fs::path& baseDir,
                 Diagnostics& diag, ServingScenario& s) {
    ObjectReader r(node, path, diag);
    if (!r.valid()) return;
    if (auto v =
            r.choice("arrival", {"poisson", "gamma", "constant", "fixed", "closed_loop", "trace"},
                     Need::required))
        s.arrival = *v;
    const bool replay = s.arrival == "trace", closed = s.arrival == "closed_loop";
    const bool timed = !replay && !closed;
    if (auto v = r.number("rate_per_s", Range::positive(kMaxRatePerS),
                          timed ? Need::required : Need::optional)) {
        s.ratePerS = *v;
        if (!timed)
            diag.warning(r.pathOf("rate_per_s"), std::to_string(*v),
                         replay ? Phrase(RL_TR("SpecText",
                                               "no rate with arrival \"%1\" (the "
                                               "trace's times set it; ignored)"),
                                         {wordArg(s.arrival)})
                                : Phrase(RL_TR("SpecText",
                                               "no rate with arrival \"%1\" (the "
                                               "clients set it; ignored)"),
                                         {wordArg(s.arrival)}));
    }
    if (auto v = r.number("burstiness", Range::positive(100.0))) {
        s.burstiness = *v;
        if (s.arrival != "gamma" && *v != 1.0)
            diag.warning(
                r.pathOf("burstiness"), std::to_string(*v),
                RL_TR("SpecText", "burstiness only with arrival \"gamma\" (it is ignored)"));
    }
    if (auto v = r.integer("clients", 1, kMaxBatch, closed ? Need::required : Need::optional)) {
        s.clients = *v;
        if (!closed)
            diag.warning(r.pathOf("clients"), std::to_string(*v),
                         RL_TR("SpecText", "clients only with arrival \"closed_loop\" (ignored)"));
    }
    if (auto v = r.integer("requests", 1, kMaxRequests, Need::required)) s.requests = *v;
    readLength(r, "prompt_length", replay, s.promptLength);
    readLength(r, "output_length", replay, s.outputLength);
    const bool lengthsFromTrace = s.promptLength.kind == "trace" || s.outputLength.kind == "trace";
    readTrace(r, baseDir, replay || lengthsFromTrace, replay, s.trace);

    if (auto v = r.choice("scheduler",
                          {"vllm", "orca", "sarathi", "fastertransformer", "disaggregated"}))
        s.scheduler = *v;
    if (auto v = r.integer("max_batch", 1, kMaxBatch)) s.maxBatch = *v;
    if (auto v = r.integer("max_batched_tokens", 0, kMaxTokens)) s.maxBatchedTokens = *v;
    if (auto v = r.integer("chunk_size", 1, kMaxTokens)) s.chunkSize = *v;
    if (auto v = r.integer("kv_block_tokens", 1, 65536)) s.kvBlockTokens = *v;
    if (auto v = r.number("kv_watermark", Range{0.0, 0.5, false})) s.kvWatermark = *v;
    if (auto v = r.number("memory_reserve", Range{0.0, 0.9, false})) s.memoryReserve = *v;
    if (auto v = r.choice("preemption", {"recompute", "swap"})) s.preemption = *v;
    if (auto v = r.quantity("cpu_overhead", Dimension::time, Range::nonNegative(kMaxLatencyS)))
        s.cpuOverheadS = *v;
    if (auto v = r.integer("replicas", 1, kMaxDevices)) s.replicas = static_cast<int>(*v);
    if (auto v = r.choice("global_scheduler", {"round_robin", "least_outstanding", "random"}))
        s.globalScheduler = *v;
    auto prefill = r.integer("prefill_replicas", 1, kMaxDevices);
    if (prefill) s.prefillReplicas = static_cast<int>(*prefill);
    readSlo(r, s.slo);
    if (auto v = r.integer("seed", 0, kMaxSeed)) s.seed = static_cast<std::uint64_t>(*v);
    r.finish();

    // Disaggregated serving needs a prefill pool and a decode pool.
    if (s.scheduler == "disaggregated") {
        if (s.replicas < 2)
            diag.error(r.pathOf("replicas"), std::to_string(s.replicas),
                       RL_TR("SpecText",
                             "at least 2 replicas for the \"disaggregated\" "
                             "scheduler (a prefill pool and a decode pool)"));
        else if (s.prefillReplicas >= s.replicas)
            diag.error(r.pathOf("prefill_replicas"), std::to_string(s.prefillReplicas),
                       Phrase(RL_TR("SpecText", "fewer than the %1 replicas (the rest decode)"),
                              {countArg(s.replicas)}));
    } else if (prefill) {
        diag.warning(r.pathOf("prefill_replicas"), std::to_string(*prefill),
                     RL_TR("SpecText",
                           "prefill_replicas only with the \"disaggregated\" scheduler (ignored)"));
    }
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
    if (auto v = r.choice("schedule", {"1f1b", "gpipe", "zero-bubble"})) s.schedule = *v;
    if (auto v = r.boolean("overlap_grad_reduce")) s.overlapGradReduce = *v;
    if (auto v = r.boolean("overlap_param_gather")) s.overlapParamGather = *v;
    if (auto v = r.boolean("overlap_tensor_comm")) s.overlapTensorComm = *v;
    if (auto v = r.boolean("fp8")) s.fp8 = *v;
    r.finish();
    // Each data-parallel replica runs whole micro-batches.
    if (global && micro) {
        std::int64_t perStep = *micro * par.data;
        if (*global % perStep != 0)
            diag.error(r.pathOf("global_batch"), std::to_string(*global),
                       Phrase(RL_TR("SpecText",
                                    "a multiple of micro_batch x data parallel = %1 x "
                                    "%2 = %3"),
                              {countArg(*micro), countArg(par.data), countArg(perStep)}));
    }
    if (s.sequenceParallel && par.tensor == 1)
        diag.warning(r.pathOf("sequence_parallel"), "true",
                     RL_TR("SpecText",
                           "tensor parallelism > 1 (sequence parallelism has no "
                           "effect without it)"));
    if (s.interleave > 1 && par.pipeline == 1)
        diag.warning(
            r.pathOf("interleave"), std::to_string(s.interleave),
            RL_TR("SpecText", "pipeline parallelism > 1 (interleaving splits pipeline stages)"));
    if (s.interleave > 1 && s.schedule != "1f1b")
        diag.error(r.pathOf("interleave"), std::to_string(s.interleave),
                   Phrase(RL_TR("SpecText", "1 with schedule \"%1\" (only 1F1B is interleaved)"),
                          {wordArg(s.schedule)}));
    if (par.context > 1 && s.sequence % (2 * par.context) != 0)
        diag.error(r.pathOf("sequence"), std::to_string(s.sequence),
                   Phrase(RL_TR("SpecText",
                                "a multiple of 2 x context parallelism = %1 (ring "
                                "attention splits the sequence into 2 x CP "
                                "load-balanced chunks)"),
                          {countArg(2 * par.context)}));
}

Json lengthToJson(const LengthDistribution& d) {
    Json j = {{"kind", d.kind}};
    if (d.kind == "fixed" || d.kind == "uniform" || d.kind == "normal" || d.kind == "lognormal")
        j["mean"] = d.mean;
    j["min"] = d.min;
    j["max"] = d.max;
    if ((d.kind == "normal" || d.kind == "lognormal") && d.stddev > 0) j["stddev"] = d.stddev;
    if (d.kind == "zipf") j["theta"] = d.theta;
    return j;
}

Json servingToJson(const ServingScenario& v) {
    Json j = Json::object();
    j["arrival"] = v.arrival;
    const bool replay = v.arrival == "trace", closed = v.arrival == "closed_loop";
    if (!replay && !closed) j["rate_per_s"] = v.ratePerS;
    if (v.arrival == "gamma") j["burstiness"] = v.burstiness;
    if (closed) j["clients"] = v.clients;
    j["requests"] = v.requests;
    // With arrival "trace", lengths of kind "trace" are the default; leaving
    // them out keeps the file as it was written.
    if (!(replay && v.promptLength.kind == "trace" && v.promptLength.min == 1 &&
          v.promptLength.max == static_cast<double>(kMaxTokens)))
        j["prompt_length"] = lengthToJson(v.promptLength);
    if (!(replay && v.outputLength.kind == "trace" && v.outputLength.min == 1 &&
          v.outputLength.max == static_cast<double>(kMaxTokens)))
        j["output_length"] = lengthToJson(v.outputLength);
    if (!v.trace.file.empty()) {
        Json cols = Json::object();
        if (!v.trace.columns.arrival.empty()) cols["arrival"] = v.trace.columns.arrival;
        cols["prompt"] = v.trace.columns.prompt;
        cols["output"] = v.trace.columns.output;
        j["trace"] = {{"file", v.trace.file}, {"columns", cols}};
        if (replay) j["trace"]["time_scale"] = v.trace.timeScale;
    }
    j["scheduler"] = v.scheduler;
    j["max_batch"] = v.maxBatch;
    j["max_batched_tokens"] = v.maxBatchedTokens;
    j["chunk_size"] = v.chunkSize;
    j["kv_block_tokens"] = v.kvBlockTokens;
    j["kv_watermark"] = v.kvWatermark;
    j["memory_reserve"] = v.memoryReserve;
    j["preemption"] = v.preemption;
    j["cpu_overhead"] = formatQuantity(v.cpuOverheadS, Dimension::time, 15);
    j["replicas"] = v.replicas;
    j["global_scheduler"] = v.globalScheduler;
    if (v.scheduler == "disaggregated") j["prefill_replicas"] = v.prefillReplicas;
    Json slo = Json::object();
    if (v.slo.ttftP99 > 0) slo["ttft_p99"] = formatQuantity(v.slo.ttftP99, Dimension::time, 15);
    if (v.slo.tpotP99 > 0) slo["tpot_p99"] = formatQuantity(v.slo.tpotP99, Dimension::time, 15);
    if (v.slo.e2eP99 > 0) slo["e2e_p99"] = formatQuantity(v.slo.e2eP99, Dimension::time, 15);
    if (!slo.empty()) j["slo"] = slo;
    j["seed"] = v.seed;
    return j;
}

// `baseDir`: what paths inside the scenario (a trace file) are relative to.
void readScenarioBody(ObjectReader& r, Scenario& s, const fs::path& baseDir) {
    Diagnostics& diag = r.diagnostics();
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
                         Phrase(RL_TR("SpecText",
                                      "no \"%1\" section in a scenario of kind \"%2\" "
                                      "(it is ignored)"),
                                {wordArg(std::string(section)), wordArg(s.kind)}));
            continue;
        }
        if (section == "inference")
            readInference(*node, path, diag, s.inference);
        else if (section == "serving")
            readServing(*node, path, baseDir, diag, s.serving);
        else
            readTraining(*node, path, diag, s.training, s.parallelism);
    }
}

}  // namespace

Loaded<Scenario> parseScenario(const Json& doc, const std::string& file) {
    // Paths inside the scenario (a trace file) are relative to the file it is
    // written in: the scenario file, or the project that embeds it.
    std::error_code ec;
    const fs::path baseDir = file.empty() ? fs::current_path(ec) : fs::path(file).parent_path();
    return readSpecDocument<Scenario>(
        doc, file, "ridgeline.scenario",
        [&](ObjectReader& r, Scenario& s) { readScenarioBody(r, s, baseDir); });
}

Json toJson(const Scenario& s) {
    Json doc = newDocument("ridgeline.scenario", s.name);
    doc["kind"] = s.kind;
    doc["precision"] = {{"weights", toString(s.precision.weights)},
                        {"activations", toString(s.precision.activations)},
                        {"kv_cache", toString(s.precision.kvCache)}};
    doc["parallelism"] = {{"tensor", s.parallelism.tensor},
                          {"pipeline", s.parallelism.pipeline},
                          {"data", s.parallelism.data},
                          {"expert", s.parallelism.expert},
                          {"context", s.parallelism.context}};
    if (s.kind == "inference") {
        const auto& i = s.inference;
        doc["inference"] = {{"batch", i.batch},
                            {"prompt_tokens", i.promptTokens},
                            {"generated_tokens", i.generatedTokens},
                            {"prefill_chunk", i.prefillChunk},
                            {"flash_attention", i.flashAttention}};
    } else if (s.kind == "serving") {
        doc["serving"] = servingToJson(s.serving);
    } else if (s.kind == "training") {
        const auto& t = s.training;
        doc["training"] = {{"global_batch", t.globalBatch},
                           {"micro_batch", t.microBatch},
                           {"sequence", t.sequence},
                           {"zero_stage", t.zeroStage},
                           {"recompute", t.recompute},
                           {"sequence_parallel", t.sequenceParallel},
                           {"interleave", t.interleave},
                           {"optimizer", t.optimizer},
                           {"schedule", t.schedule},
                           {"overlap_grad_reduce", t.overlapGradReduce},
                           {"overlap_param_gather", t.overlapParamGather},
                           {"overlap_tensor_comm", t.overlapTensorComm},
                           {"fp8", t.fp8}};
    }
    return doc;
}

}  // namespace rl
