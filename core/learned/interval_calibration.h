#pragma once
// Prediction intervals calibrated for devices a model never saw: split-conformal
// on leave-one-device-out residuals. Every row's residual (log10 measured /
// predicted) comes from a model trained without that row's device, so the
// residuals show how the predictor errs under device shift; their quantiles,
// each device weighted equally (one device with many rows must not decide the
// width for all), are the interval for the next device. Optionally normalised:
// each residual is divided by a per-row difficulty (scale > 0) and the bounds
// are multiplied by the new row's scale, so width follows the uncertainty.
#include <string>
#include <vector>

namespace rl {

// log10 bounds around a prediction: [prediction x 10^low, prediction x 10^high].
struct ConformalBounds {
    double low = 0, high = 0;
};

// How a residual becomes a conformity score.
//  absolute: |r|, a symmetric interval [-q, q]. Chosen for device shift: on
//            NeuSight's GPUs the sign of a held-out device's bias did not
//            carry over from the training devices (docs/learned.md).
//  signedResidual: r itself, the central interval between its tails: shifted when
//            every training device errs the same way.
enum class ConformalScore { absolute, signedResidual };

// The `coverage` interval of `residuals`, with group (device) weights
// 1 / rows of the group. `scale` (same length, > 0) divides
// each residual first; empty means 1 for every row. Throws std::invalid_argument
// on mismatched lengths, non-finite residuals, scales <= 0 or coverage outside (0, 1).
ConformalBounds conformalBounds(const std::vector<double>& residuals,
                                const std::vector<std::string>& groups, double coverage,
                                ConformalScore score = ConformalScore::absolute,
                                const std::vector<double>& scale = {});

// `b` widened by an independent error whose 90% bound is `q` (log10, >= 0):
// each bound moves out to the root sum of squares of its distance from the
// prediction and q. The transfer-error prior of a model that had one
// training device (learned_model_transfer.cpp) is added this way.
ConformalBounds widenInQuadrature(const ConformalBounds& b, double q);

// Fraction of rows whose residual lies inside [low, high] (x scale); the
// check the tests and the validation tables use.
double conformalCoverage(const std::vector<double>& residuals, const ConformalBounds& b,
                         const std::vector<double>& scale = {});

}  // namespace rl
