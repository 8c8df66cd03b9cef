// ridgeline-cli as users of LLM-Viewer and llm-analysis use it (issue 16):
// quick overrides without a scenario file, a start that loads no drawing or
// XGBoost libraries, plugins found beside the executable and a clear error
// without them, JSON numbers as numbers, and learn's rough edges.
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {

QString sample(const QString& rel) { return QString(RIDGELINE_SAMPLES) + "/" + rel; }

const QString kProject = sample("projects/llama2-7b-chat-on-a100.json");
const QString kHardware = sample("hardware/nvidia-a100-sxm4-80gb.json");
const QString kModel = sample("models/llama-2-7b.json");
const QString kScenario = sample("scenarios/chat-batch1-fp16.json");

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString& path, const QJsonObject& doc) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(doc).toJson()) > 0;
}

// The chat scenario with its inference settings changed.
QString scenarioWith(const QTemporaryDir& dir, const QString& name,
                     const QJsonObject& inferenceChanges, const QJsonObject& parallelism = {},
                     const QJsonObject& precision = {}) {
    QJsonObject s = readJson(kScenario);
    QJsonObject inf = s["inference"].toObject();
    for (auto it = inferenceChanges.begin(); it != inferenceChanges.end(); ++it)
        inf[it.key()] = it.value();
    s["inference"] = inf;
    QJsonObject par = s["parallelism"].toObject();
    for (auto it = parallelism.begin(); it != parallelism.end(); ++it) par[it.key()] = it.value();
    s["parallelism"] = par;
    QJsonObject pre = s["precision"].toObject();
    for (auto it = precision.begin(); it != precision.end(); ++it) pre[it.key()] = it.value();
    s["precision"] = pre;
    const QString path = dir.filePath(name);
    return writeJson(path, s) ? path : QString();
}

// The JSON of a run, without the fields that name where the specs came from.
QJsonObject predictionOf(const CliRun& r) { return QJsonDocument::fromJson(r.out).object(); }

QStringList neededLibraries(const QString& binary) {
    QProcess p;
    p.start("readelf", {"-d", binary});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
    QStringList libs;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (line.contains("(NEEDED)")) {
            const int a = line.indexOf('['), b = line.indexOf(']');
            if (a >= 0 && b > a) libs << QString::fromUtf8(line.mid(a + 1, b - a - 1));
        }
    return libs;
}

}  // namespace

class TestCliQuick : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // --batch 8 on the project gives the same prediction as a scenario file with batch 8.
    void batchOverrideEqualsAScenarioFile() {
        QTemporaryDir dir;
        const QString s8 = scenarioWith(dir, "batch8.json", {{"batch", 8}});
        QVERIFY(!s8.isEmpty());
        const CliRun quick =
            runCli({"analyze", "--project", kProject, "--batch", "8", "--format", "json"});
        QVERIFY2(quick.exitCode == 0, quick.err.constData());
        const CliRun file = runCli({"analyze", "--hardware", kHardware, "--model", kModel,
                                    "--scenario", s8, "--format", "json"});
        QVERIFY2(file.exitCode == 0, file.err.constData());
        QCOMPARE(predictionOf(quick), predictionOf(file));
        // And it is not the batch-1 prediction.
        const CliRun one = runCli({"analyze", "--project", kProject, "--format", "json"});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(predictionOf(one)["totals"] != predictionOf(quick)["totals"]);
    }

    // Every quick override at once equals the scenario file that says the same.
    void everyOverrideEqualsAScenarioFile() {
        QTemporaryDir dir;
        const QString s = scenarioWith(
            dir, "all.json", {{"batch", 4}, {"prompt_tokens", 1024}, {"generated_tokens", 64}},
            {{"tensor", 2}, {"pipeline", 2}}, {{"weights", "int8"}, {"kv_cache", "fp8"}});
        const QString dgx = sample("hardware/nvidia-dgx-a100.json");
        const CliRun quick =
            runCli({"analyze", "--hardware", dgx,   "--model",  kModel, "--scenario",
                    kScenario, "--batch",    "4",   "--prompt", "1024", "--generate",
                    "64",      "--tp",       "2",   "--pp",     "2",    "--weights",
                    "int8",    "--kv",       "fp8", "--format", "json"});
        QVERIFY2(quick.exitCode == 0, quick.err.constData());
        const CliRun file = runCli(
            {"analyze", "--hardware", dgx, "--model", kModel, "--scenario", s, "--format", "json"});
        QVERIFY2(file.exitCode == 0, file.err.constData());
        QCOMPARE(predictionOf(quick), predictionOf(file));
    }

    // --hardware and --model alone: the default inference pass (batch 1, 512 + 128 tokens).
    void defaultScenario() {
        QTemporaryDir dir;
        const QString s = scenarioWith(dir, "default.json", {{"generated_tokens", 128}});
        const CliRun quick =
            runCli({"analyze", "--hardware", kHardware, "--model", kModel, "--format", "json"});
        QVERIFY2(quick.exitCode == 0, quick.err.constData());
        const CliRun file = runCli({"analyze", "--hardware", kHardware, "--model", kModel,
                                    "--scenario", s, "--format", "json"});
        QCOMPARE(file.exitCode, 0);
        QCOMPARE(predictionOf(quick)["totals"], predictionOf(file)["totals"]);
        // Without --model it still says what is missing.
        const CliRun missing = runCli({"analyze", "--hardware", kHardware});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("needs --hardware, --model"), missing.err.constData());
    }

    // Bad values: exit code 2 and a message naming the option, the value and what is expected.
    void badValues_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("tp") << QStringList{"--tp", "3"}
                            << "--tp 3: expected a divisor of the 32 attention heads";
        QTest::newRow("pp") << QStringList{"--pp", "64"}
                            << "--pp 64: expected at most the 32 layers";
        QTest::newRow("weights") << QStringList{"--weights", "fp7"}
                                 << "--weights fp7: expected one of fp64, fp32, tf32, bf16, "
                                    "fp16, fp8, int8, int4";
        QTest::newRow("kv") << QStringList{"--kv", "half"} << "--kv half: expected one of";
        QTest::newRow("batch word")
            << QStringList{"--batch", "eight"} << "--batch eight: expected a whole number";
        QTest::newRow("batch 0") << QStringList{"--batch", "0"} << "--batch 0: expected";
        QTest::newRow("prompt") << QStringList{"--prompt", "-5"} << "--prompt -5: expected";
        QTest::newRow("devices") << QStringList{"--tp", "4"} << "--tp 4: expected at most the 1";
    }
    void badValues() {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{"analyze", "--project", kProject} + extra);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // simulate: --prompt and --generate fix every request's lengths, --batch the batch limit.
    void simulateOverrides() {
        QTemporaryDir dir;
        const QString csv = dir.filePath("requests.csv");
        const CliRun r =
            runCli({"simulate", "--project", sample("projects/llama2-7b-serving-on-a100.json"),
                    "--requests", "20", "--prompt", "300", "--generate", "40", "--batch", "4",
                    "--no-explain", "--requests-out", csv, "--format", "json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 21);
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        const int prompt = header.indexOf("prompt_tokens"),
                  output = header.indexOf("output_tokens");
        QVERIFY(prompt >= 0 && output >= 0);
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].trimmed().split(',');
            QCOMPARE(cells[prompt].toInt(), 300);
            QCOMPARE(cells[output].toInt(), 40);
        }
        const CliRun bad = runCli({"simulate", "--project",
                                   sample("projects/llama2-7b-serving-on-a100.json"), "--tp", "5"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--tp 5: expected a divisor of the 32 attention heads"),
                 bad.err.constData());
    }

    // The executable loads no Qt, no drawing library and no XGBoost at start;
    // the commands built with Qt Core are in the plugin beside it.
    void startLoadsNoDrawingOrXgboost() {
        const QStringList libs = neededLibraries(RIDGELINE_CLI);
        if (libs.isEmpty()) QSKIP("readelf is not available");
        QVERIFY2(libs.contains("libc.so.6"), qPrintable(libs.join(' ')));
        const QString commands =
            QFileInfo(RIDGELINE_CLI).absoluteDir().filePath("libridgeline_cli_commands.so");
        QVERIFY2(neededLibraries(commands).contains("libQt6Core.so.6"), qPrintable(commands));
        for (const char* heavy : {"libQt6Core", "libQt6Widgets", "libQt6Gui", "libQt6Svg",
                                  "libQt6PrintSupport", "libQCustomPlot", "libxgboost"})
            for (const QString& lib : libs)
                QVERIFY2(!lib.startsWith(heavy), qPrintable("ridgeline-cli needs " + lib));
    }

    // The learned predictor still works: XGBoost is opened when a model is loaded.
    void xgboostOpenedOnDemand() {
        const QString data = QString(RIDGELINE_SHARED_DATA) + "/neusight/linear_fp32.csv";
        if (!QFile::exists(data)) QSKIP("the shared measurements are not here");
        QTemporaryDir dir;
        const QString model = dir.filePath("m.json");
        const CliRun train = runCli({"learn", "train", data, "--rounds", "10", "--ensemble", "1",
                                     "--max-rows", "300", "--no-transfer-check", "--out", model},
                                    QProcessEnvironment::systemEnvironment(), 300000);
        QVERIFY2(train.exitCode == 0, train.err.constData());
        const CliRun predict =
            runCli({"learn", "predict", "--model", model, "--device", "Tesla T4", "--op", "gemm",
                    "--m", "1024", "--n", "1024", "--k", "1024", "--format", "json"});
        QVERIFY2(predict.exitCode == 0, predict.err.constData());
        const QJsonObject row =
            QJsonDocument::fromJson(predict.out).object()["prediction"].toArray()[0].toObject();
        QVERIFY2(row["roofline (s)"].toDouble() > 0, predict.out.constData());
        QVERIFY2(row["hybrid (s)"].toDouble() > 0, predict.out.constData());
        QVERIFY(row["low (90%) (s)"].toDouble() <= row["high (90%) (s)"].toDouble());
        const CliRun analyze = runCli({"analyze", "--project", kProject, "--predictor", "hybrid",
                                       "--model-file", model, "--format", "json"});
        QVERIFY2(analyze.exitCode == 0, analyze.err.constData());
        QCOMPARE(predictionOf(analyze)["predictor"].toString(), QString("hybrid"));
    }

    // Without its plugin beside it, render says what is missing; the other commands still run.
    void missingPluginIsAClearError() {
        QTemporaryDir dir;
        const QString copy = dir.filePath("ridgeline-cli");
        // A hard link when the folders share a file system (fast), a copy otherwise.
        if (::link(RIDGELINE_CLI, copy.toLocal8Bit().constData()) != 0)
            QVERIFY(QFile::copy(RIDGELINE_CLI, copy));
        QProcess p;
        p.start(copy, {"render", "--project", kProject, "--out", dir.filePath("r.png")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("cannot load the plugin libridgeline_cli_render.so"),
                 err.constData());
        QVERIFY2(err.contains(QDir(dir.path()).filePath("libridgeline_cli_render.so").toUtf8()),
                 err.constData());
        QVERIFY(!QFile::exists(dir.filePath("r.png")));
        p.start(copy, {"analyze", "--project", kProject, "--format", "json"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    // Found beside the executable of the build tree, render draws.
    void renderThroughThePlugin() {
        const QString plugin =
            QFileInfo(RIDGELINE_CLI).absoluteDir().filePath("libridgeline_cli_render.so");
        if (!QFile::exists(plugin)) QSKIP("built without the GUI libraries");
        QTemporaryDir dir;
        const QString out = dir.filePath("roofline.svg");
        const CliRun r = runCli({"render", "--project", kProject, "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(out).size() > 1000);
    }

    // --format json: numbers are JSON numbers, percentages marked in the key.
    void jsonNumbers() {
        const CliRun s =
            runCli({"systolic", "--gemm", "256,128,256", "--dataflow", "os", "--format", "json"});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        const QJsonObject layer =
            QJsonDocument::fromJson(s.out).object()["layers"].toArray()[0].toObject();
        QVERIFY2(layer["cycles"].isDouble(), s.out.constData());
        QVERIFY(layer["cycles"].toDouble() > 0);
        QVERIFY2(layer["compute util (%)"].isDouble(), s.out.constData());
        QVERIFY(layer["compute util (%)"].toDouble() > 0 &&
                layer["compute util (%)"].toDouble() <= 100);
        QCOMPARE(layer["layer"].toString(), QString("gemm"));

        const CliRun c =
            runCli({"collective", "--hardware", sample("hardware/nvidia-dgx-a100.json"), "--sizes",
                    "1MiB", "--format", "json"});
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const QJsonObject row =
            QJsonDocument::fromJson(c.out).object().begin().value().toArray()[0].toObject();
        QCOMPARE(row["size (B)"].toDouble(), 1048576.0);
        QVERIFY(row["time (us)"].isDouble());
        QVERIFY(row["algorithm"].isString());

        // dataflow --search: the search's figures as numbers beside its text rows.
        const CliRun d = runCli({"dataflow", "--arch", sample("accelerators/tutorial-3level.json"),
                                 "--problem", sample("accelerators/problem-conv1d-k32-r3-p16.json"),
                                 "--search", "--seed", "1", "--format", "json"});
        QVERIFY2(d.exitCode == 0, d.err.constData());
        QJsonObject figures;
        for (const QJsonValue& v : QJsonDocument::fromJson(d.out).object()["search"].toArray())
            figures[v.toObject()["quantity"].toString()] = v.toObject()["value"];
        QVERIFY2(figures["evaluations"].toDouble() > 1, d.out.constData());
        QCOMPARE(figures["seed"].toInt(), 1);
        QVERIFY(figures["objective"].isString());

        // list: sizes and bandwidths as numbers in bytes and bytes per second.
        const CliRun l = runCli({"list", "hardware", "--format", "json"});
        QVERIFY2(l.exitCode == 0, l.err.constData());
        bool a100 = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(l.out).array()) {
            const QJsonObject o = v.toObject();
            if (o["name"].toString() != "NVIDIA A100 SXM4 80GB") continue;
            a100 = true;
            QCOMPARE(o["memory/device (B)"].toDouble(), 80.0 * 1024 * 1024 * 1024);
            QVERIFY2(o["bandwidth (B/s)"].toDouble() > 1.9e12 &&
                         o["bandwidth (B/s)"].toDouble() < 2.1e12,
                     qPrintable(QJsonDocument(o).toJson()));
            QCOMPARE(o["devices"].toInt(), 1);
        }
        QVERIFY(a100);

        // train: times carry their unit in the key; counts are integers.
        const CliRun t =
            runCli({"train", "--project", sample("projects/megatron-175b-training-on-64-a100.json"),
                    "--no-explain", "--format", "json"});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(t.out).object();
        double parts = 0;
        for (const auto& key : doc.keys())
            if (key.startsWith("breakdown"))
                for (const QJsonValue& part : doc[key].toArray()) {
                    QVERIFY(part.toObject()["time (s)"].isDouble());
                    parts += part.toObject()["share (%)"].toDouble();
                }
        QVERIFY2(parts > 99 && parts < 101, qPrintable(QString::number(parts)));
        const QJsonObject collective =
            doc["collectives (per GPU per iteration)"].toArray()[0].toObject();
        QVERIFY(collective["size (B)"].toDouble() > 0);
        QVERIFY(collective["time each (s)"].toDouble() > 0);
        // The summary's figures: a number with the row's unit.
        bool iteration = false;
        for (const QJsonValue& v : doc["summary"].toArray()) {
            const QJsonObject o = v.toObject();
            if (o["quantity"].toString() != "iteration time") continue;
            iteration = true;
            QVERIFY2(o["value"].toDouble() > 1 && o["value"].toDouble() < 100,
                     qPrintable(QJsonDocument(o).toJson()));
            QCOMPARE(o["unit"].toString(), QString("s"));
        }
        QVERIFY(iteration);
        // Whole numbers are written as integers, not 8.0.
        QCOMPARE(collective["ranks"].toInt(), 8);
        QVERIFY(t.out.contains("\"ranks\": 8"));
        QVERIFY(!t.out.contains("\"ranks\": 8.0"));
    }

    // learn evaluate without a model or a method, and learn predict's help.
    void learnRoughEdges() {
        const CliRun none = runCli({"learn", "evaluate"});
        QCOMPARE(none.status, QProcess::NormalExit);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("one or more CSV files"), none.err.constData());
        QVERIFY(none.out.isEmpty());
        // Without a model: the roofline alone, no model column, no interval.
        const CliRun roof =
            runCli({"learn", "evaluate", sample("../tests/data/learned/vidur_small.csv"), "--quiet",
                    "--format", "csv"});
        QCOMPARE(roof.exitCode, 0);
        bool total = false;
        for (const QByteArray& line : roof.out.split('\n'))
            if (line.startsWith("all,all,")) {
                const QList<QByteArray> f = line.trimmed().split(',');
                QCOMPARE(f.size(), 8);
                QVERIFY2(f[3].endsWith('%') && f[3].chopped(1).toDouble() > 0, line.constData());
                QCOMPARE(f[4], QByteArray("-"));
                QCOMPARE(f[7], QByteArray("-"));
                total = true;
            }
        QVERIFY2(total, roof.out.constData());
        // In JSON the figures are numbers and what the roofline alone cannot
        // give (a model's MAPE, an interval) is null, not the text "-".
        const CliRun roofJson =
            runCli({"learn", "evaluate", sample("../tests/data/learned/vidur_small.csv"), "--quiet",
                    "--format", "json"});
        QCOMPARE(roofJson.exitCode, 0);
        const QJsonArray accuracy =
            QJsonDocument::fromJson(roofJson.out).object().value("accuracy").toArray();
        QVERIFY2(!accuracy.isEmpty(), roofJson.out.constData());
        for (const QJsonValue& row : accuracy) {
            const QJsonObject o = row.toObject();
            QVERIFY2(o.value("roofline MAPE (%)").isDouble(), roofJson.out.constData());
            QVERIFY2(o.value("model MAPE").isNull(), roofJson.out.constData());
            QVERIFY2(o.value("interval coverage").isNull(), roofJson.out.constData());
        }
        const CliRun noData = runCli({"learn", "evaluate", "--model", "m.json"});
        QCOMPARE(noData.exitCode, 2);
        QVERIFY2(noData.err.contains("one or more CSV files"), noData.err.constData());
        const CliRun missing = runCli({"learn", "evaluate", "--model", "/nonexistent/model.json",
                                       sample("../tests/data/does-not-exist.csv")});
        QVERIFY(missing.exitCode != 0);
        QCOMPARE(missing.status, QProcess::NormalExit);
        const CliRun help = runCli({"learn", "predict", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--device"));
        QVERIFY(!help.out.contains("--hardware-name"));
    }

    // dataflow --mapping: a given mapping that breaks the architecture's
    // mapspace constraints is costed, with a warning that names the rule.
    void givenMappingBreakingConstraintsWarns() {
        const QString arch = sample("accelerators/timeloop-simple-weight-stationary.json");
        const QStringList rest = {
            "--problem", sample("accelerators/problem-timeloop-example-layer.json"), "--mapping",
            sample("accelerators/mapping-timeloop-simple-weight-stationary.json")};
        const CliRun ok = runCli(QStringList{"dataflow", "--arch", arch} + rest);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY2(!ok.err.contains("mapspace constraints"), ok.err.constData());

        // The same design, but the global buffer must spread Q two ways.
        QJsonObject doc = readJson(arch);
        QJsonObject constraints = doc["constraints"].toObject();
        QJsonArray levels = constraints["levels"].toArray();
        QJsonObject glb = levels[0].toObject();
        QCOMPARE(glb["target"].toString(), QStringLiteral("shared_glb"));
        QJsonObject spatial = glb["spatial"].toObject();
        spatial["Q"] = 2;
        glb["spatial"] = spatial;
        levels[0] = glb;
        constraints["levels"] = levels;
        doc["constraints"] = constraints;
        QTemporaryDir dir;
        const QString strict = dir.filePath("strict.json");
        QFile f(strict);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        const CliRun warned = runCli(QStringList{"dataflow", "--arch", strict} + rest);
        QVERIFY2(warned.exitCode == 0, warned.err.constData());
        QVERIFY2(warned.err.contains("breaks the architecture's mapspace constraints"),
                 warned.err.constData());
        QVERIFY2(warned.err.contains("shared_glb"), warned.err.constData());
        QCOMPARE(warned.out, ok.out);  // costed exactly as before
    }
};

QTEST_GUILESS_MAIN(TestCliQuick)
#include "test_cli_quick.moc"
