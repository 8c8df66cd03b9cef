#pragma once
// The GUI benchmarks' measure of responsiveness: a 1 ms timer on the event
// loop records the longest gap between its ticks (an event-loop stall).
#include <algorithm>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace rl::bench {

struct StallProbe {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    StallProbe() {
        timer.setInterval(1);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
    }
    void start() {
        clock.start();
        last = 0;
        worst = 0;
        timer.start();
    }
    double worstMs() const { return static_cast<double>(worst) * 1e-6; }
};

// Runs the event loop for `ms` milliseconds.
inline void spin(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace rl::bench
