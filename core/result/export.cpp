#include "core/result/export.h"

#include <algorithm>
#include <cstdio>
#include <map>

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

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
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
    for (const Ceiling& c : p.ceilings)
        ceilings.push_back(
            {{"label", c.label}, {"compute", c.compute}, {"value", c.value}, {"peak", c.peak}});
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
    json timeline = json::array();
    for (const TimelineEvent& e : p.timeline)
        timeline.push_back({{"track", e.track},
                            {"name", e.name},
                            {"category", e.category},
                            {"start_s", e.start},
                            {"duration_s", e.duration},
                            {"op_index", e.opIndex}});
    json explanations = json::array();
    for (const Explanation& e : p.explanations) {
        json whatIfs = json::array();
        for (const WhatIf& w : e.whatIfs)
            whatIfs.push_back({{"label", w.label},
                               {"resource", w.resource},
                               {"factor", w.factor},
                               {"new_time_s", w.newTime},
                               {"speedup", w.speedup}});
        explanations.push_back({{"scope", e.scope},
                                {"binding", e.binding},
                                {"sentences", e.sentences},
                                {"what_ifs", whatIfs}});
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
            {"timeline", timeline},
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
        out += "," + csvField(l + " bytes");
        for (int c = 0; c < kTensorClassCount; ++c)
            out += "," + csvField(l + " " + std::string(toString(static_cast<TensorClass>(c))) +
                                  " bytes");
    }
    out += ",network_bytes";
    for (const std::string& r : resources) out += "," + csvField("bound " + r + " s");
    out += ",binding,time_each_s,time_s,energy_j,share\r\n";
    for (const OpRecord& r : p.ops) {
        out += csvField(r.name) + "," + csvField(r.phase) + "," + std::string(toString(r.kind)) +
               "," + std::to_string(r.layer) + "," + num(r.count) + "," +
               std::string(toString(r.mathType)) + "," + num(r.flops);
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
        out += "," + csvField(r.binding) + "," + num(r.timeEach) + "," + num(r.time) + "," +
               num(r.energy) + "," + num(r.share) + "\r\n";
    }
    return out;
}

json predictionChromeTrace(const Prediction& p) {
    json events = json::array();
    std::map<std::string, int> tids;
    for (const TimelineEvent& e : p.timeline) {
        auto [it, fresh] = tids.try_emplace(e.track, static_cast<int>(tids.size()) + 1);
        if (fresh)
            events.push_back({{"ph", "M"},
                              {"name", "thread_name"},
                              {"pid", 1},
                              {"tid", it->second},
                              {"args", {{"name", e.track}}}});
        json args = json::object();
        if (e.opIndex >= 0 && static_cast<std::size_t>(e.opIndex) < p.ops.size()) {
            const OpRecord& r = p.ops[static_cast<std::size_t>(e.opIndex)];
            args = {{"binding", r.binding},
                    {"count", r.count},
                    {"flops", r.flops * r.count},
                    {"share", r.share}};
        }
        events.push_back({{"ph", "X"},
                          {"name", e.name},
                          {"cat", e.category},
                          {"pid", 1},
                          {"tid", it->second},
                          {"ts", e.start * 1e6},
                          {"dur", e.duration * 1e6},
                          {"args", args}});
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
