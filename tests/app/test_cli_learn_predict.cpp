// ridgeline-cli learn predict beyond GEMMs (issue 15): collectives and small
// ops from the generic CSV's columns, with or without a model; an unknown
// dimension is refused with the value and what was expected; --help names
// only options the command has.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli_runner.h"

namespace {
QJsonObject firstRow(const CliRun& r) {
    return QJsonDocument::fromJson(r.out).object()["prediction"].toArray()[0].toObject();
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
        for (const char* o :
             {"--device", "--model", "--bytes", "--ranks", "--dimension", "--elements", "--timing"})
            QVERIFY2(help.out.contains(o), o);
        for (const char* o : {"--hardware-name", "--ops", "--max-rows", "--quiet"})
            QVERIFY2(!help.out.contains(o), o);
    }
};

QTEST_GUILESS_MAIN(TestCliLearnPredict)
#include "test_cli_learn_predict.moc"
