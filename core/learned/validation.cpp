#include "core/learned/validation.h"

#include <algorithm>
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

ErrorMetrics metricsOf(const std::vector<double>& pred, const FeatureTable& t,
                       const std::vector<std::size_t>& rows) {
    std::vector<double> p, m;
    for (std::size_t i : rows) {
        p.push_back(pred[i]);
        m.push_back(t.measured[i]);
    }
    return computeMetrics(p, m);
}

}  // namespace

ValidationReport validateTransfer(const FeatureTable& train, const FeatureTable& test,
                                  const ValidationOptions& o) {
    ValidationReport rep;
    TrainOptions ho = o.hybrid;
    ho.kind = PredictorKind::hybrid;
    ho.progress = o.progress;
    const LearnedModel hybrid = LearnedModel::train(train, ho);
    std::vector<double> hybridPred;
    hybrid.predict(test, hybridPred);
    std::vector<double> hybridFull(test.size());
    hybrid.predictRaw(test.features.data(), test.roofline.data(), test.floor.data(), test.size(),
                      hybridFull.data(), TrustTable::full());
    std::vector<double> learnedPred;
    if (o.withLearned) {
        TrainOptions lo = o.learned;
        lo.kind = PredictorKind::learned;
        lo.progress = o.progress;
        LearnedModel::train(train, lo).predict(test, learnedPred);
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
        r.hybrid = metricsOf(hybridPred, test, rows);
        r.hybridFull = metricsOf(hybridFull, test, rows);
        // One op label is one operator kind; "all" shows the overall trust.
        const auto kind = static_cast<OpKind>(
            static_cast<int>(test.features[rows.front()][static_cast<int>(Feature::op_kind)]));
        r.trust =
            hybrid.trustFor(key.first, key.second == "all" ? std::nullopt : std::optional(kind));
        if (o.withLearned) r.learned = metricsOf(learnedPred, test, rows);
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

}  // namespace rl
