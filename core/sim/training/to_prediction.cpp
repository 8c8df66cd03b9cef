// TrainingReport -> Prediction.
#include "core/sim/training/to_prediction.h"

#include <memory>

#include "core/sim/training/traffic_records.h"

namespace rl::training {

Prediction trainingPrediction(const Hardware& hw, const ModelSpec& model,
                              const std::string& scenarioName, TrainingReport&& r) {
    Prediction p;
    p.predictor = "training simulator (roofline operators)";
    p.opScope = Prediction::OpScope::gpuIteration;
    p.hardware = hw.name;
    p.model = model.name;
    p.scenario = scenarioName;
    p.totalTime = r.iterationTime;
    p.totalFlops = r.modelFlops;
    p.totalEnergy = r.energyPerIteration;
    // Per-operator traffic at main memory, per GPU per iteration on the
    // critical stage; the total time stays the simulated iteration's.
    if (!hw.memory.empty()) {
        const MemoryLevel& main = hw.memory.front();
        p.levels = {main.name};
        Ceiling bw;
        bw.label = main.name;
        bw.compute = false;
        bw.level = 0;
        bw.peak = main.bandwidth;
        bw.value = main.bandwidth * (main.efficiency > 0 ? main.efficiency : 1.0);
        p.ceilings.push_back(bw);
        p.ops = trainingOpRecords(model, r);
    }
    p.totalBytesPerLevel.assign(p.levels.size(), 0.0);
    const StepBreakdown& b = r.breakdown;
    for (auto [name, time] : b.parts()) {
        PhaseSummary ph;
        ph.phase = name;
        ph.time = time;
        ph.bytesPerLevel.assign(p.levels.size(), 0.0);
        for (const OpRecord& op : p.ops) {
            if (op.phase != name || op.traffic.empty()) continue;
            ph.flops += op.flops * op.count;
            ph.bytesPerLevel[0] += op.traffic[0].total() * op.count;
        }
        if (!p.levels.empty()) p.totalBytesPerLevel[0] += ph.bytesPerLevel[0];
        p.phases.push_back(ph);
    }
    if (!r.memory.fits) {
        p.warnings.push_back("pipeline stage " + std::to_string(r.memory.worstStage) +
                             " does not fit in device memory");
        p.warningMessages.push_back({MessageId::warnStageDoesNotFit,
                                     {{MessageArg::Kind::count, {}, double(r.memory.worstStage)}},
                                     {},
                                     p.warnings.back()});
    }
    p.trace = std::make_shared<const Trace>(std::move(r.trace));
    return p;
}

}  // namespace rl::training
