// Bottleneck explanations: which resource binds the run, each phase and each
// operator, how far the next bound trails, and what-ifs computed by
// re-evaluating with one resource scaled. Sentences are built from numbers,
// each kept as a typed Message (for translation) and its English rendering.
// Explanations point at their op index or phase, what-ifs carry their edit:
// the text is for people and never parsed back.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <stdexcept>

#include "core/analytical/compose.h"
#include "core/analytical/roofline.h"
#include "core/spec/units.h"
#include "core/workload/lower.h"
#include "core/workload/op_family.h"

namespace rl {

namespace {

// Times as every other output prints them (core/spec/units.h).
std::string fmtTime(double s) { return formatQuantity(s, Dimension::time, 3); }
std::string fmtPct(double f) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", f * 100);
    return buf;
}
std::string fmtX(double x) {
    char buf[16];
    std::snprintf(buf, sizeof buf, x < 9.95 ? "%.1fx" : "%.0fx", x);
    return buf;
}
std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// How a binding resource reads in a sentence.
std::string describe(const std::string& resource) {
    if (resource == "launch") return "kernel launch overhead";
    if (resource.rfind("compute ", 0) == 0)
        return "compute (" + resource.substr(8) + " matrix units)";
    if (resource.rfind("vector ", 0) == 0) return "vector compute (" + resource.substr(7) + ")";
    return resource + " bandwidth";
}

// Message arguments by kind.
using Kind = MessageArg::Kind;
MessageArg textArg(Kind kind, std::string text) { return {kind, std::move(text), 0.0}; }
MessageArg valueArg(Kind kind, double value) { return {kind, {}, value}; }

Message message(MessageId id, std::vector<MessageArg> args, std::string english,
                std::vector<Message> clauses = {}) {
    Message m;
    m.id = id;
    m.args = std::move(args);
    m.clauses = std::move(clauses);
    m.english = std::move(english);
    return m;
}

// Every sentence is kept twice: typed for translation and in English.
void say(Explanation& e, Message m) {
    e.sentences.push_back(m.english);
    e.messages.push_back(std::move(m));
}

// The next narrower type the hardware has compute for: a what-if never
// proposes fp8 on a device without fp8 or int4 on one without int4.
std::optional<DType> narrower(DType t, const ComputeSpec& compute) {
    std::vector<DType> candidates;
    switch (t) {
        case DType::fp64:
            candidates = {DType::fp32};
            break;
        case DType::fp32:
        case DType::tf32:
            candidates = {DType::fp16, DType::bf16};
            break;
        case DType::bf16:
        case DType::fp16:
            candidates = {DType::fp8, DType::int8};
            break;
        case DType::fp8:
        case DType::int8:
            candidates = {DType::int4};
            break;
        case DType::int4:
            break;
    }
    for (DType c : candidates)
        if (compute.peakFlops.count(c)) return c;
    return std::nullopt;
}

// One what-if evaluated over every op.
struct WhatIfRun {
    WhatIf head;                 // label, resource, edit, factor
    std::vector<double> opTime;  // per op (aligned with prediction.ops), empty if not aligned
    std::map<std::string, double> phaseTime;
    double total = 0;
    double workFactor = 1;  // 2x batch does twice the work: speedup is per unit of work
};

// The Hardware a refine hook sees under a scaled resource: learned and hybrid
// predictors read the spec, so they are shown the edited one.
Hardware scaledHardware(const Hardware& hw, const ResourceScale& scale) {
    Hardware h = hw;
    for (auto& [t, v] : h.compute.peakFlops) v *= scale.compute;
    for (std::size_t j = 0; j < h.memory.size() && j < scale.bandwidth.size(); ++j)
        h.memory[j].bandwidth *= scale.bandwidth[j];
    for (InterconnectDim& d : h.interconnect) d.linkBandwidth *= scale.interconnect;
    return h;
}

// Times of `ops` on `hw` with `scale` applied. The roofline alone runs on one
// precomputed, scaled device; with a refine hook every op record is rebuilt.
WhatIfRun runWhatIf(WhatIf head, const std::vector<Operator>& ops, const Hardware& hw,
                    const ResourceScale& scale, const AnalysisOptions& options,
                    const std::vector<OpRecord>& baseline, double workFactor = 1) {
    WhatIfRun s;
    s.head = std::move(head);
    s.workFactor = workFactor;
    bool aligned = ops.size() == baseline.size();
    for (std::size_t i = 0; aligned && i < ops.size(); ++i)
        aligned = ops[i].name == baseline[i].name;
    auto add = [&](const std::string& phase, double time) {
        s.total += time;
        s.phaseTime[phase] += time;
        if (aligned) s.opTime.push_back(time);
    };
    if (options.refine) {
        std::vector<OpRecord> recs;
        evaluateOps(ops, scaledHardware(hw, scale), options, recs);
        for (const OpRecord& r : recs) add(r.phase, r.time);
    } else {
        const RooflineDevice device(hw, &scale);
        RooflineResult r;
        for (const Operator& op : ops) {
            evaluateRoofline(op, device, r);
            add(op.phase, r.timeEach * op.count);
        }
    }
    return s;
}

WhatIf whatIf(Message label, std::string resource, const ResourceEdit& edit) {
    WhatIf w;
    w.label = label.english;
    w.labelMessage = std::move(label);
    w.resource = std::move(resource);
    w.edit = edit;
    w.factor = edit.factor;
    return w;
}

ResourceEdit edit(ResourceEdit::Target target, double factor, int level = -1) {
    ResourceEdit e;
    e.target = target;
    e.factor = factor;
    e.level = level;
    return e;
}

// "2x HBM3 bandwidth", "2x compute", "2x batch".
Message scaleLabel(MessageId id, double factor, const std::string& name = {}) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%gx ", factor);
    std::vector<MessageArg> args{valueArg(Kind::factor, factor)};
    std::string english = buf;
    if (id == MessageId::whatIfBandwidth) {
        args.push_back(textArg(Kind::name, name));
        english += name + " bandwidth";
    } else {
        english += id == MessageId::whatIfBatch ? "batch" : "compute";
    }
    return message(id, std::move(args), english);
}

// Per unit of work: 2x batch does twice the work in its new time per step.
WhatIf scoped(const WhatIfRun& s, double oldTime, double newTime) {
    WhatIf w = s.head;
    w.newTime = newTime;
    w.speedup = newTime > 0 ? oldTime * s.workFactor / newTime : 1.0;
    w.throughputGain = w.speedup;
    w.latencyRatio = oldTime > 0 ? newTime / oldTime : 1.0;
    return w;
}

// One sentence per what-if: "2x HBM3 bandwidth: 1.9x faster." or, where the
// work changes, "2x batch: 1.93x throughput, 1.03x latency."
Message whatIfMessage(const WhatIf& w) {
    if (w.edit.target == ResourceEdit::Target::batch) {
        char buf[64];
        std::snprintf(buf, sizeof buf, ": %.2fx throughput, %.2fx latency.", w.throughputGain,
                      w.latencyRatio);
        return message(
            MessageId::whatIfThroughput,
            {valueArg(Kind::factor, w.throughputGain), valueArg(Kind::factor, w.latencyRatio)},
            w.label + buf, {w.labelMessage});
    }
    return message(MessageId::whatIfFaster, {valueArg(Kind::factor, w.speedup)},
                   w.label + ": " + fmtX(w.speedup) + " faster.", {w.labelMessage});
}

void sayWhatIfs(Explanation& e) {
    for (const WhatIf& w : e.whatIfs) say(e, whatIfMessage(w));
}

// Sum over ops of each resource's bound (x count): what the phase would take
// if that resource alone limited it.
std::map<std::string, double> aggregateBounds(const std::vector<const OpRecord*>& ops) {
    std::map<std::string, double> agg;
    for (const OpRecord* r : ops)
        for (const Bound& b : r->bounds)
            if (b.resource != "launch") agg[b.resource] += b.time * r->count;
    return agg;
}

std::optional<Message> trailingMessage(const std::string& binding,
                                       const std::map<std::string, double>& agg) {
    auto it = agg.find(binding);
    if (it == agg.end() || it->second <= 0) return std::nullopt;
    const std::pair<const std::string, double>* next = nullptr;
    for (const auto& kv : agg)
        if (kv.first != binding && (!next || kv.second > next->second)) next = &kv;
    if (!next || next->second <= 0) return std::nullopt;
    const double share = next->second / it->second;
    return message(MessageId::nextBoundWouldNeed,
                   {textArg(Kind::resource, next->first), valueArg(Kind::share, share),
                    textArg(Kind::resource, binding)},
                   "The next bound, " + describe(next->first) + ", would need " + fmtPct(share) +
                       " of the time " + describe(binding) + " needs.");
}

// "The run is bound by HBM2e bandwidth: 94% of its time is in operators it
// binds, whose HBM2e traffic is weights 96%, KV cache 3%." `phase` is empty
// for the run.
Message bindingMessage(const std::string& phase, const std::string& binding,
                       const std::vector<const OpRecord*>& ops, double scopeTime,
                       const Prediction& p) {
    double boundTime = 0;
    std::array<double, kTensorClassCount> cls{};
    int level = -1;
    for (std::size_t j = 0; j < p.levels.size(); ++j)
        if (p.levels[j] == binding) level = static_cast<int>(j);
    for (const OpRecord* r : ops) {
        if (r->binding != binding) continue;
        boundTime += r->time;
        if (level >= 0 && static_cast<std::size_t>(level) < r->traffic.size())
            for (std::size_t c = 0; c < kTensorClassCount; ++c)
                cls[c] += r->traffic[level].bytes[c] * r->count;
    }
    const double share = scopeTime > 0 ? boundTime / scopeTime : 0;
    std::vector<MessageArg> args;
    if (!phase.empty()) args.push_back(textArg(Kind::phase, phase));
    args.push_back(textArg(Kind::resource, binding));
    args.push_back(valueArg(Kind::share, share));
    std::string s = (phase.empty() ? std::string("The run") : capitalised(phase)) +
                    " is bound by " + describe(binding) + ": " + fmtPct(share) +
                    " of its time is in operators it binds";
    double total = 0;
    for (double b : cls) total += b;
    std::vector<Message> clauses;
    if (level >= 0 && total > 0) {
        std::vector<std::pair<double, std::size_t>> order;
        for (std::size_t c = 0; c < kTensorClassCount; ++c)
            if (cls[c] / total >= 0.01) order.emplace_back(cls[c], c);
        std::sort(order.rbegin(), order.rend());
        args.push_back(textArg(Kind::name, binding));
        s += ", whose " + binding + " traffic is ";
        for (std::size_t i = 0; i < order.size(); ++i) {
            const std::string id(toString(static_cast<TensorClass>(order[i].second)));
            std::string name = id == "kv_cache" ? "KV cache" : id;
            std::replace(name.begin(), name.end(), '_', ' ');
            const double part = order[i].first / total;
            std::string clause = name + " " + fmtPct(part);
            s += (i ? ", " : "") + clause;
            clauses.push_back(message(MessageId::trafficShare,
                                      {textArg(Kind::tensorClass, id), valueArg(Kind::share, part)},
                                      clause));
        }
    }
    const bool traffic = level >= 0 && total > 0;
    const MessageId id = phase.empty()
                             ? (traffic ? MessageId::runBoundTraffic : MessageId::runBound)
                             : (traffic ? MessageId::phaseBoundTraffic : MessageId::phaseBound);
    return message(id, std::move(args), s + ".", std::move(clauses));
}

// The memory footprint's sentence, typed by the same cases that worded it
// (core/analytical/memory_footprint.cpp).
Message memoryMessage(const MemoryFootprint& m, const Scenario& scenario) {
    const std::string english = capitalised(m.message) + ".";
    const auto bytes = [](double b) { return valueArg(Kind::bytes, b); };
    const auto count = [](double c) { return valueArg(Kind::count, c); };
    if (m.fits)
        return message(MessageId::memoryFits,
                       {bytes(m.total()), bytes(m.capacity), count(double(m.maxBatch))}, english);
    if (m.weights > m.capacity)
        return message(MessageId::memoryWeightsDoNotFit,
                       {bytes(m.total()), bytes(m.capacity), bytes(m.weights)}, english);
    const double batch = double(std::max<std::int64_t>(1, scenario.inference.batch));
    return message(MessageId::memoryDoesNotFit,
                   {bytes(m.total()), bytes(m.capacity), count(batch), count(double(m.maxBatch))},
                   english);
}

}  // namespace

void explainPrediction(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                       const AnalysisOptions& options, const std::vector<Operator>& ops,
                       Prediction& p) {
    // What-ifs: one resource scaled at a time.
    using Target = ResourceEdit::Target;
    std::vector<WhatIfRun> whatIfs;
    for (std::size_t j = 0; j < hw.memory.size(); ++j) {
        ResourceScale scale;
        if (j < scale.bandwidth.size()) scale.bandwidth[j] = 2;  // deeper levels are not costed
        whatIfs.push_back(runWhatIf(
            whatIf(scaleLabel(MessageId::whatIfBandwidth, 2.0, hw.memory[j].name),
                   hw.memory[j].name, edit(Target::memoryBandwidth, 2.0, static_cast<int>(j))),
            ops, hw, scale, options, p.ops));
    }
    {
        ResourceScale scale;
        scale.compute = 2;
        whatIfs.push_back(runWhatIf(whatIf(scaleLabel(MessageId::whatIfCompute, 2.0), "compute",
                                           edit(Target::compute, 2.0)),
                                    ops, hw, scale, options, p.ops));
    }
    const bool hasNetwork = std::any_of(ops.begin(), ops.end(),
                                        [](const Operator& o) { return isCommunication(o.kind); });
    if (hasNetwork && !hw.interconnect.empty()) {
        ResourceScale scale;
        scale.interconnect = 2;  // every dimension
        whatIfs.push_back(
            runWhatIf(whatIf(scaleLabel(MessageId::whatIfBandwidth, 2.0, hw.interconnect[0].name),
                             "interconnect", edit(Target::interconnectBandwidth, 2.0)),
                      ops, hw, scale, options, p.ops));
    }
    try {
        Scenario s2 = scenario;
        auto w = narrower(scenario.precision.weights, hw.compute),
             a = narrower(scenario.precision.activations, hw.compute),
             k = narrower(scenario.precision.kvCache, hw.compute);
        if (w && a && k) {
            s2.precision = {*w, *a, *k};
            const std::string wn(toString(*w)), an(toString(*a)), kn(toString(*k));
            Message label = message(MessageId::whatIfPrecision,
                                    {textArg(Kind::name, wn), textArg(Kind::name, an)},
                                    wn + " weights, " + an + " activations");
            if (model.kind == "transformer" && !model.transformer.encoderOnly) {
                label.id = MessageId::whatIfPrecisionKv;
                label.args.push_back(textArg(Kind::name, kn));
                label.english += ", " + kn + " KV cache";
            }
            ResourceEdit narrow = edit(Target::precision, 0.5);  // bytes per element halved
            narrow.weights = *w;
            narrow.activations = *a;
            narrow.kvCache = *k;
            whatIfs.push_back(runWhatIf(whatIf(std::move(label), "precision", narrow),
                                        lowerForAnalysis(hw, model, s2), hw, ResourceScale{},
                                        options, p.ops));
        }
        if (model.kind != "graph") {
            Scenario s3 = scenario;
            s3.inference.batch = std::max<std::int64_t>(1, scenario.inference.batch) * 2;
            whatIfs.push_back(runWhatIf(
                whatIf(scaleLabel(MessageId::whatIfBatch, 2.0), "batch", edit(Target::batch, 2.0)),
                lowerForAnalysis(hw, model, s3), hw, ResourceScale{}, options, p.ops, 2.0));
        }
    } catch (const std::invalid_argument&) {
        // A what-if that cannot be lowered is left out; the baseline lowered fine.
    }
    options.progress.check();

    // The run.
    {
        Explanation e;
        e.scope = "run";
        e.kind = ExplanationScope::run;
        std::vector<const OpRecord*> all;
        std::map<std::string, double> byBinding;
        for (const OpRecord& r : p.ops) {
            all.push_back(&r);
            byBinding[r.binding] += r.time;
        }
        auto best =
            std::max_element(byBinding.begin(), byBinding.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        e.binding = best != byBinding.end() ? best->first : "";
        std::string head = p.model + " on " + p.hardware + ": " + fmtTime(p.totalTime) + " in all";
        std::vector<Message> phaseClauses;
        for (const PhaseSummary& ph : p.phases) {
            const double share = p.totalTime > 0 ? ph.time / p.totalTime : 0;
            const std::string clause =
                ph.phase + " " + fmtTime(ph.time) + " (" + fmtPct(share) + ")";
            head += "; " + clause;
            phaseClauses.push_back(
                message(MessageId::phaseShare,
                        {textArg(Kind::phase, ph.phase), valueArg(Kind::seconds, ph.time),
                         valueArg(Kind::share, share)},
                        clause));
        }
        say(e, message(MessageId::runSummary,
                       {textArg(Kind::name, p.model), textArg(Kind::name, p.hardware),
                        valueArg(Kind::seconds, p.totalTime)},
                       head + ".", std::move(phaseClauses)));
        if (p.llm) {
            const LlmMetrics& m = *p.llm;
            const std::string level = hw.memory.empty() ? "memory" : hw.memory[0].name;
            char buf[256];
            std::snprintf(buf, sizeof buf,
                          "Time to first token %s; %s per output token; %.4g "
                          "tokens/s; MFU %s; %s "
                          "bandwidth utilisation %s.",
                          fmtTime(m.timeToFirstToken).c_str(),
                          fmtTime(m.timePerOutputToken).c_str(), m.tokensPerSecond,
                          fmtPct(m.mfu).c_str(), level.c_str(),
                          fmtPct(m.memoryBandwidthUtilisation).c_str());
            say(e, message(MessageId::llmMetrics,
                           {valueArg(Kind::seconds, m.timeToFirstToken),
                            valueArg(Kind::seconds, m.timePerOutputToken),
                            valueArg(Kind::rate, m.tokensPerSecond), valueArg(Kind::share, m.mfu),
                            textArg(Kind::name, level),
                            valueArg(Kind::share, m.memoryBandwidthUtilisation)},
                           buf));
            if (m.communicationShare > 0)
                say(e, message(MessageId::communicationShare,
                               {valueArg(Kind::share, m.communicationShare)},
                               "Communication takes " + fmtPct(m.communicationShare) +
                                   " of the time."));
        }
        if (p.memory) say(e, memoryMessage(*p.memory, scenario));
        if (!e.binding.empty()) {
            say(e, bindingMessage({}, e.binding, all, p.totalTime, p));
            if (auto t = trailingMessage(e.binding, aggregateBounds(all))) say(e, std::move(*t));
        }
        for (const WhatIfRun& s : whatIfs) e.whatIfs.push_back(scoped(s, p.totalTime, s.total));
        sayWhatIfs(e);
        p.explanations.push_back(std::move(e));
    }
    // Each phase.
    for (const PhaseSummary& ph : p.phases) {
        Explanation e;
        e.scope = ph.phase;
        e.kind = ExplanationScope::phase;
        e.phase = ph.phase;
        e.binding = ph.binding;
        std::vector<const OpRecord*> mine;
        for (const OpRecord& r : p.ops)
            if (r.phase == ph.phase) mine.push_back(&r);
        say(e, bindingMessage(ph.phase, ph.binding, mine, ph.time, p));
        if (auto t = trailingMessage(ph.binding, aggregateBounds(mine))) say(e, std::move(*t));
        for (const WhatIfRun& s : whatIfs) {
            auto it = s.phaseTime.find(ph.phase);
            if (it != s.phaseTime.end()) e.whatIfs.push_back(scoped(s, ph.time, it->second));
        }
        sayWhatIfs(e);
        p.explanations.push_back(std::move(e));
    }
    // Each operator.
    for (std::size_t i = 0; i < p.ops.size(); ++i) {
        const OpRecord& r = p.ops[i];
        Explanation e;
        e.scope = r.name;
        e.kind = ExplanationScope::op;
        e.opIndex = static_cast<int>(i);
        e.phase = r.phase;
        e.binding = r.binding;
        const bool repeated = r.count != 1;
        std::vector<MessageArg> args{textArg(Kind::name, r.name), textArg(Kind::phase, r.phase)};
        if (repeated) args.push_back(valueArg(Kind::count, std::round(r.count)));
        args.push_back(textArg(Kind::resource, r.binding));
        args.push_back(valueArg(Kind::seconds, r.timeEach));
        args.push_back(valueArg(Kind::share, r.share));
        say(e, message(repeated ? MessageId::opBoundRepeated : MessageId::opBound, std::move(args),
                       r.name + " (" + r.phase +
                           (repeated ? ", x" + std::to_string(std::llround(r.count)) : "") +
                           ") is bound by " + describe(r.binding) + " at " + fmtTime(r.timeEach) +
                           " each, " + fmtPct(r.share) + " of the run."));
        const Bound* top = nullptr;
        const Bound* next = nullptr;
        for (const Bound& b : r.bounds) {
            if (b.resource == "launch") continue;
            if (!top || b.time > top->time) {
                next = top;
                top = &b;
            } else if (!next || b.time > next->time) {
                next = &b;
            }
        }
        if (top && next && top->time > 0) {
            const double share = next->time / top->time;
            say(e, message(MessageId::opNextBound,
                           {textArg(Kind::resource, next->resource), valueArg(Kind::share, share)},
                           "The next bound, " + describe(next->resource) + ", is " + fmtPct(share) +
                               " of it."));
        }
        for (const WhatIfRun& w : whatIfs)
            if (i < w.opTime.size()) e.whatIfs.push_back(scoped(w, r.time, w.opTime[i]));
        sayWhatIfs(e);
        p.explanations.push_back(std::move(e));
    }
}

}  // namespace rl
