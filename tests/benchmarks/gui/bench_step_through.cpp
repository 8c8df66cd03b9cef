// The step-through's frame time: computing a step's state (random access from
// its index) plus painting the whole view into an offscreen 1280x720 QImage,
// for the Timeloop tutorial (every one of its 1,536 steps) and the
// Eyeriss-like VGG layer (5.5 M steps: 2,000 consecutive steps as when
// playing, 2,000 random jumps as when dragging the slider). Target: no frame
// over 50 ms. The first frame after a resize also paints the cached
// background and is reported on its own.
//   bench_step_through                      figures for BENCHMARKS.md
//   bench_step_through --screenshot DIR [--qm FILE] [--suffix S]
//       writes DIR/dataflow-step[S].png (tutorial, mid-way) and
//       DIR/dataflow-step-vgg[S].png, translated by FILE if given.
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTranslator>
#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

#include "tests/dataflow/sample_designs.h"
#include "views/dataflow/step_through_view.h"

namespace {

struct Figures {
    std::vector<double> ms;
    double median() const {
        auto v = ms;
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return v[v.size() / 2];
    }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
    double p99() const {
        auto v = ms;
        const auto k = static_cast<std::ptrdiff_t>(v.size() * 99 / 100);
        std::nth_element(v.begin(), v.begin() + k, v.end());
        return v[static_cast<std::size_t>(k)];
    }
};

// One frame: the state of `step` and a paint of the view into `image`.
double frame(rl::views::StepThroughView& view, QImage& image, std::int64_t step) {
    QElapsedTimer t;
    t.start();
    view.goToStep(step);
    QPainter p(&image);
    view.render(&p);
    p.end();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void report(const char* what, const Figures& f) {
    std::printf("%-44s frames %6zu  median %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", what,
                f.ms.size(), f.median(), f.p99(), f.max());
}

int screenshots(const QString& dir, const QString& suffix) {
    rl::views::StepThroughView view;
    view.resize(1280, 720);
    view.show();
    const auto tutorial = rl::testing::tutorialDesign();
    view.setDesign(tutorial);
    // Mid-way: the register file's inputs slide at step 702 (of 1,536).
    view.goToStep(701);
    QString err = view.exportTo(dir + "/dataflow-step" + suffix + ".png", 1280, 720);
    const auto vgg = rl::testing::eyerissVggDesign();
    view.setDesign(vgg);
    view.goToStep(vgg->evaluation.computeCycles / 2 + 1234);
    if (err.isEmpty()) err = view.exportTo(dir + "/dataflow-step-vgg" + suffix + ".png", 1280, 720);
    if (!err.isEmpty()) std::fprintf(stderr, "%s\n", qPrintable(err));
    return err.isEmpty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTranslator translator;
    if (int i = static_cast<int>(args.indexOf("--qm")); i > 0 && i + 1 < args.size())
        if (translator.load(args[i + 1])) app.installTranslator(&translator);
    if (int i = static_cast<int>(args.indexOf("--screenshot")); i > 0 && i + 1 < args.size()) {
        const int s = static_cast<int>(args.indexOf("--suffix"));
        return screenshots(args[i + 1], s > 0 && s + 1 < args.size() ? args[s + 1] : QString());
    }

    rl::views::StepThroughView view;
    view.resize(1280, 720);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);

    const auto tutorial = rl::testing::tutorialDesign();
    view.setDesign(tutorial);
    Figures first, tut;
    first.ms.push_back(frame(view, image, 0));
    for (std::int64_t s = 0; s < view.stepCount(); ++s) tut.ms.push_back(frame(view, image, s));
    report("tutorial: first frame (background)", first);
    report("tutorial: every step in order", tut);

    const auto vgg = rl::testing::eyerissVggDesign();
    view.setDesign(vgg);
    Figures vFirst, play, jumps;
    vFirst.ms.push_back(frame(view, image, 0));
    const std::int64_t mid = view.stepCount() / 2;
    for (std::int64_t s = mid; s < mid + 2000; ++s) play.ms.push_back(frame(view, image, s));
    std::mt19937_64 rng(1);
    std::uniform_int_distribution<std::int64_t> any(0, view.stepCount() - 1);
    for (int i = 0; i < 2000; ++i) jumps.ms.push_back(frame(view, image, any(rng)));
    report("VGG (Eyeriss-like): first frame (background)", vFirst);
    // The background again (as after a resize or a theme change).
    Figures again;
    for (int i = 0; i < 20; ++i) {
        view.resize(i % 2 ? 1280 : 1279, 720);
        again.ms.push_back(frame(view, image, i));
    }
    view.resize(1280, 720);
    report("VGG (Eyeriss-like): frame after a resize", again);
    report("VGG (Eyeriss-like): 2000 steps in order", play);
    report("VGG (Eyeriss-like): 2000 random jumps", jumps);

    // The state alone, without painting.
    rl::dataflow::StepState state;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 100000; ++i) view.scene().steps().stateAt(any(rng), state);
    std::printf("VGG state by random access: %.2f us per step\n",
                static_cast<double>(t.nsecsElapsed()) / 1e3 / 100000);
    return 0;
}
