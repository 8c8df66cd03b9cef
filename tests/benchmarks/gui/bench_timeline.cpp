// The timeline with a million events: paint time per frame and the longest
// event-loop stall while it is zoomed and panned like a user would.
// A synthetic serving-like trace (4 replicas x 2 stages, 10^6 iterations,
// a counter per replica) is shown in a 1280x720 TimelineView; a 16 ms timer
// then plays 60 wheel zoom-ins around moving cursors, 60 drag steps of a pan
// and 60 zoom-outs, each followed by a synchronous repaint, while a 1 ms
// timer records the largest gap between its ticks. Target: stalls < 50 ms.
//   bench_timeline [events]   (default 1000000)
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>
#include <QWindow>

#include "tests/benchmarks/gui/stall_probe.h"
#include "tests/views/synthetic_trace.h"
#include "views/timeline/timeline_view.h"

namespace {

using rl::bench::spin;
using rl::bench::StallProbe;

struct Stats {
    std::vector<double> ms;
    std::vector<std::size_t> rects;
    double median() {
        std::vector<double> v = ms;
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return v[v.size() / 2];
    }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
    std::size_t maxRects() const { return *std::max_element(rects.begin(), rects.end()); }
};

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const std::int64_t events = argc > 1 ? std::atoll(argv[1]) : 1000000;
    QElapsedTimer build;
    build.start();
    const auto trace = rl::test::syntheticTrace(events, 4, 2);
    const double buildMs = static_cast<double>(build.nsecsElapsed()) / 1e6;

    rl::views::TimelineView view;
    view.resize(1280, 720);
    view.show();
    QElapsedTimer expose;
    expose.start();
    while (!(view.windowHandle() && view.windowHandle()->isExposed()) && expose.elapsed() < 5000)
        app.processEvents();
    // The first text drawn loads the font database; keep it out of the figures.
    view.canvas()->repaint();
    QElapsedTimer load;
    load.start();
    view.setTrace(trace);
    QWidget* canvas = view.canvas();
    canvas->repaint();
    const double loadMs = static_cast<double>(load.nsecsElapsed()) / 1e6;

    Stats full;
    for (int i = 0; i < 15; ++i) {
        canvas->repaint();
        full.ms.push_back(view.lastPaintMs());
        full.rects.push_back(view.lastRectCount());
    }

    // The scene alone (what to draw), without painting it.
    Stats scene;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        const auto f = view.scene().frame(view.rangeStart(), view.rangeEnd(),
                                          canvas->width() - 160.0, 0, canvas->height());
        scene.ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        scene.rects.push_back(f.rects.size());
    }

    StallProbe probe;
    probe.start();
    Stats zoomIn, pan, zoomOut;
    int step = 0;
    QEventLoop loop;
    QTimer driver;
    driver.setInterval(16);
    const double plotW = canvas->width() - 160.0;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        const int phase = step / 60, k = step % 60;
        if (phase == 0) {
            // Zoom in around a cursor that wanders across the plot.
            const QPointF at(160 + plotW * (0.3 + 0.4 * (k % 7) / 6.0), 200);
            QWheelEvent wheel(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(canvas, &wheel);
            canvas->repaint();
            zoomIn.ms.push_back(view.lastPaintMs());
            zoomIn.rects.push_back(view.lastRectCount());
        } else if (phase == 1) {
            // One long drag to the left, 12 px per frame.
            const QPointF from(900, 300), at(900 - 12.0 * k, 300);
            if (k == 0) {
                QMouseEvent press(QEvent::MouseButtonPress, from, canvas->mapToGlobal(from),
                                  Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
                QApplication::sendEvent(canvas, &press);
            }
            QMouseEvent move(QEvent::MouseMove, at, canvas->mapToGlobal(at), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
            if (k == 59) {
                QMouseEvent release(QEvent::MouseButtonRelease, at, canvas->mapToGlobal(at),
                                    Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(canvas, &release);
            }
            canvas->repaint();
            pan.ms.push_back(view.lastPaintMs());
            pan.rects.push_back(view.lastRectCount());
        } else if (phase == 2) {
            const QPointF at(160 + plotW / 2, 200);
            QWheelEvent wheel(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(canvas, &wheel);
            canvas->repaint();
            zoomOut.ms.push_back(view.lastPaintMs());
            zoomOut.rects.push_back(view.lastRectCount());
        } else {
            loop.quit();
        }
        ++step;
    });
    driver.start();
    loop.exec();

    std::printf("timeline of %lld events (%zu tracks), 1280x720, offscreen\n",
                static_cast<long long>(events), trace->tracks.size());
    std::printf("build synthetic trace: %.1f ms; setTrace + first paint: %.1f ms\n", buildMs,
                loadMs);
    std::printf("%-34s %10s %10s %12s\n", "", "median ms", "max ms", "max rects");
    std::printf("%-34s %10.2f %10.2f %12zu\n", "paint, whole trace", full.median(), full.max(),
                full.maxRects());
    std::printf("%-34s %10.2f %10.2f %12zu\n", "scene frame only, whole trace", scene.median(),
                scene.max(), scene.maxRects());
    std::printf("%-34s %10.2f %10.2f %12zu\n", "paint while zooming in (60 steps)", zoomIn.median(),
                zoomIn.max(), zoomIn.maxRects());
    std::printf("%-34s %10.2f %10.2f %12zu\n", "paint while panning (60 steps)", pan.median(),
                pan.max(), pan.maxRects());
    std::printf("%-34s %10.2f %10.2f %12zu\n", "paint while zooming out (60 steps)",
                zoomOut.median(), zoomOut.max(), zoomOut.maxRects());
    std::printf("longest event-loop stall during zoom/pan: %.1f ms (target < 50 ms)\n",
                probe.worstMs());
    return 0;
}
