#pragma once
// One training run as the Learned models page starts it: features from the
// measured rows, a model trained on every device but an optional held-out
// one, and its errors (and the roofline's) on the evaluated rows: the held-out
// device, or the training rows themselves when none is held out.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/learned/learned_model.h"
#include "core/learned/metrics.h"

namespace rl {

struct TrainingRun {
    std::shared_ptr<const LearnedModel> model;
    std::size_t trainRows = 0, evalRows = 0;
    std::vector<double> measured, predicted;  // per evaluated row
    std::vector<MetricsRow> rows;             // the model on the evaluated rows
    std::vector<MetricsRow> roofline;         // the roofline on the same rows
};

// Throws Cancelled (options.progress) and std::runtime_error when no row is
// left to train on.
TrainingRun trainAndEvaluate(const Dataset& data, const DeviceLibrary& library,
                             const TrainOptions& options, const std::string& heldOutDevice);

}  // namespace rl
