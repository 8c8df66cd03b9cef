// The dataflow evaluator: the point's model lowered to layers and every
// layer mapped on the point's accelerator (the hardware's "accelerator"
// object) by the mapper within the sweep's per-layer budget; cycles and
// energy of the best mappings summed over the layers.
#include <algorithm>
#include <stdexcept>

#include "core/dataflow/model_mapping.h"
#include "core/explore/evaluators.h"
#include "core/explore/point_failure.h"
#include "core/spec/accelerator_spec.h"
#include "core/workload/lower.h"

namespace rl::explore {
namespace {

// What the mapper optimises: the one figure the sweep reads, else the
// energy-delay product (both ends of an energy-latency front).
dataflow::Objective mapperObjective(const MetricSlots& slots) {
    bool cycles = false, energy = false;
    for (Metric m : slots.metrics()) {
        cycles |= m == Metric::time || m == Metric::throughput || m == Metric::mapper_cycles;
        energy |= m == Metric::energy || m == Metric::mapper_energy;
    }
    if (cycles && !energy) return dataflow::Objective::cycles;
    if (energy && !cycles) return dataflow::Objective::energy;
    return dataflow::Objective::edp;
}

class DataflowEvaluator final : public DesignEvaluator {
  public:
    explicit DataflowEvaluator(const SweepSpec& spec) : DesignEvaluator(spec) {
        options_.objective = mapperObjective(slots());
        options_.evaluations = spec.predictor.mapperEvaluations;
        options_.seed = 1;  // the same mappings for the same point, whatever the split
    }

  private:
    PointError evaluateDesign(DesignSpecs& d, std::span<double> out) const override {
        const auto& arch = d.hardware.accelerator;
        if (!arch)
            return engineFailure(Phrase(
                RL_TR("EngineText",
                      "hardware '%1' has no \"accelerator\" object: the dataflow predictor maps "
                      "layers onto an accelerator's PE array and buffers"),
                {PhraseArg::verbatim(d.hardware.name)}));
        std::vector<Operator> ops;
        try {
            ops = lowerModel(d.model, d.scenario);
        } catch (const std::invalid_argument& e) {
            return PointError(e);
        }
        const dataflow::ModelMapping m = dataflow::mapModel(*arch, ops, options_);
        if (m.problems == 0)
            return engineFailure(Phrase(RL_TR("EngineText", "model '%1' has no layer to map"),
                                        {PhraseArg::verbatim(d.model.name)}));
        if (!m.unmapped.empty())
            return engineFailure(Phrase(
                RL_TR("EngineText",
                      "no valid mapping of layer '%1' on '%2' (buffers too small for one tile, "
                      "or the budget of %3 evaluations too small)"),
                {PhraseArg::verbatim(m.unmapped), PhraseArg::verbatim(arch->name),
                 PhraseArg::integer(options_.evaluations)}));
        const double seconds = arch->clockHz > 0 ? m.cycles / arch->clockHz : kNoValue;
        const auto batch =
            static_cast<double>(std::max<std::int64_t>(1, d.scenario.inference.batch));
        write(out, d.hardware, [&](Metric metric) {
            switch (metric) {
                case Metric::time:
                    return seconds;
                case Metric::throughput:
                    return seconds > 0 ? batch / seconds : kNoValue;
                case Metric::energy:
                case Metric::mapper_energy:
                    return m.energyJ;
                case Metric::mapper_cycles:
                    return m.cycles;
                default:
                    return kNoValue;
            }
        });
        return {};
    }

    dataflow::MapperOptions options_;
};

}  // namespace

std::unique_ptr<PointEvaluator> makeDataflowEvaluator(const SweepSpec& spec, Diagnostics&) {
    return std::make_unique<DataflowEvaluator>(spec);
}

}  // namespace rl::explore
