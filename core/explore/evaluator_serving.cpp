// The serving evaluator: the point's scenario simulated by the LLM serving
// simulator, or, for a capacity sweep, the highest Poisson rate that meets
// the scenario's SLO searched per point and the figures at that rate.
#include <stdexcept>

#include "core/explore/evaluators.h"
#include "core/explore/point_failure.h"
#include "core/sim/serving/serving_internal.h"  // meetsSlo: the SLO test the capacity search uses
#include "core/sim/serving/serving_sim.h"

namespace rl::explore {
namespace {

class ServingEvaluator final : public DesignEvaluator {
  public:
    ServingEvaluator(const SweepSpec& spec, const OperatorModel& model)
        : DesignEvaluator(spec),
          requests_(spec.predictor.requests),
          capacity_(spec.predictor.capacitySearch || slots().needs(Metric::capacity)) {
        options_.explain = false;
        options_.keepIterations = false;
        options_.refine = model.refine;
        options_.predictorName = model.name;
    }

  private:
    void prepareSweep(const SweepBase& base, const PointSpace&, Diagnostics& diag) override {
        const ServingSlo& slo = base.project.scenario.serving.slo;
        if (capacity_ && slo.ttftP99 <= 0 && slo.tpotP99 <= 0 && slo.e2eP99 <= 0)
            diag.error("/predictor/capacity_search", "true",
                       RL_TR("SpecText",
                             "a base scenario with a serving SLO (serving.slo "
                             "ttft_p99, tpot_p99 or e2e_p99): capacity is the "
                             "highest rate that meets it"));
    }

    PointError evaluateDesign(DesignSpecs& d, std::span<double> out) const override {
        if (requests_ > 0) d.scenario.serving.requests = requests_;
        Prediction p;
        try {
            p = capacity_ ? searchCapacity(d.hardware, d.model, d.scenario, options_)
                          : simulateServing(d.hardware, d.model, d.scenario, options_);
        } catch (const std::invalid_argument& e) {
            return PointError(e);
        }
        if (!p.serving)
            return engineFailure(RL_TR("EngineText", "the simulation produced no serving report"));
        const ServingReport& r = *p.serving;
        // With a capacity search the figures are those at the capacity found,
        // which meets the SLO by construction when any rate did.
        const bool sloMet =
            capacity_ ? r.capacityRatePerS > 0 : serving::meetsSlo(r, d.scenario.serving.slo);
        write(out, d.hardware, [&](Metric m) {
            switch (m) {
                case Metric::time:
                    return r.e2e.mean;
                case Metric::throughput:
                    return r.outputTokensPerS;
                case Metric::ttft:
                    return r.ttft.mean;
                case Metric::ttft_p99:
                    return r.ttft.p99;
                case Metric::tpot:
                    return r.tpot.mean;
                case Metric::tpot_p99:
                    return r.tpot.p99;
                case Metric::energy:
                    return r.energyJ;
                case Metric::cost_per_million_tokens:
                    return positiveOrNone(r.usdPerMillionTokens);
                case Metric::mfu:
                    return r.mfu;
                case Metric::memory_fit:
                    return 1.0;  // the simulator refuses designs whose weights do not fit
                case Metric::memory_headroom:
                    // Device memory left for the KV cache after weights and activations.
                    return static_cast<double>(r.kvBlocksPerReplica) * r.kvBlockBytes;
                case Metric::slo_met:
                    return flag(sloMet);
                case Metric::capacity:
                    return r.capacityRatePerS;
                default:
                    return kNoValue;
            }
        });
        return {};
    }

    std::int64_t requests_ = 0;
    bool capacity_ = false;
    ServingOptions options_;
};

}  // namespace

std::unique_ptr<PointEvaluator> makeServingEvaluator(const SweepSpec& spec, Diagnostics& diag) {
    auto model = operatorModelFor(spec, diag);
    if (!model) return nullptr;
    return std::make_unique<ServingEvaluator>(spec, *model);
}

}  // namespace rl::explore
