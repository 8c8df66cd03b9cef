// analyseFigures(): analyze()'s totals, phase times, LLM metrics and memory
// fit, summed in the same order so the numbers are the same to the last bit.
#include "core/explore/analytical_figures.h"

#include <algorithm>
#include <cstdint>

#include "core/analytical/compose.h"
#include "core/analytical/memory_footprint.h"
#include "core/analytical/roofline.h"
#include "core/spec/parallelism.h"
#include "core/workload/lower.h"

namespace rl::explore {

bool isDecoderTransformer(const ModelSpec& model) {
    return model.kind == "transformer" && !model.transformer.encoderOnly;
}

void composeFigures(const Hardware& hw, const ModelSpec& model, const Scenario& sc,
                    AnalyticalFigures& f) {
    f.llm = isDecoderTransformer(model);
    f.memoryCapacity = hw.mainMemoryBytes();
    f.fits = f.memoryRequired <= f.memoryCapacity;
    // As analyze(): stages run one after another for one batch, so each
    // device is busy 1/pp of the time; the peak is the dense datasheet one.
    const double pp = std::max(1, sc.parallelism.pipeline);
    const double peak =
        hw.compute.peak(mathTypeFor(sc.precision.weights, sc.precision.activations));
    f.mfu = f.time > 0 && peak > 0 ? f.flops / (f.time * peak * pp) : 0.0;
    const auto batch = static_cast<double>(std::max<std::int64_t>(1, sc.inference.batch));
    if (!f.llm) {
        f.throughput = f.time > 0 ? batch / f.time : 0.0;
        return;
    }
    const std::int64_t gen = std::max<std::int64_t>(0, sc.inference.generatedTokens);
    f.ttft = f.prefill;
    f.tpot = gen > 1 ? f.decode / static_cast<double>(gen - 1) : 0.0;
    const double latency = f.prefill + f.decode;
    const double tokens = batch * static_cast<double>(gen);
    f.throughput = latency > 0 ? tokens / latency : 0.0;
    // The devices of one copy of the model are rented for the whole run.
    const auto devices = static_cast<double>(devicesPerReplica(sc.parallelism));
    f.costPerMillionTokens = hw.costPerHourUsd > 0 && tokens > 0
                                 ? hw.costPerHourUsd * devices * latency / 3600.0 / (tokens / 1e6)
                                 : 0.0;
}

AnalyticalFigures analyseFigures(const Hardware& hw, const ModelSpec& model, const Scenario& sc) {
    std::vector<Operator> ops = lowerForAnalysis(hw, model, sc);
    AnalyticalFigures f;
    const RooflineDevice device(hw);
    RooflineResult r;
    for (const Operator& op : ops) {
        evaluateRoofline(op, device, r);
        const double time = r.timeEach * op.count;
        f.time += time;
        f.flops += r.flops * op.count;
        f.energy += r.energy * op.count;
        if (op.phase == "prefill") f.prefill += time;
        if (op.phase == "decode") f.decode += time;
    }
    if (model.kind == "transformer") {
        // The footprint's transient activations come from the largest step: the prefill.
        std::erase_if(ops, [](const Operator& op) { return op.phase == "decode"; });
        f.memoryRequired = transformerFootprint(hw, model, sc, ops).total();
    } else {
        f.memoryRequired = forwardFootprint(hw, sc, ops).total();
    }
    composeFigures(hw, model, sc, f);
    return f;
}

AnalyticalFigures figuresOf(const Prediction& p, const Hardware& hw, const ModelSpec& model,
                            const Scenario& sc) {
    AnalyticalFigures f;
    f.time = p.totalTime;
    f.flops = p.totalFlops;
    f.energy = p.totalEnergy;
    for (const PhaseSummary& s : p.phases) {
        if (s.phase == "prefill") f.prefill = s.time;
        if (s.phase == "decode") f.decode = s.time;
    }
    f.memoryRequired = p.memory ? p.memory->total() : 0.0;
    composeFigures(hw, model, sc, f);
    return f;
}

}  // namespace rl::explore
