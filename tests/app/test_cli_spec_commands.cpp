// ridgeline-cli validate / list / show, run as separate processes: exit codes,
// stdout versus stderr, and the three output formats.
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {

using Run = CliRun;

QStringList sampleFiles(const QString& sub = {}) {
    QDirIterator it(QString(RIDGELINE_SAMPLES) + (sub.isEmpty() ? "" : "/" + sub), {"*.json"},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) files << it.next();
    files.sort();
    return files;
}

}  // namespace

class TestCliSpecCommands : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void helpForEachCommand() {
        for (const char* cmd : {"validate", "list", "show"}) {
            Run r = runCli({cmd, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("--format"), r.out.constData());
        }
        Run top = runCli({"--help"});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains("validate") && top.out.contains("list") &&
                top.out.contains("show"));
    }

    void validateAllSamples() {
        const QStringList files = sampleFiles();
        if (files.isEmpty()) QSKIP("no samples");
        Run r = runCli(QStringList{"validate"} + files);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("ok: "), files.size());
        // Sweep files are validated by core/explore's reader, named as such.
        QCOMPARE(r.out.count("(sweep)"), sampleFiles("sweeps").size());
    }

    void validateReportsEveryFileAndEveryError() {
        const QString good = QString(RIDGELINE_SAMPLES) + "/hardware/nvidia-a100-sxm4-80gb.json";
        const QString bad1 =
            QString(RIDGELINE_TEST_DATA) + "/hostile/hw-efficiency-out-of-range.json";
        const QString bad2 =
            QString(RIDGELINE_TEST_DATA) + "/hostile/model-kv-heads-not-dividing.json";
        Run r = runCli({"validate", good, bad1, bad2});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("ok: " + good.toUtf8() + " (hardware)"));
        QVERIFY(r.err.contains("/compute/efficiency/fp16"));
        QVERIFY(r.err.contains("/memory/0/efficiency"));
        QVERIFY(r.err.contains(
            "model-kv-heads-not-dividing.json: /transformer/num_key_value_heads: error"));
        QVERIFY(!r.out.contains("error"));

        Run j = runCli({"validate", "--format", "json", good, bad1});
        QCOMPARE(j.exitCode, 1);
        QJsonParseError pe;
        QJsonDocument doc = QJsonDocument::fromJson(j.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, j.out.constData());
        QCOMPARE(doc.object()["valid"].toBool(), false);
        QJsonArray files = doc.object()["files"].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject()["valid"].toBool(), true);
        QCOMPARE(files[1].toObject()["diagnostics"].toArray().size(), 2);
        QCOMPARE(files[1].toObject()["diagnostics"].toArray()[0].toObject()["path"].toString(),
                 QString("/compute/efficiency/fp16"));

        Run c = runCli({"validate", "--format", "csv", bad1});
        QCOMPARE(c.exitCode, 1);
        QVERIFY(
            c.out.startsWith("file,kind,severity,path,value,expected,suggestion,line,column\r\n"));
        QCOMPARE(c.out.count("\r\n"), 3);
    }

    void hostileCorpusNeverCrashes_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(RIDGELINE_TEST_DATA "/hostile");
        for (const QString& f : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void hostileCorpusNeverCrashes() {
        QFETCH(QString, path);
        for (const char* cmd : {"validate", "show"}) {
            Run r = runCli({cmd, path});
            QCOMPARE(r.status, QProcess::NormalExit);
            QVERIFY2(r.exitCode != 0, r.out.constData());
            QVERIFY(!r.err.isEmpty());
            QVERIFY2(r.err.contains(QFileInfo(path).fileName().toUtf8()), r.err.constData());
        }
    }

    void listEachKind() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("RIDGELINE_SAMPLES_DIR", RIDGELINE_SAMPLES);
        for (const char* what : {"hardware", "models", "scenarios", "projects"}) {
            if (sampleFiles(what).isEmpty()) continue;
            Run r = runCli({"list", what}, env);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.out.contains(".json"));
            Run j = runCli({"list", what, "--format", "json"}, env);
            QCOMPARE(j.exitCode, 0);
            QJsonDocument doc = QJsonDocument::fromJson(j.out);
            QVERIFY(doc.isArray());
            QVERIFY(!doc.array().isEmpty());
            QVERIFY(doc.array()[0].toObject().contains("name"));
        }
        Run models = runCli({"list", "models", "--format", "csv", "--samples", RIDGELINE_SAMPLES});
        QCOMPARE(models.exitCode, 0);
        QVERIFY(models.out.contains("Llama-2-7B,6.738 B,"));
        QVERIFY(runCli({"list", "bananas"}).exitCode != 0);
        QVERIFY(runCli({"list", "models", "--samples", "/nonexistent/dir"}).exitCode != 0);
    }

    void listUsesAnyLibraryFolder() {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("scenarios"));
        QFile::copy(QString(RIDGELINE_SAMPLES) + "/scenarios/chat-batch1-fp16.json",
                    dir.filePath("scenarios/a.json"));
        QFile::copy(QString(RIDGELINE_TEST_DATA) + "/hostile/scenario-negative-batch.json",
                    dir.filePath("scenarios/b.json"));
        Run r = runCli({"list", "scenarios", "--samples", dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("scenarios/a.json"));
        QVERIFY(!r.out.contains("b.json"));
        QVERIFY(r.err.contains("b.json"));  // the broken file is named, not hidden
    }

    void showHardwareRidgePoints() {
        Run r = runCli({"show", QString(RIDGELINE_SAMPLES) + "/hardware/nvidia-a100-sxm4-80gb.json",
                        "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["kind"].toString(), QString("hardware"));
        QJsonObject ridge =
            o["derived"].toObject()["hardware"].toObject()["ridge_points"].toObject();
        // 312 TFLOP/s over 2039 GB/s.
        QVERIFY(
            qAbs(ridge["fp16"].toObject()["ridge_flop_per_byte"].toObject()["HBM2e"].toDouble() -
                 312e12 / 2039e9) < 1e-6);
        Run t =
            runCli({"show", QString(RIDGELINE_SAMPLES) + "/hardware/nvidia-a100-sxm4-80gb.json"});
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.contains("ridge points"));
        QVERIFY(t.out.contains("80 GiB"));
    }

    void showModelAndProject() {
        Run m = runCli(
            {"show", QString(RIDGELINE_SAMPLES) + "/models/llama-2-7b.json", "--format", "json"});
        QCOMPARE(m.exitCode, 0);
        QJsonObject d =
            QJsonDocument::fromJson(m.out).object()["derived"].toObject()["model"].toObject();
        QCOMPARE(d["params"].toDouble(), 6738415616.0);
        QCOMPARE(d["kv_elements_per_token"].toDouble(), 2.0 * 32 * 4096);

        Run p =
            runCli({"show", QString(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json"});
        QVERIFY2(p.exitCode == 0, p.err.constData());
        QVERIFY(p.out.contains("fit check"));
        QVERIFY(p.out.contains("fits"));
        Run csv =
            runCli({"show", QString(RIDGELINE_SAMPLES) + "/projects/llama2-7b-chat-on-a100.json",
                    "--format", "csv"});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.contains("# fit check (per device)\r\n"));
    }

    void usageErrors() {
        Run none = runCli({"show"});
        QVERIFY(none.exitCode != 0);
        QVERIFY(!none.err.isEmpty());
        Run badFormat = runCli({"validate", "--format", "xml", "x.json"});
        QVERIFY(badFormat.exitCode != 0);
        QVERIFY(badFormat.err.contains("xml"));
        Run unknownOption = runCli({"list", "--frobnicate"});
        QVERIFY(unknownOption.exitCode != 0);
        Run missing = runCli({"validate", "/nonexistent/spec.json"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("/nonexistent/spec.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliSpecCommands)
#include "test_cli_spec_commands.moc"
