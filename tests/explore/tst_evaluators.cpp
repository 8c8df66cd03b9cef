// The sweep evaluators against the engines they stand for: every point of a
// small sweep gives the figures of the direct engine call on that point's
// design (analyze, the mapper, the capacity search, the training iteration);
// the analytical fast path equals the full path on hardware-only sweeps; a
// design that cannot be evaluated is a per-point error, not a failed sweep.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

#include "core/analytical/analyze.h"
#include "core/dataflow/model_mapping.h"
#include "core/explore/analytical_figures.h"
#include "core/explore/design_reader.h"
#include "core/explore/design_specs.h"
#include "core/explore/hardware_fast_path.h"
#include "core/explore/point_evaluator.h"
#include "core/sim/serving/serving_sim.h"
#include "core/sim/training/iteration.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

using namespace rl;
using namespace rl::explore;

namespace {

std::string sample(const std::string& rel) { return std::string(RIDGELINE_SAMPLES) + "/" + rel; }

Json readJson(const std::string& path) {
    std::ifstream in(path);
    return Json::parse(in);
}

void writeJson(const std::string& path, const Json& doc) { std::ofstream(path) << doc.dump(2); }

// One evaluated point: its parsed design and what the evaluator wrote.
struct Evaluated {
    std::string error;
    std::vector<double> values;
    DesignSpecs design;
    bool parsed = false;
};

// Loads a sweep written into `dir`, prepares its evaluator and evaluates every point.
struct SweepRun {
    std::optional<SweepSpec> spec;
    std::optional<SweepBase> base;
    std::vector<Evaluated> points;
    std::string problem;  // why the sweep did not run; empty if it did

    SweepRun(const QTemporaryDir& dir, Json doc) {
        doc["format"] = "ridgeline.sweep";
        doc["version"] = 1;
        if (!doc.contains("name")) doc["name"] = "test sweep";
        const std::string path = dir.filePath("sweep.json").toStdString();
        writeJson(path, doc);
        LoadedSweep loaded = loadSweep(path);
        if (!loaded.ok()) {
            problem = loaded.diagnostics.format();
            return;
        }
        spec = std::move(loaded.spec);
        base = std::move(loaded.base);
        Diagnostics diag;
        auto space = PointSpace::build(*spec, diag);
        auto evaluator = makeEvaluator(*spec, diag);
        if (!space || !evaluator) {
            problem = diag.format();
            return;
        }
        evaluator->prepare(*base, *space, diag);
        if (diag.hasErrors()) {
            problem = diag.format();
            return;
        }
        std::vector<AxisSetting> settings(space->axisCount());
        for (std::uint64_t i = 0; i < space->size(); ++i) {
            space->settings(i, settings);
            const PointDesign point(i, settings, *space, *base);
            Evaluated e;
            e.values.assign(spec->metrics().size(), kNoValue);
            e.error = evaluator->evaluate(point, e.values).english;
            e.parsed = !parseDesign(point.design(), e.design).failed();
            points.push_back(std::move(e));
        }
    }
    std::size_t slot(Metric m) const { return spec->metricSlot(m); }
};

Json objectives(std::initializer_list<const char*> metrics) {
    Json list = Json::array();
    for (const char* m : metrics) list.push_back({{"metric", m}});
    return list;
}

// More figures than the three objectives a front takes: constraints every
// design meets (a bound far outside the figure's range, with its unit).
Json anyValue(std::initializer_list<std::pair<const char*, Json>> bounds) {
    Json list = Json::array();
    for (const auto& [m, atMost] : bounds) list.push_back({{"metric", m}, {"at_most", atMost}});
    return list;
}

bool near(double a, double b, double relative = 1e-12) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= relative * std::max({std::abs(a), std::abs(b), 1e-300});
}

#define EXPECT_NEAR_REL(a, b, rel)                                                       \
    QVERIFY2(near((a), (b), (rel)), qPrintable(QString("%1 = %2, expected %3 (%4 = %5)") \
                                                   .arg(#a)                              \
                                                   .arg((a), 0, 'g', 17)                 \
                                                   .arg((b), 0, 'g', 17)                 \
                                                   .arg(#b)                              \
                                                   .arg((b), 0, 'g', 17)))

// The fast path built on a base equals the full analysis at `figures`, an edit
// of that base that keeps its structure: time, energy, time per token.
void expectFastPathExact(const HardwareFastPath& fast, const Hardware& figures,
                         const ModelSpec& model, const Scenario& sc) {
    QVERIFY(fast.sameStructure(figures));
    const AnalyticalFigures a = fast.evaluate(figures);
    const AnalyticalFigures b = analyseFigures(figures, model, sc);
    EXPECT_NEAR_REL(a.time, b.time, 1e-12);
    EXPECT_NEAR_REL(a.energy, b.energy, 1e-12);
    EXPECT_NEAR_REL(a.tpot, b.tpot, 1e-12);
}

AnalysisOptions bare() {
    AnalysisOptions o;
    o.explain = false;
    o.timeline = false;
    return o;
}

// A sweep document written to `dir`, loaded, its point space built and a
// DesignReader prepared on it; `problem` says why not.
struct ReaderRun {
    LoadedSweep loaded;
    std::optional<PointSpace> space;
    DesignReader reader;
    std::string problem;

    ReaderRun(const QTemporaryDir& dir, const std::string& file, const Json& doc) {
        const std::string path = dir.filePath(QString::fromStdString(file)).toStdString();
        writeJson(path, doc);
        loaded = loadSweep(path);
        if (!loaded.ok()) {
            problem = loaded.diagnostics.format();
            return;
        }
        Diagnostics diag;
        space = PointSpace::build(*loaded.spec, diag);
        if (!space) {
            problem = diag.format();
            return;
        }
        reader.prepare(*loaded.base, *space);
    }
    ReaderRun(const ReaderRun&) = delete;  // the reader points at `loaded`
};

// How the reader's result differs from parsing the point's whole design;
// "" when it does not. `error` receives the whole design's error.
std::string readerMismatch(const DesignReader& reader, const PointDesign& point,
                           std::string& error) {
    DesignSpecs whole, partial;
    error = parseDesign(point.design(), whole).english;
    const std::string got = reader.read(point, partial).english;
    if (got != error) return "reader: \"" + got + "\", whole design: \"" + error + "\"";
    if (!error.empty()) return {};
    if (toJson(partial.hardware) != toJson(whole.hardware)) return "hardware differs";
    if (toJson(partial.model) != toJson(whole.model)) return "model differs";
    if (toJson(partial.scenario) != toJson(whole.scenario)) return "scenario differs";
    return {};
}

}  // namespace

class TstEvaluators : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir dir_;

  private Q_SLOTS:
    void analyticalPointsEqualAnalyze() {
        const SweepRun run(
            dir_, {{"project", sample("projects/llama2-7b-chat-on-a100.json")},
                   {"axes",
                    {{{"pointer", "/scenario/inference/batch"}, {"values", {1, 4, 16}}},
                     {{"pointer", "/scenario/inference/prompt_tokens"}, {"values", {128, 2048}}}}},
                   {"objectives", objectives({"time", "ttft", "tpot"})},
                   {"constraints", anyValue({{"throughput", 1e30},
                                             {"energy", "1e30 J"},
                                             {"mfu", 2},
                                             {"cost_per_million_tokens", 1e30},
                                             {"memory_headroom", "1e30 B"},
                                             {"memory_fit", 1},
                                             {"die_area", "1e30 mm2"}})},
                   {"predictor", {{"kind", "analytical"}}}});
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        QCOMPARE(run.points.size(), std::size_t(6));
        for (const Evaluated& e : run.points) {
            QVERIFY2(e.error.empty(), e.error.c_str());
            const DesignSpecs& d = e.design;
            const Prediction p = analyze(d.hardware, d.model, d.scenario, bare());
            QVERIFY(p.llm && p.memory);
            const auto v = [&](Metric m) { return e.values[run.slot(m)]; };
            EXPECT_NEAR_REL(v(Metric::time), p.totalTime, 1e-12);
            EXPECT_NEAR_REL(v(Metric::ttft), p.llm->timeToFirstToken, 1e-12);
            EXPECT_NEAR_REL(v(Metric::tpot), p.llm->timePerOutputToken, 1e-12);
            EXPECT_NEAR_REL(v(Metric::throughput), p.llm->tokensPerSecond, 1e-12);
            EXPECT_NEAR_REL(v(Metric::energy), p.totalEnergy, 1e-12);
            EXPECT_NEAR_REL(v(Metric::mfu), p.llm->mfu, 1e-12);
            EXPECT_NEAR_REL(v(Metric::memory_headroom), p.memory->capacity - p.memory->total(),
                            1e-12);
            QCOMPARE(v(Metric::memory_fit), p.memory->fits ? 1.0 : 0.0);
            // One A100 rented at the spec's 1.80 USD/h for the request's latency.
            const double tokens =
                double(d.scenario.inference.batch) * double(d.scenario.inference.generatedTokens);
            EXPECT_NEAR_REL(v(Metric::cost_per_million_tokens),
                            1.80 * p.llm->totalLatency / 3600.0 / (tokens / 1e6), 1e-12);
            EXPECT_NEAR_REL(v(Metric::die_area), 826e-6, 1e-12);
        }
        // Larger batches amortise the weights: more tokens per second.
        QVERIFY(run.points[4].values[run.slot(Metric::throughput)] >
                run.points[0].values[run.slot(Metric::throughput)]);
    }

    // Hardware figures only, with collectives on NVLink: the fast path.
    void fastPathEqualsFullPathOnHardwareSweep() {
        const SweepRun run(
            dir_, {{"project", sample("projects/llama2-70b-tp8-on-dgx-h100.json")},
                   {"axes",
                    {{{"pointer", "/hardware/memory/0/bandwidth"},
                      {"range", {{"from", "1 TB/s"}, {"to", "8 TB/s"}, {"steps", 3}}}},
                     {{"pointer", "/hardware/compute/peak/fp16"},
                      {"values", {"400 TFLOP/s", "989 TFLOP/s", "2 PFLOP/s"}}},
                     {{"pointer", "/hardware/memory/0/capacity"}, {"values", {"16 GiB", "80 GiB"}}},
                     {{"pointer", "/hardware/interconnect/0/link_bandwidth"},
                      {"values", {"100 GB/s", "450 GB/s"}}},
                     {{"pointer", "/hardware/kernel_launch"}, {"values", {"1 us", "10 us"}}}}},
                   {"objectives", objectives({"tpot", "ttft", "energy"})},
                   {"constraints",
                    anyValue({{"mfu", 2}, {"memory_fit", 1}, {"cost_per_million_tokens", 1e30}})},
                   {"predictor", {{"kind", "analytical"}}}});
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        QCOMPARE(run.points.size(), std::size_t(3 * 3 * 2 * 2 * 2));
        bool someFit = false, someDoNot = false;
        for (const Evaluated& e : run.points) {
            QVERIFY2(e.error.empty(), e.error.c_str());
            QVERIFY(e.parsed);
            const DesignSpecs& d = e.design;
            const AnalyticalFigures full = analyseFigures(d.hardware, d.model, d.scenario);
            const auto v = [&](Metric m) { return e.values[run.slot(m)]; };
            EXPECT_NEAR_REL(v(Metric::tpot), full.tpot, 1e-12);
            EXPECT_NEAR_REL(v(Metric::ttft), full.ttft, 1e-12);
            EXPECT_NEAR_REL(v(Metric::energy), full.energy, 1e-12);
            EXPECT_NEAR_REL(v(Metric::mfu), full.mfu, 1e-12);
            // The DGX H100 spec gives no cost per hour: no cost figure.
            QVERIFY(full.costPerMillionTokens == 0);
            QVERIFY(std::isnan(v(Metric::cost_per_million_tokens)));
            QCOMPARE(v(Metric::memory_fit), full.fits ? 1.0 : 0.0);
            const Prediction p = analyze(d.hardware, d.model, d.scenario, bare());
            EXPECT_NEAR_REL(v(Metric::tpot), p.llm->timePerOutputToken, 1e-12);
            (full.fits ? someFit : someDoNot) = true;
        }
        QVERIFY(someFit && someDoNot);  // the capacity axis matters
        // Decode is bound by HBM bandwidth: 8 TB/s beats 1 TB/s at the same other figures.
        const std::size_t slowHbm = 0, fastHbm = 2 * 3 * 2 * 2 * 2;
        const auto tpot = [&](std::size_t i) {
            return run.points[i].values[run.slot(Metric::tpot)];
        };
        QVERIFY(tpot(fastHbm) < tpot(slowHbm) / 2);
        // With 8 TB/s the TP all-reduces weigh: faster NVLink (next-but-one point) helps.
        QVERIFY(tpot(fastHbm + 2) < tpot(fastHbm));
    }

    // The fast path on its own: exact while the structure holds, and it says
    // when an edit moves the traffic model.
    void fastPathKnowsItsStructure() {
        const Hardware h100 = *loadHardware(sample("hardware/nvidia-dgx-h100.json")).value;
        const ModelSpec model = *loadModel(sample("models/llama-2-13b.json")).value;
        Scenario sc = *loadScenario(sample("scenarios/tp8-batch16-fp16.json")).value;
        const HardwareFastPath fast(h100, model, sc);
        QVERIFY(fast.operatorCount() > 10);

        Hardware figures = h100;
        figures.memory[0].bandwidth *= 0.37;
        figures.memory[1].latencyS *= 3;
        figures.compute.efficiency[DType::fp16] = 0.5;
        figures.memory[2].readEnergyPerByteJ = 1e-12;
        figures.interconnect[0].efficiency = 0.6;
        expectFastPathExact(fast, figures, model, sc);
        QVERIFY(fast.evaluate(figures).time != fast.evaluate(h100).time);

        Hardware smallerL2 = h100;
        smallerL2.memory[1].capacityBytes /= 4;  // tiles shrink: traffic changes
        QVERIFY(!fast.sameStructure(smallerL2));
        Hardware fewerUnits = h100;
        fewerUnits.compute.units /= 2;  // occupancy changes
        QVERIFY(!fast.sameStructure(fewerUnits));
    }

    // On a GPU the row kernels' passes, RoPE's issue bound (row_kernels.h) and the
    // gather's lanes (gather_kernel.h) depend on latencies and the clock: the fast
    // path re-runs them per point, exactly.
    void fastPathMatchesRowKernelsOnAGpu() {
        const Hardware a100 = *loadHardware(sample("hardware/nvidia-a100-sxm4-80gb.json")).value;
        const ModelSpec model = *loadModel(sample("models/llama-2-7b.json")).value;
        const Scenario sc = *loadScenario(sample("scenarios/chat-batch1-fp16.json")).value;
        const HardwareFastPath fast(a100, model, sc);
        // Round trips to DRAM and L2 three times as long at a third of the clock, and
        // half as long at twice the clock.
        Hardware slow = a100, quick = a100;
        for (MemoryLevel* level : {&slow.memory[0], &slow.memory[1]}) level->latencyS *= 3;
        for (MemoryLevel* level : {&quick.memory[0], &quick.memory[1]}) level->latencyS /= 2;
        slow.compute.clockHz /= 3;
        quick.compute.clockHz *= 2;
        for (const Hardware& figures : {a100, slow, quick})
            expectFastPathExact(fast, figures, model, sc);
    }

    // Pascal's address-translation bound on fp32 GEMMs with rows of 64 KiB or
    // more (gemm_waves.h) is a rate in seconds, not cycles: a swept clock leaves
    // it, in the fast path as in the full one (it failed when the bound rode on
    // the issue cycles at the base clock).
    void fastPathKeepsPascalsTranslationBoundPerClock() {
        const Hardware p100 = *loadHardware(sample("hardware/nvidia-p100-pcie-16gb.json")).value;
        const ModelSpec model = *loadModel(sample("models/llama-2-70b.json")).value;
        Scenario sc = *loadScenario(sample("scenarios/chat-batch1-fp16.json")).value;
        sc.precision = {DType::fp32, DType::fp32, DType::fp32};
        const HardwareFastPath fast(p100, model, sc);
        for (double factor : {1.0, 0.5, 2.0}) {
            Hardware figures = p100;
            figures.compute.clockHz *= factor;
            expectFastPathExact(fast, figures, model, sc);
        }
    }

    // A 3 x 3 fp32 conv on a GPU runs cuDNN's fastest algorithm, which reads
    // the whole device (conv_algorithms.h): the fast path re-runs it per point.
    void fastPathMatchesConvAlgorithmsOnAGpu() {
        const Hardware v100 = *loadHardware(sample("hardware/nvidia-v100-pcie-32gb.json")).value;
        const ModelSpec model = *loadModel(sample("models/resnet-50.json")).value;
        const Scenario sc = *loadScenario(sample("scenarios/cnn-batch32-fp32.json")).value;
        const HardwareFastPath fast(v100, model, sc);
        for (double factor : {1.0, 0.25, 4.0}) {
            Hardware figures = v100;
            figures.memory[0].bandwidth *= factor;
            figures.compute.efficiency[DType::fp32] = std::min(1.0, 0.3 * factor);
            expectFastPathExact(fast, figures, model, sc);
        }
    }

    void designThatCannotBeEvaluatedIsAPointError() {
        const SweepRun run(
            dir_, {{"project", sample("projects/llama2-70b-tp8-on-dgx-h100.json")},
                   {"axes", {{{"pointer", "/scenario/parallelism/tensor"}, {"values", {4, 3, 8}}}}},
                   {"objectives", objectives({"tpot"})},
                   {"predictor", {{"kind", "analytical"}}}});
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        QCOMPARE(run.points.size(), std::size_t(3));
        QVERIFY2(run.points[0].error.empty(), run.points[0].error.c_str());
        QVERIFY2(run.points[1].error.find("3") != std::string::npos, run.points[1].error.c_str());
        QVERIFY2(run.points[2].error.empty(), run.points[2].error.c_str());
        // TP 8 halves the weights each device streams per token against TP 4.
        QVERIFY(run.points[2].values[0] < run.points[0].values[0]);
    }

    // A value the spec readers reject on a hardware-figure axis: that point
    // alone fails, with the reader's message.
    // Re-reading only the documents the axes write gives what reading the
    // whole design gives: the same specs and the same error messages.
    void designReaderEqualsParseDesign() {
        const Json doc = {
            {"format", "ridgeline.sweep"},
            {"version", 1},
            {"name", "reader"},
            {"project", sample("projects/llama2-70b-tp8-on-dgx-h100.json")},
            {"axes",
             {{{"pointer", "/scenario/parallelism/tensor"}, {"values", {4, 3, 8}}},
              {{"pointer", "/hardware/memory/0/efficiency"}, {"values", {0.5, 1.5}}},
              {{"pointer", "/model/transformer/num_hidden_layers"}, {"values", {80, 40}}}}},
            {"objectives", objectives({"tpot"})},
            {"predictor", {{"kind", "analytical"}}}};
        const ReaderRun run(dir_, "reader.json", doc);
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        const PointSpace& space = *run.space;
        std::vector<AxisSetting> settings(space.axisCount());
        int errors = 0;
        for (std::uint64_t i = 0; i <= space.size(); ++i) {
            // The last round is the base design (every axis at its own value).
            if (i < space.size())
                space.settings(i, settings);
            else
                settings = space.baseSettings(*run.loaded.base);
            const PointDesign point(i, settings, space, *run.loaded.base);
            std::string error;
            const std::string mismatch = readerMismatch(run.reader, point, error);
            QVERIFY2(mismatch.empty(), mismatch.c_str());
            if (!error.empty()) ++errors;
        }
        QCOMPARE(errors, 2 * 2 + 2 * 2);  // TP 3 (4 points) and efficiency 1.5 (4 more)
    }

    // A library axis replaces /hardware; an axis inside it left at its base
    // value keeps the base's value (PointSpace::apply's rule), not the device
    // document's: the reader must give what the whole design gives.
    void designReaderKeepsBaseValueUnderLibraryAxis() {
        const Json doc = {
            {"format", "ridgeline.sweep"},
            {"version", 1},
            {"name", "nested"},
            {"project", sample("projects/llama2-70b-serving-on-dgx-a100.json")},
            {"axes",
             {{{"name", "GPU"},
               {"pointer", "/hardware"},
               {"library",
                {{"kind", "gpu"}, {"require", {"/cost_per_hour", "/interconnect/0/devices"}}}}},
              {{"name", "GPUs in the node"},
               {"pointer", "/hardware/interconnect/0/devices"},
               {"values", {2, 4}}}}},
            {"objectives", objectives({"tpot"})},
            {"predictor", {{"kind", "analytical"}}}};
        const ReaderRun run(dir_, "nested.json", doc);
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        const PointSpace& space = *run.space;
        const SweepBase& base = *run.loaded.base;
        const Json::json_pointer devices("/hardware/interconnect/0/devices");
        QVERIFY(space.values(0).size() >= 2);
        int valid = 0;
        for (std::size_t k = 0; k < space.values(0).size(); ++k) {
            std::vector<AxisSetting> settings = space.baseSettings(base);
            settings[0] = {std::int64_t(k), kNoValue};
            const PointDesign point(k, settings, space, base);
            QCOMPARE(point.design().at(devices), base.design.at(devices));
            std::string error;
            const std::string mismatch = readerMismatch(run.reader, point, error);
            QVERIFY2(mismatch.empty(), mismatch.c_str());
            if (error.empty()) ++valid;
        }
        QVERIFY(valid > 0);  // the large GPUs hold the model at the base's 8 devices
    }

    void badHardwareValueIsAPointError() {
        const SweepRun run(
            dir_, {{"project", sample("projects/llama2-7b-chat-on-a100.json")},
                   {"axes",
                    {{{"pointer", "/hardware/memory/0/efficiency"}, {"values", {0.5, 1.5, 0.9}}}}},
                   {"objectives", objectives({"tpot"})},
                   {"predictor", {{"kind", "analytical"}}}});
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        QVERIFY(run.points[0].error.empty() && run.points[2].error.empty());
        QVERIFY2(run.points[1].error.find("efficiency") != std::string::npos,
                 run.points[1].error.c_str());
        QVERIFY(run.points[2].values[0] < run.points[0].values[0]);
    }

    void dataflowPointsEqualTheMapper() {
        const Json model = {
            {"format", "ridgeline.model"},
            {"version", 1},
            {"name", "two layers"},
            {"graph",
             {{"ops",
               {{{"name", "conv"}, {"kind", "conv2d"}, {"dims", {1, 16, 32, 14, 14, 3, 1, 1}}},
                {{"name", "fc"}, {"kind", "gemm"}, {"dims", {16, 64, 128}}}}}}}};
        const Json scenario = {{"format", "ridgeline.scenario"},
                               {"version", 1},
                               {"name", "batch 1"},
                               {"kind", "inference"},
                               {"inference", {{"batch", 1}, {"prompt_tokens", 1}}}};
        writeJson(dir_.filePath("model.json").toStdString(), model);
        writeJson(dir_.filePath("scenario.json").toStdString(), scenario);
        writeJson(dir_.filePath("project.json").toStdString(),
                  {{"format", "ridgeline.project"},
                   {"version", 1},
                   {"name", "eyeriss"},
                   {"hardware", sample("hardware/eyeriss-like.json")},
                   {"model", "model.json"},
                   {"scenario", "scenario.json"}});
        const SweepRun run(dir_,
                           {{"project", "project.json"},
                            {"axes",
                             {{{"pointer", "/hardware/accelerator/levels/1/capacity_words"},
                               {"values", {4096, 65536}}}}},
                            {"objectives", objectives({"mapper_cycles", "mapper_energy", "time"})},
                            {"constraints", anyValue({{"energy", "1e30 J"}})},
                            {"predictor", {{"kind", "dataflow"}, {"mapper_evaluations", 20000}}}});
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        QCOMPARE(run.points.size(), std::size_t(2));
        for (const Evaluated& e : run.points) {
            QVERIFY2(e.error.empty(), e.error.c_str());
            const DesignSpecs& d = e.design;
            dataflow::MapperOptions options;
            options.objective = dataflow::Objective::edp;
            options.evaluations = 20000;
            options.seed = 1;
            const auto m = dataflow::mapModel(*d.hardware.accelerator,
                                              lowerModel(d.model, d.scenario), options);
            QCOMPARE(m.mapped, std::int64_t(2));
            QCOMPARE(e.values[run.slot(Metric::mapper_cycles)], m.cycles);
            QCOMPARE(e.values[run.slot(Metric::mapper_energy)], m.energyJ);
            QCOMPARE(e.values[run.slot(Metric::energy)], m.energyJ);
            EXPECT_NEAR_REL(e.values[run.slot(Metric::time)],
                            m.cycles / d.hardware.accelerator->clockHz, 1e-15);
        }
    }

    void servingPointsEqualTheCapacitySearch() {
        Json scenario = readJson(sample("scenarios/serving-poisson-vllm.json"));
        scenario["serving"]["slo"] = {{"ttft_p99", "1.5 s"}};
        writeJson(dir_.filePath("serving.json").toStdString(), scenario);
        writeJson(dir_.filePath("serving-project.json").toStdString(),
                  {{"format", "ridgeline.project"},
                   {"version", 1},
                   {"name", "serving"},
                   {"hardware", sample("hardware/nvidia-a100-sxm4-80gb.json")},
                   {"model", sample("models/llama-2-7b.json")},
                   {"scenario", "serving.json"}});
        const SweepRun run(
            dir_,
            {{"project", "serving-project.json"},
             {"axes", {{{"pointer", "/scenario/serving/max_batch"}, {"values", {8, 64}}}}},
             {"objectives", objectives({"capacity", "ttft_p99", "cost_per_million_tokens"})},
             {"constraints", anyValue({{"slo_met", 1}})},
             {"predictor", {{"kind", "serving"}, {"capacity_search", true}, {"requests", 60}}}});
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        for (const Evaluated& e : run.points) {
            QVERIFY2(e.error.empty(), e.error.c_str());
            Scenario sc = e.design.scenario;
            sc.serving.requests = 60;
            ServingOptions options;
            options.explain = false;
            options.keepIterations = false;
            const Prediction p = searchCapacity(e.design.hardware, e.design.model, sc, options);
            QVERIFY(p.serving && p.serving->capacityRatePerS > 0);
            QCOMPARE(e.values[run.slot(Metric::capacity)], p.serving->capacityRatePerS);
            QCOMPARE(e.values[run.slot(Metric::ttft_p99)], p.serving->ttft.p99);
            QCOMPARE(e.values[run.slot(Metric::cost_per_million_tokens)],
                     p.serving->usdPerMillionTokens);
            QCOMPARE(e.values[run.slot(Metric::slo_met)], 1.0);
            QVERIFY(p.serving->ttft.p99 <= 1.5);
        }
    }

    void trainingPointsEqualTheIteration() {
        const SweepRun run(
            dir_, {{"project", sample("projects/megatron-175b-training-on-64-a100.json")},
                   {"axes",
                    {{{"pointer", "/scenario/training/micro_batch"}, {"values", {1, 2}}},
                     {{"pointer", "/scenario/training/recompute"}, {"values", {"none", "full"}}}}},
                   {"objectives", objectives({"time", "memory_headroom", "mfu"})},
                   {"constraints", anyValue({{"memory_fit", 1}})},
                   {"predictor", {{"kind", "training"}}}});
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        QCOMPARE(run.points.size(), std::size_t(4));
        for (const Evaluated& e : run.points) {
            QVERIFY2(e.error.empty(), e.error.c_str());
            const auto plan = training::makePlan(e.design.model, e.design.scenario);
            const auto r = training::simulateTraining(e.design.hardware, e.design.model, plan);
            const auto& worst = r.memory.stages[std::size_t(r.memory.worstStage)];
            QCOMPARE(e.values[run.slot(Metric::time)], r.iterationTime);
            QCOMPARE(e.values[run.slot(Metric::mfu)], r.mfu);
            QCOMPARE(e.values[run.slot(Metric::memory_headroom)],
                     r.memory.capacity - worst.total());
            QCOMPARE(e.values[run.slot(Metric::memory_fit)], r.memory.fits ? 1.0 : 0.0);
        }
        // Full recompute keeps fewer activations: more headroom, longer steps.
        QVERIFY(run.points[1].values[run.slot(Metric::memory_headroom)] >
                run.points[0].values[run.slot(Metric::memory_headroom)]);
        QVERIFY(run.points[1].values[run.slot(Metric::time)] >
                run.points[0].values[run.slot(Metric::time)]);
    }
};

QTEST_GUILESS_MAIN(TstEvaluators)
#include "tst_evaluators.moc"
