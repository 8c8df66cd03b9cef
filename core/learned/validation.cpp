#include "core/learned/validation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>

namespace rl {

namespace {

std::vector<std::string> distinct(const std::vector<std::string>& v) {
    std::set<std::string> s(v.begin(), v.end());
    return {s.begin(), s.end()};
}

// Errors of `pred` on `rows`; with intervals, also their coverage.
ErrorMetrics metricsOf(const std::vector<double>& pred, const FeatureTable& t,
                       const std::vector<std::size_t>& rows,
                       const std::vector<double>* low = nullptr,
                       const std::vector<double>* high = nullptr) {
    std::vector<double> p, m, lo, hi;
    for (std::size_t i : rows) {
        p.push_back(pred[i]);
        m.push_back(t.measured[i]);
        if (low && high) {
            lo.push_back((*low)[i]);
            hi.push_back((*high)[i]);
        }
    }
    return computeMetrics(p, m, lo, hi);
}

// Median of high / low over `rows`: how wide the 90% interval is, typically.
double medianWidth(const std::vector<double>& low, const std::vector<double>& high,
                   const std::vector<std::size_t>& rows) {
    std::vector<double> ratio;
    for (std::size_t i : rows)
        if (low[i] > 0) ratio.push_back(high[i] / low[i]);
    return percentile(ratio, 0.5);
}

}  // namespace

ValidationReport validateTransfer(const FeatureTable& train, const FeatureTable& test,
                                  const ValidationOptions& o) {
    ValidationReport rep;
    TrainOptions ho = o.hybrid;
    ho.kind = PredictorKind::hybrid;
    ho.progress = o.progress;
    const LearnedModel hybrid = LearnedModel::train(train, ho);
    std::vector<double> hybridPred, hybridLow, hybridHigh;
    hybrid.predict(test, hybridPred, &hybridLow, &hybridHigh);
    std::vector<double> hybridFull(test.size());
    hybrid.predictRaw(test.features.data(), test.roofline.data(), test.floor.data(), test.size(),
                      hybridFull.data(), TrustTable::full());
    std::vector<double> learnedPred, learnedLow, learnedHigh;
    if (o.withLearned) {
        TrainOptions lo = o.learned;
        lo.kind = PredictorKind::learned;
        lo.progress = o.progress;
        LearnedModel::train(train, lo).predict(test, learnedPred, &learnedLow, &learnedHigh);
    }
    // Per (hardware, op) and per hardware.
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < test.size(); ++i) {
        groups[{test.hardware[i], test.op[i]}].push_back(i);
        groups[{test.hardware[i], "all"}].push_back(i);
    }
    for (const auto& [key, rows] : groups) {
        HeldOutRow r;
        r.hardware = key.first;
        r.op = key.second;
        r.n = rows.size();
        r.roofline = metricsOf(test.roofline, test, rows);
        r.hybrid = metricsOf(hybridPred, test, rows, &hybridLow, &hybridHigh);
        r.hybridFull = metricsOf(hybridFull, test, rows);
        r.hybridWidth = medianWidth(hybridLow, hybridHigh, rows);
        // One op label is one operator kind; "all" shows the overall trust.
        const auto kind = static_cast<OpKind>(
            static_cast<int>(test.features[rows.front()][static_cast<int>(Feature::op_kind)]));
        r.trust =
            hybrid.trustFor(key.first, key.second == "all" ? std::nullopt : std::optional(kind));
        if (o.withLearned) {
            r.learned = metricsOf(learnedPred, test, rows, &learnedLow, &learnedHigh);
            r.learnedWidth = medianWidth(learnedLow, learnedHigh, rows);
        }
        rep.rows.push_back(r);
    }
    // k-shot calibration per held-out device.
    for (const std::string& hw : distinct(test.hardware)) {
        if (hybrid.trainedOn(hw)) continue;  // calibration is for devices the model never saw
        const std::vector<std::size_t> rows = test.rowsOf({hw}, true);
        for (int k : o.ks) {
            if (k >= static_cast<int>(rows.size())) continue;
            KShotPoint pt;
            pt.hardware = hw;
            pt.k = k;
            const int repeats = k == 0 ? 1 : std::max(1, o.kshotRepeats);
            std::vector<double> mapes, offsetMapes;
            for (int rep_i = 0; rep_i < repeats; ++rep_i) {
                o.progress.check();
                std::vector<std::size_t> order = rows;
                std::mt19937 g(o.seed + 1000u * static_cast<unsigned>(k) + rep_i);
                for (std::size_t i = order.size(); i > 1; --i)
                    std::swap(order[i - 1], order[g() % i]);
                const std::vector<std::size_t> calib(order.begin(), order.begin() + k);
                const std::vector<std::size_t> rest(order.begin() + k, order.end());
                if (k == 0) {  // no calibration: the uncalibrated predictions above
                    mapes.push_back(metricsOf(hybridPred, test, rows).mape);
                    offsetMapes.push_back(mapes.back());
                    continue;
                }
                const FeatureTable evalSet = test.subset(rest), calibSet = test.subset(calib);
                std::vector<double> pred;
                LearnedModel offset = hybrid;
                offset.calibrate(calibSet, hw);
                offset.predict(evalSet, pred);
                offsetMapes.push_back(computeMetrics(pred, evalSet.measured).mape);
                LearnedModel retrained = hybrid;
                retrained.retrainCalibrate(train, calibSet, hw, o.calibrationWeight);
                retrained.predict(evalSet, pred);
                mapes.push_back(computeMetrics(pred, evalSet.measured).mape);
            }
            pt.mape = std::accumulate(mapes.begin(), mapes.end(), 0.0) / mapes.size();
            pt.mapeMin = *std::min_element(mapes.begin(), mapes.end());
            pt.mapeMax = *std::max_element(mapes.begin(), mapes.end());
            pt.mapeOffset =
                std::accumulate(offsetMapes.begin(), offsetMapes.end(), 0.0) / offsetMapes.size();
            rep.kshot.push_back(pt);
        }
    }
    return rep;
}

ValidationReport leaveOneDeviceOut(const FeatureTable& all, const ValidationOptions& o,
                                   std::vector<std::string> devices) {
    if (devices.empty()) devices = distinct(all.hardware);
    ValidationReport rep;
    for (std::size_t d = 0; d < devices.size(); ++d) {
        o.progress.check();
        o.progress(double(d) / devices.size(), "fold " + devices[d]);
        const FeatureTable train = all.subset(all.rowsOf({devices[d]}, false));
        const FeatureTable test = all.subset(all.rowsOf({devices[d]}, true));
        if (train.size() == 0 || test.size() == 0) continue;
        ValidationOptions fold = o;
        fold.progress.report = nullptr;  // one report per fold is enough
        ValidationReport r = validateTransfer(train, test, fold);
        rep.rows.insert(rep.rows.end(), r.rows.begin(), r.rows.end());
        rep.kshot.insert(rep.kshot.end(), r.kshot.begin(), r.kshot.end());
    }
    o.progress(1.0, "done");
    return rep;
}

std::map<std::string, double> measuredGemmEfficiency(const FeatureTable& t) {
    std::map<std::string, std::vector<double>> byDevice;
    const auto col = [](Feature f) { return static_cast<int>(f); };
    for (std::size_t i = 0; i < t.size(); ++i) {
        const FeatureRow& x = t.features[i];
        const auto kind = static_cast<OpKind>(static_cast<int>(x[col(Feature::op_kind)]));
        if (kind != OpKind::gemm && kind != OpKind::batched_matmul) continue;
        if (x[col(Feature::log_flops)] < 10 || x[col(Feature::compute_fraction)] < 0.5) continue;
        const double ideal = std::pow(10.0, x[col(Feature::log_flops)] - x[col(Feature::log_peak)]);
        if (t.measured[i] > 0) byDevice[t.hardware[i]].push_back(ideal / t.measured[i]);
    }
    std::map<std::string, double> out;
    for (const auto& [hw, v] : byDevice) out[hw] = percentile(v, 0.5);
    return out;
}

SustainedClockModel fitSustainedClock(const std::vector<SustainedClockPoint>& points) {
    SustainedClockModel best;
    // No measurements: the datasheet (not the shipped constants, which were
    // chosen on devices that may be held out here).
    if (points.empty()) return {1.0, 0.0, 1.0};
    double bestScore = 1e300;
    for (int step = 20; step <= 600; ++step) {  // thresholds 0.2 .. 6 W per unit-GHz
        SustainedClockModel m;
        m.fullClockBudget = step / 100.0;
        // Least squares in log: the best achievable fraction of a family for
        // this threshold is the geometric mean of its devices' ratios.
        auto achievableOf = [&](bool shared) {
            double sum = 0;
            int n = 0;
            for (const SustainedClockPoint& p : points)
                if (p.sharedIssue == shared) {
                    sum += std::log(p.efficiency / std::min(1.0, p.budget / m.fullClockBudget));
                    ++n;
                }
            return n > 0 ? std::min(1.0, std::exp(sum / n)) : -1.0;
        };
        m.achievable = achievableOf(false);
        m.achievableSharedIssue = achievableOf(true);
        if (m.achievable < 0) m.achievable = m.achievableSharedIssue;
        if (m.achievableSharedIssue < 0) m.achievableSharedIssue = m.achievable;
        double score = 0;
        for (const SustainedClockPoint& p : points) {
            const double a = p.sharedIssue ? m.achievableSharedIssue : m.achievable;
            const double e =
                std::log(a * std::min(1.0, p.budget / m.fullClockBudget) / p.efficiency);
            score += e * e;
        }
        if (score <= bestScore + 1e-9) {  // ties: the higher threshold
            bestScore = std::min(bestScore, score);
            best = m;
        }
    }
    return best;
}

ValidationReport leaveOneDeviceOut(const Dataset& data, const DeviceLibrary& library,
                                   FoldPhysics physics, const ValidationOptions& o,
                                   std::vector<std::string> devices) {
    // Efficiencies measured against the datasheet peak, for fitting the constants.
    DeviceLibrary datasheet;
    for (Hardware hw : library.all()) {
        if (!hw.compute.efficiency.count(DType::fp32)) hw.compute.efficiency[DType::fp32] = 1.0;
        datasheet.add(hw);
    }
    const FeatureTable raw = buildFeatureTable(data, datasheet);
    const std::map<std::string, double> measured = measuredGemmEfficiency(raw);
    if (devices.empty()) devices = distinct(raw.hardware);
    ValidationReport rep;
    for (std::size_t d = 0; d < devices.size(); ++d) {
        o.progress.check();
        o.progress(double(d) / devices.size(), "fold " + devices[d]);
        // The constants from the measured devices other than `without`.
        auto fitWithout = [&](const std::vector<std::string>& without) {
            if (physics != FoldPhysics::fitted) return SustainedClockModel{1.0, 0.0, 1.0};
            std::vector<SustainedClockPoint> points;
            for (const auto& [hw, eff] : measured)
                if (std::find(without.begin(), without.end(), hw) == without.end())
                    if (const Hardware* spec = library.byName(hw))
                        points.push_back(
                            {powerBudgetPerUnitGhz(*spec), eff, sharesFmaIssue(*spec)});
            return fitSustainedClock(points);
        };
        // Specs without an fp32 efficiency get it from the physics.
        auto libraryWith = [&](const SustainedClockModel& m) {
            DeviceLibrary lib;
            for (Hardware hw : library.all()) {
                if (!hw.compute.efficiency.count(DType::fp32))
                    hw.compute.efficiency[DType::fp32] = physics == FoldPhysics::fitted
                                                             ? physicsEfficiency(hw, DType::fp32, m)
                                                             : 1.0;
                lib.add(hw);
            }
            return lib;
        };
        const SustainedClockModel model = fitWithout({devices[d]});
        const DeviceLibrary fold = libraryWith(model);
        if (const Hardware* spec = fold.byName(devices[d])) {
            const auto m = measured.find(devices[d]);
            rep.physics.push_back(
                {devices[d], powerBudgetPerUnitGhz(*spec), model, achievableFraction(*spec, model),
                 spec->compute.efficiencyFor(DType::fp32), m != measured.end() ? m->second : 0.0});
        }
        const FeatureTable all = buildFeatureTable(data, fold);
        FeatureTable train = all.subset(all.rowsOf({devices[d]}, false));
        const FeatureTable test = all.subset(all.rowsOf({devices[d]}, true));
        if (train.size() == 0 || test.size() == 0) continue;
        if (physics == FoldPhysics::fitted) {
            // The transfer check inside the fold must see the roofline error of
            // a device the constants were not chosen on: each training device's
            // roofline with constants fitted on the other training devices.
            train.rooflineUnseen = train.roofline;
            for (const std::string& inner : distinct(train.hardware)) {
                const FeatureTable own = buildFeatureTable(
                    data.filtered({inner}, true), libraryWith(fitWithout({devices[d], inner})));
                std::size_t next = 0;
                for (std::size_t i = 0; i < train.size() && next < own.size(); ++i)
                    if (train.hardware[i] == inner) train.rooflineUnseen[i] = own.roofline[next++];
            }
        }
        ValidationOptions foldOptions = o;
        foldOptions.progress.report = nullptr;
        ValidationReport r = validateTransfer(train, test, foldOptions);
        rep.rows.insert(rep.rows.end(), r.rows.begin(), r.rows.end());
        rep.kshot.insert(rep.kshot.end(), r.kshot.begin(), r.kshot.end());
    }
    o.progress(1.0, "done");
    return rep;
}

}  // namespace rl
