// ridgeline-cli render --view dataflow-<key>, run as a user would: every view
// registered on the dataflow page renders the tutorial project to a PNG of
// the size asked for; CSV carries the view's numbers (the Timeloop tutorial's
// published energy); a project without a mapping waits for the mapper; bad
// views and projects are refused with the reason.
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/app/cli_runner.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_tabs.h"

namespace {
QString project(const char* name) {
    return QStringLiteral(RIDGELINE_SAMPLES) + "/projects/" + QString::fromLatin1(name);
}

QStringList registeredViews() {
    rl::views::DataflowPage page;
    rl::views::addDataflowTabs(&page);
    return page.viewKeys();
}

QString readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
}  // namespace

class TestCliRenderDataflow : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyViewRendersThePng_data() {
        QTest::addColumn<QString>("key");
        const QStringList keys = registeredViews();
        QVERIFY(keys.contains("loopnest"));
        for (const QString& k : keys) QTest::newRow(qPrintable(k)) << k;
    }
    void everyViewRendersThePng() {
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString out = dir.filePath(key + ".png");
        const CliRun r = runCli({"render", "--view", "dataflow-" + key, "--project",
                                 project("tutorial-3level-dataflow.json"), "--out", out, "--width",
                                 "800", "--height", "500"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImage image(out);
        QVERIFY2(!image.isNull(), qPrintable(out));
        QCOMPARE(image.size(), QSize(800, 500));
        // Not a blank canvas: more than one colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 3, qPrintable(key));
    }

    // The storage view's numbers: Timeloop's published 32130.51 fJ/MAC in total.
    void storageCsvHoldsTheTutorialsEnergy() {
        QTemporaryDir dir;
        const QString out = dir.filePath("storage.csv");
        const CliRun r = runCli({"render", "--view", "dataflow-storage", "--project",
                                 project("tutorial-3level-dataflow.json"), "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = readAll(out).split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 5);
        QString total;
        for (const QString& line : lines)
            if (line.startsWith("total,")) total = line;
        QVERIFY2(!total.isEmpty(), qPrintable(lines.join('\n')));
        const int column = lines.front().split(',').indexOf("energy_fJ_per_MAC");
        QVERIFY2(column >= 0, qPrintable(lines.front()));
        const double fjPerMac = total.split(',').value(column).toDouble();
        QVERIFY2(std::abs(fjPerMac - 32130.51) < 0.01, qPrintable(total));
    }

    // No mapping in the project: the mapper runs (EDP, seed 1) before the export.
    void eyerissProjectWaitsForTheMapper() {
        QTemporaryDir dir;
        const QString out = dir.filePath("loopnest.csv");
        const CliRun r = runCli({"render", "--view", "dataflow-loopnest", "--project",
                                 project("eyeriss-vgg-conv3-2.json"), "--out", out},
                                QProcessEnvironment::systemEnvironment(), 240000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("mapper"));
        const QString csv = readAll(out);
        QVERIFY(csv.startsWith("level,"));
        QVERIFY(csv.count('\n') > 3);
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown view") << QStringList{"--view", "dataflow-nonesuch", "--project",
                                                     project("tutorial-3level-dataflow.json")}
                                      << 2 << "dataflow-loopnest";
        QTest::newRow("roofline of a study alone")
            << QStringList{"--view", "roofline", "--project",
                           project("tutorial-3level-dataflow.json")}
            << 2 << "dataflow study";
        QTest::newRow("project without a study")
            << QStringList{"--view", "dataflow-loopnest", "--project",
                           project("resnet50-batch32-on-t4.json")}
            << 1 << "\"dataflow\"";
    }
    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const CliRun r = runCli(QStringList{"render"} << args << "--out" << dir.filePath("x.png"));
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(words.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("x.png")));
    }
};

QTEST_MAIN(TestCliRenderDataflow)
#include "test_cli_render_dataflow.moc"
