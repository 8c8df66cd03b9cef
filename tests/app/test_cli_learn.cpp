// ridgeline-cli learn, run as a user would on a slice of NeuSight's data in
// ../shared/data (skipped when absent): training reports the transfer check,
// predictions on an unseen device carry an interval and a note, calibration
// retrains from the recorded training files or fits an offset, and device
// names are checked.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {
const QString kNeuSight = QStringLiteral(RIDGELINE_SHARED_DATA "/neusight");
// Small and single-threaded: CI has two cores.
const QStringList kFast = {"--max-rows", "60",        "--rounds", "30",     "--ensemble",
                           "1",          "--threads", "1",        "--quiet"};
}  // namespace

class TestCliLearn : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    QString linear, bmm, model;

  private Q_SLOTS:
    void initTestCase() {
        linear = kNeuSight + "/linear_fp32.csv";
        bmm = kNeuSight + "/bmm_fp32.csv";
        if (!QFile::exists(linear) || !QFile::exists(bmm))
            QSKIP("../shared/data/neusight is absent");
        QVERIFY(dir.isValid());
        model = dir.filePath("no-t4.json");
    }

    void trainReportsTheTransferCheck() {
        const CliRun r = runCli(QStringList{"learn", "train", linear, bmm, "--exclude-devices",
                                            "Tesla T4", "--out", model} +
                                kFast);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("4 device(s)"), r.out.constData());
        QVERIFY2(r.out.contains("transfer check") && r.out.contains("trust"), r.out.constData());
        QVERIFY(QFile::exists(model));
    }

    void predictsAnUnseenDeviceWithIntervalAndNote() {
        const CliRun r =
            runCli({"learn", "predict", "--model", model, "--device", "t4", "--op", "gemm", "--m",
                    "2048", "--n", "2048", "--k", "2048", "--format", "csv"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains("low (90%)") && lines[0].contains("high (90%)"));
        QVERIFY(lines[1].startsWith("NVIDIA Tesla T4,"));
        // The T4's power per FLOP lies outside the four training GPUs'.
        QVERIFY2(lines[1].contains("outside the training data"), lines[1].constData());
    }

    void calibrationRetrainsOrFitsAnOffset() {
        const QString retrained = dir.filePath("t4-retrain.json"),
                      offset = dir.filePath("t4-offset.json");
        // The model records its training files, which still exist: retrain by default.
        CliRun r = runCli({"learn", "calibrate", "--model", model, "--device", "Tesla T4", "--k",
                           "10", linear, "--out", retrained, "--weight", "10", "--quiet"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("calibrated (retrain) on 10 row(s) of NVIDIA Tesla T4"),
                 r.out.constData());
        r = runCli({"learn", "calibrate", "--model", model, "--device", "Tesla T4", "--k", "10",
                    linear, "--out", offset, "--method", "offset", "--quiet"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("calibrated (offset)"), r.out.constData());
        // Both files load and evaluate.
        for (const QString& f : {retrained, offset}) {
            r = runCli(QStringList{"learn", "evaluate", "--model", f, linear, "--ops", "linear"} +
                       kFast.mid(0, 2) + QStringList{"--quiet"});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.out.contains("NVIDIA Tesla T4"));
        }
        r = runCli({"learn", "calibrate", "--model", model, "--device", "Tesla T4", "--k", "10",
                    linear, "--out", offset, "--method", "magic", "--quiet"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("--method must be retrain or offset"), r.err.constData());
        // Training data that cannot be read is named.
        r = runCli({"learn", "calibrate", "--model", model, "--device", "Tesla T4", "--k", "10",
                    linear, "--out", offset, "--training", dir.filePath("missing.csv")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("missing.csv") && r.err.contains("cannot open"), r.err.constData());
    }

    void unknownDeviceNamesAreErrors() {
        const CliRun r = runCli(QStringList{"learn", "train", linear, "--exclude-devices",
                                            "Imaginary GPU 9000", "--out", dir.filePath("x.json")} +
                                kFast);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("no hardware spec named \"Imaginary GPU 9000\""),
                 r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("x.json")));
    }

    void leaveOneDeviceOutTable() {
        const CliRun r = runCli(QStringList{"learn", "evaluate", "--lodo", linear, "--ks", "0,5",
                                            "--repeats", "1", "--no-learned", "--format", "csv"} +
                                    kFast,
                                QProcessEnvironment::systemEnvironment(), 180000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("trust") && r.out.contains("hybrid MAPE, full correction"),
                 r.out.constData());
        QVERIFY(r.out.contains("MAPE (retrain)") && r.out.contains("MAPE (offset)"));
        for (const char* gpu : {"A100", "P100", "P4", "T4", "V100"})
            QVERIFY2(r.out.contains(gpu), gpu);
        QVERIFY(r.out.contains("hybrid 90% coverage"));  // coverage beside MAPE
    }

    // tools/validate.sh pastes this output into the docs: datasheet specs with
    // the physics chosen per fold, as Markdown tables.
    void leaveOneDeviceOutMarkdownWithPhysics() {
        const CliRun r =
            runCli(QStringList{"learn", "evaluate", "--lodo", linear, "--ks", "0", "--no-learned",
                               "--datasheet-only", "--format", "markdown"} +
                       kFast,
                   QProcessEnvironment::systemEnvironment(), 180000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("| held-out hardware | op | rows | roofline MAPE |"),
                 r.out.constData());
        QVERIFY(r.out.contains("|---|---|---:|"));
        QVERIFY(r.out.contains("**sustained-clock physics per fold (fp32 FMA path)**"));
        QVERIFY(r.out.contains("| NVIDIA Tesla T4 |"));
    }
};

QTEST_GUILESS_MAIN(TestCliLearn)
#include "test_cli_learn.moc"
