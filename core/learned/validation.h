#pragma once
// Cross-device validation: fit on some devices, predict others never seen,
// for the roofline, the pure learned and the hybrid predictor; and k-shot
// calibration curves (how error falls with k measurements on the new device).
#include <string>
#include <vector>

#include "core/learned/feature_table.h"
#include "core/learned/learned_model.h"

namespace rl {

struct HeldOutRow {
    std::string hardware, op;  // op "all" for the device total
    std::size_t n = 0;
    ErrorMetrics roofline, learned, hybrid;
    ErrorMetrics hybridFull;  // the hybrid's correction applied in full (trust 1)
    double trust = 1;         // the hybrid's transfer trust in this fold
};

struct KShotPoint {
    std::string hardware;
    int k = 0;
    double mape = 0;  // retrain calibration: mean over repeats, on the rows not used
    double mapeMin = 0, mapeMax = 0;
    double mapeOffset = 0;  // offset calibration, same draws
};

struct ValidationReport {
    std::vector<HeldOutRow> rows;
    std::vector<KShotPoint> kshot;
};

struct ValidationOptions {
    TrainOptions learned;  // kind is forced to learned
    TrainOptions hybrid;   // kind is forced to hybrid
    bool withLearned = true;
    std::vector<int> ks{0, 5, 10, 20};
    int kshotRepeats = 5;
    int calibrationWeight = 30;  // copies of each calibration sample when retraining
    unsigned seed = 7;
    Progress progress;
};

// Trains on `train`, evaluates on `test` (whose hardware should be absent from train).
ValidationReport validateTransfer(const FeatureTable& train, const FeatureTable& test,
                                  const ValidationOptions& options);

// One fold per device in `devices` (all devices of the table if empty).
ValidationReport leaveOneDeviceOut(const FeatureTable& all, const ValidationOptions& options,
                                   std::vector<std::string> devices = {});

}  // namespace rl
