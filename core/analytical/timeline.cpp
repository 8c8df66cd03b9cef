#include "core/analytical/timeline.h"

#include <algorithm>
#include <cmath>

#include "core/analytical/compose.h"
#include "core/analytical/roofline.h"
#include "core/workload/lower.h"
#include "core/workload/op_family.h"

namespace rl {

namespace {

std::string countedName(const std::string& name, double count) {
    if (count == 1) return name;
    return name + " \u00d7" + std::to_string(static_cast<long long>(std::llround(count)));
}

// The tracks and tables every analytical trace shares.
struct Builder {
    Trace trace;
    int steps = 0, compute = 0, network = -1;
    int group = 0;
    double t = 0;  // s, where the next op starts
    // Events per track, each in time order: concatenated they are already in
    // the (track, start) order finish() establishes, so it sorts nothing.
    std::vector<std::vector<TraceEvent>> perTrack;

    explicit Builder(bool hasNetwork) {
        group = trace.group(TraceGroup::device(0));
        steps = trace.track("steps", group);
        compute = trace.track("compute", group);
        if (hasNetwork) network = trace.track("network", group);
        perTrack.resize(trace.tracks.size());
    }

    // One op record drawn as one event: a record folded over layers (`count`)
    // is one kernel per layer in reality, but a per-layer split would repeat
    // the same rectangle `layers` times with no new information. Returns the
    // event without its times, so a decode step's ops are looked up once.
    TraceEvent op(OpKind kind, const std::string& name, double count, int opIndex) {
        TraceEvent e;
        e.track = isCommunication(kind) && network >= 0 ? network : compute;
        e.category = trace.category(std::string(toString(kind)));
        e.label = trace.label(countedName(name, count));
        if (opIndex >= 0) {
            e.ref = TraceRef::op;
            e.id = opIndex;
        }
        return e;
    }

    void add(TraceEvent e, double duration) {
        e.start = t;
        e.duration = duration;
        perTrack[static_cast<std::size_t>(e.track)].push_back(e);
        t += duration;
    }

    void step(const std::string& phase, const Phrase& label, double start) {
        TraceEvent e;
        e.start = start;
        e.duration = t - start;
        e.track = steps;
        e.category = trace.category(phase);
        e.label = trace.typedLabel(label);
        perTrack[static_cast<std::size_t>(e.track)].push_back(e);
    }
};

// The label of the steps track's first event, typed so a view translates it.
Phrase stepLabel(const std::string& phase, std::int64_t prompt) {
    if (phase == "prefill")
        return Phrase(RL_TR("EngineText", "prefill, %1 tokens"), {PhraseArg::integer(prompt)});
    if (phase == "forward") return Phrase(RL_TR("EngineText", "forward pass"));
    return Phrase(phase + " pass");  // no other phase reaches here; shown as written
}

// Times (s, all instances) of one decode step's records at KV length `kv`.
// `only` limits the costing to the records it flags (others stay 0).
std::vector<double> decodeStepTimes(const Hardware& hw, const RooflineDevice& device,
                                    const ModelSpec& model, const Scenario& scenario,
                                    const AnalysisOptions& options, std::int64_t kv,
                                    const std::vector<char>* only,
                                    std::vector<Operator>* opsOut = nullptr) {
    std::vector<Operator> ops = lowerDecodeStep(model, scenario, kv);
    placeOnInterconnect(hw, scenario, ops);
    std::vector<double> times(ops.size(), 0.0);
    for (std::size_t j = 0; j < ops.size(); ++j) {
        if (only && (j >= only->size() || !(*only)[j])) continue;
        OpRecord r = evaluateOperator(ops[j], device);
        if (options.refine) options.refine(ops[j], hw, r);
        times[j] = r.timeEach * r.count;
    }
    if (opsOut) *opsOut = std::move(ops);
    return times;
}

}  // namespace

std::shared_ptr<const Trace> analyticalTrace(const Hardware& hw, const ModelSpec& model,
                                             const Scenario& scenario,
                                             const AnalysisOptions& options, const Prediction& p) {
    const bool hasNetwork = std::any_of(p.ops.begin(), p.ops.end(),
                                        [](const OpRecord& r) { return isCommunication(r.kind); });
    Builder b(hasNetwork);
    // Phases first in the category table: the steps track gets the first
    // colours of the palette, the op kinds the ones after.
    if (!p.ops.empty()) b.trace.category(p.ops.front().phase);
    if (std::any_of(p.ops.begin(), p.ops.end(),
                    [](const OpRecord& r) { return r.phase == "decode"; }))
        b.trace.category("decode");

    // Prefill and forward records are drawn as analyze() costed them.
    std::vector<int> decodeRecords;
    for (std::size_t i = 0; i < p.ops.size(); ++i) {
        const OpRecord& r = p.ops[i];
        if (r.phase == "decode") {
            decodeRecords.push_back(static_cast<int>(i));
            continue;
        }
        b.add(b.op(r.kind, r.name, r.count, static_cast<int>(i)), r.time);
    }
    const std::int64_t prompt = std::max<std::int64_t>(1, scenario.inference.promptTokens);
    const bool lm = model.kind == "transformer" && !model.transformer.encoderOnly;
    if (decodeRecords.size() < p.ops.size()) {
        const std::string& phase = p.ops.front().phase;
        b.step(phase, stepLabel(phase, prompt), 0.0);
    }

    // Decode steps 2..gen, each at its own KV length (the first token comes
    // out of the prefill), the ops in the order of the folded records.
    const std::int64_t gen = scenario.inference.generatedTokens;
    const std::int64_t steps = decodeRecords.empty() ? 0 : std::max<std::int64_t>(0, gen - 1);
    TraceCounter kvCounter;
    if (lm) {
        kvCounter.name = "KV length";
        kvCounter.unit = "tokens";
        kvCounter.group = b.group;
        kvCounter.times.push_back(0.0);
        kvCounter.values.push_back(static_cast<double>(prompt));
    }
    if (steps > 0) {
        options.progress.check();
        const RooflineDevice device(hw);  // once for every step
        std::vector<Operator> ops;
        const auto first =
            decodeStepTimes(hw, device, model, scenario, options, prompt + 1, nullptr, &ops);
        const bool matches = ops.size() == decodeRecords.size();
        // Cost per step. Up to kTimelineExactSteps steps: each at its KV length.
        // Beyond: only records whose time depends on the KV length (attention)
        // are re-costed, at kTimelineExactSteps evenly spaced KV lengths, and
        // interpolated linearly between them. Roofline times are piecewise
        // linear in the KV length, so the error is confined to the segment
        // holding a kink (compute/memory crossover), and thousands of steps
        // cost about 64 short lowerings instead of thousands of analyses.
        std::vector<std::int64_t> sampleSteps;
        std::vector<std::vector<double>> sampleTimes;
        if (steps <= kTimelineExactSteps) {
            for (std::int64_t s = 1; s <= steps; ++s) sampleSteps.push_back(s);
        } else {
            for (std::int64_t k = 0; k < kTimelineExactSteps; ++k)
                sampleSteps.push_back(1 + (steps - 1) * k / (kTimelineExactSteps - 1));
        }
        sampleTimes.reserve(sampleSteps.size());
        sampleTimes.push_back(first);
        std::vector<char> varying;
        if (steps > kTimelineExactSteps) {
            const auto last =
                decodeStepTimes(hw, device, model, scenario, options, prompt + steps, nullptr);
            varying.resize(first.size());
            for (std::size_t j = 0; j < first.size(); ++j)
                varying[j] = j < last.size() && last[j] != first[j];
        }
        for (std::size_t k = 1; k < sampleSteps.size(); ++k) {
            auto times =
                decodeStepTimes(hw, device, model, scenario, options, prompt + sampleSteps[k],
                                varying.empty() ? nullptr : &varying);
            if (!varying.empty())
                for (std::size_t j = 0; j < times.size() && j < first.size(); ++j)
                    if (!varying[j]) times[j] = first[j];
            sampleTimes.push_back(std::move(times));
        }

        std::vector<TraceEvent> stepOps;
        for (std::size_t j = 0; j < ops.size(); ++j)
            stepOps.push_back(
                b.op(ops[j].kind, ops[j].name, ops[j].count, matches ? decodeRecords[j] : -1));
        b.perTrack[static_cast<std::size_t>(b.compute)].reserve(
            b.perTrack[static_cast<std::size_t>(b.compute)].size() +
            static_cast<std::size_t>(steps) * ops.size());
        const int decodeCategory = b.trace.category("decode");
        std::size_t seg = 0;
        for (std::int64_t s = 1; s <= steps; ++s) {
            while (seg + 1 < sampleSteps.size() && sampleSteps[seg + 1] <= s) ++seg;
            const std::size_t next = std::min(seg + 1, sampleSteps.size() - 1);
            const double span = static_cast<double>(sampleSteps[next] - sampleSteps[seg]);
            const double w = span > 0 ? static_cast<double>(s - sampleSteps[seg]) / span : 0.0;
            const std::int64_t kv = prompt + s;
            const double start = b.t;
            kvCounter.times.push_back(start);
            kvCounter.values.push_back(static_cast<double>(kv));
            for (std::size_t j = 0; j < ops.size(); ++j) {
                const double a = j < sampleTimes[seg].size() ? sampleTimes[seg][j] : 0.0;
                const double c = j < sampleTimes[next].size() ? sampleTimes[next][j] : a;
                b.add(stepOps[j], a + w * (c - a));
            }
            TraceEvent e;
            e.start = start;
            e.duration = b.t - start;
            e.track = b.steps;
            e.category = decodeCategory;
            e.label = b.trace.typedLabel(Phrase(RL_TR("EngineText", "decode step %1, KV %2"),
                                                {PhraseArg::integer(s), PhraseArg::integer(kv)}));
            b.perTrack[static_cast<std::size_t>(b.steps)].push_back(e);
        }
    }
    if (!kvCounter.times.empty()) b.trace.counters.push_back(std::move(kvCounter));
    std::size_t total = 0;
    for (const auto& events : b.perTrack) total += events.size();
    b.trace.events.reserve(total);
    for (const auto& events : b.perTrack)
        b.trace.events.insert(b.trace.events.end(), events.begin(), events.end());
    b.trace.finish();
    return std::make_shared<const Trace>(std::move(b.trace));
}

}  // namespace rl
