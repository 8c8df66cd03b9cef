// Reading and writing LearnedModel files (docs/learned.md, "Model file").
#include "core/learned/learned_model.h"
#include "core/learned/learned_model_internal.h"

#include <cmath>
#include <cstdio>
#include <type_traits>
#include <variant>

#include "core/learned/model_file_check.h"
#include "core/spec/atomic_save.h"
#include "core/spec/input_file.h"
#include "core/spec/json_text.h"
#include "core/workload/operator_names.h"

namespace rl {

using namespace learned_detail;

namespace {

// How the held-out bounds of "transfer" are meant ("interval"; absent: spread).
constexpr const char* kConformalInterval = "split-conformal, leave one device out";
constexpr const char* kSpreadInterval = "held-out quantiles + ensemble spread";

// One number of a struct as the file names it, and the value a file without
// it reads as. The writer and the reader walk the same list, so a number
// cannot be written under one key and read under another.
template <class Owner>
struct JsonField {
    const char* key;
    std::variant<int Owner::*, std::size_t Owner::*, double Owner::*> member;
    double absent;
};

constexpr JsonField<BoosterParams> kBoosterFields[] = {
    {"rounds", &BoosterParams::rounds, 0},
    {"max_depth", &BoosterParams::maxDepth, 0},
    {"eta", &BoosterParams::eta, 0},
    {"subsample", &BoosterParams::subsample, 1},
    {"colsample_bytree", &BoosterParams::colsample, 1},
    {"min_child_weight", &BoosterParams::minChildWeight, 1},
    {"lambda", &BoosterParams::lambda, 1},
};

constexpr JsonField<MlpParams> kMlpFields[] = {
    {"hidden", &MlpParams::hidden, 0},
    {"layers", &MlpParams::layers, 0},
    {"epochs", &MlpParams::epochs, 0},
    {"batch", &MlpParams::batch, 0},
    {"learning_rate", &MlpParams::learningRate, 0},
    {"weight_decay", &MlpParams::weightDecay, 0},
};

// The "training"/"transfer" error metrics ("interval_coverage" -1: no intervals).
constexpr JsonField<ErrorMetrics> kMetricsFields[] = {
    {"rows", &ErrorMetrics::n, 0},
    {"mape_percent", &ErrorMetrics::mape, 0},
    {"median_ape_percent", &ErrorMetrics::medianApe, 0},
    {"p90_ape_percent", &ErrorMetrics::p90Ape, 0},
    {"rmse_log10", &ErrorMetrics::rmseLog10, 0},
    {"rmse_s", &ErrorMetrics::rmseS, 0},
    {"kendall_tau", &ErrorMetrics::kendallTau, 0},
    {"interval_coverage", &ErrorMetrics::coverage, -1},
};

template <class Owner, std::size_t N>
nlohmann::json fieldsToJson(const Owner& p, const JsonField<Owner> (&fields)[N]) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& f : fields) std::visit([&](auto member) { j[f.key] = p.*member; }, f.member);
    return j;
}

template <class Owner, std::size_t N>
void readFields(const nlohmann::json& j, Owner& p, const JsonField<Owner> (&fields)[N]) {
    for (const auto& f : fields)
        std::visit(
            [&](auto member) {
                using Value = std::remove_reference_t<decltype(p.*member)>;
                p.*member = j.value(f.key, static_cast<Value>(f.absent));
            },
            f.member);
}

nlohmann::json metricsJson(const ErrorMetrics& m) { return fieldsToJson(m, kMetricsFields); }

// The problems of a refused model file, one per line, without the trailing newline.
std::string refusal(const Diagnostics& diag) {
    std::string text = diag.format();
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

ErrorMetrics metricsFromJson(const nlohmann::json& j) {
    ErrorMetrics m;
    readFields(j, m, kMetricsFields);
    return m;
}

}  // namespace

nlohmann::json LearnedModel::toJson() const {
    nlohmann::json doc;
    doc["format"] = kLearnedModelFormat;
    doc["version"] = kLearnedModelFormatVersion;
    doc["predictor"] = toString(trained_.kind);
    doc["algorithm"] = toString(trained_.algorithm);
    doc["target"] = trained_.kind == PredictorKind::hybrid
                        ? "log10(measured time / analytical roofline time)"
                        : "log10(measured time in seconds)";
    std::vector<std::string> names;
    for (Feature f : trained_.features) names.emplace_back(toString(f));
    doc["features"] = names;
    doc["seed"] = trained_.seed;
    doc["centered_per_device"] = centered_;
    if (trained_.algorithm == Algorithm::xgboost) {
        doc["parameters"] = fieldsToJson(trained_.boost, kBoosterFields);
        doc["parameters"]["ensemble"] = boosters_.size();
        doc["xgboost_version"] = xgboostVersion();
    } else {
        doc["parameters"] = fieldsToJson(trained_.mlp, kMlpFields);
        doc["parameters"]["ensemble"] = mlps_.size();
    }
    nlohmann::json floorMargin = nlohmann::json::object();
    for (const auto& [kind, m] : floorMarginByKind_)
        floorMargin[std::string(toString(static_cast<OpKind>(kind)))] = m;
    doc["training"] = {{"rows", rows_},
                       {"hardware", hardware_},
                       {"operators", opCounts_},
                       {"op_kinds", opKinds_},
                       {"feature_min", featMin_},
                       {"feature_max", featMax_},
                       {"residual_q05_log10", residualLow_},
                       {"residual_q95_log10", residualHigh_},
                       {"floor_margin_log10_by_op_kind", floorMargin},
                       {"target_min_log10", targetMin_},
                       {"target_max_log10", targetMax_},
                       {"sources", sources}};
    nlohmann::json tdev = nlohmann::json::array();
    for (const auto& d : transfer_.devices)
        tdev.push_back({{"hardware", d.hardware},
                        {"rows", d.rows},
                        {"mape_roofline_percent", d.mapeRoofline},
                        {"mape_full_correction_percent", d.mapeFull},
                        {"mape_trusted_percent", d.mapeTrusted}});
    nlohmann::json byKind = nlohmann::json::object();
    for (const auto& [kind, trust] : transfer_.trustByKind)
        byKind[std::string(toString(static_cast<OpKind>(kind)))] = trust;
    nlohmann::json residualByKind = nlohmann::json::object();
    for (const auto& [kind, q] : transfer_.residualByKind)
        residualByKind[std::string(toString(static_cast<OpKind>(kind)))] = {q.first, q.second};
    nlohmann::json rooflineByKind = nlohmann::json::object();
    for (const auto& [kind, q] : transfer_.rooflineSpreadByKind)
        rooflineByKind[std::string(toString(static_cast<OpKind>(kind)))] = q;
    doc["transfer"] = {{"checked", transfer_.done},
                       {"trust", transfer_.trust},
                       {"trust_by_op_kind", byKind},
                       {"residual_q05_log10", transfer_.residualLow},
                       {"residual_q95_log10", transfer_.residualHigh},
                       {"residual_q05_q95_log10_by_op_kind", residualByKind},
                       {"interval", transfer_.conformal ? kConformalInterval : kSpreadInterval},
                       {"level_spread_log10", transfer_.levelSpread},
                       {"row_spread_log10", transfer_.rowSpread},
                       {"roofline_q90_log10", transfer_.rooflineSpread},
                       {"roofline_q90_log10_by_op_kind", rooflineByKind},
                       {"held_out_devices", tdev}};
    doc["metrics"] = {{"training_fit", metricsJson(fit_)}};
    if (!validation.is_null()) doc["metrics"]["validation"] = validation;
    nlohmann::json cal = nlohmann::json::object();
    for (const auto& [hw, c] : calibrations_)
        cal[hw] = {{"method", c.method == Calibration::Method::retrain ? "retrain" : "offset"},
                   {"offset_log10", c.offset},
                   {"slope_log10", c.slope},
                   {"samples", c.samples},
                   {"weight", c.weight}};
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
        const auto kindValue = valueOf(kPredictorKindNames, kind);
        if (!kindValue)
            throw fail("/predictor", "got \"" + kind + "\"; expected \"hybrid\" or \"learned\"");
        m.trained_.kind = *kindValue;
        const std::string algo = doc.at("algorithm").get<std::string>();
        const auto algoValue = valueOf(kAlgorithmNames, algo);
        if (!algoValue)
            throw fail("/algorithm", "got \"" + algo + "\"; expected \"xgboost\" or \"mlp\"");
        m.trained_.algorithm = *algoValue;
        std::string err;
        m.trained_.features =
            parseFeatures(doc.at("features").get<std::vector<std::string>>(), &err);
        if (m.trained_.features.empty()) throw fail("/features", err.empty() ? "no features" : err);
        m.trained_.seed = doc.value("seed", 42u);
        m.centered_ = doc.value("centered_per_device", false);
        const auto& p = doc.at("parameters");
        if (m.trained_.algorithm == Algorithm::xgboost)
            readFields(p, m.trained_.boost, kBoosterFields);
        else
            readFields(p, m.trained_.mlp, kMlpFields);
        const auto& t = doc.at("training");
        m.rows_ = t.at("rows").get<std::size_t>();
        m.hardware_ = t.at("hardware").get<std::vector<std::string>>();
        m.opCounts_ = t.at("operators").get<std::map<std::string, std::size_t>>();
        m.opKinds_ = t.at("op_kinds").get<std::vector<int>>();
        m.featMin_ = t.at("feature_min").get<std::vector<double>>();
        m.featMax_ = t.at("feature_max").get<std::vector<double>>();
        if (m.featMin_.size() != m.trained_.features.size() ||
            m.featMax_.size() != m.trained_.features.size())
            throw fail("/training/feature_min", "one value per feature expected");
        m.residualLow_ = t.at("residual_q05_log10").get<double>();
        m.residualHigh_ = t.at("residual_q95_log10").get<double>();
        if (t.contains("floor_margin_log10_by_op_kind"))  // optional: older files lack it
            for (const auto& [name, v] : t["floor_margin_log10_by_op_kind"].items()) {
                const std::string path = "/training/floor_margin_log10_by_op_kind/" + name;
                const std::optional<OpKind> kind = parseOpKind(name);
                if (!kind) throw fail(path, "unknown operator kind");
                const double margin = v.is_number() ? v.get<double>() : 1;
                if (!(margin >= -6 && margin <= 0))
                    throw fail(path, "expected a number in [-6, 0] (log10)");
                m.floorMarginByKind_[static_cast<int>(*kind)] = margin;
            }
        m.sources = t.value("sources", std::vector<std::string>{});
        m.targetMin_ = t.at("target_min_log10").get<double>();
        m.targetMax_ = t.at("target_max_log10").get<double>();
        if (!(m.targetMin_ <= m.targetMax_) || std::abs(m.targetMin_) > 30 ||
            std::abs(m.targetMax_) > 30)
            throw fail("/training/target_min_log10",
                       "expected finite log10 values with min <= max");
        const auto& tr = doc.at("transfer");
        m.transfer_.done = tr.at("checked").get<bool>();
        m.transfer_.trust = tr.at("trust").get<double>();
        if (!(m.transfer_.trust >= 0 && m.transfer_.trust <= 1))
            throw fail("/transfer/trust", "expected a number in [0, 1]");
        for (const auto& [name, trust] : tr.at("trust_by_op_kind").items()) {
            const std::optional<OpKind> known = parseOpKind(name);
            if (!known) throw fail("/transfer/trust_by_op_kind/" + name, "unknown operator kind");
            const int kind = static_cast<int>(*known);
            const double t = trust.get<double>();
            if (!(t >= 0 && t <= 1))
                throw fail("/transfer/trust_by_op_kind/" + name, "expected a number in [0, 1]");
            m.transfer_.trustByKind[kind] = t;
        }
        m.transfer_.residualLow = tr.at("residual_q05_log10").get<double>();
        m.transfer_.residualHigh = tr.at("residual_q95_log10").get<double>();
        if (tr.contains("residual_q05_q95_log10_by_op_kind"))  // optional: older files lack it
            for (const auto& [name, q] : tr.at("residual_q05_q95_log10_by_op_kind").items()) {
                const std::string path = "/transfer/residual_q05_q95_log10_by_op_kind/" + name;
                const std::optional<OpKind> kind = parseOpKind(name);
                if (!kind) throw fail(path, "unknown operator kind");
                if (!q.is_array() || q.size() != 2 || !q[0].is_number() || !q[1].is_number() ||
                    !std::isfinite(q[0].get<double>()) || !std::isfinite(q[1].get<double>()) ||
                    q[0].get<double>() > q[1].get<double>())
                    throw fail(path, "expected [q05, q95], two finite numbers in order");
                m.transfer_.residualByKind[static_cast<int>(*kind)] = {q[0].get<double>(),
                                                                       q[1].get<double>()};
            }
        // Optional: files before it widened the bounds by the ensemble spread.
        const std::string interval = tr.value("interval", std::string(kSpreadInterval));
        if (interval != kConformalInterval && interval != kSpreadInterval)
            throw fail("/transfer/interval", "\"" + interval + "\": expected \"" +
                                                 kConformalInterval + "\" or \"" + kSpreadInterval +
                                                 "\"");
        m.transfer_.conformal = interval == kConformalInterval;
        m.transfer_.levelSpread = tr.at("level_spread_log10").get<double>();
        m.transfer_.rowSpread = tr.at("row_spread_log10").get<double>();
        if (!(m.transfer_.levelSpread >= 0 && m.transfer_.rowSpread >= 0))
            throw fail("/transfer/level_spread_log10", "expected non-negative spreads");
        // Optional (files before it: no transfer prior, the training interval).
        const auto spread = [&fail](const nlohmann::json& v, const std::string& path) {
            const double q = v.is_number() ? v.get<double>() : -1;
            if (!(q >= 0 && q <= 6)) throw fail(path, "expected a number in [0, 6] (log10)");
            return q;
        };
        if (tr.contains("roofline_q90_log10"))
            m.transfer_.rooflineSpread =
                spread(tr["roofline_q90_log10"], "/transfer/roofline_q90_log10");
        if (tr.contains("roofline_q90_log10_by_op_kind"))
            for (const auto& [name, q] : tr["roofline_q90_log10_by_op_kind"].items()) {
                const std::string path = "/transfer/roofline_q90_log10_by_op_kind/" + name;
                const std::optional<OpKind> kind = parseOpKind(name);
                if (!kind) throw fail(path, "unknown operator kind");
                m.transfer_.rooflineSpreadByKind[static_cast<int>(*kind)] = spread(q, path);
            }
        for (const auto& d : tr.at("held_out_devices"))
            m.transfer_.devices.push_back({d.at("hardware").get<std::string>(),
                                           d.at("rows").get<std::size_t>(),
                                           d.at("mape_roofline_percent").get<double>(),
                                           d.at("mape_full_correction_percent").get<double>(),
                                           d.at("mape_trusted_percent").get<double>()});
        if (doc.contains("metrics")) {
            m.fit_ =
                metricsFromJson(doc["metrics"].value("training_fit", nlohmann::json::object()));
            if (doc["metrics"].contains("validation")) m.validation = doc["metrics"]["validation"];
        }
        // Everything XGBoost, the flat forest and the MLP will read is checked
        // first: a file they would crash on or predict nonsense from is refused.
        {
            Diagnostics check(file);
            checkEnvelopeNumbers(doc, check);
            if (doc.contains("calibrations")) checkCalibrations(doc["calibrations"], check);
            if (const auto& members = doc.at("members"); members.is_array() && !members.empty())
                for (std::size_t k = 0; k < members.size() && !check.hasErrors(); ++k) {
                    const std::string path = "/members/" + std::to_string(k);
                    if (m.trained_.algorithm == Algorithm::xgboost)
                        checkXgboostMember(members[k], path, m.trained_.features.size(), check);
                    else
                        checkMlpMember(members[k], path, m.trained_.features.size(), check);
                }
            if (check.hasErrors()) throw ModelFileError(refusal(check));
        }
        if (doc.contains("calibrations")) {
            for (const auto& [hw, c] : doc["calibrations"].items()) {
                const std::string method = c.at("method").get<std::string>();
                if (method != "offset" && method != "retrain")
                    throw fail("/calibrations/" + hw + "/method",
                               "got \"" + method + "\"; expected \"offset\" or \"retrain\"");
                Calibration cal;
                cal.method = method == "retrain" ? Calibration::Method::retrain
                                                 : Calibration::Method::offset;
                cal.offset = c.at("offset_log10").get<double>();
                cal.slope = c.at("slope_log10").get<double>();
                cal.samples = c.at("samples").get<int>();
                cal.weight = c.value("weight", 0);
                m.calibrations_[hw] = cal;
            }
        }
        const auto& members = doc.at("members");
        if (!members.is_array() || members.empty())
            throw fail("/members", "expected a non-empty array of models");
        for (std::size_t k = 0; k < members.size(); ++k) {
            try {
                if (m.trained_.algorithm == Algorithm::xgboost) {
                    m.boosters_.push_back(
                        std::make_shared<const Booster>(Booster::fromJson(members[k])));
                    m.forests_.push_back(std::make_shared<const FlatForest>(
                        FlatForest::fromXgboostJson(members[k])));
                } else
                    m.mlps_.push_back(std::make_shared<const Mlp>(Mlp::fromJson(members[k])));
            } catch (const std::runtime_error& e) {
                throw fail("/members/" + std::to_string(k), e.what());
            }
        }
        m.members_ = static_cast<int>(members.size());
        std::sort(m.hardware_.begin(), m.hardware_.end());  // trainedOn() searches it
        // A member whose feature count differs would predict garbage: check it.
        const std::vector<float> probe(m.trained_.features.size(), 0.0f);
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

std::string LearnedModel::save(const std::string& path) const { return saveTyped(path).english; }

SaveError LearnedModel::saveTyped(const std::string& path) const {
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
    return saveFileTyped(path, text);
}

LearnedModel LearnedModel::load(const std::string& path) {
    // The guarded reader every input goes through: regular file, size cap,
    // UTF-8, JSON syntax and nesting (docs/reliability.md).
    Diagnostics diag(path);
    auto doc = readJsonInput(path, kMaxModelFileBytes, "a learned-model file", diag);
    if (!doc) throw ModelFileError(refusal(diag));
    return fromJson(*doc, path);
}

}  // namespace rl
