// Budgets on the long commands, run as a user would: --time-limit and Ctrl-C
// (SIGINT) stop a search or simulation and print the best result so far,
// marked partial; a budget that could never finish is refused up front with
// the cap named; bad limits are usage errors.
#include <signal.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include "cli_runner.h"

namespace {

QString sample(const QString& rel) { return QString(RIDGELINE_SAMPLES) + "/" + rel; }

// A search of minutes on the Eyeriss-like VGG layer (the cap is 1e10).
const QStringList kLongSearch = {"dataflow",
                                 "--arch",
                                 sample("accelerators/eyeriss-like.json"),
                                 "--problem",
                                 sample("accelerators/problem-vgg-conv3-2.json"),
                                 "--search",
                                 "--evaluations",
                                 "2000000000"};

// Starts the CLI, waits until its stderr shows `progress` (the work is under
// way), sends SIGINT as Ctrl-C does and collects what it printed.
CliRun interruptOnceRunning(const QStringList& args, const QByteArray& progress) {
    QProcess p;
    p.start(RIDGELINE_CLI, args);
    CliRun r;
    if (!p.waitForStarted()) return r;
    QElapsedTimer clock;
    clock.start();
    while (!r.err.contains(progress) && clock.elapsed() < 120000 &&
           p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        r.err += p.readAllStandardError();
    }
    if (!r.err.contains(progress) || ::kill(static_cast<pid_t>(p.processId()), SIGINT) != 0) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    if (!p.waitForFinished(120000)) return r;
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    return r;
}

}  // namespace

class TestCliBudgets : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void helpNamesTheTimeLimit() {
        for (const char* command : {"dataflow", "train", "simulate"}) {
            const CliRun r = runCli({command, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("--time-limit"), command);
        }
    }

    void evaluationsOverTheCapAreRefused() {
        const CliRun r = runCli({"dataflow", "--arch", sample("accelerators/eyeriss-like.json"),
                                 "--problem", sample("accelerators/problem-vgg-conv3-2.json"),
                                 "--search", "--evaluations", "1e18"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("over the cap of 10,000,000,000"), r.err.constData());
        QVERIFY2(r.err.contains("--time-limit"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badTimeLimitsAreUsageErrors() {
        for (const char* limit : {"0", "-3", "abc", "inf", "1e9"}) {
            const CliRun r = runCli(kLongSearch + QStringList{"--time-limit", limit});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--time-limit must be a number of seconds"), limit);
        }
        const CliRun train =
            runCli({"train", "--project", sample("projects/megatron-175b-training-on-64-a100.json"),
                    "--time-limit", "5"});
        QCOMPARE(train.exitCode, 2);
        QVERIFY2(train.err.contains("--time-limit applies to --search"), train.err.constData());
    }

    // --time-limit ends the search with its best mapping, marked partial.
    void timeLimitKeepsTheBestMapping() {
        const CliRun r = runCli(kLongSearch + QStringList{"--time-limit", "1"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("partial result: time limit of 1 s reached"), r.out.constData());
        QVERIFY2(r.err.contains("partial result: time limit of 1 s reached"), r.err.constData());
        QVERIFY(r.out.contains("cycles"));
        QVERIFY(r.out.contains("loop nest (outer first)"));
        // JSON output says so too.
        const CliRun j = runCli(kLongSearch + QStringList{"--time-limit", "1", "--format", "json"});
        QVERIFY2(j.exitCode == 0, j.err.constData());
        QVERIFY(j.out.contains("\"partial\": \"partial result: time limit of 1 s reached"));
    }

    // Ctrl-C does the same and exits with 130 as interrupted programs do.
    void sigintKeepsTheBestMapping() {
        const CliRun r = interruptOnceRunning(kLongSearch, "searching mappings");
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 130, r.err.constData());
        QVERIFY2(r.out.contains("partial result: interrupted (Ctrl-C)"), r.out.constData());
        QVERIFY(r.out.contains("loop nest (outer first)"));
    }

    // A serving simulation stopped part way prints the report of the requests
    // finished so far.
    void sigintKeepsTheServingReportSoFar() {
        const CliRun r = interruptOnceRunning(
            {"simulate", "--project", sample("projects/llama2-7b-serving-on-a100.json"),
             "--requests", "1000000", "--no-explain", "--progress"},
            "simulating requests");
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 130, r.err.constData());
        QVERIFY2(r.out.contains("partial result: interrupted (Ctrl-C); the report covers the"),
                 r.out.constData());
        QVERIFY(r.out.contains("of 1,000,000 requests finished by then"));
        QVERIFY(r.out.contains("time to first token"));
    }
};

QTEST_GUILESS_MAIN(TestCliBudgets)
#include "test_cli_budgets.moc"
