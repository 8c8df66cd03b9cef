#pragma once
// Shared by the explore tests: a small sweep over the Llama-2-70B / DGX H100
// sample project, written to a temporary folder and loaded like a user's, and
// a synthetic evaluator whose figures are known functions of the axis values
// (the runner is tested on known numbers, not on engine numbers).
#include <QTemporaryDir>
#include <QtGlobal>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_spec.h"

namespace rl::explore::test {

inline std::string sampleProject() {
    return std::string(RIDGELINE_SAMPLES) + "/projects/llama2-70b-tp8-on-dgx-h100.json";
}

// Bandwidth (log range, quantity), batch (list, integer), compute
// efficiency (linear range, plain number); time and energy conflict.
inline Json smallSweep() {
    return Json::parse(R"({
      "format": "ridgeline.sweep", "version": 1, "name": "test sweep",
      "project": ")" + sampleProject() +
                       R"(",
      "axes": [
        {"name": "bandwidth", "pointer": "/hardware/memory/0/bandwidth",
         "range": {"from": "1 TB/s", "to": "8 TB/s", "steps": 4, "scale": "log"}},
        {"name": "batch", "pointer": "/scenario/inference/batch", "values": [1, 2, 4, 8, 16]},
        {"name": "efficiency", "pointer": "/hardware/compute/efficiency/fp16",
         "range": {"from": 0.5, "to": 0.9, "steps": 3}}
      ],
      "objectives": [{"metric": "time"}, {"metric": "energy"}],
      "constraints": [{"metric": "memory_headroom", "at_least": "0 B"}]
    })");
}

inline std::string writeSweep(const QTemporaryDir& dir, const Json& doc,
                              const std::string& name = "sweep.json") {
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path) << doc.dump(2);
    return path;
}

// Writes `doc` into `dir` and loads it as a user's file; says why when it does
// not load as `expectValid` says (the test's own assertion then fails).
inline LoadedSweep loadSweepDoc(const QTemporaryDir& dir, const Json& doc,
                                bool expectValid = true) {
    LoadedSweep l = loadSweep(writeSweep(dir, doc));
    if (l.ok() && !expectValid) qWarning("unexpectedly valid: %s", doc.dump().c_str());
    if (!l.ok() && expectValid) qWarning("%s", l.diagnostics.format().c_str());
    return l;
}

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Figures from the axis values: t_a = the axis' SI number (or position + 1
// for categorical values); time = sum t_a, energy = sum 1 / t_a (a front),
// memory_headroom = 100 - batch (so batch > 100 would be infeasible); a point
// whose first axis equals `failAt` is an error. With `viaJson` the values are
// read back from the materialised design instead of the settings, which must
// give the same numbers.
class SyntheticEvaluator : public PointEvaluator {
  public:
    explicit SyntheticEvaluator(const SweepSpec& spec, bool viaJson = false, double failAt = -1)
        : metrics_(spec.metrics()), viaJson_(viaJson), failAt_(failAt) {}

    void prepare(const SweepBase&, const PointSpace& space, Diagnostics&) override {
        axes_ = space.axisCount();
        prepared_ = true;
    }

    PointError evaluate(const PointDesign& point, std::span<double> out) const override {
        if (!prepared_) return "not prepared";
        double time = 0, energy = 0, batch = 1;
        for (std::size_t a = 0; a < axes_; ++a) {
            const AxisSetting& s = point.settings()[a];
            double t = s.number;
            if (viaJson_) {
                const Json& v =
                    point.design().at(Json::json_pointer(point.space().axisSpec(a).pointer));
                t = v.is_number() ? v.get<double>() : std::nan("");
                if (v.is_string()) {
                    auto q = parseQuantity(v.get<std::string>(), Dimension::bandwidth);
                    t = std::get<double>(q);
                }
            }
            if (std::isnan(t)) t = double(s.position + 1);
            if (a == 0 && t == failAt_) return "synthetic failure at " + std::to_string(t);
            if (point.space().axisSpec(a).name == "batch") batch = t;
            // Scale big SI numbers (B/s) down so both objectives matter.
            const double scaled = t > 1e6 ? t / 1e12 : t;
            time += scaled;
            energy += 1.0 / scaled;
        }
        for (std::size_t i = 0; i < metrics_.size(); ++i) {
            switch (metrics_[i]) {
                case Metric::time:
                    out[i] = time;
                    break;
                case Metric::energy:
                    out[i] = energy;
                    break;
                case Metric::memory_headroom:
                    out[i] = 100.0 - batch;
                    break;
                default:
                    out[i] = time * energy;
            }
        }
        return {};
    }

  private:
    std::vector<Metric> metrics_;
    bool viaJson_;
    double failAt_;
    std::size_t axes_ = 0;
    bool prepared_ = false;
};

}  // namespace rl::explore::test
