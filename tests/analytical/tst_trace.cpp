// The Trace type (table builders, finish), the analytical engine's timeline
// (every decode step at its KV length, ids into Prediction::ops) and the
// Chrome / Perfetto export.
#include <algorithm>
#include <cmath>
#include <map>

#include <QTest>

#include "core/analytical/analyze.h"
#include "core/analytical/timeline.h"
#include "core/result/export.h"
#include "core/result/trace.h"
#include "core/workload/lower.h"
#include "test_specs.h"

using namespace rl;

namespace {

Hardware a100() { return test::sampleHardware("nvidia-a100-sxm4-80gb.json"); }

std::vector<const TraceEvent*> onTrack(const Trace& t, const std::string& name) {
    std::vector<const TraceEvent*> out;
    for (const TraceEvent& e : t.events)
        if (t.tracks[static_cast<std::size_t>(e.track)].name == name) out.push_back(&e);
    return out;
}

// Two groups, three tracks (one empty), a counter and a flow, built out of order.
Trace smallTrace() {
    Trace t;
    const int r0 = t.group("replica 0"), r1 = t.group("replica 1");
    const int a = t.track("stage 0", r0), b = t.track("stage 0", r1);
    t.track("idle", r1);
    const int prefill = t.category("prefill"), decode = t.category("decode");
    auto add = [&](double start, double dur, int track, int cat, TraceRef ref, std::int64_t id) {
        t.events.push_back({.start = start,
                            .duration = dur,
                            .track = track,
                            .category = cat,
                            .ref = ref,
                            .id = id});
    };
    add(2e-3, 1e-3, b, decode, TraceRef::iteration, 7);    // 0
    add(0.0, 1.5e-3, a, prefill, TraceRef::iteration, 3);  // 1
    add(1e-3, 4e-3, b, prefill, TraceRef::request, 11);    // 2
    add(3e-3, 0.5e-3, a, decode, TraceRef::none, -1);      // 3
    t.events[3].label = t.label("step 2");
    t.flows.push_back({1, 0});  // a KV transfer from replica 0's prefill to replica 1
    TraceCounter c;
    c.name = "batch size";
    c.unit = "requests";
    c.group = r1;
    c.times = {0.0, 2e-3};
    c.values = {1, 3};
    t.counters.push_back(c);
    return t;
}

}  // namespace

class TstTrace : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void tableBuildersAreLookups() {
        Trace t;
        QCOMPARE(t.group("replica 0"), 0);
        QCOMPARE(t.group("replica 1"), 1);
        QCOMPARE(t.group("replica 0"), 0);
        QCOMPARE(t.track("stage 0", 0), 0);
        QCOMPARE(t.track("stage 0", 1), 1);  // same name, other group: another track
        QCOMPARE(t.track("stage 0", 0), 0);
        QCOMPARE(t.tracks.size(), std::size_t(2));
        // A table filled directly is still found by the builder.
        t.categories.push_back("decode");
        QCOMPARE(t.category("prefill"), 1);
        QCOMPARE(t.category("decode"), 0);
        // Copies are independent.
        Trace u = t;
        QCOMPARE(u.label("x"), 0);
        QCOMPARE(u.label("y"), 1);
        QVERIFY(t.labels.empty());
        QCOMPARE(t.label("y"), 0);
        TraceEvent e;
        e.category = 1;
        QCOMPARE(t.labelOf(e), std::string("prefill"));  // no label: the category's name
        e.label = 0;
        QCOMPARE(t.labelOf(e), std::string("y"));
        QCOMPARE(std::string(toString(TraceRef::iteration)), std::string("iteration"));
    }

    void finishSortsByTrackAndStartAndRemapsFlows() {
        Trace t = smallTrace();
        QCOMPARE(t.endTime(), 5e-3);
        t.finish();
        QCOMPARE(t.events.size(), std::size_t(4));
        for (std::size_t i = 1; i < t.events.size(); ++i) {
            const TraceEvent &x = t.events[i - 1], &y = t.events[i];
            QVERIFY(x.track < y.track || (x.track == y.track && x.start <= y.start));
        }
        // The flow still joins replica 0's prefill (iteration 3) to iteration 7.
        const TraceEvent& from = t.events[static_cast<std::size_t>(t.flows[0].from)];
        const TraceEvent& to = t.events[static_cast<std::size_t>(t.flows[0].to)];
        QCOMPARE(from.id, std::int64_t(3));
        QCOMPARE(to.id, std::int64_t(7));
        QCOMPARE(t.trackBegin, (std::vector<std::int64_t>{0, 2, 4, 4}));
        QCOMPARE(t.trackLongest[0], 1.5e-3);
        QCOMPARE(t.trackLongest[1], 4e-3);
        QCOMPARE(t.trackLongest[2], 0.0);
    }

    void finishNamesBadIndices() {
        Trace t = smallTrace();
        t.events[2].track = 9;
        try {
            t.finish();
            QFAIL("an event on track 9 of 3 was accepted");
        } catch (const std::invalid_argument& e) {
            const std::string what = e.what();
            QVERIFY2(
                what.find("event 2") != std::string::npos && what.find("9") != std::string::npos,
                what.c_str());
        }
        Trace f = smallTrace();
        f.flows.push_back({0, 40});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, f.finish());
        Trace c = smallTrace();
        c.counters[0].values.pop_back();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, c.finish());
    }

    void analyticalTimelineDrawsEveryDecodeStep() {
        const Prediction p = analyze(a100(), test::llama2_7b(), test::inference(1, 128, 16));
        QVERIFY(p.trace);
        const Trace& t = *p.trace;
        QCOMPARE(t.groups.size(), std::size_t(1));
        std::size_t prefill = 0, decode = 0;
        for (const OpRecord& r : p.ops) (r.phase == "prefill" ? prefill : decode) += 1;
        // One step event for the prefill and one per decode step (2..16).
        const auto steps = onTrack(t, "steps");
        QCOMPARE(steps.size(), std::size_t(1 + 15));
        QCOMPARE(t.categories[static_cast<std::size_t>(steps[0]->category)],
                 std::string("prefill"));
        QCOMPARE(t.labelOf(*steps[3]), std::string("decode step 3, KV 131"));
        // Every op of the prefill once, every decode record once per step.
        const auto compute = onTrack(t, "compute");
        QCOMPARE(compute.size(), prefill + 15 * decode);
        double end = 0;
        for (const TraceEvent* e : compute) {
            QVERIFY(e->ref == TraceRef::op);
            QVERIFY(e->id >= 0 && static_cast<std::size_t>(e->id) < p.ops.size());
            // Laid end to end: each op starts where the previous one ended.
            QVERIFY(std::abs(e->start - end) <= 1e-12 + 1e-9 * end);
            end = e->start + e->duration;
        }
        // Decode ops point at the decode records, the kernel kind is the category.
        const TraceEvent* lastOp = compute.back();
        const OpRecord& r = p.ops[static_cast<std::size_t>(lastOp->id)];
        QCOMPARE(r.phase, std::string("decode"));
        QCOMPARE(t.categories[static_cast<std::size_t>(lastOp->category)],
                 std::string(toString(r.kind)));
        // Step by step the sum equals the folded records' total (cost is
        // linear in the KV length and the records sit at its mean).
        QVERIFY(std::abs(end - p.totalTime) <= 1e-3 * p.totalTime);
        // The KV length grows along time, one point per step.
        QCOMPARE(t.counters.size(), std::size_t(1));
        const TraceCounter& kv = t.counters[0];
        QCOMPARE(kv.values.size(), std::size_t(16));
        QCOMPARE(kv.values.front(), 128.0);
        QCOMPARE(kv.values.back(), 143.0);
        QVERIFY(std::is_sorted(kv.times.begin(), kv.times.end()));
        // A decode step never gets faster as the KV cache grows (FlashAttention's
        // KV-cache kernel splits keys, so 15 more tokens may cost nothing).
        QVERIFY(steps[15]->duration >= steps[1]->duration * (1 - 1e-4));
    }

    void longGenerationsAreSampledAndStayClose() {
        const Hardware hw = a100();
        const ModelSpec m = test::llama2_7b();
        const Scenario s = test::inference(4, 512, 3000);
        const Prediction p = analyze(hw, m, s);
        QVERIFY(p.trace);
        const auto steps = onTrack(*p.trace, "steps");
        QCOMPARE(steps.size(), std::size_t(3000));
        // Step 1234 (between two sampled KV lengths) against its exact cost.
        const std::int64_t step = 1234;
        const auto ops = lowerDecodeStep(m, s, 512 + step);
        double exact = 0;
        for (const Operator& op : ops) exact += evaluateOperator(op, hw).time;
        const double drawn = steps[static_cast<std::size_t>(step)]->duration;
        QVERIFY2(std::abs(drawn - exact) <= 1e-3 * exact,
                 qPrintable(QStringLiteral("%1 vs %2").arg(drawn).arg(exact)));
        // Never faster as the cache grows, but for the few parts per million a
        // change in FlashAttention's key split can give back.
        for (std::size_t i = 2; i < steps.size(); ++i)
            QVERIFY(steps[i]->duration >= steps[i - 1]->duration * (1 - 1e-4));
        // Over 3000 tokens the KV cache's reads show.
        QVERIFY(steps.back()->duration > steps[1]->duration * 1.01);
    }

    void tensorParallelOpsUseTheNetworkTrack() {
        Scenario s = test::inference(1, 256, 4);
        s.parallelism.tensor = 8;
        const Prediction p =
            analyze(test::sampleHardware("nvidia-dgx-a100.json"), test::llama2_7b(), s);
        QVERIFY(p.trace);
        const auto network = onTrack(*p.trace, "network");
        QVERIFY(!network.empty());
        for (const TraceEvent* e : network)
            QVERIFY(p.ops[static_cast<std::size_t>(e->id)].kind == OpKind::collective);
    }

    void cnnIsOneForwardPassAndTheTimelineCanBeSkipped() {
        Scenario s = test::inference(8, 1, 0);
        const ModelSpec resnet = test::sampleModel("resnet-50.json");
        const Prediction p = analyze(a100(), resnet, s);
        QVERIFY(p.trace);
        QCOMPARE(onTrack(*p.trace, "compute").size(), p.ops.size());
        QCOMPARE(onTrack(*p.trace, "steps").size(), std::size_t(1));
        QVERIFY(p.trace->counters.empty());
        AnalysisOptions o;
        o.timeline = false;
        QVERIFY(!analyze(a100(), resnet, s, o).trace);
    }

    void chromeTraceHasProcessesThreadsCountersAndFlows() {
        Trace t = smallTrace();
        t.finish();
        Prediction p;
        p.hardware = "H";
        p.trace = std::make_shared<const Trace>(t);
        const auto j = predictionChromeTrace(p);
        std::map<std::string, int> phases;
        std::map<int, std::string> processes;
        std::map<std::pair<int, int>, std::string> threads;
        for (const auto& e : j["traceEvents"]) {
            const std::string ph = e["ph"];
            ++phases[ph];
            if (ph == "M" && e["name"] == "process_name")
                processes[e["pid"].get<int>()] = e["args"]["name"];
            if (ph == "M" && e["name"] == "thread_name")
                threads[{e["pid"].get<int>(), e["tid"].get<int>()}] = e["args"]["name"];
        }
        QCOMPARE(processes, (std::map<int, std::string>{{1, "replica 0"}, {2, "replica 1"}}));
        QCOMPARE(threads.size(), std::size_t(3));
        QCOMPARE(threads.at({2, 3}), std::string("idle"));
        QCOMPARE(phases["X"], 4);
        QCOMPARE(phases["C"], 2);
        QCOMPARE(phases["s"], 1);
        QCOMPARE(phases["f"], 1);
        // Microseconds, the category, ref and id in args, on the right process.
        bool found = false;
        for (const auto& e : j["traceEvents"])
            if (e["ph"] == "X" && e["args"]["ref"] == "request") {
                found = true;
                QCOMPARE(e["ts"].get<double>(), 1000.0);
                QCOMPARE(e["dur"].get<double>(), 4000.0);
                QCOMPARE(e["pid"].get<int>(), 2);
                QCOMPARE(e["args"]["id"].get<int>(), 11);
                QCOMPARE(e["args"]["category"].get<std::string>(), std::string("prefill"));
                QCOMPARE(e["name"].get<std::string>(), std::string("prefill"));
            }
        QVERIFY(found);
        // Deterministic bytes.
        QCOMPARE(predictionChromeTrace(p).dump(), j.dump());
        // The prediction JSON carries the trace's tables and events.
        const auto doc = predictionToJson(p);
        QCOMPARE(doc["trace"]["groups"].size(), std::size_t(2));
        QCOMPARE(doc["trace"]["events"].size(), std::size_t(4));
        QCOMPARE(doc["trace"]["events"][0]["ref"].get<std::string>(), std::string("iteration"));
        QCOMPARE(doc["trace"]["counters"][0]["unit"].get<std::string>(), std::string("requests"));
        QCOMPARE(doc["trace"]["flows"].size(), std::size_t(1));
        Prediction none;
        QVERIFY(predictionToJson(none)["trace"].is_null());
        QVERIFY(predictionChromeTrace(none)["traceEvents"].empty());
    }
};

QTEST_GUILESS_MAIN(TstTrace)
#include "tst_trace.moc"
