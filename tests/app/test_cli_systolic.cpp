// ridgeline-cli systolic: the GEMM form, separate SRAM sizes, the bandwidth
// modes and SCALE-Sim topology CSVs, driven as a user would (issue 15).
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_runner.h"

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(text);
    return path;
}
// The CSV row of the one-layer table: its fields by column name.
QMap<QString, QString> onlyRow(const QByteArray& csv) {
    const auto lines = QString::fromUtf8(csv).trimmed().split('\n', Qt::SkipEmptyParts);
    QMap<QString, QString> row;
    if (lines.size() < 2) return row;
    const auto head = lines[0].trimmed().split(','), values = lines[1].trimmed().split(',');
    for (int i = 0; i < head.size() && i < values.size(); ++i) row[head[i]] = values[i];
    return row;
}
}  // namespace

class TestCliSystolic : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

  private Q_SLOTS:
    void gemmMatchesScaleSimGolden() {
        // SCALE-Sim v2's golden_trace_user_os: 52447 cycles, 42272 of them stalls.
        const CliRun r = runCli({"systolic", "--gemm", "256,128,256", "--dataflow", "os",
                                 "--dram-bw", "10", "--format", "csv"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto row = onlyRow(r.out);
        QCOMPARE(row.value("cycles"), QString("52447"));
        QCOMPARE(row.value("stalls"), QString("42272"));
        QCOMPARE(row.value("DRAM ifmap reads"), QString("524320"));
        QCOMPARE(row.value("prefetch cycles"), QString("3277"));
        QCOMPARE(row.value("stalls from"), QString("replay"));
    }
    void calcModeAndSeparateSrams() {
        CliRun r = runCli({"systolic", "--gemm", "256,128,256", "--dataflow", "ws",
                           "--bandwidth-mode", "calc", "--format", "csv"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(onlyRow(r.out).value("stalls"), QString("0"));
        QCOMPARE(onlyRow(r.out).value("cycles"), QString("11199"));
        // A 1 MiB ifmap SRAM holds the whole ifmap in its working half: one fetch
        // of whole 10-word lines.
        r = runCli({"systolic", "--gemm", "256,128,256", "--dataflow", "ws", "--ifmap-kib", "1024",
                    "--format", "csv"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(onlyRow(r.out).value("DRAM ifmap reads"), QString("65540"));
        r = runCli({"systolic", "--gemm", "256,128,256", "--bandwidth-mode", "fast"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--bandwidth-mode") && r.err.contains("user or calc"),
                 r.err.constData());
        r = runCli({"systolic", "--gemm", "256,128,256", "--filter-kib", "0"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--filter-kib"), r.err.constData());
        r = runCli({"systolic", "--gemm", "256,x,256"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--gemm") && r.err.contains("\"x\""), r.err.constData());
    }
    void topologyFiles() {
        const QString gemm =
            writeFile(dir, "gemm.csv", "Layer Name, M, N, K,\nTest 1, 256, 128, 256,\n");
        CliRun r = runCli({"systolic", "--topology", gemm, "--dataflow", "os", "--format", "csv"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(onlyRow(r.out).value("layer"), QString("Test 1"));
        QCOMPARE(onlyRow(r.out).value("cycles"), QString("52447"));
        const QString conv = writeFile(
            dir, "conv.csv",
            "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num "
            "Filter, Strides,\nConv1, 224, 224, 11, 11, 3, 96, 4,\n");
        r = runCli({"systolic", "--topology", conv, "--bandwidth-mode", "calc", "--format", "csv"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(onlyRow(r.out).value("cycles"), QString("112283"));
        // A bad line: the error names file, line, column, value and expectation.
        const QString bad =
            writeFile(dir, "bad.csv", "Layer Name, M, N, K,\nok, 1, 2, 3,\nbad, 4, -5, 6,\n");
        r = runCli({"systolic", "--topology", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.csv:3:9: N: got \"-5\"; expected a whole number"),
                 r.err.constData());
        r = runCli({"systolic", "--topology", dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("a regular file"), r.err.constData());
        r = runCli({"systolic", "--topology", dir.filePath("missing.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing.csv"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSystolic)
#include "test_cli_systolic.moc"
