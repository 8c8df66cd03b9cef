// The training evaluator: the point's parallel plan (scenario parallelism and
// training settings) simulated for one iteration: step time, throughput, MFU,
// energy and the memory of the fullest pipeline stage against the device's.
#include <stdexcept>

#include "core/explore/evaluators.h"
#include "core/sim/training/iteration.h"

namespace rl::explore {
namespace {

class TrainingEvaluator final : public DesignEvaluator {
  public:
    TrainingEvaluator(const SweepSpec& spec, const OperatorModel& model) : DesignEvaluator(spec) {
        options_.refine = model.refine;
    }

  private:
    PointError evaluateDesign(DesignSpecs& d, std::span<double> out) const override {
        training::TrainingReport r;
        try {
            const training::TrainingPlan plan = training::makePlan(d.model, d.scenario);
            r = training::simulateTraining(d.hardware, d.model, plan, options_);
        } catch (const std::invalid_argument& e) {
            return PointError(e);
        }
        const training::MemoryReport& mem = r.memory;
        const double peak =
            mem.stages.empty() ? 0.0 : mem.stages[static_cast<std::size_t>(mem.worstStage)].total();
        write(out, d.hardware, [&](Metric m) {
            switch (m) {
                case Metric::time:
                    return r.iterationTime;
                case Metric::throughput:
                    return r.tokensPerS;
                case Metric::energy:
                    return r.energyPerIteration;
                case Metric::mfu:
                    return r.mfu;
                case Metric::memory_fit:
                    return flag(mem.fits);
                case Metric::memory_headroom:
                    return mem.capacity - peak;
                default:
                    return kNoValue;
            }
        });
        return {};
    }

    training::TrainingOptions options_;
};

}  // namespace

std::unique_ptr<PointEvaluator> makeTrainingEvaluator(const SweepSpec& spec, Diagnostics& diag) {
    auto model = operatorModelFor(spec, diag);
    if (!model) return nullptr;
    return std::make_unique<TrainingEvaluator>(spec, *model);
}

}  // namespace rl::explore
