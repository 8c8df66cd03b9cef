#pragma once
// The learned and hybrid kernel-time predictors.
//   learned: regress log10(time) on the features.
//   hybrid:  regress log10(measured / analytical roofline time), a learned
//            efficiency in the spirit of NeuSight; the prediction is
//            roofline x 10^ratio, floored at the datasheet roofline so it can
//            never beat the hardware.
// An ensemble of members trained with different seeds and row/column
// subsamples gives an interval; inputs outside the training ranges get a
// warning. A transfer check (leave one training device out) measures how far
// the hybrid's correction carries to devices it never saw: corrections for
// such devices are scaled by the fitted trust and their intervals come from
// the held-out residuals. Saved as one versioned JSON file (docs/learned.md).
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/learned/booster.h"
#include "core/learned/feature_table.h"
#include "core/learned/features.h"
#include "core/learned/flat_forest.h"
#include "core/learned/metrics.h"
#include "core/learned/mlp.h"
#include "core/result/prediction.h"
#include "core/spec/atomic_save.h"
#include "core/spec/enum_names.h"

namespace rl {

inline constexpr int kLearnedModelFormatVersion = 2;
inline constexpr const char* kLearnedModelFormat = "ridgeline.learned-model";

enum class PredictorKind { learned, hybrid };
enum class Algorithm { xgboost, mlp };
// As model files and the CLI name them.
inline constexpr std::array<EnumName<PredictorKind>, 2> kPredictorKindNames{{
    {PredictorKind::learned, "learned"},
    {PredictorKind::hybrid, "hybrid"},
}};
inline constexpr std::array<EnumName<Algorithm>, 2> kAlgorithmNames{{
    {Algorithm::xgboost, "xgboost"},
    {Algorithm::mlp, "mlp"},
}};
std::string toString(PredictorKind k);
std::string toString(Algorithm a);

struct TrainOptions {
    PredictorKind kind = PredictorKind::hybrid;
    Algorithm algorithm = Algorithm::xgboost;
    std::vector<Feature> features = defaultFeatures();
    BoosterParams boost;
    MlpParams mlp;
    int ensemble = 3;  // members; the interval comes from their spread
    // Hybrid only: subtract each training device's median log ratio, so the
    // trees learn how efficiency varies with shape and not which device is
    // which; the device-wide level then comes from the spec's efficiency
    // factors (zero-shot) or from k-shot calibration.
    bool centerPerDevice = false;
    // With 2 or more training devices: retrain once per training device
    // without it, for the held-out residuals that give unseen devices their
    // interval and (hybrid) to fit the trust in the correction on unseen
    // devices (TransferCheck). Costs one extra single-member training per device.
    bool transferCheck = true;
    unsigned seed = 42;
    Progress progress;
};

// How a device was adapted from k measurements on it.
//  offset:  log10 factor = offset + slope * (compute_fraction - 0.5), fitted
//           to the residuals (needs only the model file);
//  retrain: the members were retrained on the training data plus the k rows,
//           each repeated `weight` times (needs the training data; better),
//           then an offset as above is fitted on the same rows.
struct Calibration {
    enum class Method { offset, retrain };
    Method method = Method::offset;
    double offset = 0, slope = 0;
    int samples = 0;
    int weight = 0;  // retrain: copies of each sample
};

// Result of the transfer check: the hybrid's log correction c is applied as
// trust x c on devices outside the training set. `trust` in [0, 1] minimises
// the held-out MAPE over the training devices (mean over device x op groups);
// 0 means the learned shape effects did not carry over and the spec's
// roofline is the better guess, 1 means they carried over fully.
struct TransferCheck {
    struct Device {
        std::string hardware;
        std::size_t rows = 0;
        double mapeRoofline = 0, mapeFull = 0, mapeTrusted = 0;  // percent, held out
    };
    bool done = false;
    double trust = 1.0;                        // over all operator kinds
    std::map<int, double> trustByKind;         // OpKind value -> trust, fitted per kind
    double residualLow = 0, residualHigh = 0;  // 5% / 95% held-out residual, log10
    // The same per operator kind, each held-out device weighted equally (a
    // split-conformal interval for a device never seen; OpKind value -> q05, q95).
    std::map<int, std::pair<double, double>> residualByKind;
    // The bounds above are split-conformal on the held-out residuals alone
    // (interval_calibration.h) and are used as they are. Files written before
    // (no "interval" key) widened them by the ensemble spread: kept for those.
    bool conformal = false;
    // log10 spreads of the held-out residuals: of the device means around the
    // model (levelSpread) and of rows around their device's mean (rowSpread).
    double levelSpread = 0, rowSpread = 0;
    std::vector<Device> devices;
    // Without a check (one training device, or the check skipped) nothing
    // measured how the model errs on a device it never saw. The prior for
    // that transfer error: the 90% quantile of |log10 measured / roofline| on
    // the training rows (each device weighted equally), per operator kind
    // and over all kinds, added in quadrature to the training interval
    // (docs/learned.md, "One training device"). Empty / 0: files before it.
    std::map<int, double> rooflineSpreadByKind;
    double rooflineSpread = 0;
};

// The factor on the hybrid's correction per operator kind, for one device.
inline constexpr int kOpKindSlots = 16;
struct TrustTable {
    std::array<double, kOpKindSlots> byKind;
    double of(double opKindFeature) const {
        const int k = static_cast<int>(opKindFeature);
        return byKind[static_cast<std::size_t>(k >= 0 && k < kOpKindSlots ? k : 0)];
    }
    static TrustTable full() {
        TrustTable t;
        t.byKind.fill(1.0);
        return t;
    }
};

struct LearnedPrediction {
    double time = 0, low = 0, high = 0;
    std::string note;  // out-of-distribution warning, empty if inside
    // `note` typed for translation: its parts, their English joined by "; ".
    std::vector<Message> noteMessages;
};

// Thrown by load/fromJson with a message naming the file and the problem.
struct ModelFileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class LearnedModel {
  public:
    static LearnedModel train(const FeatureTable& data, const TrainOptions& options);

    // Batch prediction for every row of `data` (its measured column is ignored).
    // low/high may be null. Calibrations apply to rows of their hardware.
    void predict(const FeatureTable& data, std::vector<double>& time,
                 std::vector<double>* low = nullptr, std::vector<double>* high = nullptr) const;
    // Raw batch path for sweeps: rows x kFeatureCount features (all of them, in
    // Feature order), the roofline and floor times of one device; writes
    // times. No allocation after the first call with a given size (buffers
    // are per thread). `hardware` picks the trust (empty: a device never seen).
    void predictRaw(const FeatureRow* rows, const double* roofline, const double* floor,
                    std::size_t n, double* time, const std::string& hardware = {}) const;
    void predictRaw(const FeatureRow* rows, const double* roofline, const double* floor,
                    std::size_t n, double* time, const TrustTable& trust) const;
    // The factor on the hybrid's correction for this device and operator kind:
    // 1 for devices it was trained on, the transfer check's trust for unseen
    // ones (0.5 where no check ran), and between the two, growing with k, for devices
    // retrain-calibrated on k rows.
    // Without a kind: the trust fitted over all kinds.
    double trustFor(const std::string& hardware, std::optional<OpKind> kind = std::nullopt) const;
    TrustTable trustTable(const std::string& hardware) const;
    bool trainedOn(const std::string& hardware) const;
    // Trained on with real training data (not only k calibration rows); such
    // devices get the training-residual interval, others the transfer one.
    bool fullySeen(const std::string& hardware) const;
    LearnedPrediction predict(const Operator& op, const Hardware& hw) const;
    // Same, from the analytical record of the op (as AnalysisOptions::refine gets it).
    LearnedPrediction predict(const Operator& op, const Hardware& hw,
                              const OpRecord& roofline) const;
    // Whether the model was trained on this kind of operator at all.
    bool knows(OpKind kind) const;

    // Fits the per-device offset correction from measurements (rows of one hardware).
    Calibration calibrate(const FeatureTable& samples, const std::string& hardware);
    // Retrains the members on `training` plus the rows of `hardware` in
    // `samples` (each repeated `weight` times), with the model's own options
    // and seed; keeps the transfer check. Throws std::runtime_error on bad input.
    Calibration retrainCalibrate(const FeatureTable& training, const FeatureTable& samples,
                                 const std::string& hardware, int weight = 30,
                                 const Progress& progress = {});
    void clearCalibration(const std::string& hardware) { calibrations_.erase(hardware); }

    // Out-of-distribution check of one feature row (MessageId::noteOutsideTrainingData,
    // a clause per feature outside); an empty message if inside.
    Message outOfDistribution(const FeatureRow& row) const;

    nlohmann::json toJson() const;
    static LearnedModel fromJson(const nlohmann::json& doc, const std::string& file);
    std::string save(const std::string& path) const;     // error message or ""
    SaveError saveTyped(const std::string& path) const;  // save()'s reason typed, for the GUI
    static LearnedModel load(const std::string& path);   // throws ModelFileError

    PredictorKind kind() const { return trained_.kind; }
    Algorithm algorithm() const { return trained_.algorithm; }
    const std::vector<Feature>& features() const { return trained_.features; }
    const std::vector<std::string>& trainedHardware() const { return hardware_; }
    std::size_t trainingRows() const { return rows_; }
    const ErrorMetrics& trainingFit() const { return fit_; }
    const std::map<std::string, Calibration>& calibrations() const { return calibrations_; }
    const TransferCheck& transfer() const { return transfer_; }
    // Names of the data files the model was trained on (informational).
    std::vector<std::string> sources;
    // Free-form validation results stored in the file (set by `learn train --validate`).
    nlohmann::json validation;

  private:
    void predictLog(const float* x, std::size_t n, float* mean, float* spread) const;
    double finish(double logValue, double roofline, double floor) const;
    TrainOptions options() const;  // the options this model was trained with
    const Calibration* retrainCalibration(const std::string& hardware) const;  // null if none
    // Ridge fit of offset (+ slope from 8 rows) to the log residuals of `hardware`'s rows.
    Calibration fitOffset(const FeatureTable& samples, const std::string& hardware) const;
    void checkTransfer(const FeatureTable& data, const TrainOptions& o);
    // TransferCheck::rooflineSpread* and floorMarginByKind_ from the training rows.
    void recordTrainingSpreads(const FeatureTable& data);

    // What it was trained with: kind, algorithm, features, hyperparameters,
    // seed (no progress; ensemble and centering are members_ and centered_).
    TrainOptions trained_{.features = {}, .transferCheck = false};
    bool centered_ = false;
    std::vector<std::shared_ptr<const Booster>> boosters_;    // kept for the file
    std::vector<std::shared_ptr<const FlatForest>> forests_;  // the same trees, for prediction
    std::vector<std::shared_ptr<const Mlp>> mlps_;
    std::vector<double> featMin_, featMax_;      // per used feature
    double residualLow_ = 0, residualHigh_ = 0;  // 5% / 95% training residual, log10
    // Per OpKind value: the lowest log10(measured / datasheet floor) of the
    // training rows, at most 0. The interval's low bound stops there: GEMMs
    // never beat the floor, convolutions do (cuDNN's Winograd and FFT).
    // Absent (files before it): 0, the floor.
    std::map<int, double> floorMarginByKind_;
    double targetMin_ = -30, targetMax_ = 30;  // measured log10 targets; predictions stay near them
    std::size_t rows_ = 0;
    std::vector<std::string> hardware_;
    std::map<std::string, std::size_t> opCounts_;
    std::vector<int> opKinds_;  // OpKind values seen in training
    ErrorMetrics fit_;
    std::map<std::string, Calibration> calibrations_;
    TransferCheck transfer_;
    int members_ = 0;
};

}  // namespace rl
