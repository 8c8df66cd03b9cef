#include "core/learned/training_run.h"

#include <stdexcept>

#include "core/learned/feature_table.h"
#include "core/learned/learned_model_internal.h"

namespace rl {

TrainingRun trainAndEvaluate(const Dataset& data, const DeviceLibrary& library,
                             const TrainOptions& options, const std::string& heldOutDevice) {
    // One bar for the whole run: features are the first 5%, training the rest
    // (each stage reports 0..1 of its own; passed on as is, the bar would fill
    // during the features and start again).
    constexpr double kFeatureShare = 0.05;
    const FeatureTable all = buildFeatureTable(
        data, library, learned_detail::segment(options.progress, 0.0, kFeatureShare));
    const bool holdOut = !heldOutDevice.empty();
    const FeatureTable trainSet = holdOut ? all.subset(all.rowsOf({heldOutDevice}, false)) : all;
    const FeatureTable evalSet = holdOut ? all.subset(all.rowsOf({heldOutDevice}, true)) : all;
    if (trainSet.size() == 0) throw std::runtime_error("no rows left to train on");
    TrainingRun run;
    TrainOptions trainOptions = options;
    trainOptions.progress = learned_detail::segment(options.progress, kFeatureShare, 1.0);
    auto model = std::make_shared<LearnedModel>(LearnedModel::train(trainSet, trainOptions));
    model->predict(evalSet, run.predicted);
    run.measured = evalSet.measured;
    run.rows = breakdown(run.predicted, evalSet.measured, evalSet.hardware, evalSet.op);
    run.roofline = breakdown(evalSet.roofline, evalSet.measured, evalSet.hardware, evalSet.op);
    run.trainRows = trainSet.size();
    run.evalRows = evalSet.size();
    run.model = std::move(model);
    return run;
}

}  // namespace rl
