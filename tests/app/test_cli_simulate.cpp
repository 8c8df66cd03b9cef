// ridgeline-cli simulate, run as a user would: the serving sample project in
// the three output formats, overrides, a capacity search, trace replay, the
// exported files, clear errors for bad overrides; and analyze refusing a
// serving or training scenario unless --as-inference is given.
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {

QString sample(const QString& rel) { return QString(RIDGELINE_SAMPLES) + "/" + rel; }
QString servingProject() { return sample("projects/llama2-7b-serving-on-a100.json"); }
QString azureTrace() { return QString(RIDGELINE_SHARED_DATA) + "/traces/azure_llm_2023_conv.csv"; }

QJsonObject jsonOf(const CliRun& r) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError) return {};
    return doc.object();
}

// Requests in a small run: keeps every test quick.
const QStringList kSmall = {"--requests", "120", "--no-explain"};

}  // namespace

class TestCliSimulate : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void help() {
        CliRun r = runCli({"simulate", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char* option : {"--rate", "--requests", "--scheduler", "--replicas", "--trace",
                                   "--capacity", "--slo-ttft-p99", "--trace-out", "--requests-out"})
            QVERIFY2(r.out.contains(option), option);
        QVERIFY(runCli({"--help"}).out.contains("simulate"));
    }

    void tableOnTheServingSample() {
        CliRun r = runCli({"simulate", "--project", servingProject()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char* text :
             {"time to first token", "time between tokens", "p99", "throughput", "goodput",
              "SLO attainment", "500 served", "explanation", "what-ifs"})
            QVERIFY2(r.out.contains(text), text);
        // Not a terminal and no --progress: nothing but diagnostics on stderr.
        QVERIFY2(!r.err.contains("%"), r.err.constData());
    }

    void jsonReportHasUnitsInItsKeys() {
        CliRun r = runCli(QStringList{"simulate", "--project", servingProject(), "--format", "json",
                                      "--seed", "3"} +
                          kSmall);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(doc["format"].toString(), QString("ridgeline.serving_report"));
        QCOMPARE(doc["model"].toString(), QString("Llama-2-7B"));
        const QJsonObject summary = doc["summary"].toObject();
        QCOMPARE(summary["served"].toInt() + summary["rejected"].toInt(), 120);
        QVERIFY(summary["output_tokens_per_s"].toDouble() > 0);
        const QJsonObject ttft = doc["latency_s"].toObject()["ttft"].toObject();
        QVERIFY(ttft["p99"].toDouble() >= ttft["p50"].toDouble());
        QVERIFY(ttft["p50"].toDouble() > 0);
        const QJsonArray requests = doc["requests"].toArray();
        QCOMPARE(requests.size(), 120);
        QVERIFY(requests[0].toObject().contains("ttft_s"));
        QVERIFY(!doc.contains("iterations"));
        // Deterministic: the same command gives the same bytes.
        CliRun again = runCli(QStringList{"simulate", "--project", servingProject(), "--format",
                                          "json", "--seed", "3"} +
                              kSmall);
        QCOMPARE(again.out, r.out);
    }

    void csvAndExportedFiles() {
        QTemporaryDir dir;
        const QString trace = dir.filePath("trace.json"), requests = dir.filePath("requests.csv");
        CliRun r = runCli(QStringList{"simulate", "--project", servingProject(), "--format", "csv",
                                      "--trace-out", trace, "--requests-out", requests} +
                          kSmall);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 121);  // header + one row per request
        QVERIFY(lines[0].startsWith("id,replica,"));
        QFile csv(requests);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), r.out);
        QFile chrome(trace);
        QVERIFY(chrome.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(chrome.readAll());
        QVERIFY(!doc.isNull());
    }

    void overridesChangeTheRun() {
        // Specs one by one, on an 8-GPU node so that replicas have devices.
        const QStringList specs = {"--hardware", sample("hardware/nvidia-dgx-a100.json"),
                                   "--model",    sample("models/llama-2-7b.json"),
                                   "--scenario", sample("scenarios/serving-poisson-vllm.json")};
        CliRun one =
            runCli(QStringList{"simulate", "--format", "json", "--rate", "8"} + specs + kSmall);
        CliRun two = runCli(QStringList{"simulate", "--format", "json", "--rate", "8", "--replicas",
                                        "2", "--scheduler", "sarathi", "--chunk-size", "256",
                                        "--max-batch", "64"} +
                            specs + kSmall);
        QVERIFY2(one.exitCode == 0 && two.exitCode == 0, (one.err + two.err).constData());
        const double p99One =
            jsonOf(one)["latency_s"].toObject()["ttft"].toObject()["p99"].toDouble();
        const double p99Two =
            jsonOf(two)["latency_s"].toObject()["ttft"].toObject()["p99"].toDouble();
        // Twice the replicas at 8 requests/s: the first token comes sooner.
        QVERIFY2(p99Two < p99One, qPrintable(QString("%1 vs %2").arg(p99Two).arg(p99One)));
    }

    void capacitySearchReportsItsTrials() {
        CliRun r = runCli(QStringList{"simulate", "--project", servingProject(), "--capacity",
                                      "--slo-ttft-p99", "2s", "--slo-tpot-p99", "200ms", "--format",
                                      "json"} +
                          kSmall);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject capacity = jsonOf(r)["capacity"].toObject();
        QVERIFY(capacity["trials"].toArray().size() >= 2);
        QVERIFY(capacity["rate_per_s"].toDouble() > 0);
        // The found rate meets the SLO in its own trial.
        bool found = false;
        for (const QJsonValue& t : capacity["trials"].toArray())
            if (t.toObject()["rate_per_s"].toDouble() == capacity["rate_per_s"].toDouble())
                found = t.toObject()["meets_slo"].toBool();
        QVERIFY(found);
    }

    void traceReplay() {
        if (!QFileInfo::exists(azureTrace()))
            QSKIP("../shared/data/traces is absent: trace replay not tested");
        CliRun r =
            runCli({"simulate", "--project", servingProject(), "--trace", azureTrace(),
                    "--trace-columns", "TIMESTAMP,ContextTokens,GeneratedTokens", "--requests",
                    "200", "--time-scale", "2", "--format", "json", "--no-explain"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray requests = jsonOf(r)["requests"].toArray();
        QCOMPARE(requests.size(), 200);
        QCOMPARE(requests[0].toObject()["prompt_tokens"].toInt(), 374);  // the trace's first row
        QCOMPARE(requests[1].toObject()["arrival_s"].toDouble(), 4.314579 / 2);
        // Without column names it says which to give.
        CliRun bare = runCli({"simulate", "--project", servingProject(), "--trace", azureTrace()});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY2(bare.err.contains("--trace-columns TIMESTAMP,ContextTokens,GeneratedTokens"),
                 bare.err.constData());
        // A wrong column name lists the header's columns.
        CliRun wrong = runCli({"simulate", "--project", servingProject(), "--trace", azureTrace(),
                               "--trace-columns", "TIME,ContextTokens,GeneratedTokens"});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("\"TIME\"") && wrong.err.contains("\"TIMESTAMP\""),
                 wrong.err.constData());
    }

    void badOverridesAreClearErrors() {
        struct Case {
            QStringList args;
            const char* message;
        };
        const Case cases[] = {
            {{"--replicas", "0"}, "--replicas: /serving/replicas"},
            {{"--scheduler", "vlm"}, "did you mean \"vllm\""},
            {{"--rate", "fast"}, "--rate expects a number, got 'fast'"},
            {{"--rate", "-1"}, "--rate: /serving/rate_per_s"},
            {{"--requests", "1.5"}, "--requests expects an integer"},
            {{"--chunk-size", "0"}, "--chunk-size: /serving/chunk_size"},
            {{"--slo-ttft-p99", "2"}, "--slo-ttft-p99 '2'"},
            {{"--capacity"}, "--capacity needs at least one SLO"},
            {{"--time-scale", "2"}, "--time-scale applies to trace replay"},
            {{"--trace", "/nonexistent/trace.csv", "--trace-columns", "a,b,c"},
             "/nonexistent/trace.csv"},
            {{"--trace-columns", "a,b"}, "three column names"},
            {{"--replicas", "4"}, "at most the 1 device(s)"},
        };
        for (const Case& c : cases) {
            CliRun r = runCli(QStringList{"simulate", "--project", servingProject()} + c.args);
            QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 2,
                     qPrintable(c.args.join(' ') + ": exit " + QString::number(r.exitCode) + "\n" +
                                r.err));
            QVERIFY2(r.err.contains(c.message), qPrintable(c.args.join(' ') + ":\n" + r.err));
            QVERIFY(r.out.isEmpty());
        }
        // An inference project is not a serving scenario.
        CliRun inference =
            runCli({"simulate", "--project", sample("projects/llama2-7b-chat-on-a100.json")});
        QCOMPARE(inference.exitCode, 2);
        QVERIFY(inference.err.contains("analyze"));
    }

    void analyzeRefusesServingAndTraining() {
        CliRun serving = runCli({"analyze", "--project", servingProject()});
        QCOMPARE(serving.exitCode, 2);
        QVERIFY2(serving.err.contains("ridgeline-cli simulate"), serving.err.constData());
        QVERIFY(serving.out.isEmpty());
        CliRun training = runCli(
            {"analyze", "--project", sample("projects/megatron-175b-training-on-64-a100.json")});
        QCOMPARE(training.exitCode, 2);
        QVERIFY2(training.err.contains("ridgeline-cli train"), training.err.constData());
        QVERIFY(training.err.contains("--as-inference"));
        // Asked for explicitly, one inference pass it is.
        CliRun forced = runCli({"analyze", "--project", servingProject(), "--as-inference"});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY(forced.out.contains("time to first token"));
    }
};

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "test_cli_simulate.moc"
