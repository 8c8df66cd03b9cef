#include "core/learned/learned_model.h"
#include "core/learned/interval_calibration.h"
#include "core/learned/learned_model_internal.h"
#include "core/learned/metrics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <tbb/parallel_for.h>

namespace rl {

using namespace learned_detail;

std::string toString(PredictorKind k) { return std::string(nameOf(kPredictorKindNames, k)); }
std::string toString(Algorithm a) { return std::string(nameOf(kAlgorithmNames, a)); }

LearnedModel LearnedModel::train(const FeatureTable& data, const TrainOptions& o) {
    if (data.size() == 0) throw std::runtime_error("no training rows");
    if (o.features.empty()) throw std::runtime_error("no features selected");
    LearnedModel m;
    m.trained_ = o;
    m.trained_.progress = {};          // the run's, not the model's
    m.trained_.transferCheck = false;  // a retrained model keeps the original check
    m.rows_ = data.size();
    const std::size_t nf = o.features.size();
    const std::vector<float> x = selectFeatures(data, o.features);
    std::vector<float> y(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        const double base = o.kind == PredictorKind::hybrid ? data.roofline[i] : 1.0;
        y[i] = static_cast<float>(std::log10(data.measured[i] / std::max(base, 1e-15)));
    }
    m.centered_ = o.centerPerDevice && o.kind == PredictorKind::hybrid;
    if (m.centered_) {
        std::map<std::string, std::vector<double>> byDevice;
        for (std::size_t i = 0; i < data.size(); ++i) byDevice[data.hardware[i]].push_back(y[i]);
        std::map<std::string, double> centre;
        for (auto& [hw, v] : byDevice) centre[hw] = percentile(v, 0.5);
        for (std::size_t i = 0; i < data.size(); ++i)
            y[i] -= static_cast<float>(centre[data.hardware[i]]);
    }
    // Predictions are kept within the measured targets (plus a margin): an
    // MLP extrapolating far outside them would otherwise predict absurd times.
    const auto [yMin, yMax] = std::minmax_element(y.begin(), y.end());
    m.targetMin_ = *yMin;
    m.targetMax_ = *yMax;
    const int members = std::max(1, o.ensemble);
    m.members_ = members;
    // The transfer check trains one more single-member model per device.
    const std::size_t devices = distinctSorted(data.hardware).size();
    const bool check = o.transferCheck && devices >= 2;
    const double memberShare = check ? double(members) / double(members + devices) : 1.0;
    for (int k = 0; k < members; ++k) {
        const double from = memberShare * k / members, to = memberShare * (k + 1) / members;
        if (o.algorithm == Algorithm::xgboost) {
            BoosterParams p = o.boost;
            p.seed = o.seed + static_cast<unsigned>(k);
            auto b = std::make_shared<const Booster>(
                Booster::train(x, data.size(), nf, y, p, o.progress, from, to));
            m.forests_.push_back(
                std::make_shared<const FlatForest>(FlatForest::fromXgboostJson(b->toJson())));
            m.boosters_.push_back(std::move(b));
        } else {
            MlpParams p = o.mlp;
            p.seed = o.seed + static_cast<unsigned>(k);
            m.mlps_.push_back(std::make_shared<const Mlp>(
                Mlp::train(x, data.size(), nf, y, p, o.progress, from, to)));
        }
    }
    // Ranges for out-of-distribution warnings.
    m.featMin_.assign(nf, 1e300);
    m.featMax_.assign(nf, -1e300);
    for (std::size_t r = 0; r < data.size(); ++r)
        for (std::size_t c = 0; c < nf; ++c) {
            m.featMin_[c] = std::min(m.featMin_[c], double(x[r * nf + c]));
            m.featMax_[c] = std::max(m.featMax_[c], double(x[r * nf + c]));
        }
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (std::find(m.hardware_.begin(), m.hardware_.end(), data.hardware[i]) ==
            m.hardware_.end())
            m.hardware_.push_back(data.hardware[i]);
        ++m.opCounts_[data.op[i]];
        const int kind = static_cast<int>(data.features[i][static_cast<int>(Feature::op_kind)]);
        if (std::find(m.opKinds_.begin(), m.opKinds_.end(), kind) == m.opKinds_.end())
            m.opKinds_.push_back(kind);
    }
    std::sort(m.hardware_.begin(), m.hardware_.end());
    std::sort(m.opKinds_.begin(), m.opKinds_.end());
    m.recordTrainingSpreads(data);
    // Training fit and residual spread (log10 measured / predicted).
    std::vector<double> pred;
    m.predict(data, pred);
    std::vector<double> res(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) res[i] = std::log10(data.measured[i] / pred[i]);
    m.residualLow_ = percentile(res, 0.05);
    m.residualHigh_ = percentile(res, 0.95);
    std::vector<double> lo, hi;
    m.predict(data, pred, &lo, &hi);
    m.fit_ = computeMetrics(pred, data.measured, lo, hi);
    if (check) {
        TrainOptions rest = o;
        rest.progress = segment(o.progress, memberShare, 1.0);
        m.checkTransfer(data, rest);
    }
    return m;
}

TrainOptions LearnedModel::options() const {
    TrainOptions o = trained_;
    o.ensemble = std::max(1, members_);
    o.centerPerDevice = centered_;
    return o;
}

void LearnedModel::predictLog(const float* x, std::size_t n, float* mean, float* spread) const {
    thread_local std::vector<float> buf;
    const std::size_t nf = trained_.features.size();
    const std::size_t members = forests_.size() + mlps_.size();
    std::fill(mean, mean + n, 0.0f);
    if (spread) std::fill(spread, spread + n, 0.0f);
    if (buf.size() < n) buf.resize(n);
    for (std::size_t k = 0; k < members; ++k) {
        if (k < forests_.size())
            forests_[k]->predict(x, n, nf, buf.data());
        else
            mlps_[k - forests_.size()]->predict(x, n, nf, buf.data());
        for (std::size_t i = 0; i < n; ++i) {
            mean[i] += buf[i];
            if (spread) spread[i] += buf[i] * buf[i];
        }
    }
    const float inv = 1.0f / static_cast<float>(members);
    const auto low = static_cast<float>(targetMin_ - kTargetMargin);
    const auto high = static_cast<float>(targetMax_ + kTargetMargin);
    for (std::size_t i = 0; i < n; ++i) {
        mean[i] *= inv;
        if (spread) spread[i] = std::sqrt(std::max(0.0f, spread[i] * inv - mean[i] * mean[i]));
        mean[i] = std::clamp(mean[i], low, high);
        if (spread) spread[i] = std::min(spread[i], high - low);
    }
}

double LearnedModel::finish(double logValue, double roofline, double floor) const {
    double t = std::pow(10.0, logValue);
    if (trained_.kind == PredictorKind::hybrid) t *= roofline;
    return std::max(t, floor);  // never faster than the datasheet roofline
}

void LearnedModel::predict(const FeatureTable& data, std::vector<double>& time,
                           std::vector<double>* low, std::vector<double>* high) const {
    const std::size_t n = data.size();
    const std::vector<float> x = selectFeatures(data, trained_.features);
    std::vector<float> mean(n), spread(n);
    predictLog(x.data(), n, mean.data(), spread.data());
    time.resize(n);
    if (low) low->resize(n);
    if (high) high->resize(n);
    const int cf = static_cast<int>(Feature::compute_fraction);
    const int ok = static_cast<int>(Feature::op_kind);
    // Rows come grouped by device (and mostly by kind): look up per change.
    const std::string* lastHw = nullptr;
    int lastKind = -1;
    const Calibration* cal = nullptr;
    double trust = 1.0, prior = 0, margin = 0;
    bool seen = true, unchecked = false;
    for (std::size_t i = 0; i < n; ++i) {
        const int kind = static_cast<int>(data.features[i][ok]);
        const bool newDevice = !lastHw || *lastHw != data.hardware[i];
        if (newDevice) {
            lastHw = &data.hardware[i];
            const auto c = calibrations_.find(*lastHw);
            cal = c != calibrations_.end() ? &c->second : nullptr;
            seen = fullySeen(*lastHw);
            unchecked = !transfer_.done && !cal && !trainedOn(*lastHw);
        }
        if (newDevice || kind != lastKind) {
            lastKind = kind;
            trust = trustFor(*lastHw, static_cast<OpKind>(kind));
            const auto p = transfer_.rooflineSpreadByKind.find(kind);
            prior = !unchecked                                  ? 0.0
                    : p != transfer_.rooflineSpreadByKind.end() ? p->second
                                                                : transfer_.rooflineSpread;
            const auto f = floorMarginByKind_.find(kind);
            margin = f != floorMarginByKind_.end() ? std::pow(10.0, f->second) : 1.0;
        }
        double lv = trust * mean[i];
        if (cal) lv += cal->offset + cal->slope * (data.features[i][cf] - 0.5);
        time[i] = finish(lv, data.roofline[i], data.floor[i]);
        // Devices the model never saw get the held-out (transfer) residuals
        // of the operator kind (conformal), or of all kinds.
        double rLow = residualLow_, rHigh = residualHigh_, widen = kZ90 * spread[i];
        if (!seen) {
            if (transfer_.conformal) widen = 0;  // the bounds are calibrated as they are
            const auto q = transfer_.residualByKind.find(kind);
            rLow = q != transfer_.residualByKind.end() ? q->second.first : transfer_.residualLow;
            rHigh = q != transfer_.residualByKind.end() ? q->second.second : transfer_.residualHigh;
        }
        // A device never seen, and no check measured the transfer: the prior.
        const ConformalBounds b = widenInQuadrature({rLow - widen, rHigh + widen}, prior);
        // Around the prediction as made, floor included: the residuals the
        // bounds come from are of that prediction (around the unclamped one,
        // a prediction held at the floor got an upper bound at the floor).
        // The low bound stops at the floor only as far as the training rows
        // never beat it: 8-22% of NeuSight's conv2d rows per GPU do (cuDNN's
        // Winograd and FFT algorithms do fewer FLOPs than the direct
        // convolution), and the residuals the bound comes from include them.
        const double lowest = data.floor[i] * margin;
        if (low) (*low)[i] = std::max(time[i] * std::pow(10.0, b.low), lowest);
        if (high) (*high)[i] = std::max(time[i] * std::pow(10.0, b.high), lowest);
    }
}

void LearnedModel::predictRaw(const FeatureRow* rows, const double* roofline, const double* floor,
                              std::size_t n, double* time, const std::string& hardware) const {
    predictRaw(rows, roofline, floor, n, time, trustTable(hardware));
}

void LearnedModel::predictRaw(const FeatureRow* rows, const double* roofline, const double* floor,
                              std::size_t n, double* time, const TrustTable& trust) const {
    constexpr std::size_t chunk = 4096;
    if (n > 2 * chunk) {  // large batches: blocks on all cores
        tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, chunk),
                          [&](const tbb::blocked_range<std::size_t>& r) {
                              predictRaw(rows + r.begin(), roofline + r.begin(), floor + r.begin(),
                                         r.size(), time + r.begin(), trust);
                          });
        return;
    }
    thread_local std::vector<float> x, mean;
    const std::size_t nf = trained_.features.size();
    if (x.size() < n * nf) x.resize(n * nf);
    if (mean.size() < n) mean.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        for (std::size_t c = 0; c < nf; ++c)
            x[r * nf + c] = static_cast<float>(rows[r][static_cast<int>(trained_.features[c])]);
    predictLog(x.data(), n, mean.data(), nullptr);
    const int ok = static_cast<int>(Feature::op_kind);
    for (std::size_t i = 0; i < n; ++i)
        time[i] = finish(trust.of(rows[i][ok]) * mean[i], roofline[i], floor[i]);
}

bool LearnedModel::knows(OpKind kind) const {
    return std::find(opKinds_.begin(), opKinds_.end(), static_cast<int>(kind)) != opKinds_.end();
}

LearnedPrediction LearnedModel::predict(const Operator& op, const Hardware& hw) const {
    const OperatorFacts f = describe(op, hw);
    return predict(op, hw, f.record);
}

LearnedPrediction LearnedModel::predict(const Operator& op, const Hardware& hw,
                                        const OpRecord& roofline) const {
    const OperatorFacts f = describe(op, hw, roofline);
    FeatureTable t;
    t.features.push_back(f.features);
    t.roofline.push_back(roofline.timeEach);
    t.floor.push_back(f.idealTime);
    t.measured.push_back(0);
    t.hardware.push_back(hw.name);
    t.op.push_back(op.name);
    std::vector<double> time, lo, hi;
    predict(t, time, &lo, &hi);
    LearnedPrediction p{time[0], lo[0], hi[0], {}, {}};
    const auto addNote = [&p](Message m) {
        p.note += (p.note.empty() ? "" : "; ") + m.english;
        p.noteMessages.push_back(std::move(m));
    };
    if (Message outside = outOfDistribution(f.features); !outside.english.empty())
        addNote(std::move(outside));
    using Kind = MessageArg::Kind;
    if (trained_.kind == PredictorKind::hybrid && !transfer_.done && !trainedOn(hw.name) &&
        !calibrations_.count(hw.name)) {
        addNote({MessageId::noteTransferUnchecked,
                 {{Kind::name, hw.name, 0.0}},
                 {},
                 "how the correction carries to " + hw.name +
                     " is unchecked (the model has one training device, or its transfer check "
                     "was skipped): half of it is applied"});
    }
    if (!knows(op.kind)) {
        p.note.clear();
        p.noteMessages.clear();
        addNote({MessageId::noteKindNotTrained,
                 {{Kind::name, toString(trained_.kind), 0.0},
                  {Kind::name, std::string(toString(op.kind)), 0.0}},
                 {},
                 "the " + toString(trained_.kind) + " model was not trained on " +
                     std::string(toString(op.kind)) + " operators"});
    }
    return p;
}

Message LearnedModel::outOfDistribution(const FeatureRow& row) const {
    using Kind = MessageArg::Kind;
    Message out{MessageId::noteOutsideTrainingData, {}, {}, {}};
    std::string list;
    for (std::size_t c = 0; c < trained_.features.size(); ++c) {
        const double v = row[static_cast<int>(trained_.features[c])];
        const double span = featMax_[c] - featMin_[c];
        const double tol = 0.05 * span + 1e-9;
        if (v < featMin_[c] - tol || v > featMax_[c] + tol) {
            const std::string name(toString(trained_.features[c]));
            char buf[200];
            std::snprintf(buf, sizeof buf, "%s = %.3g (trained on %.3g .. %.3g)", name.c_str(), v,
                          featMin_[c], featMax_[c]);
            out.clauses.push_back({MessageId::noteFeatureOutside,
                                   {{Kind::name, name, 0.0},
                                    {Kind::number, {}, v},
                                    {Kind::number, {}, featMin_[c]},
                                    {Kind::number, {}, featMax_[c]}},
                                   {},
                                   buf});
            list += (list.empty() ? "" : "; ") + out.clauses.back().english;
        }
    }
    if (!list.empty()) out.english = "outside the training data: " + list;
    return out;
}

}  // namespace rl
