// Longest event-loop stall of the main window while predictions run.
// A 1 ms QTimer records the largest gap between its ticks while the harness
// (a) opens a project and waits for its first result, then (b) "drags" the
// main-memory bandwidth: one edit every 16 ms for 2 s, each re-running the
// prediction in the background after the debounce, and every result
// redrawing the roofline, traffic chart, table and explanation.
//   bench_gui_stall [project.json ...]   (default: every sample project)
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include "app/gui/main_window.h"
#include "core/spec/units.h"
#include "tests/benchmarks/gui/stall_probe.h"
#include "views/editors/spec_editor.h"

namespace {

using rl::bench::spin;
using rl::bench::StallProbe;

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList projects = app.arguments().mid(1);
    if (projects.isEmpty()) {
        const QDir dir(QStringLiteral(RIDGELINE_SAMPLES) + "/projects");
        for (const QString& f : dir.entryList({"*.json"}, QDir::Files))
            projects << dir.absoluteFilePath(f);
    }
    std::printf("%-44s %6s %9s %9s %9s %9s %9s\n", "project", "ops", "open_ms", "stall_ms",
                "drag_runs", "stall_ms", "show_ms");
    std::printf("%-44s %6s %9s %9s %9s %9s %9s\n", "", "", "", "(open)", "", "(drag)", "(result)");
    double worstOverall = 0;
    for (const QString& path : projects) {
        rl::gui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        int results = 0;
        QObject::connect(w.results(), &rl::views::ResultStore::resultChanged,
                         [&results] { ++results; });
        StallProbe probe;
        probe.start();
        QElapsedTimer open;
        open.start();
        if (!w.openFile(path, true)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        while (results == 0 && open.elapsed() < 120000) spin(5);
        const double openMs = open.nsecsElapsed() * 1e-6;
        spin(100);
        const double openStall = probe.worstMs();
        const int ops =
            w.results()->result() ? static_cast<int>(w.results()->result()->ops.size()) : 0;

        // Drag: bandwidth from 1x to 3x of the spec value over 125 edits.
        const rl::Json doc = w.hardwareEditor()->document();
        const std::string bw = doc["memory"][0]["bandwidth"].get<std::string>();
        const double base = std::get<double>(rl::parseQuantity(bw, rl::Dimension::bandwidth));
        results = 0;
        probe.start();
        for (int i = 1; i <= 125; ++i) {
            const double v = base * (1.0 + 2.0 * i / 125.0);
            w.hardwareEditor()->editField(
                "/memory/0/bandwidth",
                QString::fromStdString(rl::formatQuantity(v, rl::Dimension::bandwidth, 4)));
            spin(16);
        }
        QElapsedTimer settle;
        settle.start();
        while ((w.runs()->isRunning() || results == 0) && settle.elapsed() < 120000) spin(5);
        spin(200);
        const double dragStall = probe.worstMs();
        // GUI-thread cost of showing one result in every view (median of 5).
        std::vector<double> applyMs;
        for (int i = 0; i < 5; ++i) {
            auto r = w.results()->result();
            QElapsedTimer t;
            t.start();
            w.results()->setResult(r);
            QCoreApplication::sendPostedEvents();  // queued replots
            applyMs.push_back(t.nsecsElapsed() * 1e-6);
        }
        std::sort(applyMs.begin(), applyMs.end());
        worstOverall = std::max({worstOverall, openStall, dragStall});
        std::printf("%-44s %6d %9.1f %9.1f %9d %9.1f %9.1f\n",
                    qPrintable(QFileInfo(path).fileName()), ops, openMs, openStall, results,
                    dragStall, applyMs[2]);
        std::fflush(stdout);
    }
    std::printf("worst event-loop stall: %.1f ms (target < 50 ms)\n", worstOverall);
    return 0;
}
