#include "core/learned/learned_model.h"
#include "core/learned/metrics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <tbb/parallel_for.h>

namespace rl {

std::string toString(PredictorKind k) { return k == PredictorKind::hybrid ? "hybrid" : "learned"; }
std::string toString(Algorithm a) { return a == Algorithm::mlp ? "mlp" : "xgboost"; }

namespace {

constexpr double kZ90 = 1.645;  // two-sided 90% normal quantile

std::vector<float> selectFeatures(const FeatureTable& data, const std::vector<Feature>& f) {
    std::vector<float> x(data.size() * f.size());
    for (std::size_t r = 0; r < data.size(); ++r)
        for (std::size_t c = 0; c < f.size(); ++c)
            x[r * f.size() + c] = static_cast<float>(data.features[r][static_cast<int>(f[c])]);
    return x;
}


nlohmann::json metricsJson(const ErrorMetrics& m) {
    return {{"rows", m.n},          {"mape_percent", m.mape},  {"median_ape_percent", m.medianApe},
            {"p90_ape_percent", m.p90Ape}, {"rmse_log10", m.rmseLog10}, {"rmse_s", m.rmseS},
            {"kendall_tau", m.kendallTau}, {"interval_coverage", m.coverage}};
}

ErrorMetrics metricsFromJson(const nlohmann::json& j) {
    ErrorMetrics m;
    m.n = j.value("rows", std::size_t{0});
    m.mape = j.value("mape_percent", 0.0);
    m.medianApe = j.value("median_ape_percent", 0.0);
    m.p90Ape = j.value("p90_ape_percent", 0.0);
    m.rmseLog10 = j.value("rmse_log10", 0.0);
    m.rmseS = j.value("rmse_s", 0.0);
    m.kendallTau = j.value("kendall_tau", 0.0);
    m.coverage = j.value("interval_coverage", -1.0);
    return m;
}

}  // namespace

LearnedModel LearnedModel::train(const FeatureTable& data, const TrainOptions& o) {
    if (data.size() == 0) throw std::runtime_error("no training rows");
    if (o.features.empty()) throw std::runtime_error("no features selected");
    LearnedModel m;
    m.kind_ = o.kind;
    m.algorithm_ = o.algorithm;
    m.features_ = o.features;
    m.boost_ = o.boost;
    m.mlp_ = o.mlp;
    m.seed_ = o.seed;
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
        for (std::size_t i = 0; i < data.size(); ++i) y[i] -= static_cast<float>(centre[data.hardware[i]]);
    }
    const int members = std::max(1, o.ensemble);
    for (int k = 0; k < members; ++k) {
        const double from = double(k) / members, to = double(k + 1) / members;
        if (o.algorithm == Algorithm::xgboost) {
            BoosterParams p = o.boost;
            p.seed = o.seed + static_cast<unsigned>(k);
            auto b = std::make_shared<const Booster>(
                Booster::train(x, data.size(), nf, y, p, o.progress, from, to));
            m.forests_.push_back(std::make_shared<const FlatForest>(FlatForest::fromXgboostJson(b->toJson())));
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
        if (std::find(m.hardware_.begin(), m.hardware_.end(), data.hardware[i]) == m.hardware_.end())
            m.hardware_.push_back(data.hardware[i]);
        ++m.opCounts_[data.op[i]];
        const int kind = static_cast<int>(data.features[i][static_cast<int>(Feature::op_kind)]);
        if (std::find(m.opKinds_.begin(), m.opKinds_.end(), kind) == m.opKinds_.end())
            m.opKinds_.push_back(kind);
    }
    std::sort(m.hardware_.begin(), m.hardware_.end());
    std::sort(m.opKinds_.begin(), m.opKinds_.end());
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
    return m;
}

void LearnedModel::predictLog(const float* x, std::size_t n, float* mean, float* spread) const {
    thread_local std::vector<float> buf;
    const std::size_t nf = features_.size();
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
    for (std::size_t i = 0; i < n; ++i) {
        mean[i] *= inv;
        if (spread) spread[i] = std::sqrt(std::max(0.0f, spread[i] * inv - mean[i] * mean[i]));
    }
}

double LearnedModel::finish(double logValue, double roofline, double floor) const {
    double t = std::pow(10.0, logValue);
    if (kind_ == PredictorKind::hybrid) t *= roofline;
    return std::max(t, floor);  // never faster than the datasheet roofline
}

void LearnedModel::predict(const FeatureTable& data, std::vector<double>& time,
                           std::vector<double>* low, std::vector<double>* high) const {
    const std::size_t n = data.size();
    const std::vector<float> x = selectFeatures(data, features_);
    std::vector<float> mean(n), spread(n);
    predictLog(x.data(), n, mean.data(), spread.data());
    time.resize(n);
    if (low) low->resize(n);
    if (high) high->resize(n);
    const int cf = static_cast<int>(Feature::compute_fraction);
    for (std::size_t i = 0; i < n; ++i) {
        double lv = mean[i];
        auto c = calibrations_.find(data.hardware[i]);
        if (c != calibrations_.end())
            lv += c->second.offset + c->second.slope * (data.features[i][cf] - 0.5);
        time[i] = finish(lv, data.roofline[i], data.floor[i]);
        if (low) (*low)[i] = finish(lv + residualLow_ - kZ90 * spread[i], data.roofline[i], data.floor[i]);
        if (high) (*high)[i] = finish(lv + residualHigh_ + kZ90 * spread[i], data.roofline[i], data.floor[i]);
    }
}

void LearnedModel::predictRaw(const FeatureRow* rows, const double* roofline, const double* floor,
                              std::size_t n, double* time) const {
    constexpr std::size_t chunk = 4096;
    if (n > 2 * chunk) {  // large batches: blocks on all cores
        tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, chunk), [&](const tbb::blocked_range<std::size_t>& r) {
            predictRaw(rows + r.begin(), roofline + r.begin(), floor + r.begin(), r.size(), time + r.begin());
        });
        return;
    }
    thread_local std::vector<float> x, mean;
    const std::size_t nf = features_.size();
    if (x.size() < n * nf) x.resize(n * nf);
    if (mean.size() < n) mean.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        for (std::size_t c = 0; c < nf; ++c)
            x[r * nf + c] = static_cast<float>(rows[r][static_cast<int>(features_[c])]);
    predictLog(x.data(), n, mean.data(), nullptr);
    for (std::size_t i = 0; i < n; ++i) time[i] = finish(mean[i], roofline[i], floor[i]);
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
    LearnedPrediction p{time[0], lo[0], hi[0], outOfDistribution(f.features)};
    if (!knows(op.kind)) {
        p.note = "the " + toString(kind_) + " model was not trained on " +
                 std::string(toString(op.kind)) + " operators";
    }
    return p;
}

std::string LearnedModel::outOfDistribution(const FeatureRow& row) const {
    std::string note;
    for (std::size_t c = 0; c < features_.size(); ++c) {
        const double v = row[static_cast<int>(features_[c])];
        const double span = featMax_[c] - featMin_[c];
        const double tol = 0.05 * span + 1e-9;
        if (v < featMin_[c] - tol || v > featMax_[c] + tol) {
            char buf[200];
            std::snprintf(buf, sizeof buf, "%s%s = %.3g (trained on %.3g .. %.3g)",
                          note.empty() ? "" : "; ", std::string(toString(features_[c])).c_str(),
                          v, featMin_[c], featMax_[c]);
            note += buf;
        }
    }
    return note.empty() ? note : "outside the training data: " + note;
}

Calibration LearnedModel::calibrate(const FeatureTable& samples, const std::string& hardware) {
    calibrations_.erase(hardware);
    std::vector<std::size_t> rows = samples.rowsOf({hardware}, true);
    Calibration c;
    c.samples = static_cast<int>(rows.size());
    if (rows.empty()) return c;
    const FeatureTable t = samples.subset(rows);
    std::vector<double> pred;
    predict(t, pred);
    const int cf = static_cast<int>(Feature::compute_fraction);
    // Ridge regression of the log residual on [1, compute_fraction - 0.5]; the
    // prior (lambda = 1 per coefficient) shrinks the fit towards no correction
    // when k is small, and the slope is only fitted from 8 samples on.
    const double lambda = 1.0;
    double s00 = lambda, s01 = 0, s11 = lambda, r0 = 0, r1 = 0;
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
    calibrations_[hardware] = c;
    return c;
}

nlohmann::json LearnedModel::toJson() const {
    nlohmann::json doc;
    doc["format"] = kLearnedModelFormat;
    doc["version"] = kLearnedModelFormatVersion;
    doc["predictor"] = toString(kind_);
    doc["algorithm"] = toString(algorithm_);
    doc["target"] = kind_ == PredictorKind::hybrid
                        ? "log10(measured time / analytical roofline time)"
                        : "log10(measured time in seconds)";
    std::vector<std::string> names;
    for (Feature f : features_) names.emplace_back(toString(f));
    doc["features"] = names;
    doc["seed"] = seed_;
    doc["centered_per_device"] = centered_;
    if (algorithm_ == Algorithm::xgboost) {
        doc["parameters"] = {{"rounds", boost_.rounds},       {"max_depth", boost_.maxDepth},
                             {"eta", boost_.eta},             {"subsample", boost_.subsample},
                             {"colsample_bytree", boost_.colsample},
                             {"min_child_weight", boost_.minChildWeight},
                             {"lambda", boost_.lambda},       {"ensemble", boosters_.size()}};
        doc["xgboost_version"] = xgboostVersion();
    } else {
        doc["parameters"] = {{"hidden", mlp_.hidden}, {"layers", mlp_.layers},
                             {"epochs", mlp_.epochs}, {"batch", mlp_.batch},
                             {"learning_rate", mlp_.learningRate},
                             {"weight_decay", mlp_.weightDecay}, {"ensemble", mlps_.size()}};
    }
    doc["training"] = {{"rows", rows_},
                       {"hardware", hardware_},
                       {"operators", opCounts_},
                       {"op_kinds", opKinds_},
                       {"feature_min", featMin_},
                       {"feature_max", featMax_},
                       {"residual_q05_log10", residualLow_},
                       {"residual_q95_log10", residualHigh_}};
    doc["metrics"] = {{"training_fit", metricsJson(fit_)}};
    if (!validation.is_null()) doc["metrics"]["validation"] = validation;
    nlohmann::json cal = nlohmann::json::object();
    for (const auto& [hw, c] : calibrations_)
        cal[hw] = {{"offset_log10", c.offset}, {"slope_log10", c.slope}, {"samples", c.samples}};
    doc["calibrations"] = cal;
    nlohmann::json members = nlohmann::json::array();
    for (const auto& b : boosters_) members.push_back(b->toJson());
    for (const auto& n : mlps_) members.push_back(n->toJson());
    doc["members"] = members;
    return doc;
}

LearnedModel LearnedModel::fromJson(const nlohmann::json& doc, const std::string& file) {
    auto fail = [&](const std::string& path, const std::string& what) -> ModelFileError {
        return ModelFileError(file + ": " + path + ": " + what);
    };
    if (!doc.is_object()) throw fail("", "expected a JSON object (a Ridgeline learned model)");
    if (!doc.contains("format") || doc["format"] != kLearnedModelFormat)
        throw fail("/format", std::string("expected \"") + kLearnedModelFormat +
                                  "\"; this is not a Ridgeline learned-model file");
    if (!doc.contains("version") || !doc["version"].is_number_integer())
        throw fail("/version", "missing or not an integer");
    const int version = doc["version"].get<int>();
    if (version != kLearnedModelFormatVersion)
        throw fail("/version", "the file has format version " + std::to_string(version) +
                                   "; this Ridgeline reads version " +
                                   std::to_string(kLearnedModelFormatVersion) +
                                   " (retrain the model or use a matching Ridgeline)");
    LearnedModel m;
    try {
        const std::string kind = doc.at("predictor").get<std::string>();
        if (kind != "hybrid" && kind != "learned")
            throw fail("/predictor", "got \"" + kind + "\"; expected \"hybrid\" or \"learned\"");
        m.kind_ = kind == "hybrid" ? PredictorKind::hybrid : PredictorKind::learned;
        const std::string algo = doc.at("algorithm").get<std::string>();
        if (algo != "xgboost" && algo != "mlp")
            throw fail("/algorithm", "got \"" + algo + "\"; expected \"xgboost\" or \"mlp\"");
        m.algorithm_ = algo == "mlp" ? Algorithm::mlp : Algorithm::xgboost;
        std::string err;
        m.features_ = parseFeatures(doc.at("features").get<std::vector<std::string>>(), &err);
        if (m.features_.empty()) throw fail("/features", err.empty() ? "no features" : err);
        m.seed_ = doc.value("seed", 42u);
        m.centered_ = doc.value("centered_per_device", false);
        const auto& p = doc.at("parameters");
        if (m.algorithm_ == Algorithm::xgboost) {
            m.boost_.rounds = p.value("rounds", 0);
            m.boost_.maxDepth = p.value("max_depth", 0);
            m.boost_.eta = p.value("eta", 0.0);
            m.boost_.subsample = p.value("subsample", 1.0);
            m.boost_.colsample = p.value("colsample_bytree", 1.0);
            m.boost_.minChildWeight = p.value("min_child_weight", 1.0);
            m.boost_.lambda = p.value("lambda", 1.0);
        } else {
            m.mlp_.hidden = p.value("hidden", 0);
            m.mlp_.layers = p.value("layers", 0);
            m.mlp_.epochs = p.value("epochs", 0);
            m.mlp_.batch = p.value("batch", 0);
            m.mlp_.learningRate = p.value("learning_rate", 0.0);
            m.mlp_.weightDecay = p.value("weight_decay", 0.0);
        }
        const auto& t = doc.at("training");
        m.rows_ = t.at("rows").get<std::size_t>();
        m.hardware_ = t.at("hardware").get<std::vector<std::string>>();
        m.opCounts_ = t.at("operators").get<std::map<std::string, std::size_t>>();
        m.opKinds_ = t.at("op_kinds").get<std::vector<int>>();
        m.featMin_ = t.at("feature_min").get<std::vector<double>>();
        m.featMax_ = t.at("feature_max").get<std::vector<double>>();
        if (m.featMin_.size() != m.features_.size() || m.featMax_.size() != m.features_.size())
            throw fail("/training/feature_min", "one value per feature expected");
        m.residualLow_ = t.at("residual_q05_log10").get<double>();
        m.residualHigh_ = t.at("residual_q95_log10").get<double>();
        if (doc.contains("metrics")) {
            m.fit_ = metricsFromJson(doc["metrics"].value("training_fit", nlohmann::json::object()));
            if (doc["metrics"].contains("validation")) m.validation = doc["metrics"]["validation"];
        }
        if (doc.contains("calibrations")) {
            for (const auto& [hw, c] : doc["calibrations"].items())
                m.calibrations_[hw] = {c.at("offset_log10").get<double>(),
                                       c.at("slope_log10").get<double>(),
                                       c.at("samples").get<int>()};
        }
        const auto& members = doc.at("members");
        if (!members.is_array() || members.empty())
            throw fail("/members", "expected a non-empty array of models");
        for (std::size_t k = 0; k < members.size(); ++k) {
            try {
                if (m.algorithm_ == Algorithm::xgboost) {
                    m.boosters_.push_back(std::make_shared<const Booster>(Booster::fromJson(members[k])));
                    m.forests_.push_back(std::make_shared<const FlatForest>(FlatForest::fromXgboostJson(members[k])));
                }
                else
                    m.mlps_.push_back(std::make_shared<const Mlp>(Mlp::fromJson(members[k])));
            } catch (const std::runtime_error& e) {
                throw fail("/members/" + std::to_string(k), e.what());
            }
        }
        // A member whose feature count differs would predict garbage: check it.
        const std::vector<float> probe(m.features_.size(), 0.0f);
        float out = 0;
        try {
            m.predictLog(probe.data(), 1, &out, nullptr);
        } catch (const std::runtime_error& e) {
            throw fail("/members", std::string("does not match the features: ") + e.what());
        }
    } catch (const nlohmann::json::exception& e) {
        throw fail("", std::string("missing or malformed field: ") + e.what());
    }
    return m;
}

std::string LearnedModel::save(const std::string& path) const {
    // The envelope is indented for people; the members (XGBoost's JSON models)
    // are written compactly at the end to keep files small.
    nlohmann::json doc = toJson();
    nlohmann::json members = std::move(doc["members"]);
    doc.erase("members");
    std::string text = doc.dump(2);
    text.erase(text.find_last_of('}'));
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    text += ",\n  \"members\": [";
    for (std::size_t k = 0; k < members.size(); ++k)
        text += std::string(k ? "," : "") + "\n    " + members[k].dump();
    text += "\n  ]\n}\n";
    const std::string tmp = path + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) return "cannot write " + tmp;
        f << text;
        if (!f) return "write error on " + tmp;
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) return "cannot rename " + tmp + " to " + path;
    return {};
}

LearnedModel LearnedModel::load(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw ModelFileError(path + ": cannot open the model file");
    std::ostringstream ss;
    ss << f.rdbuf();
    const std::string text = ss.str();
    if (text.size() > (std::size_t(1) << 30)) throw ModelFileError(path + ": file is larger than 1 GiB");
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded())
        throw ModelFileError(path + ": not valid JSON (the file is damaged or truncated)");
    return fromJson(doc, path);
}

std::function<void(const Operator&, const Hardware&, OpRecord&)> makeRefiner(
    std::shared_ptr<const LearnedModel> model) {
    return [model](const Operator& op, const Hardware& hw, OpRecord& rec) {
        if (!model->knows(op.kind)) {
            rec.note = "roofline kept: the " + toString(model->kind()) +
                       " model was not trained on " + std::string(toString(op.kind)) +
                       " operators";
            return;
        }
        const LearnedPrediction p = model->predict(op, hw, rec);
        rec.timeEach = p.time;
        rec.time = p.time * rec.count;
        rec.timeLow = p.low;
        rec.timeHigh = p.high;
        rec.note = p.note;
    };
}

}  // namespace rl
