#pragma once
// Cross-device validation: fit on some devices, predict others never seen,
// for the roofline, the pure learned and the hybrid predictor; and k-shot
// calibration curves (how error falls with k measurements on the new device).
#include <map>
#include <string>
#include <vector>

#include "core/analytical/sustained_clock.h"
#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"
#include "core/learned/learned_model.h"

namespace rl {

struct HeldOutRow {
    std::string hardware, op;  // op "all" for the device total
    std::size_t n = 0;
    ErrorMetrics roofline, learned, hybrid;
    ErrorMetrics hybridFull;  // the hybrid's correction applied in full (trust 1)
    double trust = 1;         // the hybrid's transfer trust in this fold
    // Median width of the 90% intervals as high / low (0: no interval).
    double hybridWidth = 0, learnedWidth = 0;
};

struct KShotPoint {
    std::string hardware;
    int k = 0;
    double mape = 0;  // retrain calibration: mean over repeats, on the rows not used
    double mapeMin = 0, mapeMax = 0;
    double mapeOffset = 0;  // offset calibration, same draws
};

// The sustained-clock constants one fold chose on its training devices, and
// what they predict for the held-out device against what it measured.
struct PhysicsFold {
    std::string heldOut;
    double budget = 0;  // W per (compute unit x GHz), from the held-out device's datasheet
    SustainedClockModel model;
    double achievable = 0;  // the fold's achievable fraction for the held-out device's SM family
    double predicted = 0;   // fp32 efficiency the physics gives the held-out device
    double measured = 0;    // its measured median over large compute-bound GEMMs (0: none)
};

struct ValidationReport {
    std::vector<HeldOutRow> rows;
    std::vector<KShotPoint> kshot;
    std::vector<PhysicsFold> physics;
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

// Per device: the median fraction of the datasheet peak that its large
// compute-bound GEMMs reached (at least 1e10 FLOP, compute fraction >= 0.5).
std::map<std::string, double> measuredGemmEfficiency(const FeatureTable& table);

// One measured device for fitSustainedClock.
struct SustainedClockPoint {
    double budget = 0;         // W per (compute unit x GHz)
    double efficiency = 0;     // measured fraction of the datasheet fp32 peak
    bool sharedIssue = false;  // rl::sharesFmaIssue of the device
};

// The sustained-clock constants that best explain (budget, efficiency) pairs
// of some devices: least squares in log (the estimator that transferred
// best, leave one device out, against least absolute error and the median); where the devices leave
// the threshold open (none of them is power limited), the highest threshold that explains them as
// well, i.e. a new device is assumed to throttle as soon as its budget falls below that of every
// device seen at full clock. Each SM issue family (sustained_clock.h) gets its
// own achievable fraction, the threshold is shared; a family without points
// takes the other's.
SustainedClockModel fitSustainedClock(const std::vector<SustainedClockPoint>& points);

// How the fp32 roofline of each fold is set for devices whose specs carry no
// efficiency factor (datasheet-only validation).
enum class FoldPhysics {
    datasheet,  // efficiency 1: the datasheet peak
    fitted      // sustained-clock physics, constants fitted on the fold's training devices
};

// Leave-one-device-out on the datasheet specs of `library`: each fold fits
// the physics constants on its training devices only, sets the fp32
// efficiency of every spec without one from them, and validates.
ValidationReport leaveOneDeviceOut(const Dataset& data, const DeviceLibrary& library,
                                   FoldPhysics physics, const ValidationOptions& options,
                                   std::vector<std::string> devices = {});

}  // namespace rl
