#pragma once
// Project predictions on the one background job runner
// (views/common/job_runner.h: job ids, throttle, cancel through rl::Progress,
// stale results dropped, destruction waits), with Prediction-typed work and
// results.
#include <functional>
#include <memory>

#include "core/result/prediction.h"
#include "core/result/progress.h"
#include "views/common/job_runner.h"

namespace rl {
namespace gui {

using PredictionPtr = std::shared_ptr<const rl::Prediction>;

class RunController : public views::JobRunner {
    Q_OBJECT
  public:
    using Work = std::function<rl::Prediction(const rl::Progress&)>;

    explicit RunController(QObject* parent = nullptr);

    void request(Work work) { JobRunner::request(views::typedWork(std::move(work))); }
    void runNow(Work work) { JobRunner::runNow(views::typedWork(std::move(work))); }
    void setDebounceMs(int ms) { setThrottleMs(ms); }
    int debounceMs() const { return throttleMs(); }

  Q_SIGNALS:
    // JobRunner::finished with the Prediction.
    void predictionReady(quint64 job, rl::gui::PredictionPtr result, double seconds);
};

}  // namespace gui
}  // namespace rl

Q_DECLARE_METATYPE(rl::gui::PredictionPtr)
