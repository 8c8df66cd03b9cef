// analyze(): lower, cost each operator on the hierarchical roofline, compose
// phases (prefill/decode or a forward pass), footprint, LLM metrics, explain.
#include "core/analytical/analyze.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "core/analytical/collectives.h"
#include "core/analytical/compose.h"
#include "core/analytical/memory_footprint.h"
#include "core/analytical/prediction_start.h"
#include "core/analytical/roofline.h"
#include "core/analytical/sustained_clock.h"
#include "core/analytical/timeline.h"
#include "core/result/message_error.h"
#include "core/spec/parallelism.h"
#include "core/workload/lower.h"
#include "core/workload/op_family.h"

namespace rl {

namespace {

// A warning in English and typed for translation (docs/messages.md).
void warn(Prediction& p, std::string english, MessageId id, std::vector<MessageArg> args = {}) {
    p.warningMessages.push_back({id, std::move(args), {}, english});
    p.warnings.push_back(std::move(english));
}

MessageArg countArg(double n) { return {MessageArg::Kind::count, {}, n}; }

bool isTransformerLm(const ModelSpec& m) {
    return m.kind == "transformer" && !m.transformer.encoderOnly;
}

void fillCeilings(const Hardware& hw, Prediction& p) {
    for (const auto& [t, peak] : hw.compute.peakFlops) {
        Ceiling c;
        c.label = std::string(toString(t));
        c.compute = true;
        c.computeType = t;
        c.value = peak * computeEfficiency(hw, t);
        c.peak = peak;
        p.ceilings.push_back(std::move(c));
    }
    for (std::size_t i = 0; i < hw.memory.size(); ++i) {
        const MemoryLevel& m = hw.memory[i];
        Ceiling c;
        c.label = m.name;
        c.compute = false;
        c.level = static_cast<int>(i);
        c.value = m.bandwidth * (m.efficiency > 0 ? m.efficiency : 1.0);
        c.peak = m.bandwidth;
        p.ceilings.push_back(std::move(c));
    }
}

void summarise(Prediction& p) {
    const std::size_t L = p.levels.size();
    p.totalTime = p.totalFlops = p.totalEnergy = 0;
    p.totalBytesPerLevel.assign(L, 0.0);
    std::map<std::string, std::size_t> phaseIndex;
    std::vector<std::map<std::string, double>> bindingTime;
    for (const OpRecord& r : p.ops) {
        p.totalTime += r.time;
        p.totalFlops += r.flops * r.count;
        p.totalEnergy += r.energy;
        auto [it, fresh] = phaseIndex.try_emplace(r.phase, p.phases.size());
        if (fresh) {
            PhaseSummary s;
            s.phase = r.phase;
            s.bytesPerLevel.assign(L, 0.0);
            p.phases.push_back(std::move(s));
            bindingTime.emplace_back();
        }
        PhaseSummary& s = p.phases[it->second];
        s.time += r.time;
        s.flops += r.flops * r.count;
        s.energy += r.energy;
        bindingTime[it->second][r.binding] += r.time;
        for (std::size_t j = 0; j < L && j < r.traffic.size(); ++j) {
            const double b = r.traffic[j].total() * r.count;
            s.bytesPerLevel[j] += b;
            p.totalBytesPerLevel[j] += b;
        }
    }
    for (std::size_t i = 0; i < p.phases.size(); ++i) {
        const auto& bt = bindingTime[i];
        auto best = std::max_element(
            bt.begin(), bt.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        if (best != bt.end()) p.phases[i].binding = best->first;
    }
    for (OpRecord& r : p.ops) r.share = p.totalTime > 0 ? r.time / p.totalTime : 0.0;
}

// Decode time per token at a few context lengths (cost is linear in the KV
// length, so a handful of samples shows the whole curve).
void llmMetrics(const Hardware& hw, const ModelSpec& model, const Scenario& sc,
                const AnalysisOptions& options, Prediction& p) {
    LlmMetrics m;
    double prefill = 0, decode = 0, commTime = 0, hbmBytes = 0;
    for (const OpRecord& r : p.ops) {
        if (r.phase == "prefill") prefill += r.time;
        if (r.phase == "decode") decode += r.time;
        if (isCommunication(r.kind)) commTime += r.time;
        if (!r.traffic.empty()) hbmBytes += r.traffic[0].total() * r.count;
    }
    const std::int64_t prompt = std::max<std::int64_t>(1, sc.inference.promptTokens);
    const std::int64_t gen = std::max<std::int64_t>(0, sc.inference.generatedTokens);
    const std::int64_t batch = std::max<std::int64_t>(1, sc.inference.batch);
    m.timeToFirstToken = prefill;
    m.timePerOutputToken = gen > 1 ? decode / static_cast<double>(gen - 1) : 0.0;
    if (gen > 1) {
        const int samples = static_cast<int>(std::min<std::int64_t>(gen - 1, 5));
        std::vector<OpRecord> recs;
        for (int i = 0; i < samples; ++i) {
            const std::int64_t step = samples == 1 ? 1 : 1 + (gen - 2) * i / (samples - 1);
            const std::int64_t kv = prompt + step;
            evaluateOps(lowerDecodeStep(model, sc, kv), hw, options, recs);
            double t = 0;
            for (const OpRecord& r : recs) t += r.time;
            m.timePerTokenByContext.emplace_back(kv, t);
        }
    }
    m.totalLatency = prefill + decode;
    m.tokensPerSecond =
        m.totalLatency > 0 ? static_cast<double>(batch * gen) / m.totalLatency : 0.0;
    // Stages run one after another for one batch, so each device is busy 1/pp of the time.
    const double pp = std::max(1, sc.parallelism.pipeline);
    DType math = mathTypeFor(sc.precision.weights, sc.precision.activations);
    const double peak = hw.compute.peak(math);
    m.mfu = p.totalTime > 0 && peak > 0 ? p.totalFlops / (p.totalTime * peak * pp) : 0.0;
    const double bw = hw.mainMemoryBandwidth();
    m.memoryBandwidthUtilisation =
        p.totalTime > 0 && bw > 0 ? hbmBytes / (p.totalTime * bw * pp) : 0.0;
    m.communicationShare = p.totalTime > 0 ? commTime / p.totalTime : 0.0;
    p.llm = m;
}

void parallelismWarnings(const Hardware& hw, const Scenario& sc, Prediction& p) {
    const std::int64_t need = devicesUsed(sc);
    if (need <= 1) return;
    if (hw.interconnect.empty() && devicesPerReplica(sc.parallelism) > 1) {
        warn(p,
             "the scenario uses " + std::to_string(need) +
                 " devices but the hardware has no interconnect: collectives are not costed",
             MessageId::warnNoInterconnect, {countArg(double(need))});
    } else if (need > hw.deviceCount()) {
        warn(p,
             "the scenario uses " + std::to_string(need) + " devices but '" + hw.name + "' lists " +
                 std::to_string(hw.deviceCount()) +
                 "; assuming identical devices on the same links",
             MessageId::warnMoreDevicesThanHardware,
             {countArg(double(need)),
              {MessageArg::Kind::name, hw.name, 0.0},
              countArg(double(hw.deviceCount()))});
    }
}

}  // namespace

std::vector<Operator> lowerForAnalysis(const Hardware& hw, const ModelSpec& model,
                                       const Scenario& scenario) {
    std::vector<Operator> ops = lowerModel(model, scenario);
    placeOnInterconnect(hw, scenario, ops);
    return ops;
}

void placeOnInterconnect(const Hardware& hw, const Scenario& scenario, std::vector<Operator>& ops) {
    const int tp = std::max(1, scenario.parallelism.tensor),
              pp = std::max(1, scenario.parallelism.pipeline);
    if (hw.interconnect.size() > 1 && tp * pp > hw.interconnect[0].devices)
        for (Operator& op : ops)
            if (op.kind == OpKind::send_recv) op.collective.dimension = 1;
}

void evaluateOps(const std::vector<Operator>& ops, const Hardware& hw,
                 const AnalysisOptions& options, std::vector<OpRecord>& out) {
    out.clear();
    out.reserve(ops.size());
    const RooflineDevice device(hw);  // once, not per operator
    for (const Operator& op : ops) {
        out.push_back(evaluateOperator(op, device));
        if (options.refine) {
            OpRecord& r = out.back();
            options.refine(op, hw, r);
            r.time = r.timeEach * r.count;
        }
    }
}

Prediction analyze(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                   const AnalysisOptions& options) {
    Prediction p = startPrediction(options.predictorName, hw, model, scenario);
    fillCeilings(hw, p);
    options.progress.check();
    options.progress(0.0, "lowering");

    std::vector<Operator> ops;
    try {
        ops = lowerForAnalysis(hw, model, scenario);
    } catch (const std::invalid_argument& e) {
        warn(p, std::string("cannot analyse: ") + e.what(), MessageId::warnCannotAnalyse,
             {{MessageArg::Kind::name, e.what(), 0.0}});
        // The lowering's typed reason, for the GUI to show in place of the English.
        if (const Message* reason = typedReason(e))
            p.warningMessages.back().clauses.push_back(*reason);
        return p;
    }
    if (hw.memory.empty())
        warn(p, "the hardware lists no memory levels: only compute is costed",
             MessageId::warnNoMemoryLevels);
    options.progress.check();
    options.progress(0.2, "costing operators");
    evaluateOps(ops, hw, options, p.ops);
    summarise(p);
    if (options.timeline) {
        options.progress.check();
        p.trace = analyticalTrace(hw, model, scenario, options, p);
    }
    parallelismWarnings(hw, scenario, p);
    for (Message& m : collectiveWarnings(hw, ops)) {
        p.warnings.push_back(m.english);
        p.warningMessages.push_back(std::move(m));
    }
    if (scenario.kind != "inference")
        warn(p,
             "the analytical predictor costs one inference pass (batch, prompt and generated "
             "tokens of the scenario's inference settings); a '" +
                 scenario.kind + "' scenario needs the simulator for its full behaviour",
             MessageId::warnNotInference, {{MessageArg::Kind::name, scenario.kind, 0.0}});

    options.progress.check();
    options.progress(0.4, "memory footprint");
    if (model.kind == "transformer") {
        std::vector<Operator> forward;
        for (const Operator& op : ops)
            if (op.phase != "decode") forward.push_back(op);
        p.memory = transformerFootprint(hw, model, scenario, forward);
    } else {
        p.memory = forwardFootprint(hw, scenario, ops);
    }
    if (p.memory && !p.memory->fits) p.warnings.push_back(p.memory->message);
    if (isTransformerLm(model)) llmMetrics(hw, model, scenario, options, p);

    if (options.explain) {
        options.progress.check();
        options.progress(0.6, "explaining");
        explainPrediction(hw, model, scenario, options, ops, p);
    }
    options.progress(1.0, "done");
    return p;
}

}  // namespace rl
