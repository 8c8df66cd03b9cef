// ridgeline-cli train and collective, run as a user would: tables, JSON,
// the Chrome trace, the search, and clear errors for bad input.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {

QString sample(const QString& rel) { return QString(RIDGELINE_SAMPLES) + "/" + rel; }

// The rows of a one-table JSON document ({"title": [rows]}).
QJsonArray onlyTable(const QByteArray& out) {
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    return doc.size() == 1 ? doc.begin().value().toArray() : QJsonArray();
}
const QString kProject = sample("projects/megatron-175b-training-on-64-a100.json");

}  // namespace

class TestCliTrain : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void collectiveTable() {
        const CliRun r =
            runCli({"collective", "--hardware", sample("hardware/nvidia-dgx-a100.json"), "--ranks",
                    "8", "--sizes", "1KiB..16GiB", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = onlyTable(r.out);
        QCOMPARE(rows.size(), 25);  // 2^10 .. 2^34
        // NCCL's bus bandwidth plateau (REFERENCES.md: about 230 GB/s); the
        // model's pipelining term still costs 3% at 16 GiB (docs/training.md).
        const QJsonObject last = rows.last().toObject();
        QCOMPARE(last["size (B)"].toDouble(), 17179869184.0);  // a JSON number
        const double busbw = last["busbw (GB/s)"].toDouble();
        QVERIFY2(busbw > 220 && busbw < 235, qPrintable(QString::number(busbw)));
    }

    void collectiveErrors() {
        CliRun r = runCli({"collective", "--hardware", sample("hardware/nvidia-dgx-a100.json"),
                           "--sizes", "1 parsec"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--sizes"));
        r = runCli({"collective", "--hardware", sample("hardware/nvidia-dgx-a100.json"), "--op",
                    "all-reduce", "--ranks", "64"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("has 8"));
        r = runCli({"collective", "--hardware", sample("hardware/nvidia-dgx-a100.json"), "--op",
                    "gossip"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("gossip"));
    }

    // The network path between nodes: VIDUR's two DGX A100 nodes through host
    // memory, one GPU each, 64 MiB all-reduce (measured 11.44 ms).
    void collectiveNetworkPath() {
        const QStringList common{
            "collective", "--hardware", sample("hardware/cluster-2x-dgx-a100.json"),
            "--ranks",    "2",          "--stride",
            "8",          "--sizes",    "64MiB",
            "--timing",   "isolated",   "--format",
            "json"};
        CliRun r = runCli(common + QStringList{"--network", "host_staged"});
        QCOMPARE(r.exitCode, 0);
        const double staged = onlyTable(r.out).first().toObject()["time (us)"].toDouble();
        QVERIFY2(staged > 11000 && staged < 12000, qPrintable(QString::number(staged)));
        r = runCli(common);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(onlyTable(r.out).first().toObject()["time (us)"].toDouble() < 0.3 * staged);
        r = runCli(common + QStringList{"--network", "carrier-pigeon"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("carrier-pigeon"));
        r = runCli(common + QStringList{"--gpus-per-uplink", "0"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--gpus-per-uplink"));
    }

    void trainProjectWithTrace() {
        QTemporaryDir dir;
        const QString trace = dir.filePath("step.json");
        const CliRun r = runCli({"train", "--project", kProject, "--flash-attention", "off",
                                 "--trace-out", trace, "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(doc.contains("summary"));
        QVERIFY(doc.contains("memory per GPU (GiB)"));
        QCOMPARE(doc["memory per GPU (GiB)"].toArray().size(), 8);
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject t = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(t["traceEvents"].toArray().size() > 8 * 64 * 3 * 2);
    }

    void overridesAndErrors() {
        CliRun r = runCli({"train", "--project", kProject, "--pp", "4", "--dp", "2", "--interleave",
                           "1", "--format", "csv"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("TP 8 x PP 4 x DP 2"));
        r = runCli({"train", "--project", kProject, "--tp", "5"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("tensor parallelism 5"));
        r = runCli({"train", "--project", kProject, "--recompute", "sometimes"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("sometimes"));
        r = runCli({"train", "--project", kProject, "--dp", "4"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("256 GPUs"));
    }

    // The new knobs: context parallelism, the zero-bubble schedule, fp8 (refused
    // on A100, which has no fp8 tensor cores), and the NCCL model's columns.
    void contextZeroBubbleFp8() {
        CliRun r = runCli({"train", "--project", kProject, "--pp", "4", "--cp", "2", "--interleave",
                           "1", "--schedule", "zero-bubble", "--format", "csv"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("TP 8 x CP 2 x PP 4 x DP 1, zero-bubble"));
        QVERIFY(r.out.contains("CP comm exposed"));
        QVERIFY(r.out.contains("CP ring send/recv"));
        r = runCli({"train", "--project", kProject, "--schedule", "zero-bubble"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("interleave 3"));
        r = runCli({"train", "--project", kProject, "--fp8", "on"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("fp8"));
        r = runCli({"train", "--project", kProject, "--fp8", "maybe"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--fp8"));
        r = runCli({"collective", "--hardware", sample("hardware/nvidia-dgx-a100.json"), "--ranks",
                    "2", "--sizes", "1MiB", "--timing", "isolated", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject row = onlyTable(r.out).first().toObject();
        const double us = row["time (us)"].toDouble();
        QVERIFY2(us > 45 && us < 55, qPrintable(QString::number(us)));  // VIDUR: 48 us
        QCOMPARE(row["protocol"].toString(), QString("LL128"));
        r = runCli({"collective", "--hardware", sample("hardware/nvidia-dgx-a100.json"), "--model",
                    "fancy"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("fancy"));
    }

    void search() {
        const CliRun r =
            runCli({"train", "--project", kProject, "--search", "--top", "5", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = onlyTable(r.out);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.first().toObject()["rank"].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
