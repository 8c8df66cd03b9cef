// The sample sweeps (samples/sweeps): each loads without a diagnostic, runs
// with the evaluator of its predictor, and opens into a front of several
// designs with sensitivity rows: what a user sees first must work.
#include <QDirIterator>
#include <QtTest>

#include "core/explore/point_evaluator.h"
#include "core/explore/sweep_runner.h"

using namespace rl;
using namespace rl::explore;

class TestSweepSamples : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void everySampleRuns_data() {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(RIDGELINE_SAMPLES) + "/sweeps", {"*.json"}, QDir::Files);
        QStringList files;
        while (it.hasNext()) files << it.next();
        files.sort();
        QVERIFY(files.size() >= 5);
        for (const QString& f : files) QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void everySampleRuns() {
        QFETCH(QString, path);
        LoadedSweep l = loadSweep(path.toStdString());
        QVERIFY2(l.ok(), l.diagnostics.format().c_str());
        QVERIFY2(l.diagnostics.items().empty(), l.diagnostics.format().c_str());
        SweepSpec spec = *l.spec;
        QVERIFY(spec.objectives.size() >= 2);
        // The mapper's budget is cut for the test; the front stays a front.
        spec.predictor.mapperEvaluations =
            std::min<std::int64_t>(spec.predictor.mapperEvaluations, 300);
        Diagnostics diag;
        std::unique_ptr<PointEvaluator> evaluator = makeEvaluator(spec, diag);
        QVERIFY2(evaluator, diag.format().c_str());
        RunOptions options;
        options.keepPoints = true;
        RunReport r = runSweep(spec, *l.base, *evaluator, options);
        QVERIFY2(r.ok(), r.diagnostics.format().c_str());
        const SweepResult& res = r.result;
        QVERIFY(res.complete);
        QCOMPARE(res.evaluated, res.pointCount);
        QVERIFY2(res.feasibleCount >= 4, qPrintable(QString::number(res.feasibleCount)));
        QVERIFY2(res.front.size() >= 2, qPrintable(QString::number(res.front.size())));
        // The front's designs differ in both objectives (a real trade-off).
        const SweepPoint& first = res.points[res.front.front()];
        const SweepPoint& last = res.points[res.front.back()];
        QVERIFY(first.objectives[0] != last.objectives[0]);
        QVERIFY(first.objectives[1] != last.objectives[1]);
        QVERIFY(!res.sensitivity.empty());
        int rowsWithASwing = 0;
        for (const SensitivityRow& s : res.sensitivity) rowsWithASwing += s.swing() > 0;
        QVERIFY(rowsWithASwing >= 1);
    }
};

QTEST_GUILESS_MAIN(TestSweepSamples)
#include "tst_sweep_samples.moc"
