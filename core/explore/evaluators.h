#pragma once
// The evaluators behind makeEvaluator (point_evaluator.h), one per predictor,
// each in its own file (evaluator_analytical.cpp, evaluator_dataflow.cpp,
// evaluator_serving.cpp, evaluator_training.cpp), and what they share: the
// metric slots a point fills, the design a point parses to, the operator-cost
// predictor the sweep names. Internal to core/explore.
#include <cmath>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/explore/design_reader.h"
#include "core/explore/point_evaluator.h"
#include "core/predict/operator_cost_model.h"

namespace rl::explore {

std::unique_ptr<PointEvaluator> makeAnalyticalEvaluator(const SweepSpec& spec, Diagnostics& diag);
std::unique_ptr<PointEvaluator> makeDataflowEvaluator(const SweepSpec& spec, Diagnostics& diag);
std::unique_ptr<PointEvaluator> makeServingEvaluator(const SweepSpec& spec, Diagnostics& diag);
std::unique_ptr<PointEvaluator> makeTrainingEvaluator(const SweepSpec& spec, Diagnostics& diag);

// The metrics a sweep asks for, in output-slot order (SweepSpec::metrics()).
class MetricSlots {
  public:
    explicit MetricSlots(const SweepSpec& spec) : metrics_(spec.metrics()) {}
    bool needs(Metric m) const;
    // out[i] = value(metrics()[i]); `value` returns kNoValue for what it lacks.
    template <class ValueOf>
    void fill(std::span<double> out, ValueOf&& value) const {
        for (std::size_t i = 0; i < metrics_.size() && i < out.size(); ++i)
            out[i] = value(metrics_[i]);
    }
    const std::vector<Metric>& metrics() const { return metrics_; }

  private:
    std::vector<Metric> metrics_;
};

// A figure that is known only when positive (cost, die area): the value or kNoValue.
inline double positiveOrNone(double v) { return v > 0 && std::isfinite(v) ? v : kNoValue; }
inline double flag(bool b) { return b ? 1.0 : 0.0; }

// What every evaluator does around its engine call: read the point's design
// (DesignReader), hand the specs to evaluateDesign(), write the metrics in
// slot order with the die area taken from the hardware.
class DesignEvaluator : public PointEvaluator {
  public:
    explicit DesignEvaluator(const SweepSpec& spec) : slots_(spec) {}
    void prepare(const SweepBase& base, const PointSpace& space, Diagnostics& diag) override {
        reader_.prepare(base, space);
        prepareSweep(base, space, diag);
    }
    PointError evaluate(const PointDesign& point, std::span<double> out) const override {
        DesignSpecs d;
        if (PointError error = reader_.read(point, d); error.failed()) return error;
        return evaluateDesign(d, out);
    }

  protected:
    // Once per sweep, after the reader is ready.
    virtual void prepareSweep(const SweepBase&, const PointSpace&, Diagnostics&) {}
    // The engine call on one valid design: "" or why it cannot be evaluated.
    virtual PointError evaluateDesign(DesignSpecs& design, std::span<double> out) const = 0;
    // out[i] = value(metric i), the die area (the spec's, when it gives one) aside.
    template <class ValueOf>
    void write(std::span<double> out, const Hardware& hw, ValueOf&& value) const {
        slots_.fill(out, [&](Metric m) {
            return m == Metric::die_area ? positiveOrNone(hw.dieAreaM2) : value(m);
        });
    }
    const MetricSlots& slots() const { return slots_; }

  private:
    MetricSlots slots_;
    DesignReader reader_;
};

// The sweep's operator-cost predictor (core/predict's registry): roofline,
// or a learned / hybrid model read once from its file.
struct OperatorModel {
    std::string name = "roofline";
    RefineFn refine;  // empty for the roofline
};
// Nothing after reporting into `diag` (a missing or unreadable model file).
std::optional<OperatorModel> operatorModelFor(const SweepSpec& spec, Diagnostics& diag);

}  // namespace rl::explore
