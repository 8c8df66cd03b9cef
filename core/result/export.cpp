#include "core/result/export.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result/csv_writer.h"
#include "core/result/export_text.h"

namespace rl {

namespace {

using nlohmann::json;

// nlohmann::json's initializer lists copy every value they hold (an
// initializer_list's elements are const), so a document built from nested
// lists is copied once more per level: the trace events of a chat prediction
// three times over. object("key", value, ...) moves each value in instead;
// the document, and so the bytes dump() writes, are the same.
void put(json&) {}

template <class Key, class Value, class... Rest>
void put(json& o, Key&& key, Value&& value, Rest&&... rest) {
    o.emplace(std::forward<Key>(key), json(std::forward<Value>(value)));
    put(o, std::forward<Rest>(rest)...);
}

template <class... Members>
json object(Members&&... members) {
    json o = json::object();
    put(o, std::forward<Members>(members)...);
    return o;
}

// The JSON text of a document as dump(2) writes it (same bytes), written as
// it is made: the big arrays of a prediction (operators, explanations, trace
// events) go out element by element, so the whole tree is never built (the
// CLI's `analyze --format json`: BENCHMARKS.md, "CLI start-up"). nlohmann's
// serializer writes every value, so numbers and escapes are its own.
class JsonWriter {
  public:
    using Output = nlohmann::detail::output_adapter_t<char>;
    explicit JsonWriter(Output out)
        : out_(out), serializer_(std::move(out), ' ', json::error_handler_t::replace) {}
    void value(const json& v, unsigned indent) { serializer_.dump(v, true, false, 2, indent); }
    void text(std::string_view s) { out_->write_characters(s.data(), s.size()); }
    void newline(unsigned indent) {
        out_->write_character('\n');
        for (unsigned i = 0; i < indent; ++i) out_->write_character(' ');
    }

  private:
    Output out_;
    nlohmann::detail::serializer<json> serializer_;
};

// Straight to a stdio stream through a buffer of its own: the serializer
// writes a few characters at a time, and each stdio call takes a lock.
class FileOutput final : public nlohmann::detail::output_adapter_protocol<char> {
  public:
    explicit FileOutput(std::FILE* file) : file_(file) { buffer_.reserve(kSize); }
    ~FileOutput() override { flush(); }
    void write_character(char c) override {
        buffer_.push_back(c);
        if (buffer_.size() >= kSize) flush();
    }
    void write_characters(const char* s, std::size_t n) override {
        buffer_.append(s, n);
        if (buffer_.size() >= kSize) flush();
    }
    void flush() {
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
        buffer_.clear();
    }

  private:
    static constexpr std::size_t kSize = 1 << 16;
    std::FILE* file_;
    std::string buffer_;
};

// One member of an object: its value as a tree and, for a big one, written
// straight to the text.
struct Member {
    std::string key;
    std::function<json()> value;
    std::function<void(JsonWriter&, unsigned indent)> write = nullptr;
};

json treeOf(const std::vector<Member>& members) {
    json o = json::object();
    for (const Member& m : members) o.emplace(m.key, m.value());
    return o;
}

// Members in key order, as nlohmann's std::map keeps them.
void writeObject(JsonWriter& w, std::vector<Member> members, unsigned indent) {
    if (members.empty()) return w.text("{}");
    std::sort(members.begin(), members.end(),
              [](const Member& a, const Member& b) { return a.key < b.key; });
    w.text("{");
    for (std::size_t i = 0; i < members.size(); ++i) {
        w.text(i ? "," : "");
        w.newline(indent + 2);
        w.value(json(members[i].key), 0);
        w.text(": ");
        if (members[i].write)
            members[i].write(w, indent + 2);
        else
            w.value(members[i].value(), indent + 2);
    }
    w.newline(indent);
    w.text("}");
}

// An array of n elements made one at a time by element(i).
template <class Element>
Member arrayMember(std::string key, std::size_t n, Element element) {
    return {std::move(key),
            [=] {
                json a = json::array();
                a.get_ref<json::array_t&>().reserve(n);
                for (std::size_t i = 0; i < n; ++i) a.push_back(element(i));
                return a;
            },
            [=](JsonWriter& w, unsigned indent) {
                if (n == 0) return w.text("[]");
                w.text("[");
                for (std::size_t i = 0; i < n; ++i) {
                    w.text(i ? "," : "");
                    w.newline(indent + 2);
                    w.value(element(i), indent + 2);
                }
                w.newline(indent);
                w.text("]");
            }};
}

// An object whose members are made by members(), written member by member.
template <class Members>
Member objectMember(std::string key, Members members) {
    return {std::move(key), [=] { return treeOf(members()); },
            [=](JsonWriter& w, unsigned indent) { writeObject(w, members(), indent); }};
}

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
        traffic.push_back(object("level", j < levels.size() ? levels[j] : std::to_string(j),
                                 "bytes", classBytes(r.traffic[j]), "total_bytes",
                                 r.traffic[j].total()));
        intensity.push_back(r.intensity(j));
    }
    json bounds = json::array();
    for (const Bound& b : r.bounds)
        bounds.push_back(object("resource", b.resource, "time_s", b.time));
    return object("name", r.name, "kind", std::string(toString(r.kind)), "phase", r.phase, "layer",
                  r.layer, "layer_span", r.layerSpan, "count", r.count, "math_type",
                  std::string(toString(r.mathType)), "flops", r.flops, "traffic",
                  std::move(traffic), "intensity_flop_per_byte", std::move(intensity),
                  "network_bytes", r.networkBytes, "bounds", std::move(bounds), "binding",
                  r.binding, "time_each_s", r.timeEach, "time_s", r.time, "time_low_s", r.timeLow,
                  "time_high_s", r.timeHigh, "attained_flop_per_s", r.attainedFlops(), "energy_j",
                  r.energy, "share", r.share, "note", r.note);
}

json eventToJson(const TraceEvent& e) {
    return object("track", e.track, "category", e.category, "label", e.label, "start_s", e.start,
                  "duration_s", e.duration, "ref", std::string(toString(e.ref)), "id", e.id);
}

// The members of the "trace" object; its events, the bulk, one by one.
std::vector<Member> traceMembers(const Trace& t) {
    return {{"groups",
             [&] {
                 json groups = json::array();
                 for (const TraceGroup& g : t.groups) groups.push_back(g.name);
                 return groups;
             }},
            {"tracks",
             [&] {
                 json tracks = json::array();
                 for (const TraceTrack& k : t.tracks)
                     tracks.push_back(object("name", k.name, "group", k.group));
                 return tracks;
             }},
            {"categories", [&] { return json(t.categories); }},
            {"labels", [&] { return json(t.labels); }},
            arrayMember("events", t.events.size(),
                        [&](std::size_t i) { return eventToJson(t.events[i]); }),
            {"counters",
             [&] {
                 json counters = json::array();
                 for (const TraceCounter& c : t.counters)
                     counters.push_back(object("name", c.name, "unit", c.unit, "group", c.group,
                                               "times_s", c.times, "values", c.values));
                 return counters;
             }},
            {"flows", [&] {
                 json flows = json::array();
                 for (const TraceFlow& f : t.flows)
                     flows.push_back(object("from", f.from, "to", f.to));
                 return flows;
             }}};
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

namespace {

json explanationToJson(const Explanation& e) {
    json whatIfs = json::array();
    for (const WhatIf& w : e.whatIfs)
        whatIfs.push_back(object("label", w.label, "resource", w.resource, "edit",
                                 editToJson(w.edit), "factor", w.factor, "new_time_s", w.newTime,
                                 "speedup", w.speedup, "throughput_gain", w.throughputGain,
                                 "latency_ratio", w.latencyRatio));
    json x = object("scope", e.scope, "kind", kScopeNames[static_cast<std::size_t>(e.kind)],
                    "binding", e.binding, "sentences", e.sentences, "what_ifs", std::move(whatIfs));
    if (e.kind != ExplanationScope::run) x["phase"] = e.phase;
    if (e.kind == ExplanationScope::op) x["op_index"] = e.opIndex;
    return x;
}

// The members of the prediction document (docs/prediction-json.md).
std::vector<Member> predictionMembers(const Prediction& p) {
    std::vector<Member> m = {
        {"format", [] { return json("ridgeline.prediction"); }},
        {"version", [] { return json(kPredictionJsonVersion); }},
        {"predictor", [&] { return json(p.predictor); }},
        {"hardware", [&] { return json(p.hardware); }},
        {"model", [&] { return json(p.model); }},
        {"scenario", [&] { return json(p.scenario); }},
        {"levels", [&] { return json(p.levels); }},
        {"ceilings",
         [&] {
             json ceilings = json::array();
             for (const Ceiling& c : p.ceilings) {
                 json j = object("label", c.label, "compute", c.compute, "value", c.value, "peak",
                                 c.peak);
                 if (c.compute)
                     j["type"] = std::string(toString(c.computeType));
                 else
                     j["level"] = c.level;
                 ceilings.push_back(std::move(j));
             }
             return ceilings;
         }},
        {"totals",
         [&] {
             json bytes = json::object();
             for (std::size_t j = 0; j < p.totalBytesPerLevel.size() && j < p.levels.size(); ++j)
                 bytes[p.levels[j]] = p.totalBytesPerLevel[j];
             return object("time_s", p.totalTime, "flops", p.totalFlops, "energy_j", p.totalEnergy,
                           "bytes_per_level", std::move(bytes));
         }},
        {"phases",
         [&] {
             json phases = json::array();
             for (const PhaseSummary& s : p.phases)
                 phases.push_back(object("phase", s.phase, "time_s", s.time, "flops", s.flops,
                                         "energy_j", s.energy, "bytes_per_level", s.bytesPerLevel,
                                         "binding", s.binding));
             return phases;
         }},
        arrayMember("ops", p.ops.size(),
                    [&](std::size_t i) { return opToJson(p.ops[i], p.levels); }),
        arrayMember("explanations", p.explanations.size(),
                    [&](std::size_t i) { return explanationToJson(p.explanations[i]); }),
        {"memory",
         [&] {
             if (!p.memory) return json(nullptr);
             const MemoryFootprint& f = *p.memory;
             return object("weights_bytes", f.weights, "kv_cache_bytes", f.kvCache,
                           "activations_bytes", f.activations, "total_bytes", f.total(),
                           "capacity_bytes", f.capacity, "fits", f.fits, "max_batch", f.maxBatch,
                           "message", f.message);
         }},
        {"llm",
         [&] {
             if (!p.llm) return json(nullptr);
             const LlmMetrics& l = *p.llm;
             json byContext = json::array();
             for (const auto& [ctx, t] : l.timePerTokenByContext)
                 byContext.push_back(object("context", ctx, "time_s", t));
             return object("time_to_first_token_s", l.timeToFirstToken, "time_per_output_token_s",
                           l.timePerOutputToken, "time_per_token_by_context", std::move(byContext),
                           "total_latency_s", l.totalLatency, "tokens_per_s", l.tokensPerSecond,
                           "mfu", l.mfu, "memory_bandwidth_utilisation",
                           l.memoryBandwidthUtilisation, "communication_share",
                           l.communicationShare);
         }},
        {"warnings", [&] { return json(p.warnings); }},
    };
    if (p.trace)
        m.push_back(objectMember("trace", [&] { return traceMembers(*p.trace); }));
    else
        m.push_back({"trace", [] { return json(nullptr); }});
    return m;
}

}  // namespace

json predictionToJson(const Prediction& p) { return treeOf(predictionMembers(p)); }

std::string predictionJsonText(const Prediction& p) {
    std::string out;
    JsonWriter w{nlohmann::detail::output_adapter<char, std::string>(out)};
    writeObject(w, predictionMembers(p), 0);
    return out;
}

void writePredictionJson(const Prediction& p, std::FILE* out) {
    JsonWriter w(std::make_shared<FileOutput>(out));
    writeObject(w, predictionMembers(p), 0);
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
            events.push_back(object("ph", "M", "name", "process_name", "pid", pid, "tid", 0, "args",
                                    object("name", t.groups[g].name)));
            events.push_back(object("ph", "M", "name", "process_sort_index", "pid", pid, "tid", 0,
                                    "args", object("sort_index", g)));
        }
        for (std::size_t k = 0; k < t.tracks.size(); ++k) {
            const int pid = t.tracks[k].group + 1, tid = static_cast<int>(k) + 1;
            events.push_back(object("ph", "M", "name", "thread_name", "pid", pid, "tid", tid,
                                    "args", object("name", t.tracks[k].name)));
            events.push_back(object("ph", "M", "name", "thread_sort_index", "pid", pid, "tid", tid,
                                    "args", object("sort_index", k)));
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
            json args = object("category", category, "ref", std::string(toString(e.ref)));
            if (e.ref != TraceRef::none) args["id"] = e.id;
            if (e.ref == TraceRef::op && e.id >= 0 &&
                static_cast<std::size_t>(e.id) < p.ops.size()) {
                const OpRecord& r = p.ops[static_cast<std::size_t>(e.id)];
                args["op"] = r.name;
                args["phase"] = r.phase;
                args["binding"] = r.binding;
            }
            events.push_back(object("ph", "X", "name", t.labelOf(e), "cat", category, "pid", pid,
                                    "tid", tid, "ts", e.start * 1e6, "dur", e.duration * 1e6,
                                    "args", std::move(args)));
        }
        for (const TraceCounter& c : t.counters) {
            const std::string name = c.unit.empty() ? c.name : c.name + " (" + c.unit + ")";
            for (std::size_t i = 0; i < c.times.size() && i < c.values.size(); ++i)
                events.push_back(object("ph", "C", "name", name, "pid", c.group + 1, "tid", 0, "ts",
                                        c.times[i] * 1e6, "args",
                                        object(c.unit.empty() ? "value" : c.unit, c.values[i])));
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
            events.push_back(object("ph", "s", "name", "flow", "cat", "flow", "id", i, "pid", pa,
                                    "tid", ta, "ts", a.start * 1e6));
            events.push_back(object("ph", "f", "bp", "e", "name", "flow", "cat", "flow", "id", i,
                                    "pid", pb, "tid", tb, "ts", b.start * 1e6));
        }
    }
    return {{"traceEvents", std::move(events)},
            {"displayTimeUnit", "ms"},
            {"otherData",
             {{"hardware", p.hardware},
              {"model", p.model},
              {"scenario", p.scenario},
              {"predictor", p.predictor}}}};
}

}  // namespace rl
