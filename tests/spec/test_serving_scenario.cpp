// The serving section of "ridgeline.scenario": every field read, validated
// with its JSON path, written back by toJson, and trace files resolved
// relative to the file the scenario is written in (a scenario file, or a
// project that embeds it).
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "core/spec/spec_io.h"

using namespace rl;

namespace {

void writeFile(const QString& path, const std::string& text) {
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

Json servingDoc(const Json& serving) {
    return {{"format", "ridgeline.scenario"},
            {"version", 1},
            {"name", "S"},
            {"kind", "serving"},
            {"serving", serving}};
}

// Every field set to a value other than its default.
Json fullServing() {
    return Json::parse(R"({
      "arrival": "gamma", "rate_per_s": 3.5, "burstiness": 2.5, "requests": 1000,
      "prompt_length": {"kind": "lognormal", "mean": 1155, "stddev": 1109, "min": 2, "max": 14050},
      "output_length": {"kind": "zipf", "theta": 1.2, "min": 8, "max": 1000},
      "scheduler": "disaggregated", "max_batch": 96, "max_batched_tokens": 8192,
      "chunk_size": 1024, "kv_block_tokens": 32, "kv_watermark": 0.02, "memory_reserve": 0.15,
      "preemption": "swap", "cpu_overhead": "2 ms", "replicas": 4,
      "global_scheduler": "least_outstanding", "prefill_replicas": 1,
      "slo": {"ttft_p99": "2 s", "tpot_p99": "200 ms", "e2e_p99": "30 s"}, "seed": 99})");
}

bool hasAt(const Diagnostics& d, Diagnostic::Severity sev, const std::string& path,
           const std::string& fragment = {}) {
    for (const auto& item : d.items())
        if (item.severity == sev && item.path == path &&
            (fragment.empty() || item.format().find(fragment) != std::string::npos))
            return true;
    return false;
}
bool errorAt(const Diagnostics& d, const std::string& path, const std::string& fragment = {}) {
    return hasAt(d, Diagnostic::Severity::error, path, fragment);
}
bool warningAt(const Diagnostics& d, const std::string& path, const std::string& fragment = {}) {
    return hasAt(d, Diagnostic::Severity::warning, path, fragment);
}

}  // namespace

class TestServingScenario : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void everyFieldIsRead() {
        auto s = parseScenario(servingDoc(fullServing()), "s.json");
        QVERIFY2(s.ok(), s.diagnostics.format().c_str());
        QVERIFY(s.diagnostics.items().empty());
        const ServingScenario& v = s.value->serving;
        QCOMPARE(v.arrival, std::string("gamma"));
        QCOMPARE(v.ratePerS, 3.5);
        QCOMPARE(v.burstiness, 2.5);
        QCOMPARE(v.requests, std::int64_t(1000));
        QCOMPARE(v.promptLength.kind, std::string("lognormal"));
        QCOMPARE(v.promptLength.stddev, 1109.0);
        QCOMPARE(v.outputLength.kind, std::string("zipf"));
        QCOMPARE(v.outputLength.theta, 1.2);
        QCOMPARE(v.scheduler, std::string("disaggregated"));
        QCOMPARE(v.maxBatch, std::int64_t(96));
        QCOMPARE(v.maxBatchedTokens, std::int64_t(8192));
        QCOMPARE(v.chunkSize, std::int64_t(1024));
        QCOMPARE(v.kvBlockTokens, std::int64_t(32));
        QCOMPARE(v.kvWatermark, 0.02);
        QCOMPARE(v.memoryReserve, 0.15);
        QCOMPARE(v.preemption, std::string("swap"));
        QCOMPARE(v.cpuOverheadS, 0.002);
        QCOMPARE(v.replicas, 4);
        QCOMPARE(v.globalScheduler, std::string("least_outstanding"));
        QCOMPARE(v.prefillReplicas, 1);
        QCOMPARE(v.slo.ttftP99, 2.0);
        QCOMPARE(v.slo.tpotP99, 0.2);
        QCOMPARE(v.slo.e2eP99, 30.0);
        QCOMPARE(v.seed, std::uint64_t(99));
    }

    void roundTrip() {
        auto check = [](const Json& doc, const std::string& file) {
            auto a = parseScenario(doc, file);
            QVERIFY2(a.ok(), a.diagnostics.format().c_str());
            const Json once = toJson(*a.value);
            auto b = parseScenario(once, file);
            QVERIFY2(b.ok(), (b.diagnostics.format() + once.dump(2)).c_str());
            QVERIFY2(b.diagnostics.items().empty(), b.diagnostics.format().c_str());
            QCOMPARE(toJson(*b.value).dump(), once.dump());
            const ServingScenario &x = a.value->serving, &y = b.value->serving;
            QCOMPARE(y.cpuOverheadS, x.cpuOverheadS);
            QCOMPARE(y.slo.tpotP99, x.slo.tpotP99);
            QCOMPARE(y.promptLength.stddev, x.promptLength.stddev);
            QCOMPARE(y.trace.resolved, x.trace.resolved);
        };
        check(servingDoc(fullServing()), "s.json");
        Json closed = fullServing();
        closed["arrival"] = "closed_loop";
        closed.erase("rate_per_s");
        closed.erase("burstiness");
        closed["clients"] = 16;
        closed["scheduler"] = "sarathi";
        closed.erase("prefill_replicas");
        closed["output_length"] = {{"kind", "normal"}, {"mean", 200}, {"min", 1}, {"max", 800}};
        check(servingDoc(closed), "s.json");

        QTemporaryDir dir;
        writeFile(dir.filePath("t.csv"), "t,p,o\n0,10,5\n");
        Json replay = Json::parse(R"({"arrival": "trace", "requests": 10,
            "trace": {"file": "t.csv", "columns": {"arrival": "t", "prompt": "p", "output": "o"},
                      "time_scale": 2}})");
        check(servingDoc(replay), dir.filePath("s.json").toStdString());
        // Lengths of kind "trace" are the default with arrival "trace": not written back.
        auto r = parseScenario(servingDoc(replay), dir.filePath("s.json").toStdString());
        QVERIFY(r.ok());
        QVERIFY(!toJson(*r.value)["serving"].contains("prompt_length"));
        QCOMPARE(r.value->serving.promptLength.kind, std::string("trace"));
        QCOMPARE(r.value->serving.trace.timeScale, 2.0);
    }

    void theSampleStillLoads() {
        auto s = loadScenario(RIDGELINE_SAMPLES "/scenarios/serving-poisson-vllm.json");
        QVERIFY2(s.ok(), s.diagnostics.format().c_str());
        QVERIFY2(s.diagnostics.items().empty(), s.diagnostics.format().c_str());
        QCOMPARE(s.value->serving.outputLength.mean, 256.0);  // uniform: (min + max) / 2
    }

    void badValuesNamePathValueAndExpectation() {
        Json bad = fullServing();
        bad["arrival"] = "poison";
        bad["burstiness"] = 0;
        bad["scheduler"] = "vlm";
        bad["kv_watermark"] = 0.9;
        bad["memory_reserve"] = -0.1;
        bad["preemption"] = "kill";
        bad["cpu_overhead"] = 2;  // no unit
        bad["replicas"] = 0;
        bad["global_scheduler"] = "fastest";
        bad["slo"] = {{"ttft_p99", "2 GB"}, {"tpot_p90", "1 s"}};
        bad["prompt_length"]["stddev"] = -5;
        bad["output_length"]["theta"] = 0;
        bad["max_batched_tokens"] = -1;
        bad["chunk_size"] = 0;
        auto s = parseScenario(servingDoc(bad), "s.json");
        QVERIFY(!s.ok());
        const Diagnostics& d = s.diagnostics;
        QVERIFY(errorAt(d, "/serving/arrival", "did you mean \"poisson\""));
        QVERIFY(errorAt(d, "/serving/burstiness"));
        QVERIFY(errorAt(d, "/serving/scheduler", "\"vllm\""));
        QVERIFY(errorAt(d, "/serving/kv_watermark"));
        QVERIFY(errorAt(d, "/serving/memory_reserve"));
        QVERIFY(errorAt(d, "/serving/preemption", "\"swap\""));
        QVERIFY(errorAt(d, "/serving/cpu_overhead", "no unit"));
        QVERIFY(errorAt(d, "/serving/replicas"));
        QVERIFY(errorAt(d, "/serving/global_scheduler", "round_robin"));
        QVERIFY(errorAt(d, "/serving/slo/ttft_p99", "\"2 GB\""));
        QVERIFY(errorAt(d, "/serving/slo/tpot_p90", "did you mean \"tpot_p99\""));
        QVERIFY(errorAt(d, "/serving/prompt_length/stddev"));
        QVERIFY(errorAt(d, "/serving/output_length/theta"));
        QVERIFY(errorAt(d, "/serving/max_batched_tokens"));
        QVERIFY(errorAt(d, "/serving/chunk_size"));
    }

    void consistencyChecks() {
        // A timed process needs a rate; closed loop needs clients; disaggregated two pools.
        Json noRate = fullServing();
        noRate.erase("rate_per_s");
        QVERIFY(errorAt(parseScenario(servingDoc(noRate), "s").diagnostics, "/serving/rate_per_s"));
        Json closed = fullServing();
        closed["arrival"] = "closed_loop";
        auto c = parseScenario(servingDoc(closed), "s");
        QVERIFY(errorAt(c.diagnostics, "/serving/clients"));
        QVERIFY(warningAt(c.diagnostics, "/serving/rate_per_s", "ignored"));
        QVERIFY(warningAt(c.diagnostics, "/serving/burstiness", "gamma"));
        Json one = fullServing();
        one["replicas"] = 1;
        QVERIFY(errorAt(parseScenario(servingDoc(one), "s").diagnostics, "/serving/replicas",
                        "disaggregated"));
        Json allPrefill = fullServing();
        allPrefill["prefill_replicas"] = 4;
        QVERIFY(errorAt(parseScenario(servingDoc(allPrefill), "s").diagnostics,
                        "/serving/prefill_replicas", "fewer than the 4"));
        Json vllm = fullServing();
        vllm["scheduler"] = "vllm";
        QVERIFY(warningAt(parseScenario(servingDoc(vllm), "s").diagnostics,
                          "/serving/prefill_replicas"));
        // Lengths: normal and lognormal need a mean inside the bounds, uniform a consistent one.
        Json lengths = fullServing();
        lengths["prompt_length"] = {{"kind", "normal"}, {"mean", 5000}, {"min", 1}, {"max", 100}};
        lengths["output_length"] = {{"kind", "uniform"}, {"mean", 10}, {"min", 100}, {"max", 200}};
        auto l = parseScenario(servingDoc(lengths), "s");
        QVERIFY(errorAt(l.diagnostics, "/serving/prompt_length/mean", "between"));
        QVERIFY(warningAt(l.diagnostics, "/serving/output_length/mean", "150"));
        // Lengths of kind "trace" need a trace section.
        Json noTrace = fullServing();
        noTrace["output_length"] = {{"kind", "trace"}};
        QVERIFY(errorAt(parseScenario(servingDoc(noTrace), "s").diagnostics, "/serving/trace"));
    }

    void traceFilesResolveRelativeToTheirFile() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("scenarios"));
        QDir().mkpath(dir.filePath("traces"));
        QDir().mkpath(dir.filePath("projects"));
        writeFile(dir.filePath("traces/t.csv"), "when,in,out\n0.5,100,20\n");
        Json serving = Json::parse(R"({"arrival": "trace", "requests": 5,
            "trace": {"file": "../traces/t.csv",
                      "columns": {"arrival": "when", "prompt": "in", "output": "out"}}})");
        const std::string expected =
            std::filesystem::path(dir.filePath("traces/t.csv").toStdString())
                .lexically_normal()
                .string();
        // A scenario file: relative to the scenario.
        writeFile(dir.filePath("scenarios/s.json"), servingDoc(serving).dump(2));
        auto s = loadScenario(dir.filePath("scenarios/s.json").toStdString());
        QVERIFY2(s.ok(), s.diagnostics.format().c_str());
        QCOMPARE(s.value->serving.trace.resolved, expected);
        QCOMPARE(s.value->serving.trace.file, std::string("../traces/t.csv"));
        QCOMPARE(s.value->serving.trace.columns.arrival, std::string("when"));
        QVERIFY(std::filesystem::path(s.value->serving.trace.resolved).is_absolute());

        Json project = {{"format", "ridgeline.project"},
                        {"version", 1},
                        {"name", "P"},
                        {"hardware", RIDGELINE_SAMPLES "/hardware/nvidia-a100-sxm4-80gb.json"},
                        {"model", RIDGELINE_SAMPLES "/models/llama-2-7b.json"}};
        // A project referencing that scenario file: still relative to the scenario.
        // (Projects read only inside their folder: core/spec/reference_policy.h.)
        project["scenario"] = "scenarios/s.json";
        writeFile(dir.filePath("by-reference.json"), project.dump(2));
        auto byRef = loadProject(dir.filePath("by-reference.json").toStdString());
        QVERIFY2(byRef.ok(), byRef.diagnostics.format().c_str());
        QCOMPARE(byRef.value->scenario.serving.trace.resolved, expected);
        // A project embedding the scenario: relative to the project file.
        Json besideProject = serving;
        besideProject["trace"]["file"] = "traces/t.csv";
        project["scenario"] = servingDoc(besideProject);
        writeFile(dir.filePath("embedded.json"), project.dump(2));
        auto embedded = loadProject(dir.filePath("embedded.json").toStdString());
        QVERIFY2(embedded.ok(), embedded.diagnostics.format().c_str());
        QCOMPARE(embedded.value->scenario.serving.trace.resolved, expected);
        // The same project one level down no longer finds it, and says where it looked.
        writeFile(dir.filePath("projects/embedded.json"), project.dump(2));
        auto moved = loadProject(dir.filePath("projects/embedded.json").toStdString());
        QVERIFY(errorAt(moved.diagnostics, "/scenario/serving/trace/file", "does not exist"));
        // A trace outside the project's folder is not read at all.
        project["scenario"] = servingDoc(serving);
        writeFile(dir.filePath("projects/outside.json"), project.dump(2));
        auto outside = loadProject(dir.filePath("projects/outside.json").toStdString());
        QVERIFY(errorAt(outside.diagnostics, "/scenario/serving/trace/file",
                        "inside the project's folder"));

        // Columns: arrival replay needs an arrival column; names must not be blank.
        Json noArrival = serving;
        noArrival["trace"]["columns"].erase("arrival");
        QVERIFY(errorAt(
            parseScenario(servingDoc(noArrival), dir.filePath("scenarios/x.json").toStdString())
                .diagnostics,
            "/serving/trace/columns", "arrival"));
        Json blank = serving;
        blank["trace"]["columns"]["prompt"] = " ";
        blank["trace"]["columns"]["tokens"] = "x";
        blank["trace"]["time_scale"] = 0;
        auto b = parseScenario(servingDoc(blank), dir.filePath("scenarios/x.json").toStdString());
        QVERIFY(errorAt(b.diagnostics, "/serving/trace/columns/prompt", "not empty"));
        QVERIFY(errorAt(b.diagnostics, "/serving/trace/columns/tokens"));
        QVERIFY(errorAt(b.diagnostics, "/serving/trace/time_scale"));
        // A directory is not a trace.
        Json dirTrace = serving;
        dirTrace["trace"]["file"] = "../traces";
        QVERIFY(errorAt(
            parseScenario(servingDoc(dirTrace), dir.filePath("scenarios/x.json").toStdString())
                .diagnostics,
            "/serving/trace/file", "not a regular file"));
        // A trace section nobody uses is flagged.
        Json unused = fullServing();
        unused["trace"] = serving["trace"];
        QVERIFY(warningAt(
            parseScenario(servingDoc(unused), dir.filePath("scenarios/x.json").toStdString())
                .diagnostics,
            "/serving/trace", "ignored"));
    }
};

QTEST_GUILESS_MAIN(TestServingScenario)
#include "test_serving_scenario.moc"
