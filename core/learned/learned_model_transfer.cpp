// The transfer check (how far the hybrid's correction carries to devices it
// never saw) and k-shot calibration of a LearnedModel.
#include "core/learned/interval_calibration.h"
#include "core/learned/learned_model.h"
#include "core/learned/learned_model_internal.h"
#include "core/learned/metrics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace rl {

using namespace learned_detail;

namespace {

int opKindOf(const FeatureTable& t, std::size_t row) {
    return static_cast<int>(t.features[row][static_cast<int>(Feature::op_kind)]);
}

double mapeOf(const std::vector<double>& pred, const std::vector<double>& meas,
              const std::vector<std::size_t>& rows) {
    double s = 0;
    for (std::size_t i : rows) s += std::abs(pred[i] - meas[i]) / meas[i];
    return rows.empty() ? 0 : 100.0 * s / rows.size();
}

}  // namespace

// The trust in the correction on a device never seen when no transfer check
// ran (one training device, or --no-transfer-check). Nothing measured
// whether the correction carries over: the fraction a* that does is
// anywhere in [0, 1], and the midpoint is the trust whose worst case
// |a - a*| x |correction| is smallest. Chosen among 0, 0.5 and 1 on the
// evidence, not fitted to a device: on NeuSight's five GPUs
// (linear + bmm, conv2d; trained on one, tested on each other) and VIDUR's
// a100 <-> a40 it had the lowest mean MAPE over the 72 (pair, op) groups and
// the smallest worst case against trust 0 (the roofline, far off on conv2d)
// and trust 1 (GEMM shape effects that do not carry over); docs/learned.md,
// "One training device".
constexpr double kUncheckedTrust = 0.5;

static_assert(static_cast<int>(OpKind::send_recv) < kOpKindSlots,
              "TrustTable needs a slot per OpKind");

void LearnedModel::checkTransfer(const FeatureTable& data, const TrainOptions& o) {
    const std::vector<std::string> devices = distinctSorted(data.hardware);
    TrainOptions fold = o;
    fold.ensemble = 1;
    fold.transferCheck = false;
    // Held-out log correction of every row, from a model trained without its device.
    std::vector<double> correction(data.size(), 0.0);
    std::vector<std::vector<std::size_t>> deviceRows(devices.size());
    for (std::size_t d = 0; d < devices.size(); ++d) {
        o.progress.check();
        fold.progress =
            segment(o.progress, double(d) / devices.size(), double(d + 1) / devices.size());
        const std::vector<std::size_t> trainRows = data.rowsOf({devices[d]}, false);
        const std::vector<std::size_t>& testRows = deviceRows[d] = data.rowsOf({devices[d]}, true);
        const LearnedModel sub = train(data.subset(trainRows), fold);
        const std::vector<float> x = selectFeatures(data.subset(testRows), trained_.features);
        std::vector<float> mean(testRows.size());
        sub.predictLog(x.data(), testRows.size(), mean.data(), nullptr);
        for (std::size_t i = 0; i < testRows.size(); ++i) correction[testRows[i]] = mean[i];
    }
    // Score each trust on the mean MAPE of the (device, op) groups, so small
    // groups count as much as big ones, as in the validation tables. A group
    // holds one op label, so one operator kind.
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> byLabel;
    for (std::size_t i = 0; i < data.size(); ++i)
        byLabel[{data.hardware[i], data.op[i]}].push_back(i);
    std::vector<std::vector<std::size_t>> all;
    std::map<int, std::vector<std::vector<std::size_t>>> byKind;
    for (auto& [key, rows] : byLabel) {
        byKind[opKindOf(data, rows.front())].push_back(rows);
        all.push_back(std::move(rows));
    }
    auto bestTrust = [&](const std::vector<std::vector<std::size_t>>& groups) {
        // A learned model's log time is not a correction to scale: trust 1.
        if (trained_.kind != PredictorKind::hybrid) return 1.0;
        double best = 1.0, bestScore = 1e300;
        for (int step = 0; step <= 20; ++step) {  // ties keep the smaller, more cautious trust
            const double trust = step / 20.0;
            double score = 0;
            for (const auto& rows : groups) {
                double s = 0;
                for (std::size_t i : rows) {
                    const double p =
                        finish(trust * correction[i], data.unseenRoofline(i), data.floor[i]);
                    s += std::abs(p - data.measured[i]) / data.measured[i];
                }
                score += s / rows.size();
            }
            if (score / groups.size() < bestScore - 1e-12) {
                bestScore = score / groups.size();
                best = trust;
            }
        }
        return best;
    };
    transfer_.trust = bestTrust(all);
    transfer_.trustByKind.clear();
    for (const auto& [kind, groups] : byKind) transfer_.trustByKind[kind] = bestTrust(groups);
    std::vector<double> trusted(data.size()), full(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        trusted[i] = finish(transfer_.trustByKind[opKindOf(data, i)] * correction[i],
                            data.unseenRoofline(i), data.floor[i]);
        full[i] = finish(correction[i], data.unseenRoofline(i), data.floor[i]);
    }
    std::vector<double> res(data.size());
    for (std::size_t i = 0; i < data.size(); ++i)
        res[i] = std::log10(data.measured[i] / trusted[i]);
    // Intervals for a device never seen: split-conformal on these held-out
    // residuals, each training device weighted equally, per operator kind and
    // over all kinds, symmetric in log (the sign of a new device's bias did
    // not carry over between NeuSight's GPUs). The earlier predictive interval (device levels with
    // Student's t in quadrature with the within-device scatter, plus the
    // ensemble spread) covered 98-100% of four of five held-out NeuSight GPUs
    // and 72% of the fifth (docs/learned.md, "Intervals").
    const ConformalBounds overall = conformalBounds(res, data.hardware, kIntervalCoverage);
    transfer_.residualLow = overall.low;
    transfer_.residualHigh = overall.high;
    transfer_.residualByKind.clear();
    {
        std::map<int, std::pair<std::vector<double>, std::vector<std::string>>> byKindRows;
        for (std::size_t i = 0; i < data.size(); ++i) {
            auto& [r, g] = byKindRows[opKindOf(data, i)];
            r.push_back(res[i]);
            g.push_back(data.hardware[i]);
        }
        for (const auto& [kind, rg] : byKindRows) {
            const ConformalBounds b = conformalBounds(rg.first, rg.second, kIntervalCoverage);
            transfer_.residualByKind[kind] = {b.low, b.high};
        }
    }
    transfer_.conformal = true;
    transfer_.devices.clear();
    // How much a new device's level differs from the model (between-device
    // spread of the mean residual) against the scatter of single rows around
    // their device's mean: their ratio is the prior for k-shot offsets.
    double levelVar = 0, rowVar = 0;
    for (std::size_t d = 0; d < devices.size(); ++d) {
        const std::vector<std::size_t>& rows = deviceRows[d];
        transfer_.devices.push_back(
            {devices[d], rows.size(),
             mapeOf(data.rooflineUnseen.empty() ? data.roofline : data.rooflineUnseen,
                    data.measured, rows),
             mapeOf(full, data.measured, rows), mapeOf(trusted, data.measured, rows)});
        double mean = 0;
        for (std::size_t i : rows) mean += res[i] / rows.size();
        double var = 0;
        for (std::size_t i : rows) var += (res[i] - mean) * (res[i] - mean) / rows.size();
        levelVar += mean * mean / devices.size();
        rowVar += var / devices.size();
    }
    transfer_.levelSpread = std::sqrt(levelVar);
    transfer_.rowSpread = std::sqrt(rowVar);
    transfer_.done = true;
}

void LearnedModel::recordTrainingSpreads(const FeatureTable& data) {
    floorMarginByKind_.clear();
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (!(data.floor[i] > 0)) continue;  // collectives have no floor
        double& m = floorMarginByKind_[opKindOf(data, i)];
        m = std::clamp(std::log10(data.measured[i] / data.floor[i]), -6.0, m);
    }
    // The transfer prior. The learned correction is what the roofline got
    // wrong on the training devices; on a device never seen it may carry
    // over or not, and where not, the prediction errs by about as much as
    // the roofline does, which the training rows measure. No fitted
    // constant: the quantile is the interval's own 90%. Of four variants
    // (per kind or over all kinds, x1 or x sqrt 2) this one did best on
    // NeuSight's GPUs trained on one at a time (20 pairs) and on VIDUR's
    // a100 <-> a40 (docs/learned.md, "One training device").
    std::vector<double> res(data.size());
    std::map<int, std::pair<std::vector<double>, std::vector<std::string>>> byKind;
    for (std::size_t i = 0; i < data.size(); ++i) {
        res[i] = std::log10(data.measured[i] / std::max(data.unseenRoofline(i), 1e-15));
        auto& [r, g] = byKind[opKindOf(data, i)];
        r.push_back(res[i]);
        g.push_back(data.hardware[i]);
    }
    transfer_.rooflineSpreadByKind.clear();
    // At most 6 (a factor of a million), as the model file allows.
    const auto q90 = [](const std::vector<double>& r, const std::vector<std::string>& g) {
        return std::min(6.0, conformalBounds(r, g, kIntervalCoverage).high);
    };
    transfer_.rooflineSpread = q90(res, data.hardware);
    for (const auto& [kind, rg] : byKind)
        transfer_.rooflineSpreadByKind[kind] = q90(rg.first, rg.second);
}

bool LearnedModel::trainedOn(const std::string& hardware) const {
    return std::binary_search(hardware_.begin(), hardware_.end(), hardware);
}

double LearnedModel::trustFor(const std::string& hardware, std::optional<OpKind> kind) const {
    // A learned model's log time is not a correction to scale: trust 1.
    if (trained_.kind != PredictorKind::hybrid) return 1.0;
    double unseen = kUncheckedTrust;
    if (transfer_.done) {
        const auto k = kind ? transfer_.trustByKind.find(static_cast<int>(*kind))
                            : transfer_.trustByKind.end();
        unseen = k != transfer_.trustByKind.end() ? k->second : transfer_.trust;
    }
    if (const Calibration* c = retrainCalibration(hardware)) {
        // k measurements earn trust gradually, like a prior worth kTrustPrior
        // samples: on NeuSight's GPUs full trust after k = 5..20 was worse
        // than this blend (docs/learned.md).
        const double n = c->samples;
        return unseen + (1.0 - unseen) * n / (n + kTrustPriorSamples);
    }
    return trainedOn(hardware) ? 1.0 : unseen;
}

TrustTable LearnedModel::trustTable(const std::string& hardware) const {
    TrustTable t;
    for (int k = 0; k < kOpKindSlots; ++k)
        t.byKind[static_cast<std::size_t>(k)] = trustFor(hardware, static_cast<OpKind>(k));
    return t;
}

const Calibration* LearnedModel::retrainCalibration(const std::string& hardware) const {
    const auto c = calibrations_.find(hardware);
    return c != calibrations_.end() && c->second.method == Calibration::Method::retrain ? &c->second
                                                                                        : nullptr;
}

bool LearnedModel::fullySeen(const std::string& hardware) const {
    return !transfer_.done || (trainedOn(hardware) && !retrainCalibration(hardware));
}

Calibration LearnedModel::calibrate(const FeatureTable& samples, const std::string& hardware) {
    calibrations_.erase(hardware);
    Calibration c = fitOffset(samples, hardware);
    c.method = Calibration::Method::offset;
    if (c.samples > 0) calibrations_[hardware] = c;
    return c;
}

Calibration LearnedModel::fitOffset(const FeatureTable& samples,
                                    const std::string& hardware) const {
    std::vector<std::size_t> rows = samples.rowsOf({hardware}, true);
    Calibration c;
    c.samples = static_cast<int>(rows.size());
    if (rows.empty()) return c;
    const FeatureTable t = samples.subset(rows);
    std::vector<double> pred;
    predict(t, pred);
    const int cf = static_cast<int>(Feature::compute_fraction);
    // Ridge regression of the log residual on [1, compute_fraction - 0.5]. The
    // offset's prior weight is the transfer check's (row scatter / level
    // spread)^2, the empirical-Bayes shrinkage: when held-out devices sat
    // close to the model's level, a few noisy rows move it little; when their
    // levels were far off, the rows are believed. Without a check, or for
    // the slope, lambda = 1. The slope is only fitted from 8 samples on.
    double lambda0 = 1.0;
    if (transfer_.done && transfer_.levelSpread > 0)
        lambda0 = std::clamp(std::pow(transfer_.rowSpread / transfer_.levelSpread, 2), 0.1, 100.0);
    const double lambda = 1.0;
    double s00 = lambda0, s01 = 0, s11 = lambda, r0 = 0, r1 = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const double r = std::log10(t.measured[i] / pred[i]);
        const double u = t.features[i][cf] - 0.5;
        s00 += 1;
        s01 += u;
        s11 += u * u;
        r0 += r;
        r1 += r * u;
    }
    if (t.size() >= 8) {
        const double det = s00 * s11 - s01 * s01;
        c.offset = (s11 * r0 - s01 * r1) / det;
        c.slope = (s00 * r1 - s01 * r0) / det;
    } else {
        c.offset = r0 / s00;
    }
    return c;
}

Calibration LearnedModel::retrainCalibrate(const FeatureTable& training,
                                           const FeatureTable& samples, const std::string& hardware,
                                           int weight, const Progress& progress) {
    const std::vector<std::size_t> rows = samples.rowsOf({hardware}, true);
    if (rows.empty())
        throw std::runtime_error("no measurements of " + hardware + " to calibrate on");
    if (weight < 1 || weight > 1000) throw std::runtime_error("calibration weight must be 1..1000");
    // Earlier rows of this device in the training data would double count it.
    FeatureTable data = training.subset(training.rowsOf({hardware}, false));
    if (data.size() == 0) throw std::runtime_error("no training rows besides " + hardware);
    const FeatureTable k = samples.subset(rows);
    for (int w = 0; w < weight; ++w)
        data.append(k);  // repetition = weight, for trees and MLP alike
    TrainOptions o = options();
    o.progress = progress;
    LearnedModel m = train(data, o);
    m.transfer_ = transfer_;
    m.calibrations_ = calibrations_;
    m.validation = validation;
    m.sources = sources;
    // Recorded first (no offset yet) so that fitOffset predicts with the
    // blended trust, which scales the device's level down with the shape
    // effects; the offset fitted on the same k rows restores the level.
    Calibration& c = m.calibrations_[hardware];
    c = {Calibration::Method::retrain, 0, 0, static_cast<int>(rows.size()), weight};
    const Calibration level = m.fitOffset(k, hardware);
    c.offset = level.offset;
    c.slope = level.slope;
    const Calibration result = c;
    *this = std::move(m);
    return result;
}

}  // namespace rl
