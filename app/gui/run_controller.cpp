#include "app/gui/run_controller.h"

namespace rl {
namespace gui {

RunController::RunController(QObject* parent) : JobRunner(parent) {
    qRegisterMetaType<PredictionPtr>("rl::gui::PredictionPtr");
    connect(this, &JobRunner::finished, this,
            [this](quint64 job, const views::JobResult& result, double seconds) {
                Q_EMIT predictionReady(job, views::resultAs<rl::Prediction>(result), seconds);
            });
}

}  // namespace gui
}  // namespace rl
