// The one background job runner (views/common/job_runner.h): typed results,
// job ids, stale results dropped, cancel, failures, throttled requests, and a
// destructor that cancels and waits for its jobs.
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "views/common/job_runner.h"

using rl::views::JobResult;
using rl::views::JobRunner;
using rl::views::resultAs;
using rl::views::typedWork;

namespace {

// Work that returns `value` once `release` is set (ignoring cancellation, as
// an engine between two progress checks does).
JobRunner::Work heldUntil(std::atomic<bool>& release, int value) {
    return typedWork<int>([&release, value](const rl::Progress&) {
        while (!release.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return value;
    });
}

// Work that runs until it is cancelled.
JobRunner::Work untilCancelled() {
    return typedWork<int>([](const rl::Progress& p) -> int {
        for (;;) {
            p.check();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
}

}  // namespace

class TestJobRunner : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void deliversTheTypedResult() {
        JobRunner runner;
        QSignalSpy started(&runner, &JobRunner::started);
        QSignalSpy finished(&runner, &JobRunner::finished);
        const quint64 id = runner.runNow(
            typedWork<std::string>([](const rl::Progress&) { return std::string("done"); }));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toULongLong(), id);
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toULongLong(), id);
        const auto result = resultAs<std::string>(finished.first().at(1).value<JobResult>());
        QCOMPARE(*result, std::string("done"));
        QVERIFY(finished.first().at(2).toDouble() >= 0);
        QVERIFY(!runner.isRunning());
    }

    void staleResultsAreDropped() {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        std::atomic<bool> releaseOld{false}, releaseNew{true};
        const quint64 old = runner.runNow(heldUntil(releaseOld, 1));
        const quint64 newer = runner.runNow(heldUntil(releaseNew, 2));
        QVERIFY(newer > old);
        QCOMPARE(runner.latestJob(), newer);
        QVERIFY(finished.wait(5000));
        releaseOld = true;  // the superseded job now finishes too...
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 5000);
        QCoreApplication::processEvents();
        // ...but only the newest result arrives.
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toULongLong(), newer);
        QCOMPARE(*resultAs<int>(finished.first().at(1).value<JobResult>()), 2);
        QCOMPARE(cancelled.size(), 0);
    }

    void cancelStopsTheJob() {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy finished(&runner, &JobRunner::finished);
        const quint64 id = runner.runNow(untilCancelled());
        runner.cancel();
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(cancelled.first().at(0).toULongLong(), id);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!runner.isRunning());
    }

    void failuresCarryTheMessage() {
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.runNow(typedWork<int>(
            [](const rl::Progress&) -> int { throw std::runtime_error("spec has no memory"); }));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("spec has no memory"));
    }

    void requestsAreThrottled() {
        JobRunner runner;
        runner.setThrottleMs(50);
        QSignalSpy started(&runner, &JobRunner::started);
        QSignalSpy finished(&runner, &JobRunner::finished);
        for (int i = 1; i <= 5; ++i)
            runner.request(typedWork<int>([i](const rl::Progress&) { return i; }));
        QCOMPARE(started.size(), 0);  // nothing before the interval ends
        QVERIFY(finished.wait(5000));
        QCOMPARE(started.size(), 1);  // one run, of the latest request
        QCOMPARE(*resultAs<int>(finished.first().at(1).value<JobResult>()), 5);
    }

    void destructionCancelsAndWaits() {
        std::atomic<bool> sawCancel{false}, ended{false};
        {
            JobRunner runner;
            runner.runNow(typedWork<int>([&](const rl::Progress& p) {
                while (!p.cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
                sawCancel = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                ended = true;  // the work still touches the caller's state here
                return 0;
            }));
            QVERIFY(runner.isRunning());
        }
        QVERIFY(sawCancel.load());
        QVERIFY(ended.load());  // ~JobRunner returned only after the job ended
    }
};

QTEST_MAIN(TestJobRunner)
#include "test_job_runner.moc"
