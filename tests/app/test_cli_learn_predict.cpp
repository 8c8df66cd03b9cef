// ridgeline-cli learn predict beyond GEMMs (issue 15): collectives and small
// ops from the generic CSV's columns, with or without a model; an unknown
// dimension is refused with the value and what was expected; --help names
// only options the command has. learn evaluate costs collective rows as they
// were measured (--timing, --network, --gpus-per-uplink).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "cli_runner.h"

namespace {
QJsonObject firstRow(const CliRun& r) {
    return QJsonDocument::fromJson(r.out).object()["prediction"].toArray()[0].toObject();
}

bool writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// The roofline_s column of `learn evaluate --points` (one data row).
double pointsRoofline(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    if (lines.size() != 2) return -1;
    return lines[1].trimmed().split(',').last().toDouble();
}
}  // namespace

class TestCliLearnPredict : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void collectiveWithTheNcclModel() {
        const CliRun r = runCli({"learn", "predict", "--device", "a100_dgx", "--op", "all_reduce",
                                 "--bytes", "1MiB", "--ranks", "2", "--dtype", "fp16", "--timing",
                                 "isolated", "--format", "json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject row = firstRow(r);
        QCOMPARE(row["op"].toString(), QString("all_reduce"));
        QCOMPARE(row["tier"].toString(), QString("NVLink3 + NVSwitch"));
        // VIDUR measured 47-48 us for this call on a DGX A100; the NCCL model
        // pays the isolated launch floor, the ideal roofline does not.
        const double nccl = row["NCCL model (s)"].toDouble();
        QVERIFY2(nccl > 40e-6 && nccl < 60e-6, r.out.constData());
        QVERIFY2(row["roofline (s)"].toDouble() < nccl, r.out.constData());
        // Across the two-node cluster's InfiniBand, by name.
        const CliRun ib =
            runCli({"learn", "predict", "--device", "2x DGX A100", "--op", "send-recv", "--bytes",
                    "64MiB", "--dimension", "InfiniBand HDR", "--format", "json"});
        QVERIFY2(ib.exitCode == 0, ib.err.constData());
        QCOMPARE(firstRow(ib)["tier"].toString(), QString("InfiniBand HDR"));
        // 64 MiB over one 25 GB/s rail: at least 2.7 ms.
        QVERIFY2(firstRow(ib)["NCCL model (s)"].toDouble() > 2.7e-3, ib.out.constData());
    }

    // One VIDUR row: a 16 MiB all-reduce between two DGX A100 nodes, one GPU
    // each. By default the roofline's ring at the InfiniBand rate; as VIDUR
    // measured it (one call alone, NCCL staged through host memory, two GPUs
    // per PCIe uplink) the staged rail: 7.72 GB/s x 0.7/0.92 = 5.87 GB/s moves
    // the 16 MiB each rank sends in 2.86 ms, plus NCCL's isolated launch.
    void evaluateCostsCollectivesAsMeasured() {
        QTemporaryDir dir;
        const QString csv = dir.filePath("coll.csv");
        QVERIFY(writeText(csv,
                          "network_device,collective,num_workers,devices_per_node,"
                          "max_devices_per_node,size_bytes,median_ms,min_ms,max_ms\n"
                          "a100_dgx,all_reduce,2,1,8,16777216,2.9,2.8,3.0\n"));
        const QString ring = dir.filePath("ring.csv"), staged = dir.filePath("staged.csv");
        const CliRun byDefault = runCli({"learn", "evaluate", csv, "--quiet", "--points", ring});
        QVERIFY2(byDefault.exitCode == 0, byDefault.err.constData());
        const CliRun measured =
            runCli({"learn", "evaluate", csv, "--quiet", "--points", staged, "--timing", "isolated",
                    "--network", "host_staged", "--gpus-per-uplink", "2"});
        QVERIFY2(measured.exitCode == 0, measured.err.constData());
        const double tRing = pointsRoofline(ring), tStaged = pointsRoofline(staged);
        QVERIFY2(tRing > 0 && tRing < 1e-3, QByteArray::number(tRing).constData());
        QVERIFY2(tStaged > 2.86e-3 && tStaged < 2.95e-3, QByteArray::number(tStaged).constData());
        // The same estimate as ridgeline-cli collective with the same options.
        const CliRun direct = runCli(
            {"collective", "--hardware", RIDGELINE_SAMPLES "/hardware/cluster-2x-dgx-a100.json",
             "--op", "all-reduce", "--ranks", "2", "--stride", "8", "--timing", "isolated",
             "--network", "host_staged", "--gpus-per-uplink", "2", "--sizes", "16MiB", "--format",
             "json"});
        QVERIFY2(direct.exitCode == 0, direct.err.constData());
        const QJsonObject tables = QJsonDocument::fromJson(direct.out).object();
        QCOMPARE(tables.size(), 1);
        const double us = tables.begin()->toArray()[0].toObject()["time (us)"].toDouble();
        QVERIFY2(std::abs(us * 1e-6 - tStaged) < 1e-4 * tStaged, direct.out.constData());

        // Each costing option refuses a value it does not know, saying what it expects.
        const QList<QPair<QStringList, QString>> refusals{
            {{"--network", "rdma"}, "--network 'rdma': expected gpudirect, host_staged or socket"},
            {{"--timing", "alone"}, "--timing 'alone': expected stream or isolated"},
            {{"--host-cpu", "arm"}, "--host-cpu 'arm': expected intel or amd"},
            {{"--intra-node", "nvlink"}, "--intra-node 'nvlink': expected p2p or shm"},
            {{"--host-pcie", "2"}, "--host-pcie expects 3, 4 or 5, got '2'"}};
        for (const auto& [option, expected] : refusals) {
            const CliRun bad = runCli(QStringList{"learn", "evaluate", csv} + option);
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(bad.err.contains(expected.toUtf8()), bad.err.constData());
        }
        // A model was trained on the roofline's times: not with these options.
        const CliRun lodo = runCli({"learn", "evaluate", csv, "--lodo", "--timing", "isolated"});
        QCOMPARE(lodo.exitCode, 2);
        QVERIFY2(lodo.err.contains("apply to the roofline alone"), lodo.err.constData());
    }

    void unknownDimensionIsRefused() {
        const CliRun r = runCli({"learn", "predict", "--device", "a100_dgx", "--op", "all_reduce",
                                 "--bytes", "1MiB", "--ranks", "2", "--dimension", "PCIe"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("dimension = \"PCIe\" is not an interconnect dimension") &&
                     r.err.contains("\"InfiniBand HDR\""),
                 r.err.constData());
        const CliRun wide = runCli({"learn", "predict", "--device", "a100_dgx", "--op",
                                    "all_reduce", "--bytes", "1MiB", "--ranks", "16"});
        QCOMPARE(wide.exitCode, 0);
        QVERIFY2(wide.err.contains("needs 16 devices"), wide.err.constData());
    }

    // A small op: an RMS norm and the embedding lookup, roofline only.
    void smallOps() {
        const CliRun norm = runCli({"learn", "predict", "--device", "a100", "--op", "norm",
                                    "--elements", "16777216", "--flops-per-element", "4",
                                    "--detail", "rms", "--dtype", "fp16", "--format", "json"});
        QVERIFY2(norm.exitCode == 0, norm.err.constData());
        // 32 MiB in and out of HBM at 2 TB/s: tens of microseconds.
        const double t = firstRow(norm)["roofline (s)"].toDouble();
        QVERIFY2(t > 20e-6 && t < 100e-6, norm.out.constData());
        const CliRun emb = runCli({"learn", "predict", "--device", "a100", "--op", "embedding",
                                   "--elements", "2097152", "--dtype", "fp16", "--format", "json"});
        QVERIFY2(emb.exitCode == 0, emb.err.constData());
        QVERIFY(firstRow(emb)["roofline (s)"].toDouble() > 0);
        const CliRun bad = runCli({"learn", "predict", "--device", "a100", "--op", "norm"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("missing elements"), bad.err.constData());
    }

    void helpListsOnlyItsOptions() {
        const CliRun help = runCli({"learn", "predict", "--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char* o : {"--device", "--model", "--bytes", "--ranks", "--dimension",
                              "--elements", "--timing", "--network", "--gpus-per-uplink"})
            QVERIFY2(help.out.contains(o), o);
        for (const char* o : {"--hardware-name", "--ops", "--max-rows", "--quiet"})
            QVERIFY2(!help.out.contains(o), o);
    }
};

QTEST_GUILESS_MAIN(TestCliLearnPredict)
#include "test_cli_learn_predict.moc"
