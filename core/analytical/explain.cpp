// Bottleneck explanations: which resource binds the run, each phase and each
// operator, how far the next bound trails, and what-ifs computed by
// re-evaluating with one resource scaled. Sentences are built from numbers.
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
std::string describe(const std::string& resource, const Hardware& hw) {
    if (resource == "launch") return "kernel launch overhead";
    if (resource.rfind("compute ", 0) == 0)
        return "compute (" + resource.substr(8) + " matrix units)";
    if (resource.rfind("vector ", 0) == 0) return "vector compute (" + resource.substr(7) + ")";
    return resource + " bandwidth";
}

std::optional<DType> narrower(DType t) {
    switch (t) {
        case DType::fp64:
            return DType::fp32;
        case DType::fp32:
        case DType::tf32:
            return DType::fp16;
        case DType::bf16:
        case DType::fp16:
            return DType::fp8;
        case DType::fp8:
        case DType::int8:
            return DType::int4;
        case DType::int4:
            return std::nullopt;
    }
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

WhatIf whatIf(std::string label, std::string resource, const ResourceEdit& edit) {
    WhatIf w;
    w.label = std::move(label);
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

WhatIf scoped(const WhatIfRun& s, double oldTime, double newTime) {
    WhatIf w = s.head;
    w.newTime = newTime;
    w.speedup = newTime > 0 ? oldTime * s.workFactor / newTime : 1.0;
    return w;
}

std::string whatIfSentence(const std::vector<WhatIf>& ws) {
    std::string out;
    for (const WhatIf& w : ws) {
        if (!out.empty()) out += " ";
        out += w.label + ": " + fmtX(w.speedup) +
               (w.resource == "batch" ? " the throughput." : " faster.");
    }
    return out;
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

std::string trailingSentence(const std::string& binding, const std::map<std::string, double>& agg,
                             const Hardware& hw) {
    auto it = agg.find(binding);
    if (it == agg.end() || it->second <= 0) return {};
    const std::pair<const std::string, double>* next = nullptr;
    for (const auto& kv : agg)
        if (kv.first != binding && (!next || kv.second > next->second)) next = &kv;
    if (!next || next->second <= 0) return {};
    return "The next bound, " + describe(next->first, hw) + ", would need " +
           fmtPct(next->second / it->second) + " of the time " + describe(binding, hw) + " needs.";
}

// "94% of its time is in operators bound by HBM2e bandwidth, whose HBM2e
// traffic is weights 96%, KV cache 3%."
std::string bindingSentence(const std::string& scopeName, const std::string& binding,
                            const std::vector<const OpRecord*>& ops, double scopeTime,
                            const Prediction& p, const Hardware& hw) {
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
    std::string s = capitalised(scopeName) + " is bound by " + describe(binding, hw) + ": " +
                    fmtPct(scopeTime > 0 ? boundTime / scopeTime : 0) +
                    " of its time is in operators it binds";
    double total = 0;
    for (double b : cls) total += b;
    if (level >= 0 && total > 0) {
        std::vector<std::pair<double, std::size_t>> order;
        for (std::size_t c = 0; c < kTensorClassCount; ++c)
            if (cls[c] / total >= 0.01) order.emplace_back(cls[c], c);
        std::sort(order.rbegin(), order.rend());
        s += ", whose " + binding + " traffic is ";
        for (std::size_t i = 0; i < order.size(); ++i) {
            std::string name(toString(static_cast<TensorClass>(order[i].second)));
            std::replace(name.begin(), name.end(), '_', ' ');
            if (name == "kv cache") name = "KV cache";
            s += (i ? ", " : "") + name + " " + fmtPct(order[i].first / total);
        }
    }
    return s + ".";
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
        whatIfs.push_back(
            runWhatIf(whatIf("2x " + hw.memory[j].name + " bandwidth", hw.memory[j].name,
                             edit(Target::memoryBandwidth, 2.0, static_cast<int>(j))),
                      ops, hw, scale, options, p.ops));
    }
    {
        ResourceScale scale;
        scale.compute = 2;
        whatIfs.push_back(runWhatIf(whatIf("2x compute", "compute", edit(Target::compute, 2.0)),
                                    ops, hw, scale, options, p.ops));
    }
    const bool hasNetwork = std::any_of(ops.begin(), ops.end(), [](const Operator& o) {
        return o.kind == OpKind::collective || o.kind == OpKind::send_recv;
    });
    if (hasNetwork && !hw.interconnect.empty()) {
        ResourceScale scale;
        scale.interconnect = 2;  // every dimension
        whatIfs.push_back(
            runWhatIf(whatIf("2x " + hw.interconnect[0].name + " bandwidth", "interconnect",
                             edit(Target::interconnectBandwidth, 2.0)),
                      ops, hw, scale, options, p.ops));
    }
    try {
        Scenario s2 = scenario;
        auto w = narrower(scenario.precision.weights), a = narrower(scenario.precision.activations),
             k = narrower(scenario.precision.kvCache);
        if (w && a && k) {
            s2.precision = {*w, *a, *k};
            std::string label = std::string(toString(*w)) + " weights, " +
                                std::string(toString(*a)) + " activations";
            if (model.kind == "transformer" && !model.transformer.encoderOnly)
                label += ", " + std::string(toString(*k)) + " KV cache";
            ResourceEdit narrow = edit(Target::precision, 0.5);  // bytes per element halved
            narrow.weights = *w;
            narrow.activations = *a;
            narrow.kvCache = *k;
            whatIfs.push_back(runWhatIf(whatIf(label, "precision", narrow),
                                        lowerForAnalysis(hw, model, s2), hw, ResourceScale{},
                                        options, p.ops));
        }
        if (model.kind != "graph") {
            Scenario s3 = scenario;
            s3.inference.batch = std::max<std::int64_t>(1, scenario.inference.batch) * 2;
            whatIfs.push_back(runWhatIf(whatIf("2x batch", "batch", edit(Target::batch, 2.0)),
                                        lowerForAnalysis(hw, model, s3), hw, ResourceScale{},
                                        options, p.ops, 2.0));
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
        for (const PhaseSummary& ph : p.phases)
            head += "; " + ph.phase + " " + fmtTime(ph.time) + " (" +
                    fmtPct(p.totalTime > 0 ? ph.time / p.totalTime : 0) + ")";
        e.sentences.push_back(head + ".");
        if (p.llm) {
            const LlmMetrics& m = *p.llm;
            char buf[256];
            std::snprintf(buf, sizeof buf,
                          "Time to first token %s; %s per output token; %.4g "
                          "tokens/s; MFU %s; %s "
                          "bandwidth utilisation %s.",
                          fmtTime(m.timeToFirstToken).c_str(),
                          fmtTime(m.timePerOutputToken).c_str(), m.tokensPerSecond,
                          fmtPct(m.mfu).c_str(),
                          hw.memory.empty() ? "memory" : hw.memory[0].name.c_str(),
                          fmtPct(m.memoryBandwidthUtilisation).c_str());
            e.sentences.push_back(buf);
            if (m.communicationShare > 0)
                e.sentences.push_back("Communication takes " + fmtPct(m.communicationShare) +
                                      " of the time.");
        }
        if (p.memory) e.sentences.push_back(capitalised(p.memory->message) + ".");
        if (!e.binding.empty()) {
            e.sentences.push_back(bindingSentence("the run", e.binding, all, p.totalTime, p, hw));
            const std::string t = trailingSentence(e.binding, aggregateBounds(all), hw);
            if (!t.empty()) e.sentences.push_back(t);
        }
        for (const WhatIfRun& s : whatIfs) e.whatIfs.push_back(scoped(s, p.totalTime, s.total));
        if (!e.whatIfs.empty()) e.sentences.push_back(whatIfSentence(e.whatIfs));
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
        e.sentences.push_back(bindingSentence(ph.phase, ph.binding, mine, ph.time, p, hw));
        const std::string t = trailingSentence(ph.binding, aggregateBounds(mine), hw);
        if (!t.empty()) e.sentences.push_back(t);
        for (const WhatIfRun& s : whatIfs) {
            auto it = s.phaseTime.find(ph.phase);
            if (it != s.phaseTime.end()) e.whatIfs.push_back(scoped(s, ph.time, it->second));
        }
        e.sentences.push_back(whatIfSentence(e.whatIfs));
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
        std::string s = r.name + " (" + r.phase +
                        (r.count != 1 ? ", x" + std::to_string(std::llround(r.count)) : "") +
                        ") is bound by " + describe(r.binding, hw) + " at " + fmtTime(r.timeEach) +
                        " each, " + fmtPct(r.share) + " of the run.";
        e.sentences.push_back(s);
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
        if (top && next && top->time > 0)
            e.sentences.push_back("The next bound, " + describe(next->resource, hw) + ", is " +
                                  fmtPct(next->time / top->time) + " of it.");
        for (const WhatIfRun& w : whatIfs)
            if (i < w.opTime.size()) e.whatIfs.push_back(scoped(w, r.time, w.opTime[i]));
        if (!e.whatIfs.empty()) e.sentences.push_back(whatIfSentence(e.whatIfs));
        p.explanations.push_back(std::move(e));
    }
}

}  // namespace rl
