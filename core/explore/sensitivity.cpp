#include "core/explore/sensitivity.h"

#include <cmath>

#include <tbb/parallel_for.h>

namespace rl::explore {
namespace {

// The objective values of one design (NaN where it cannot be evaluated).
std::vector<double> objectivesOf(const SweepSpec& spec, const SweepBase& base,
                                 const PointSpace& space, const PointEvaluator& evaluator,
                                 const std::vector<AxisSetting>& settings) {
    const std::vector<Metric> metrics = spec.metrics();
    std::vector<double> values(metrics.size(), kNoValue);
    PointDesign point(0, settings, space, base);
    bool failed = false;
    try {
        failed = evaluator.evaluate(point, values).failed();
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception&) {
        failed = true;
    }
    std::vector<double> out;
    for (const Objective& o : spec.objectives)
        out.push_back(!failed ? values[spec.metricSlot(o.metric)] : kNoValue);
    return out;
}

}  // namespace

std::vector<SensitivityRow> computeSensitivity(const SweepSpec& spec, const SweepBase& base,
                                               const PointSpace& space,
                                               const PointEvaluator& evaluator,
                                               const Progress& progress) {
    const std::vector<AxisSetting> baseSettings = space.baseSettings(base);
    // Every (axis, value) to try, as its full settings.
    struct Trial {
        std::size_t axis;
        std::string label;
        double number;
        std::vector<AxisSetting> settings;
    };
    std::vector<Trial> trials;
    for (std::size_t a = 0; a < space.axisCount(); ++a) {
        // Tied axes move as one: the first of a group stands for it.
        if (space.tiedWith(a).front() != a) continue;
        const std::vector<AxisSetting> values = space.sensitivityValues(a);
        for (std::size_t k = 0; k < values.size(); ++k) {
            Trial t{a, space.axisValue(a, values[k]).label, values[k].number, baseSettings};
            for (std::size_t b : space.tiedWith(a)) {
                const std::vector<AxisSetting> tied = space.sensitivityValues(b);
                if (tied.size() == values.size()) t.settings[b] = tied[k];
            }
            trials.push_back(std::move(t));
        }
    }
    const std::vector<double> atBase = objectivesOf(spec, base, space, evaluator, baseSettings);
    std::vector<std::vector<double>> results(trials.size());
    tbb::parallel_for(std::size_t(0), trials.size(), [&](std::size_t i) {
        progress.check();
        results[i] = objectivesOf(spec, base, space, evaluator, trials[i].settings);
    });
    progress(1.0, "sensitivity");

    std::vector<SensitivityRow> rows;
    for (std::size_t a = 0; a < space.axisCount(); ++a) {
        // The axis' low and high ends: by number, or first and last for
        // categorical values.
        std::vector<std::size_t> mine;
        for (std::size_t i = 0; i < trials.size(); ++i)
            if (trials[i].axis == a) mine.push_back(i);
        if (mine.empty()) continue;
        std::size_t lo = mine.front(), hi = mine.back();
        for (std::size_t i : mine) {
            if (trials[i].number < trials[lo].number) lo = i;
            if (trials[i].number > trials[hi].number) hi = i;
        }
        for (std::size_t o = 0; o < spec.objectives.size(); ++o) {
            SensitivityRow row;
            row.axis = a;
            row.objective = o;
            row.base = atBase[o];
            row.atLow = results[lo][o];
            row.atHigh = results[hi][o];
            row.lowLabel = trials[lo].label;
            row.highLabel = trials[hi].label;
            for (std::size_t i : mine) {
                const double v = results[i][o];
                if (std::isnan(v)) continue;
                if (std::isnan(row.min) || v < row.min) row.min = v, row.minLabel = trials[i].label;
                if (std::isnan(row.max) || v > row.max) row.max = v, row.maxLabel = trials[i].label;
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

}  // namespace rl::explore
