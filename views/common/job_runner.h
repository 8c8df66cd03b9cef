#pragma once
// The one background job runner of every page: runs work off the GUI thread
// (QtConcurrent on the global pool; the engines use TBB inside) with a job id
// per run. A newer run cancels the running job through rl::Progress's flag
// and its result, if it still arrives, is dropped as stale. request() throttles
// so dragging a slider starts one run per interval rather than one per pixel.
// Destruction cancels every job and waits for it: work may capture pointers to
// objects that live as long as the runner.
//
// Results are type-erased (std::shared_ptr<const void>); typedWork() and
// resultAs<R>() keep callers typed, and a page wraps the runner with its own
// typed signal (app/gui/run_controller.h, the learned-models page).
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>

#include "core/result/progress.h"

class QTimer;

namespace rl::views {

using JobResult = std::shared_ptr<const void>;

class JobRunner : public QObject {
    Q_OBJECT
  public:
    // Returns the result (never null), or throws rl::Cancelled or any
    // std::exception (its what() becomes failed()'s message).
    using Work = std::function<JobResult(const rl::Progress&)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // Runs `work` at the end of the current throttle interval; a newer request replaces it.
    void request(Work work);
    // Runs `work` now, cancelling any running job; returns its id.
    quint64 runNow(Work work);
    // Cancels the running jobs and any pending request.
    void cancel();
    bool isRunning() const { return running_ > 0; }
    quint64 latestJob() const { return latestJob_; }
    void setThrottleMs(int ms);
    int throttleMs() const;

  Q_SIGNALS:
    // All on the runner's thread, for the newest job only (older ones are stale).
    void started(quint64 job);
    void progress(quint64 job, double fraction, const QString& what);
    void finished(quint64 job, rl::views::JobResult result, double seconds);
    void failed(quint64 job, const QString& message);
    void cancelled(quint64 job);

  private:
    struct Job {
        quint64 id = 0;
        std::shared_ptr<std::atomic<bool>> cancel;
        QFuture<void> future;
    };
    void deliver(quint64 job, JobResult result, QString error, bool wasCancelled, double seconds);

    QTimer* throttle_;
    Work pending_;
    quint64 latestJob_ = 0;
    int running_ = 0;
    std::vector<Job> jobs_;
};

// Work returning an R, as the runner takes it.
template <typename R>
JobRunner::Work typedWork(std::function<R(const rl::Progress&)> work) {
    return [work = std::move(work)](const rl::Progress& p) -> JobResult {
        return std::make_shared<const R>(work(p));
    };
}

// The result of typedWork<R>.
template <typename R>
std::shared_ptr<const R> resultAs(const JobResult& result) {
    return std::static_pointer_cast<const R>(result);
}

}  // namespace rl::views

Q_DECLARE_METATYPE(rl::views::JobResult)
