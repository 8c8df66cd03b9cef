#include "core/learned/training_run.h"

#include <stdexcept>

#include "core/learned/feature_table.h"

namespace rl {

TrainingRun trainAndEvaluate(const Dataset& data, const DeviceLibrary& library,
                             const TrainOptions& options, const std::string& heldOutDevice) {
    const FeatureTable all = buildFeatureTable(data, library, options.progress);
    const bool holdOut = !heldOutDevice.empty();
    const FeatureTable trainSet = holdOut ? all.subset(all.rowsOf({heldOutDevice}, false)) : all;
    const FeatureTable evalSet = holdOut ? all.subset(all.rowsOf({heldOutDevice}, true)) : all;
    if (trainSet.size() == 0) throw std::runtime_error("no rows left to train on");
    TrainingRun run;
    auto model = std::make_shared<LearnedModel>(LearnedModel::train(trainSet, options));
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
