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
};

struct KShotPoint {
    std::string hardware;
    int k = 0;
    double mape = 0;     // mean over repeats, on the rows not used for calibration
    double mapeMin = 0, mapeMax = 0;
};

struct ValidationReport {
    std::vector<HeldOutRow> rows;
    std::vector<KShotPoint> kshot;
};

struct ValidationOptions {
    TrainOptions learned;        // kind is forced to learned
    TrainOptions hybrid;         // kind is forced to hybrid
    bool withLearned = true;
    std::vector<int> ks{0, 5, 10, 20};
    int kshotRepeats = 10;
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
