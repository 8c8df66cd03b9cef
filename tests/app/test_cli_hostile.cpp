// ridgeline-cli against hostile files, as issue 17 found them: each run must
// end with a clear message (file, path or line, reason) and a non-zero exit,
// never a crash signal or a hang (runCli gives up after 60 s).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "cli_runner.h"

namespace {

void writeFile(const QString& path, const std::string& text) {
    std::ofstream f(path.toStdString(), std::ios::binary | std::ios::trunc);
    f << text;
}

std::string readFile(const QString& path) {
    std::ifstream f(path.toStdString(), std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

// Refused cleanly: exited (no signal), non-zero, and stderr holds every fragment.
bool refused(const CliRun& r, const QStringList& fragments) {
    if (r.status != QProcess::NormalExit || r.exitCode == 0) return false;
    for (const QString& f : fragments)
        if (!r.err.contains(f.toUtf8())) return false;
    return true;
}

QString show(const CliRun& r) {
    return QString("exit %1 (%2)\n%3").arg(r.exitCode).arg(r.status).arg(QString(r.err));
}

}  // namespace

class TestCliHostile : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

  private Q_SLOTS:
    void crashingModelFileIsRefused() {
        // A tiny model trained by the CLI itself, then one member's num_trees
        // set to "1000000": XGBoost's loader used to segfault on it (case 1).
        std::string csv =
            "op,label,device,dtype,time_s,time_std_s,repeats,batch,m,n,k,in_channels,"
            "out_channels,in_h,in_w,kernel,stride,padding,groups,elements,inputs,"
            "flops_per_element,bytes,ranks,detail\n";
        for (int m : {64, 128, 256, 512, 1024, 2048})
            for (int n : {64, 256, 1024, 4096}) {
                const double t = 2.0 * m * n * 1024 / 8e12 + 5e-6;
                csv += "gemm,linear,Tesla T4,fp32," + std::to_string(t) + ",,,1," +
                       std::to_string(m) + "," + std::to_string(n) + ",1024,,,,,,,,,,,,,,\n";
            }
        const QString data = dir.filePath("t4.csv"), model = dir.filePath("m.json");
        writeFile(data, csv);
        CliRun r = runCli({"learn", "train", data, "--out", model, "--rounds", "5", "--ensemble",
                           "1", "--no-transfer-check", "--quiet"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(readFile(model)));
        QJsonObject top = doc.object();
        QJsonArray members = top["members"].toArray();
        QJsonObject member = members[0].toObject();
        QJsonObject learner = member["learner"].toObject();
        QJsonObject booster = learner["gradient_booster"].toObject();
        QJsonObject inner = booster["model"].toObject();
        QJsonObject param = inner["gbtree_model_param"].toObject();
        param["num_trees"] = "1000000";
        inner["gbtree_model_param"] = param;
        booster["model"] = inner;
        learner["gradient_booster"] = booster;
        member["learner"] = learner;
        members[0] = member;
        top["members"] = members;
        const QString bad = dir.filePath("num-trees.json");
        writeFile(bad, QJsonDocument(top).toJson().toStdString());
        const QStringList predict = {"--device", "Tesla T4", "--m", "64", "--n", "64", "--k", "64"};
        r = runCli(QStringList{"learn", "predict", "--model", model} + predict);
        QVERIFY2(r.exitCode == 0, r.err.constData());  // the untouched file works
        r = runCli(QStringList{"learn", "predict", "--model", bad} + predict);
        QVERIFY2(
            refused(r, {"num-trees.json",
                        "/members/0/learner/gradient_booster/model/gbtree_model_param/num_trees",
                        "error: got \"1000000\""}),
            qPrintable(show(r)));
    }

    void devicesAndPipesAreRefusedAtOnce() {
        // Case 4: these grew without end (or waited for a writer forever).
        CliRun r = runCli({"learn", "predict", "--model", "/dev/zero", "--device", "Tesla T4",
                           "--m", "64", "--n", "64", "--k", "64"});
        QVERIFY2(refused(r, {"/dev/zero", "character device"}), qPrintable(show(r)));
        r = runCli({"learn", "import", "/dev/zero"});
        QVERIFY2(refused(r, {"/dev/zero", "character device"}), qPrintable(show(r)));
        const QString fifo = dir.filePath("pipe.csv");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        r = runCli({"learn", "import", fifo});
        QVERIFY2(refused(r, {"pipe.csv", "FIFO"}), qPrintable(show(r)));
        r = runCli({"learn", "import", dir.path()});
        QVERIFY2(refused(r, {"a directory"}), qPrintable(show(r)));
    }

    void importOutNeverFollowsAFixedTempName() {
        // Case 2: `learn import --out` wrote <out>.tmp through a symlink.
        const QString victim = dir.filePath("victim.txt"), out = dir.filePath("rows.csv");
        writeFile(victim, "precious");
        std::filesystem::create_symlink(victim.toStdString(), (out + ".tmp").toStdString());
        const CliRun r = runCli(
            {"learn", "import", RIDGELINE_TEST_DATA "/learned/neusight_small.csv", "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(victim), std::string("precious"));
        QVERIFY(readFile(out).rfind("op,label,device", 0) == 0);
    }

    void absurdDramRateIsRefused() {
        // Case 5: printed negative cycle counts.
        CliRun r = runCli({"systolic", "--layer", "56,56,3,3,64,64,1", "--dram-bw", "1e-300"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--dram-bw") && r.err.contains("0.001 to 1e6"), r.err.constData());
        // A rate in range on a layer whose stalls leave 64 bits: refused, not wrapped.
        r = runCli({"systolic", "--layer", "16777216,16777216,1,1,36,1,1", "--dram-bw", "0.001"});
        QVERIFY2(refused(r, {"do not fit a 64-bit count"}), qPrintable(show(r)));
        // Sane input still works and never shows a negative count.
        r = runCli(
            {"systolic", "--layer", "56,56,3,3,64,64,1", "--dram-bw", "0.001", "--format", "csv"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains(",-"), r.out.constData());
    }

    void dataflowErrorsNameTheProblemFile() {
        // Case 6: reported against the architecture file.
        const QString problem = dir.filePath("bad-problem.json");
        writeFile(problem, R"({"format": "ridgeline.problem", "version": 1, "name": "p",
                               "kind": "conv", "dims": {"R": -3}, "word_bits": 8})");
        const CliRun r =
            runCli({"dataflow", "--arch", RIDGELINE_SAMPLES "/accelerators/eyeriss-like.json",
                    "--problem", problem, "--search"});
        QVERIFY2(refused(r, {"bad-problem.json: /dims"}), qPrintable(show(r)));
        QVERIFY2(!r.err.contains("eyeriss-like.json: /dims"), r.err.constData());
    }

    void projectsDoNotReadOutsideTheirFolder() {
        // Case 7: a project pointing at /etc/passwd showed its first bytes.
        const QString project = dir.filePath("shared.json");
        writeFile(project, R"({"format": "ridgeline.project", "version": 1, "name": "p",
                               "hardware": "../../../../../../../../etc/passwd",
                               "model": "/etc/shadow", "scenario": "/etc/hostname"})");
        CliRun r = runCli({"validate", project});
        QVERIFY2(refused(r, {"shared.json: /hardware", "../../../../../../../../etc/passwd",
                             "inside the project's folder", "--allow-outside-refs"}),
                 qPrintable(show(r)));
        QVERIFY2(!r.err.contains("root:"), r.err.constData());
        // With consent the files are read, yet a file that is no JSON is never quoted.
        r = runCli({"analyze", "--project", project, "--allow-outside-refs"});
        QVERIFY(r.status == QProcess::NormalExit && r.exitCode != 0);
        QVERIFY2(!r.err.contains("inside the project's folder"), r.err.constData());
        QVERIFY2(!r.err.contains("root:"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "test_cli_hostile.moc"
