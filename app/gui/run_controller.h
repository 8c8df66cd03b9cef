#pragma once
// Runs predictions off the GUI thread (QtConcurrent on the global pool; the
// engine uses TBB inside). Each run has a job id: a newer request cancels the
// running job through rl::Progress's flag and its result, if it still
// arrives, is dropped as stale. Requests are debounced so dragging a slider
// starts one run per pause rather than one per pixel.
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QString>

#include "core/result/prediction.h"
#include "core/result/progress.h"

class QTimer;

namespace rl {
namespace gui {

using PredictionPtr = std::shared_ptr<const rl::Prediction>;

class RunController : public QObject {
    Q_OBJECT
  public:
    using Work = std::function<rl::Prediction(const rl::Progress&)>;

    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    // Runs `work` at the end of the current throttle interval; a newer request replaces it.
    void request(Work work);
    // Runs `work` now, cancelling any running job.
    void runNow(Work work);
    void cancel();
    bool isRunning() const { return running_ > 0; }
    quint64 latestJob() const { return latestJob_; }
    void setDebounceMs(int ms);
    int debounceMs() const;

  Q_SIGNALS:
    void started(quint64 job);
    void progress(quint64 job, double fraction, const QString& what);
    void finished(quint64 job, rl::gui::PredictionPtr result, double seconds);
    void failed(quint64 job, const QString& message);
    void cancelled(quint64 job);

  private:
    struct Job {
        quint64 id = 0;
        std::shared_ptr<std::atomic<bool>> cancel;
        QFuture<void> future;
    };
    void deliver(quint64 job, PredictionPtr result, QString error, bool wasCancelled,
                 double seconds);

    QTimer* debounce_;
    Work pending_;
    quint64 latestJob_ = 0;
    int running_ = 0;
    std::vector<Job> jobs_;
};

}  // namespace gui
}  // namespace rl

Q_DECLARE_METATYPE(rl::gui::PredictionPtr)
