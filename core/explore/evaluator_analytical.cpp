// The analytical evaluator: every operator of both phases on the roofline per
// point (analytical_figures.h), or, when every axis is a hardware figure
// (hardware_figures.h), the fast path that keeps the base's lowered operators
// and their traffic and re-evaluates only the bounds (hardware_fast_path.h).
// Learned and hybrid operator predictors run analyze() per point.
#include <optional>
#include <stdexcept>
#include <vector>

#include <tbb/enumerable_thread_specific.h>

#include "core/analytical/analyze.h"
#include "core/explore/analytical_figures.h"
#include "core/explore/evaluators.h"
#include "core/explore/field_values.h"
#include "core/explore/hardware_fast_path.h"
#include "core/explore/hardware_figures.h"
#include "core/explore/point_failure.h"

namespace rl::explore {
namespace {

// The SI number the spec readers make of a value written at a field like `field`.
std::optional<double> siNumber(const Json& value, const FieldKind& field) {
    if (value.is_number()) return value.get<double>();
    if (!value.is_string() || field.kind != FieldKind::Kind::quantity) return std::nullopt;
    const auto q = parseQuantity(value.get<std::string>(), field.dimension);
    if (const double* v = std::get_if<double>(&q)) return *v;
    return std::nullopt;
}

// Why an analysis gave no operators: its first warning (typed when the
// engine typed it), else that there was nothing to analyse.
PointError nothingAnalysed(const Prediction& p) {
    if (p.warnings.empty()) return engineFailure(RL_TR("EngineText", "nothing to analyse"));
    for (const Message& m : p.warningMessages)
        if (m.english == p.warnings.front()) return PointError(m);
    return PointError(p.warnings.front());
}

class AnalyticalEvaluator final : public DesignEvaluator {
  public:
    AnalyticalEvaluator(const SweepSpec& spec, OperatorModel model)
        : DesignEvaluator(spec), spec_(spec), model_(std::move(model)) {}

    PointError evaluate(const PointDesign& point, std::span<double> out) const override {
        return fast_ ? evaluateFast(point, out) : DesignEvaluator::evaluate(point, out);
    }

  private:
    void prepareSweep(const SweepBase& base, const PointSpace& space, Diagnostics&) override {
        space_ = &space;
        fast_.reset();
        fastAxes_.clear();
        // Learned and hybrid predictors refine each operator: no shared bounds to reuse.
        if (model_.refine) return;
        DesignSpecs specs;
        if (parseDesign(base.design, specs).failed()) return;  // the points say why
        std::vector<FastAxis> axes = fastAxes(base, space, specs.hardware);
        if (axes.size() != spec_.axes.size()) return;
        try {
            fast_.emplace(specs.hardware, specs.model, specs.scenario);
        } catch (const std::invalid_argument&) {
            return;  // cannot be lowered: every point reports it on the full path
        }
        scratch_ = std::make_unique<tbb::enumerable_thread_specific<Hardware>>(specs.hardware);
        fastModel_ = std::move(specs.model);
        fastScenario_ = std::move(specs.scenario);
        fastAxes_ = std::move(axes);
    }

    PointError evaluateDesign(DesignSpecs& d, std::span<double> out) const override {
        if (model_.refine) return evaluateWithAnalyze(d, out);
        try {
            writeFigures(analyseFigures(d.hardware, d.model, d.scenario), d.hardware, out);
        } catch (const std::invalid_argument& e) {
            return PointError(e);
        }
        return {};
    }

    // An axis the fast path writes straight into the hardware.
    struct FastAxis {
        std::size_t axis = 0;
        HardwareFigure figure;
        FieldKind field;
        std::vector<double> values;  // SI numbers of the axis' discrete values
        double base = 0;             // the base design's own value
    };

    // The fast axes, one per sweep axis, or fewer when some axis is not a
    // hardware figure or has a value the spec readers would reject (those
    // points then get their error from the full path).
    std::vector<FastAxis> fastAxes(const SweepBase& base, const PointSpace& space,
                                   const Hardware& hw) const {
        std::vector<FastAxis> axes;
        for (std::size_t a = 0; a < spec_.axes.size(); ++a) {
            const SweepAxis& axis = spec_.axes[a];
            const auto figure = hardwareFigureAt(axis.pointer, hw);
            const Json::json_pointer ptr(axis.pointer);
            if (!figure || !base.design.contains(ptr)) return axes;
            for (const FastAxis& other : axes)
                if (spec_.axes[other.axis].pointer == axis.pointer) return axes;
            FastAxis fa{a, *figure, fieldKindOf(base.design.at(ptr)), {}, 0.0};
            const auto baseValue = siNumber(base.design.at(ptr), fa.field);
            if (!baseValue) return axes;
            fa.base = *baseValue;
            std::vector<Json> candidates = space.values(a);
            if (axis.values.kind == AxisValues::Kind::linear ||
                axis.values.kind == AxisValues::Kind::log) {
                // Continuous draws lie between the ends; a field's valid range is an interval.
                candidates.push_back(space.jsonValue(a, {-1, axis.values.from}));
                candidates.push_back(space.jsonValue(a, {-1, axis.values.to}));
            }
            for (std::size_t i = 0; i < candidates.size(); ++i) {
                const auto si = siNumber(candidates[i], fa.field);
                if (!si || !validAlone(base.design, ptr, candidates[i])) return axes;
                if (i < space.values(a).size()) fa.values.push_back(*si);
            }
            axes.push_back(std::move(fa));
        }
        return axes;
    }

    // Whether the base design with one value written at `ptr` is valid.
    static bool validAlone(const Json& baseDesign, const Json::json_pointer& ptr,
                           const Json& value) {
        Json design = baseDesign;
        design[ptr] = value;
        DesignSpecs ignored;
        return !parseDesign(design, ignored).failed();
    }

    double siOf(const FastAxis& fa, const AxisSetting& s) const {
        if (s.position == kBaseValue) return fa.base;
        if (s.position >= 0 && static_cast<std::size_t>(s.position) < fa.values.size())
            return fa.values[static_cast<std::size_t>(s.position)];
        // A continuous draw: the number as the design file would hold it.
        const auto v = siNumber(space_->jsonValue(fa.axis, s), fa.field);
        return v ? *v : s.number;
    }

    PointError evaluateFast(const PointDesign& point, std::span<double> out) const {
        Hardware& hw = scratch_->local();
        const auto settings = point.settings();
        for (const FastAxis& fa : fastAxes_) fa.figure.apply(hw, siOf(fa, settings[fa.axis]));
        if (fast_->sameStructure(hw)) {
            writeFigures(fast_->evaluate(hw), hw, out);
            return {};
        }
        try {  // a figure moved the traffic model: every operator again
            writeFigures(analyseFigures(hw, fastModel_, fastScenario_), hw, out);
        } catch (const std::invalid_argument& e) {
            return PointError(e);
        }
        return {};
    }

    PointError evaluateWithAnalyze(const DesignSpecs& d, std::span<double> out) const {
        AnalysisOptions options;
        options.explain = false;
        options.timeline = false;
        options.refine = model_.refine;
        options.predictorName = model_.name;
        const Prediction p = analyze(d.hardware, d.model, d.scenario, options);
        if (p.ops.empty()) return nothingAnalysed(p);
        writeFigures(figuresOf(p, d.hardware, d.model, d.scenario), d.hardware, out);
        return {};
    }

    void writeFigures(const AnalyticalFigures& f, const Hardware& hw, std::span<double> out) const {
        write(out, hw, [&](Metric m) {
            switch (m) {
                case Metric::time:
                    return f.time;
                case Metric::throughput:
                    return f.throughput;
                case Metric::ttft:
                case Metric::ttft_p99:
                    return f.llm ? f.ttft : kNoValue;
                case Metric::tpot:
                case Metric::tpot_p99:
                    return f.llm ? f.tpot : kNoValue;
                case Metric::energy:
                    return f.energy;
                case Metric::cost_per_million_tokens:
                    return positiveOrNone(f.costPerMillionTokens);
                case Metric::mfu:
                    return f.mfu;
                case Metric::memory_fit:
                    return flag(f.fits);
                case Metric::memory_headroom:
                    return f.memoryHeadroom();
                default:
                    return kNoValue;
            }
        });
    }

    const SweepSpec spec_;
    OperatorModel model_;
    const PointSpace* space_ = nullptr;
    std::optional<HardwareFastPath> fast_;
    std::vector<FastAxis> fastAxes_;
    ModelSpec fastModel_;
    Scenario fastScenario_;
    // Each worker thread's copy of the base hardware, its fast axes rewritten per point.
    std::unique_ptr<tbb::enumerable_thread_specific<Hardware>> scratch_;
};

}  // namespace

std::unique_ptr<PointEvaluator> makeAnalyticalEvaluator(const SweepSpec& spec, Diagnostics& diag) {
    auto model = operatorModelFor(spec, diag);
    if (!model) return nullptr;
    return std::make_unique<AnalyticalEvaluator>(spec, std::move(*model));
}

}  // namespace rl::explore
