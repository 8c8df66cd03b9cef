// The engines' rarer run errors, lowering errors and a collective's warning
// in the user's language: each is raised here by a real bad input (a
// scheduler name, a trace file, a training plan, a graph or CNN model, a
// collective wider than the hardware), keeps the English the CLI printed
// before byte for byte, and renders in German and Chinese with no English
// word of its sentence and no %n left, every value in place. The workload
// diagnostics of a trace carry typed twins equal to their English.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <functional>
#include <set>

#include "core/analytical/analyze.h"
#include "core/analytical/collectives.h"
#include "core/learned/collective_costing.h"
#include "core/predict/learned_cost_model.h"
#include "core/predict/shape_cost_cache.h"
#include "core/result/engine_text.h"
#include "core/sim/serving/serving_export.h"
#include "core/sim/serving/serving_sim.h"
#include "core/sim/serving/workload.h"
#include "core/sim/training/plan.h"
#include "core/sim/training/rank_trace.h"
#include "core/sim/training/schedule.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"
#include "tests/views/translation_helpers.h"
#include "views/common/phrase_text.h"
#include "views/explanation/message_text.h"

using namespace rl;
using rl::views::MessageText;

namespace {

using Translation = rl::test::InstalledTranslation;
using rl::test::containsWord;

// One bad input: what raises the error and the English it raised before it
// was typed (the CLI prints it).
struct Case {
    std::string name;
    std::function<void()> raise;
    std::string english;
};

// `text` less what stays as written in every language: placeholders, quoted
// values (in English, German or Chinese quotes), paths such as
// "trace/columns/arrival", C++ names, and keys such as "serving.max_batch" or
// "rate_per_s".
QString withoutValues(QString text) {
    static const QRegularExpression kept(
        QString::fromUtf8("%\\d|'%\\d'|\"[^\"]*\"|„[^“]*“|“[^”]*”|\\S*/\\S*|\\S*::\\S*|"
                          "\\b[a-z_]+\\.[a-z_0-9]+\\b|\\b[a-z0-9]+_[a-z0-9_]+\\b"));
    return text.remove(kept);
}

// The words of a pattern a translation must not keep: lower-case words of
// three letters or more, less the values above and the names of schedulers
// and policies a user writes in a scenario.
QStringList englishWords(const QString& pattern) {
    static const std::set<QString> names = {
        "vllm",   "orca",      "sarathi", "fastertransformer", "disaggregated",
        "random", "recompute", "swap",    "requests",          "dims"};
    static const QRegularExpression word(QStringLiteral("\\b[a-z][a-z-]{2,}\\b"));
    QStringList out;
    for (auto it = word.globalMatch(withoutValues(pattern)); it.hasNext();) {
        const QString w = it.next().captured();
        if (!names.count(w) && !out.contains(w)) out << w;
    }
    return out;
}

const QRegularExpression kPlaceholder(QStringLiteral("%\\d"));

// `m` in the current language has no English word of its pattern, no %n, and
// every value it carries (and every part's rendering) in place.
void checkTranslated(const Message& m, const QString& english) {
    const QString shown = MessageText::text(m);
    QVERIFY2(shown != english, qPrintable(shown));
    QVERIFY2(!kPlaceholder.match(shown).hasMatch(), qPrintable(shown));
    for (const QString& w : englishWords(QString::fromStdString(m.phrase.pattern)))
        QVERIFY2(!containsWord(withoutValues(shown), w),
                 qPrintable(QString("'%1' left in: %2").arg(w, shown)));
    for (const PhraseArg& a : m.phrase.args)
        QVERIFY2(shown.contains(views::phraseArgText(a)),
                 qPrintable(views::phraseArgText(a) + " missing in: " + shown));
    for (const Message& part : m.clauses)
        QVERIFY2(shown.contains(MessageText::text(part)), qPrintable(shown));
}

Hardware sampleHardware(const std::string& file) {
    return *loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/" + file).value;
}
ModelSpec sampleModel(const std::string& file) {
    return *loadModel(std::string(RIDGELINE_SAMPLES) + "/models/" + file).value;
}

// A graph whose GEMM has two dims, not three or four.
ModelSpec twoDimGraph() {
    ModelSpec graph;
    graph.name = "g";
    graph.kind = "graph";
    graph.graph = {{"mm", "gemm", {64, 64}, {}, 1}};
    return graph;
}

Scenario inferenceScenario() {
    Scenario sc;
    sc.name = "i";
    sc.kind = "inference";
    return sc;
}

std::string writeFile(const QTemporaryDir& dir, const char* name, const std::string& text) {
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

class TestRunErrorText : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const Hardware a100 = sampleHardware("nvidia-a100-sxm4-80gb.json");
        const ModelSpec llama = sampleModel("llama-2-7b.json");
        const ServingWorkload w{{{0, 0.0, 100, 10}}, 0};
        auto simulate = [a100, llama, w](std::function<void(Scenario&)> change) {
            Scenario sc;
            sc.name = "s";
            sc.kind = "serving";
            change(sc);
            return [a100, llama, w, sc] { simulateServing(a100, llama, sc, w, {}); };
        };
        add("scheduler", simulate([](Scenario& s) { s.serving.scheduler = "fifo"; }),
            "serving.scheduler 'fifo': expected vllm, orca, sarathi, fastertransformer or "
            "disaggregated");
        add("global scheduler", simulate([](Scenario& s) { s.serving.globalScheduler = "near"; }),
            "serving.global_scheduler 'near': expected round_robin, least_outstanding or random");
        add("preemption", simulate([](Scenario& s) { s.serving.preemption = "drop"; }),
            "serving.preemption 'drop': expected recompute or swap");
        add("prefill replicas", simulate([](Scenario& s) {
                s.serving.scheduler = "disaggregated";
                s.serving.replicas = 2;
                s.serving.prefillReplicas = 2;
            }),
            "serving.prefill_replicas 2: disaggregated serving needs at least one prefill and one "
            "decode replica (replicas 2)");
        add("max batch", simulate([](Scenario& s) { s.serving.maxBatch = 0; }),
            "serving.max_batch 0: expected at least 1");

        // The request stream: a trace file that cannot be read or has no usable row.
        auto build = [](std::function<void(ServingScenario&)> change) {
            ServingScenario s;
            change(s);
            return [s] {
                Diagnostics d;
                buildWorkload(s, d);
            };
        };
        const std::string missing = dir_.filePath("missing.csv").toStdString();
        const std::string empty = writeFile(dir_, "empty.csv", "\n\n");
        const std::string noColumn = writeFile(dir_, "nocolumn.csv", "a,b\n1,2\n");
        const std::string bad = writeFile(dir_, "bad.csv", "t,in,out\n1,abc,3\n2,4\n");
        auto trace = [](const std::string& file) {
            return [file](ServingScenario& s) {
                s.arrival = "trace";
                s.trace.file = s.trace.resolved = file;
                s.trace.columns = {"t", "in", "out"};
            };
        };
        add("unreadable trace", build(trace(missing)), "cannot read trace file '" + missing + "'");
        add("empty trace", build(trace(empty)), "trace file '" + empty + "' is empty");
        add("trace without the column", build(trace(noColumn)),
            "trace file '" + noColumn + "' lacks a column the scenario names (see diagnostics)");
        add("trace without a usable row", build(trace(bad)),
            "trace file '" + bad + "' has no usable rows");
        add("length distribution", build([](ServingScenario& s) { s.promptLength.kind = "wide"; }),
            "unknown length distribution \"wide\"");
        add("rate", build([](ServingScenario& s) {
                s.arrival = "poisson";
                s.ratePerS = 0;
            }),
            "arrival \"poisson\" needs a rate_per_s > 0");
        add("arrival process", build([](ServingScenario& s) {
                s.arrival = "bursty";
                s.ratePerS = 1;
            }),
            "unknown arrival process \"bursty\"");
        add("requests", build([](ServingScenario& s) { s.requests = 0; }),
            "a serving scenario needs requests >= 1");
        add("no trace file", build([](ServingScenario& s) { s.arrival = "trace"; }),
            "the scenario replays a trace or resamples its lengths but names no trace file");
        add("no arrival column", build([](ServingScenario& s) {
                s.arrival = "trace";
                s.trace.file = "x.csv";
                s.trace.columns.arrival.clear();
            }),
            "arrival \"trace\" needs the trace's arrival column (trace/columns/arrival)");

        // Training plans the simulator refuses.
        auto project = loadProject(std::string(RIDGELINE_SAMPLES) +
                                   "/projects/megatron-175b-training-on-64-a100.json");
        QVERIFY(project.ok());
        const ModelSpec gpt = project.value->model;
        const training::TrainingPlan good = training::makePlan(gpt, project.value->scenario);
        auto plan = [gpt, good](std::function<void(training::TrainingPlan&, ModelSpec&)> change) {
            training::TrainingPlan p = good;
            ModelSpec m = gpt;
            change(p, m);
            return [p, m] { training::checkPlan(m, p); };
        };
        const std::string gptName = gpt.name;
        const std::string layers = std::to_string(gpt.transformer.layers);
        add("model sizes", plan([](auto&, ModelSpec& m) { m.transformer.hidden = 0; }),
            "model '" + gptName + "': hidden size, layers, heads and vocabulary must be positive");
        add("parallelism", plan([](training::TrainingPlan& p, auto&) { p.ep = 0; }),
            "tensor, context, pipeline, data, expert parallelism and interleave must be at least "
            "1");
        add("layer count", plan([](training::TrainingPlan& p, auto&) { p.layers = 7; }),
            "the plan's layer count 7 differs from the " + layers + " layers of '" + gptName + "'");
        add("passes", plan([](training::TrainingPlan& p, auto&) {
                p.microBatches = std::int64_t(1) << 40;
                p.globalBatch = p.microBatches * p.microBatch * p.dp;
            }),
            "1099511627776 micro-batches x " + std::to_string(good.pp * good.chunks) +
                " virtual stages is more than the simulator handles (25000000 passes); use a "
                "larger micro-batch");
        add("micro-batches", plan([](training::TrainingPlan& p, auto&) { p.microBatches = 0; }),
            "the plan has no micro-batches");
        add("zero stage", plan([](training::TrainingPlan& p, auto&) { p.zeroStage = 5; }),
            "zero stage 5: expected 0..3");
        add("sequence", plan([](training::TrainingPlan& p, auto&) {
                p.sequence = 0;
                p.sequenceParallel = false;
                p.cp = 1;
            }),
            "sequence length must be positive");
        Scenario inference = project.value->scenario;
        inference.kind = "inference";
        add(
            "scenario kind", [gpt, inference] { training::makePlan(gpt, inference); },
            "scenario '" + inference.name + "' is of kind \"inference\", not \"training\"");
        training::TrainingReport report;
        report.plan = good;
        add(
            "rank index", [report] { training::rankTrace(report, report.plan.dp, 0, 0); },
            "DP index " + std::to_string(good.dp) + " is outside 0.." +
                std::to_string(good.dp - 1));

        // Specs the lowering refuses (the readers catch these first; an API caller does not).
        const ModelSpec graph = twoDimGraph();
        const Scenario sc = inferenceScenario();
        add(
            "graph dims", [graph, sc] { lowerGraph(graph, sc); },
            "graph op 'mm' (gemm): dims [64, 64] do not fit; expected [m, n, k] or [batch, m, "
            "n, k]");
        ModelSpec negative = graph;
        negative.graph[0].dims = {64, -1, 64};
        add(
            "graph sizes", [negative, sc] { lowerGraph(negative, sc); },
            "graph op 'mm' (gemm): dims [64, -1, 64] do not fit; expected positive sizes");
        ModelSpec unknown = graph;
        unknown.graph[0].kind = "fft";
        add(
            "graph kind", [unknown, sc] { lowerGraph(unknown, sc); },
            "graph op 'mm': unknown kind 'fft'");
        add(
            "not a graph", [llama, sc] { lowerGraph(llama, sc); },
            "model 'Llama-2-7B' is a transformer, not an operator graph");
        add(
            "not a CNN", [llama, sc] { lowerCnn(llama, sc); },
            "model 'Llama-2-7B' is a transformer, not a CNN");
        ModelSpec cnn = sampleModel("resnet-50.json");
        cnn.cnn.layers[0].kernel = 999;
        cnnEnglishPrefix_ = "model '" + cnn.name + "': CNN layer 0 kernel = 999: expected ";
        add("CNN shape", [cnn, sc] { lowerCnn(cnn, sc); }, {});
        add(
            "not a transformer", [cnn, sc] { lowerPrefill(cnn, sc); },
            "model '" + cnn.name + "' is a cnn, not a transformer");
        ModelSpec hollow = llama;
        hollow.transformer.vocab = 0;
        add(
            "transformer sizes", [hollow, sc] { lowerPrefill(hollow, sc); },
            "model 'Llama-2-7B': hidden size, layers, heads, head dim, intermediate size and "
            "vocabulary must all be positive");
        Hardware alone = a100;
        alone.interconnect.clear();
        add(
            "no interconnect",
            [alone] {
                estimateCollective(alone, CollectiveKind::all_reduce, 1e6, {4, 1});
            },
            "hardware '" + alone.name + "' has no interconnect for a all_reduce over 4 ranks");

        // Errors only a programming mistake raises, typed all the same.
        training::TrainingPlan zeroBubble = good;
        zeroBubble.schedule = training::Schedule::zeroBubble;
        zeroBubble.chunks = 1;
        training::PipelineCosts noWeights;
        noWeights.forward.assign(std::size_t(zeroBubble.pp), 1e-3);
        noWeights.backward.assign(std::size_t(zeroBubble.pp), 2e-3);
        add(
            "zero-bubble costs",
            [zeroBubble, noWeights] { training::runPipeline(zeroBubble, noWeights); },
            "the zero-bubble schedule needs the weight-pass costs");
        add(
            "serving report JSON", [] { servingReportToJson(Prediction{}); },
            "servingReportToJson: the prediction has no serving report");
        FeatureTable table;
        table.measured = {1e-3};
        table.hardware = {"Imaginary GPU"};
        table.roofline = {0.0};
        add(
            "feature table", [table]() mutable { costCollectivesWithNccl(table, {}, {}, {}); },
            "collective costing: the feature table was not built from the data");
        Dataset collectives;
        collectives.samples.resize(1);
        collectives.samples[0].op.kind = OpKind::collective;
        add(
            "feature table hardware",
            [table, collectives]() mutable { costCollectivesWithNccl(table, collectives, {}, {}); },
            "no hardware spec named \"Imaginary GPU\"");
        add(
            "shape cost cache", [a100] { ShapeCostCache(nullptr, a100); },
            "ShapeCostCache needs a predictor");
        add(
            "learned cost model", [] { LearnedCostModel(nullptr); },
            "LearnedCostModel needs a model");
    }

    void englishIsUnchanged_data() { rows(); }
    void englishIsUnchanged() {
        QFETCH(int, index);
        const Case& c = cases_[std::size_t(index)];
        const Message m = raised(c);
        QCOMPARE(m.id, MessageId::phrase);
        QCOMPARE(m.phraseContext, std::string(kEngineTextContext));
        if (c.english.empty()) {  // the CNN walker's own expectation follows the prefix
            QVERIFY2(m.english.rfind(cnnEnglishPrefix_, 0) == 0, m.english.c_str());
            QCOMPARE(m.clauses.size(), std::size_t(1));
            QCOMPARE(m.english, cnnEnglishPrefix_ + m.clauses[0].english);
        } else {
            QCOMPARE(m.english, c.english);
        }
    }

    void rendersTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("index");
        for (const char* language : {"de", "zh_CN"})
            for (std::size_t i = 0; i < cases_.size(); ++i)
                QTest::addRow("%s %s", language, cases_[i].name.c_str())
                    << QString(language) << int(i);
    }
    void rendersTranslated() {
        QFETCH(QString, language);
        QFETCH(int, index);
        const Message m = raised(cases_[std::size_t(index)]);
        const QString english = MessageText::text(m);
        QCOMPARE(english, QString::fromStdString(m.english));  // in English: the engine's own
        Translation t(language);
        QVERIFY(t.ok);
        checkTranslated(m, english);
    }

    // The analytical engine's `cannot analyse: ...` warning shows the
    // lowering's reason typed: the whole warning reads in the user's language.
    void cannotAnalyseShowsTheTypedReason() {
        const Hardware hw = sampleHardware("nvidia-a100-sxm4-80gb.json");
        const ModelSpec graph = twoDimGraph();
        const Scenario sc = inferenceScenario();
        const Prediction p = analyze(hw, graph, sc);
        QCOMPARE(p.warnings.size(), std::size_t(1));
        QCOMPARE(p.warnings[0],
                 std::string("cannot analyse: graph op 'mm' (gemm): dims [64, 64] do not fit; "
                             "expected [m, n, k] or [batch, m, n, k]"));
        QCOMPARE(p.warningMessages.at(0).id, MessageId::warnCannotAnalyse);
        const Message& reason = p.warningMessages.at(0).clauses.at(0);
        QCOMPARE("cannot analyse: " + reason.english, p.warnings[0]);
        Translation de("de");
        QVERIFY(de.ok);
        const QString shown = MessageText::warnings(p).value(0);
        QVERIFY2(shown.contains(QString::fromUtf8("Graph-Operator „mm“ (gemm): dims [64, 64] "
                                                  "passen nicht")) &&
                     !containsWord(shown, "cannot") && !containsWord(shown, "fit"),
                 qPrintable(shown));
    }

    // A CNN layer the shape walker refuses: the lowering hands on the walker's
    // typed expectation (its values typed, its pattern the reader's), so the
    // expectation reads in the user's language with the numbers in place.
    void cnnExpectationIsTheWalkersTypedOne() {
        ModelSpec cnn = sampleModel("resnet-50.json");
        cnn.cnn.layers[0].kernel = 999;
        Message m;
        try {
            lowerCnn(cnn, inferenceScenario());
            QFAIL("the lowering accepted a kernel of 999");
        } catch (const MessageError& e) {
            m = e.message();
        }
        QCOMPARE(m.clauses.size(), std::size_t(1));
        const Message& expected = m.clauses[0];
        QCOMPARE(expected.phraseContext, std::string(kSpecTextContext));
        QCOMPARE(expected.phrase.pattern,
                 std::string("a kernel no larger than the padded input (%1x%2 plus padding %3)"));
        QCOMPARE(expected.phrase.args.size(), std::size_t(3));
        QCOMPARE(expected.english, std::string("a kernel no larger than the padded input (224x224 "
                                               "plus padding 3)"));
        QCOMPARE(m.english, "model '" + cnn.name + "': CNN layer 0 kernel = 999: expected " +
                                expected.english);
        for (const char* language : {"de", "zh_CN"}) {
            Translation t(language);
            QVERIFY(t.ok);
            const QString shown = MessageText::text(m);
            QVERIFY2(shown.contains("224") && shown.contains("999"), qPrintable(shown));
            for (const char* w : {"larger", "padded", "input", "expected"})  // "kernel" is the key
                QVERIFY2(!containsWord(shown, w),
                         qPrintable(QString("'%1' left in: %2").arg(w, shown)));
        }
    }

    // A collective over more devices than the hardware has: the estimate's
    // warning has a typed twin with the same English, shown translated.
    void collectiveWarningIsTyped() {
        const Hardware node = sampleHardware("nvidia-dgx-a100.json");
        const CollectiveEstimate fits =
            estimateCollective(node, CollectiveKind::all_reduce, 1e6, {8, 1});
        QVERIFY(fits.warning.empty() && fits.warningMessage.english.empty());
        const CollectiveEstimate wide =
            estimateCollective(node, CollectiveKind::all_reduce, 1e6, {16, 1});
        const std::string head =
            "a all_reduce over 16 ranks 1 apart spans 16 devices, but '" + node.name + "' has 8 (";
        QVERIFY2(wide.warning.rfind(head, 0) == 0 && wide.warning.size() > head.size() + 19 &&
                     wide.warning.substr(wide.warning.size() - 19) == " assumed to extend)",
                 wide.warning.c_str());
        QCOMPARE(wide.warningMessage.english, wide.warning);
        QCOMPARE(wide.warningMessage.id, MessageId::phrase);
        for (const char* language : {"de", "zh_CN"}) {
            Translation t(language);
            QVERIFY(t.ok);
            checkTranslated(wide.warningMessage, QString::fromStdString(wide.warning));
        }
    }

    // The diagnostics of a trace with bad rows carry typed twins equal to
    // their English, and the twins' patterns are in the catalogue.
    void traceDiagnosticsHaveTypedTwins() {
        const std::string path = writeFile(dir_, "rows.csv", "t,in,out\n1,abc,3\n2,4\n3,5,6\n");
        ServingScenario s;
        s.arrival = "trace";
        s.requests = 5;
        s.trace.file = s.trace.resolved = path;
        s.trace.columns = {"t", "in", "out"};
        Diagnostics d;
        buildWorkload(s, d);
        QCOMPARE(d.items().size(), std::size_t(3));  // bad tokens, short row, fewer rows
        Translation de("de");
        QVERIFY(de.ok);
        for (const Diagnostic& item : d.items()) {
            QCOMPARE(item.valueText.english(), item.value);
            QCOMPARE(item.expectedText.english(), item.expected);
            const QString expected = views::phraseText(item.expectedText);
            QVERIFY2(expected != QString::fromStdString(item.expected), qPrintable(expected));
            QVERIFY2(!kPlaceholder.match(expected).hasMatch(), qPrintable(expected));
        }
        QCOMPARE(d.items()[0].value, std::string("\"abc\""));
        QCOMPARE(views::phraseText(d.items()[0].valueText), QString("\"abc\""));  // as written
        QCOMPARE(views::phraseText(d.items()[2].valueText), QString("1 brauchbare Zeilen"));
    }

  private:
    void add(std::string name, std::function<void()> raise, std::string english) {
        cases_.push_back({std::move(name), std::move(raise), std::move(english)});
    }
    void rows() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < cases_.size(); ++i)
            QTest::addRow("%s", cases_[i].name.c_str()) << int(i);
    }
    static Message raised(const Case& c) {
        try {
            c.raise();
        } catch (const MessageError& e) {
            if (e.message().english != e.what()) return {};
            return e.message();
        } catch (const std::exception& e) {
            qWarning("%s: untyped: %s", c.name.c_str(), e.what());
            return {};
        }
        qWarning("%s: nothing thrown", c.name.c_str());
        return {};
    }

    QTemporaryDir dir_;
    std::vector<Case> cases_;
    std::string cnnEnglishPrefix_;
};

QTEST_MAIN(TestRunErrorText)
#include "test_run_error_text.moc"
