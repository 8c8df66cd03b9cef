// Times (a) a full Llama-2-70B prefill + decode analyze() with explanations
// and (b) the raw per-operator roofline (evaluateRoofline, allocation-free)
// and evaluateOperator (fills an OpRecord). One thread; prints medians of
// 21 runs in thread CPU time.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include "core/analytical/analyze.h"
#include "core/analytical/roofline.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

using namespace rl;
// Thread CPU time, not wall time: on a shared machine the wall clock counts
// the time other processes hold the core.
double cpuNow() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

template <class F>
double medianSeconds(int repeats, int inner, F&& f) {
    std::vector<double> t;
    for (int r = 0; r < repeats; ++r) {
        const double a = cpuNow();
        for (int i = 0; i < inner; ++i) f(i);
        t.push_back((cpuNow() - a) / inner);
    }
    std::nth_element(t.begin(), t.begin() + t.size() / 2, t.end());
    return t[t.size() / 2];
}

int main() {
    auto hw = loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/nvidia-a100-sxm4-80gb.json");
    auto model = loadModel(std::string(RIDGELINE_SAMPLES) + "/models/llama-2-70b.json");
    if (!hw.ok() || !model.ok()) {
        std::fprintf(stderr, "cannot load samples\n");
        return 1;
    }
    Scenario sc;
    sc.name = "bench";
    sc.inference.batch = 8;
    sc.inference.promptTokens = 2048;
    sc.inference.generatedTokens = 512;

    std::size_t ops = 0, sentences = 0;
    const double full = medianSeconds(21, 20, [&](int) {
        const Prediction p = analyze(*hw.value, *model.value, sc);
        ops = p.ops.size();
        sentences = p.explanations.size();
    });
    AnalysisOptions quiet;
    quiet.explain = false;
    const double noExplain =
        medianSeconds(21, 50, [&](int) { analyze(*hw.value, *model.value, sc, quiet); });
    // The timeline (every decode step as its own events; steps past 64 are
    // costed at 64 KV lengths and interpolated) is the rest of analyze().
    AnalysisOptions bare = quiet;
    bare.timeline = false;
    const double noTimeline =
        medianSeconds(21, 50, [&](int) { analyze(*hw.value, *model.value, sc, bare); });
    // Explanations and what-ifs alone: with them, without the timeline.
    AnalysisOptions explainOnly;
    explainOnly.timeline = false;
    const double explainNoTimeline =
        medianSeconds(21, 50, [&](int) { analyze(*hw.value, *model.value, sc, explainOnly); });
    Scenario longGen = sc;
    longGen.inference.generatedTokens = 8192;
    std::size_t longEvents = 0;
    const double longTimeline = medianSeconds(11, 5, [&](int) {
        const Prediction p = analyze(*hw.value, *model.value, longGen, quiet);
        longEvents = p.trace ? p.trace->events.size() : 0;
    });

    const auto opList = lowerModel(*model.value, sc);
    volatile double sink = 0;
    RooflineResult r;
    const RooflineDevice device(*hw.value);
    const std::size_t n = opList.size();
    const double raw = medianSeconds(21, 20000, [&](int i) {
        evaluateRoofline(opList[static_cast<std::size_t>(i) % n], device, r);
        sink = sink + r.timeEach;
    });
    const double rawHw = medianSeconds(21, 20000, [&](int i) {
        evaluateRoofline(opList[static_cast<std::size_t>(i) % n], *hw.value, nullptr, r);
        sink = sink + r.timeEach;
    });
    const double rec = medianSeconds(21, 20000, [&](int i) {
        const OpRecord o =
            evaluateOperator(opList[static_cast<std::size_t>(i) % opList.size()], *hw.value);
        sink = sink + o.timeEach;
    });
    std::printf(
        "Llama-2-70B on A100 80GB, batch 8, prompt 2048, 512 generated (%zu op records, %zu "
        "explanations)\n",
        ops, sentences);
    std::printf("analyze() with explanations and what-ifs: %.1f us\n", full * 1e6);
    std::printf("analyze() without explanations:            %.1f us\n", noExplain * 1e6);
    std::printf("analyze() without explanations or timeline: %.1f us\n", noTimeline * 1e6);
    std::printf("analyze() with explanations, no timeline:   %.1f us\n", explainNoTimeline * 1e6);
    std::printf("analyze() without explanations, 8192 generated (%zu timeline events): %.1f us\n",
                longEvents, longTimeline * 1e6);
    std::printf("evaluateRoofline, precomputed device:      %.1f ns per operator\n", raw * 1e9);
    std::printf("evaluateRoofline from a Hardware:          %.1f ns per operator\n", rawHw * 1e9);
    std::printf("evaluateOperator (fills an OpRecord):      %.1f ns per operator\n", rec * 1e9);
    return sink < 0 ? 1 : 0;
}
