#include "core/result/export.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/result/csv_writer.h"

namespace rl {

namespace {

using nlohmann::json;

json classBytes(const LevelTraffic& t) {
    json o = json::object();
    for (int c = 0; c < kTensorClassCount; ++c)
        o[std::string(toString(static_cast<TensorClass>(c)))] =
            t.bytes[static_cast<std::size_t>(c)];
    return o;
}

json opToJson(const OpRecord& r, const std::vector<std::string>& levels) {
    json traffic = json::array();
    json intensity = json::array();
    for (std::size_t j = 0; j < r.traffic.size(); ++j) {
        traffic.push_back({{"level", j < levels.size() ? levels[j] : std::to_string(j)},
                           {"bytes", classBytes(r.traffic[j])},
                           {"total_bytes", r.traffic[j].total()}});
        intensity.push_back(r.intensity(j));
    }
    json bounds = json::array();
    for (const Bound& b : r.bounds)
        bounds.push_back({{"resource", b.resource}, {"time_s", b.time}});
    return {{"name", r.name},
            {"kind", std::string(toString(r.kind))},
            {"phase", r.phase},
            {"layer", r.layer},
            {"layer_span", r.layerSpan},
            {"count", r.count},
            {"math_type", std::string(toString(r.mathType))},
            {"flops", r.flops},
            {"traffic", traffic},
            {"intensity_flop_per_byte", intensity},
            {"network_bytes", r.networkBytes},
            {"bounds", bounds},
            {"binding", r.binding},
            {"time_each_s", r.timeEach},
            {"time_s", r.time},
            {"time_low_s", r.timeLow},
            {"time_high_s", r.timeHigh},
            {"attained_flop_per_s", r.attainedFlops()},
            {"energy_j", r.energy},
            {"share", r.share},
            {"note", r.note}};
}

json traceToJson(const Trace& t) {
    json tracks = json::array();
    for (const TraceTrack& k : t.tracks) tracks.push_back({{"name", k.name}, {"group", k.group}});
    json events = json::array();
    for (const TraceEvent& e : t.events)
        events.push_back({{"track", e.track},
                          {"category", e.category},
                          {"label", e.label},
                          {"start_s", e.start},
                          {"duration_s", e.duration},
                          {"ref", std::string(toString(e.ref))},
                          {"id", e.id}});
    json counters = json::array();
    for (const TraceCounter& c : t.counters)
        counters.push_back({{"name", c.name},
                            {"unit", c.unit},
                            {"group", c.group},
                            {"times_s", c.times},
                            {"values", c.values}});
    json flows = json::array();
    for (const TraceFlow& f : t.flows) flows.push_back({{"from", f.from}, {"to", f.to}});
    return {{"groups", t.groups}, {"tracks", tracks}, {"categories", t.categories},
            {"labels", t.labels}, {"events", events}, {"counters", counters},
            {"flows", flows}};
}

// Names of the typed identities in the JSON (docs/prediction-json.md), in enum order.
constexpr const char* kScopeNames[] = {"run", "phase", "op"};
constexpr const char* kEditTargets[] = {"compute", "memory_bandwidth", "interconnect_bandwidth",
                                        "precision", "batch"};

json editToJson(const ResourceEdit& e) {
    using Target = ResourceEdit::Target;
    json j = {{"target", kEditTargets[static_cast<std::size_t>(e.target)]}};
    if (e.target == Target::precision) {
        j["weights"] = std::string(toString(e.weights));
        j["activations"] = std::string(toString(e.activations));
        j["kv_cache"] = std::string(toString(e.kvCache));
        return j;
    }
    if (e.target == Target::memoryBandwidth || e.target == Target::interconnectBandwidth)
        j["level"] = e.level;
    j["factor"] = e.factor;
    return j;
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}

}  // namespace

json predictionToJson(const Prediction& p) {
    json levels = p.levels;
    json ceilings = json::array();
    for (const Ceiling& c : p.ceilings) {
        json j = {{"label", c.label}, {"compute", c.compute}, {"value", c.value}, {"peak", c.peak}};
        if (c.compute)
            j["type"] = std::string(toString(c.computeType));
        else
            j["level"] = c.level;
        ceilings.push_back(std::move(j));
    }
    json totalsBytes = json::object();
    for (std::size_t j = 0; j < p.totalBytesPerLevel.size() && j < p.levels.size(); ++j)
        totalsBytes[p.levels[j]] = p.totalBytesPerLevel[j];
    json phases = json::array();
    for (const PhaseSummary& s : p.phases)
        phases.push_back({{"phase", s.phase},
                          {"time_s", s.time},
                          {"flops", s.flops},
                          {"energy_j", s.energy},
                          {"bytes_per_level", s.bytesPerLevel},
                          {"binding", s.binding}});
    json ops = json::array();
    for (const OpRecord& r : p.ops) ops.push_back(opToJson(r, p.levels));
    json explanations = json::array();
    for (const Explanation& e : p.explanations) {
        json whatIfs = json::array();
        for (const WhatIf& w : e.whatIfs)
            whatIfs.push_back({{"label", w.label},
                               {"resource", w.resource},
                               {"edit", editToJson(w.edit)},
                               {"factor", w.factor},
                               {"new_time_s", w.newTime},
                               {"speedup", w.speedup},
                               {"throughput_gain", w.throughputGain},
                               {"latency_ratio", w.latencyRatio}});
        json x = {{"scope", e.scope},
                  {"kind", kScopeNames[static_cast<std::size_t>(e.kind)]},
                  {"binding", e.binding},
                  {"sentences", e.sentences},
                  {"what_ifs", whatIfs}};
        if (e.kind != ExplanationScope::run) x["phase"] = e.phase;
        if (e.kind == ExplanationScope::op) x["op_index"] = e.opIndex;
        explanations.push_back(std::move(x));
    }
    json memory = nullptr;
    if (p.memory) {
        const MemoryFootprint& m = *p.memory;
        memory = {{"weights_bytes", m.weights},
                  {"kv_cache_bytes", m.kvCache},
                  {"activations_bytes", m.activations},
                  {"total_bytes", m.total()},
                  {"capacity_bytes", m.capacity},
                  {"fits", m.fits},
                  {"max_batch", m.maxBatch},
                  {"message", m.message}};
    }
    json llm = nullptr;
    if (p.llm) {
        const LlmMetrics& m = *p.llm;
        json byContext = json::array();
        for (const auto& [ctx, t] : m.timePerTokenByContext)
            byContext.push_back({{"context", ctx}, {"time_s", t}});
        llm = {{"time_to_first_token_s", m.timeToFirstToken},
               {"time_per_output_token_s", m.timePerOutputToken},
               {"time_per_token_by_context", byContext},
               {"total_latency_s", m.totalLatency},
               {"tokens_per_s", m.tokensPerSecond},
               {"mfu", m.mfu},
               {"memory_bandwidth_utilisation", m.memoryBandwidthUtilisation},
               {"communication_share", m.communicationShare}};
    }
    return {{"format", "ridgeline.prediction"},
            {"version", kPredictionJsonVersion},
            {"predictor", p.predictor},
            {"hardware", p.hardware},
            {"model", p.model},
            {"scenario", p.scenario},
            {"levels", levels},
            {"ceilings", ceilings},
            {"totals",
             {{"time_s", p.totalTime},
              {"flops", p.totalFlops},
              {"energy_j", p.totalEnergy},
              {"bytes_per_level", totalsBytes}}},
            {"phases", phases},
            {"ops", ops},
            {"trace", p.trace ? traceToJson(*p.trace) : json(nullptr)},
            {"explanations", explanations},
            {"memory", memory},
            {"llm", llm},
            {"warnings", p.warnings}};
}

std::string predictionOpsCsv(const Prediction& p) {
    // Every bound resource that appears, in first-appearance order, is a column.
    std::vector<std::string> resources;
    for (const OpRecord& r : p.ops)
        for (const Bound& b : r.bounds)
            if (std::find(resources.begin(), resources.end(), b.resource) == resources.end())
                resources.push_back(b.resource);
    std::string out = "name,phase,kind,layer,count,math_type,flops";
    for (const std::string& l : p.levels) {
        out += "," + csv::field(l + " bytes");
        for (int c = 0; c < kTensorClassCount; ++c)
            out += "," + csv::field(l + " " + std::string(toString(static_cast<TensorClass>(c))) +
                                    " bytes");
    }
    out += ",network_bytes";
    for (const std::string& r : resources) out += "," + csv::field("bound " + r + " s");
    out += ",binding,time_each_s,time_s,energy_j,share";
    out += csv::kLineEnd;
    for (const OpRecord& r : p.ops) {
        out += csv::field(r.name) + "," + csv::field(r.phase) + "," +
               std::string(toString(r.kind)) + "," + std::to_string(r.layer) + "," + num(r.count) +
               "," + std::string(toString(r.mathType)) + "," + num(r.flops);
        for (std::size_t j = 0; j < p.levels.size(); ++j) {
            const LevelTraffic t = j < r.traffic.size() ? r.traffic[j] : LevelTraffic{};
            out += "," + num(t.total());
            for (double b : t.bytes) out += "," + num(b);
        }
        out += "," + num(r.networkBytes);
        for (const std::string& res : resources) {
            auto it = std::find_if(r.bounds.begin(), r.bounds.end(),
                                   [&](const Bound& b) { return b.resource == res; });
            out += "," + (it != r.bounds.end() ? num(it->time) : std::string());
        }
        out += "," + csv::field(r.binding) + "," + num(r.timeEach) + "," + num(r.time) + "," +
               num(r.energy) + "," + num(r.share);
        out += csv::kLineEnd;
    }
    return out;
}

json predictionChromeTrace(const Prediction& p) {
    json events = json::array();
    if (p.trace) {
        const Trace& t = *p.trace;
        // Metadata first: one process per group, one thread per track, sorted
        // as the trace lists them (Perfetto would otherwise sort by name).
        for (std::size_t g = 0; g < t.groups.size(); ++g) {
            const int pid = static_cast<int>(g) + 1;
            events.push_back({{"ph", "M"},
                              {"name", "process_name"},
                              {"pid", pid},
                              {"tid", 0},
                              {"args", {{"name", t.groups[g]}}}});
            events.push_back({{"ph", "M"},
                              {"name", "process_sort_index"},
                              {"pid", pid},
                              {"tid", 0},
                              {"args", {{"sort_index", g}}}});
        }
        for (std::size_t k = 0; k < t.tracks.size(); ++k) {
            const int pid = t.tracks[k].group + 1, tid = static_cast<int>(k) + 1;
            events.push_back({{"ph", "M"},
                              {"name", "thread_name"},
                              {"pid", pid},
                              {"tid", tid},
                              {"args", {{"name", t.tracks[k].name}}}});
            events.push_back({{"ph", "M"},
                              {"name", "thread_sort_index"},
                              {"pid", pid},
                              {"tid", tid},
                              {"args", {{"sort_index", k}}}});
        }
        auto pidTid = [&](const TraceEvent& e) {
            const auto k = static_cast<std::size_t>(e.track);
            const int pid = k < t.tracks.size() ? t.tracks[k].group + 1 : 0;
            return std::pair{pid, static_cast<int>(k) + 1};
        };
        for (const TraceEvent& e : t.events) {
            const auto [pid, tid] = pidTid(e);
            const std::string category =
                e.category >= 0 && static_cast<std::size_t>(e.category) < t.categories.size()
                    ? t.categories[static_cast<std::size_t>(e.category)]
                    : std::string();
            json args = {{"category", category}, {"ref", std::string(toString(e.ref))}};
            if (e.ref != TraceRef::none) args["id"] = e.id;
            if (e.ref == TraceRef::op && e.id >= 0 &&
                static_cast<std::size_t>(e.id) < p.ops.size()) {
                const OpRecord& r = p.ops[static_cast<std::size_t>(e.id)];
                args["op"] = r.name;
                args["phase"] = r.phase;
                args["binding"] = r.binding;
            }
            events.push_back({{"ph", "X"},
                              {"name", t.labelOf(e)},
                              {"cat", category},
                              {"pid", pid},
                              {"tid", tid},
                              {"ts", e.start * 1e6},
                              {"dur", e.duration * 1e6},
                              {"args", args}});
        }
        for (const TraceCounter& c : t.counters) {
            const std::string name = c.unit.empty() ? c.name : c.name + " (" + c.unit + ")";
            for (std::size_t i = 0; i < c.times.size() && i < c.values.size(); ++i)
                events.push_back({{"ph", "C"},
                                  {"name", name},
                                  {"pid", c.group + 1},
                                  {"tid", 0},
                                  {"ts", c.times[i] * 1e6},
                                  {"args", {{c.unit.empty() ? "value" : c.unit, c.values[i]}}}});
        }
        // A flow leaves its source event where that event starts and binds to
        // the enclosing slice of its target ("bp": "e").
        for (std::size_t i = 0; i < t.flows.size(); ++i) {
            const TraceFlow& f = t.flows[i];
            if (f.from < 0 || f.to < 0 || static_cast<std::size_t>(f.from) >= t.events.size() ||
                static_cast<std::size_t>(f.to) >= t.events.size())
                continue;
            const TraceEvent& a = t.events[static_cast<std::size_t>(f.from)];
            const TraceEvent& b = t.events[static_cast<std::size_t>(f.to)];
            const auto [pa, ta] = pidTid(a);
            const auto [pb, tb] = pidTid(b);
            events.push_back({{"ph", "s"},
                              {"name", "flow"},
                              {"cat", "flow"},
                              {"id", i},
                              {"pid", pa},
                              {"tid", ta},
                              {"ts", a.start * 1e6}});
            events.push_back({{"ph", "f"},
                              {"bp", "e"},
                              {"name", "flow"},
                              {"cat", "flow"},
                              {"id", i},
                              {"pid", pb},
                              {"tid", tb},
                              {"ts", b.start * 1e6}});
        }
    }
    return {{"traceEvents", events},
            {"displayTimeUnit", "ms"},
            {"otherData",
             {{"hardware", p.hardware},
              {"model", p.model},
              {"scenario", p.scenario},
              {"predictor", p.predictor}}}};
}

}  // namespace rl
