#include "views/common/job_runner.h"

#include <exception>

#include <QElapsedTimer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "views/explanation/message_text.h"

namespace rl::views {

JobRunner::JobRunner(QObject* parent) : QObject(parent), throttle_(new QTimer(this)) {
    qRegisterMetaType<JobResult>("rl::views::JobResult");
    throttle_->setSingleShot(true);
    throttle_->setInterval(150);
    connect(throttle_, &QTimer::timeout, this, [this] {
        if (pending_) runNow(std::move(pending_));
        pending_ = nullptr;
    });
}

JobRunner::~JobRunner() {
    // Jobs post back to this object: stop them and wait before it goes away.
    for (auto& j : jobs_) j.cancel->store(true);
    for (auto& j : jobs_) j.future.waitForFinished();
}

void JobRunner::setThrottleMs(int ms) { throttle_->setInterval(ms); }
int JobRunner::throttleMs() const { return throttle_->interval(); }

void JobRunner::request(Work work) {
    // Throttle rather than restart: a continuous drag still gets a fresh
    // result every interval, computed from the latest edit.
    pending_ = std::move(work);
    if (!throttle_->isActive()) throttle_->start();
}

void JobRunner::cancel() {
    pending_ = nullptr;
    throttle_->stop();
    for (auto& j : jobs_) j.cancel->store(true);
}

quint64 JobRunner::runNow(Work work) {
    throttle_->stop();
    for (auto& j : jobs_) j.cancel->store(true);  // superseded
    Job job;
    job.id = ++latestJob_;
    job.cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 id = job.id;
    auto cancelFlag = job.cancel;
    ++running_;
    Q_EMIT started(id);
    job.future = QtConcurrent::run([this, id, cancelFlag, work = std::move(work)] {
        // Progress is posted at most every 50 ms so a chatty engine cannot
        // flood the GUI thread's event queue.
        auto lastPost = std::make_shared<std::atomic<qint64>>(0);
        QElapsedTimer clock;
        clock.start();
        rl::Progress tracker;
        tracker.cancel = cancelFlag.get();
        tracker.report = [this, id, lastPost, clock](double f, std::string_view what) {
            const qint64 now = clock.elapsed();
            qint64 last = lastPost->load();
            if (now - last < 50 && f < 1.0) return;
            if (!lastPost->compare_exchange_strong(last, now)) return;
            const QString text = QString::fromUtf8(what.data(), static_cast<int>(what.size()));
            QMetaObject::invokeMethod(
                this, [this, id, f, text] { Q_EMIT this->progress(id, f, text); },
                Qt::QueuedConnection);
        };
        JobResult result;
        QString error;
        bool wasCancelled = false;
        try {
            result = work(tracker);
            if (!result) error = QStringLiteral("the job returned no result");
        } catch (const rl::Cancelled&) {
            wasCancelled = true;
        } catch (const std::exception& e) {
            // A typed reason (rl::MessageError) in the user's language, else what().
            error = MessageText::error(e);
        } catch (...) {
            error = QStringLiteral("unknown error");
        }
        const double seconds = clock.nsecsElapsed() * 1e-9;
        QMetaObject::invokeMethod(
            this,
            [this, id, result, error, wasCancelled, seconds] {
                deliver(id, result, error, wasCancelled, seconds);
            },
            Qt::QueuedConnection);
    });
    jobs_.push_back(std::move(job));
    return id;
}

void JobRunner::deliver(quint64 job, JobResult result, QString error, bool wasCancelled,
                        double seconds) {
    --running_;
    for (auto it = jobs_.begin(); it != jobs_.end(); ++it)
        if (it->id == job) {
            jobs_.erase(it);
            break;
        }
    if (job != latestJob_) return;  // stale: a newer request exists
    if (wasCancelled)
        Q_EMIT cancelled(job);
    else if (!error.isEmpty())
        Q_EMIT failed(job, error);
    else
        Q_EMIT finished(job, std::move(result), seconds);
}

}  // namespace rl::views
