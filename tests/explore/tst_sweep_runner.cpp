// The sweep runner on a synthetic evaluator with known figures: the same
// bytes for 1 or 4 threads and any batch size, for shards merged, for a run
// interrupted, truncated and resumed; errors and constraints per point; the
// front and the sensitivity rows; cancel.
#include <QtTest>

#include <atomic>
#include <filesystem>

#include "core/explore/pareto.h"
#include "core/explore/sweep_files.h"
#include "core/explore/sweep_runner.h"
#include "sweep_fixtures.h"

using namespace rl;
using namespace rl::explore;
using namespace rl::explore::test;

namespace {

const char* const kFiles[] = {kPointsCsv, kPointsJsonl, kFrontCsv, kSensitivityCsv, kManifest};

std::string in(const std::string& dir, const char* file) {
    return (std::filesystem::path(dir) / file).string();
}

}  // namespace

class TestSweepRunner : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    LoadedSweep sweep_;
    int runs_ = 0;

    std::string freshDir() { return dir_.filePath("run" + QString::number(++runs_)).toStdString(); }

    RunReport run(const std::string& out, RunOptions o = {}, double failAt = -1,
                  bool viaJson = false) {
        SyntheticEvaluator e(*sweep_.spec, viaJson, failAt);
        o.outputDir = out;
        return runSweep(*sweep_.spec, *sweep_.base, e, o);
    }
    void compareFolders(const std::string& a, const std::string& b) {
        for (const char* f : kFiles) {
            const std::string x = readFile(in(a, f)), y = readFile(in(b, f));
            QVERIFY2(!x.empty(), f);
            if (x != y)
                qWarning("%s differs:\n%s\n---\n%s", f, x.substr(0, 600).c_str(),
                         y.substr(0, 600).c_str());
            QVERIFY2(x == y, f);
        }
    }

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        Json doc = smallSweep();
        // Enough points for many batches, with a tie and an error-free front.
        doc["axes"][1]["values"] = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32};
        doc["axes"][2]["range"]["steps"] = 9;
        doc["axes"][0]["range"]["steps"] = 12;
        sweep_ = loadSweep(writeSweep(dir_, doc));
        QVERIFY2(sweep_.ok(), sweep_.diagnostics.format().c_str());
    }

    void writesTheFolder() {
        const std::string out = freshDir();
        RunOptions o;
        o.keepPoints = true;
        std::vector<std::uint64_t> order;
        o.onPoint = [&](const SweepPoint& p, std::string_view csv, std::string_view json) {
            order.push_back(p.index);
            QVERIFY(csv.size() > 2 && csv.substr(csv.size() - 2) == "\r\n");
            QVERIFY(json.front() == '{' && json.back() == '}');
        };
        RunReport r = run(out, o);
        QVERIFY2(r.ok(), r.diagnostics.format().c_str());
        const SweepResult& res = r.result;
        QCOMPARE(res.pointCount, std::uint64_t(12 * 10 * 9));
        QCOMPARE(res.evaluated, res.pointCount);
        QVERIFY(res.complete);
        QCOMPARE(res.points.size(), std::size_t(res.pointCount));
        for (std::size_t i = 0; i < order.size(); ++i) QCOMPARE(order[i], std::uint64_t(i));
        // The known figures: time = sum of the scaled axis values.
        const SweepPoint& p = res.points[0];  // 1 TB/s, batch 1, efficiency 0.5
        QCOMPARE(p.objectives[0], 1.0 + 1.0 + 0.5);
        QCOMPARE(p.objectives[1], 1.0 + 1.0 + 2.0);
        QCOMPARE(p.constraints[0], 99.0);
        QVERIFY(p.feasible && p.error.empty());
        QCOMPARE(p.axes[0].label, std::string("1 TB/s"));
        // The front is the brute-force front of the feasible points.
        std::vector<double> values;
        for (const SweepPoint& q : res.points)
            values.insert(values.end(), q.objectives.begin(), q.objectives.end());
        const std::vector<ObjectiveSense> senses(2, ObjectiveSense::minimise);
        QCOMPARE(res.front, paretoFront(values, senses));
        QVERIFY(res.front.size() > 3);
        // CSV: the header with units, one record per point.
        const std::string csv = readFile(in(out, kPointsCsv));
        QVERIFY(csv.rfind("index,bandwidth [B/s],batch,efficiency,time [s],energy [J],"
                          "memory_headroom [B],feasible,error\r\n",
                          0) == 0);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), std::ptrdiff_t(res.pointCount + 1));
        // The folder reads back the same.
        Diagnostics d;
        auto back = readSweepFolder(out, true, d);
        QVERIFY2(back, d.format().c_str());
        QCOMPARE(back->points.size(), res.points.size());
        QCOMPARE(back->front, res.front);
        QCOMPARE(back->points[17].objectives, res.points[17].objectives);
        QCOMPARE(back->points[17].axes[0].label, res.points[17].axes[0].label);
        QCOMPARE(back->sensitivity.size(), res.sensitivity.size());
        auto frontOnly = readSweepFolder(out, false, d);
        QCOMPARE(frontOnly->points.size(), res.front.size());
    }

    void sameBytesWhateverTheThreads() {
        const std::string a = freshDir(), b = freshDir(), c = freshDir();
        RunOptions one;
        one.threads = 1;
        RunOptions four;
        four.threads = 4;
        four.batchSize = 7;  // batches that do not divide the range
        RunOptions big;
        big.threads = 2;
        big.batchSize = 100000;
        QVERIFY(run(a, one).ok());
        QVERIFY(run(b, four).ok());
        QVERIFY(run(c, big).ok());
        compareFolders(a, b);
        compareFolders(a, c);
    }

    void jsonAndSettingsAgree() {
        // An evaluator that parses the materialised design sees the very
        // numbers the settings carry.
        const std::string a = freshDir(), b = freshDir();
        QVERIFY(run(a).ok());
        QVERIFY(run(b, {}, -1, true).ok());
        compareFolders(a, b);
    }

    void shardsMergeToTheSingleRun() {
        const std::string single = freshDir();
        QVERIFY(run(single).ok());
        const std::uint64_t n = 12 * 10 * 9;
        std::vector<std::string> shards;
        for (std::uint64_t i = 0; i < 3; ++i) {
            RunOptions o;
            o.range = shardRange(n, i, 3);
            shards.push_back(freshDir());
            RunReport r = run(shards.back(), o);
            QVERIFY(r.ok());
            QCOMPARE(r.result.evaluated, o.range.end - o.range.begin);
            QCOMPARE(r.result.sensitivity.empty(), i != 0);  // only the shard from point 0
        }
        const std::string merged = freshDir();
        Diagnostics d;
        // Any order of folders.
        auto m = mergeSweepFolders({shards[2], shards[0], shards[1]}, merged, d);
        QVERIFY2(m, d.format().c_str());
        compareFolders(single, merged);
        // A missing shard is named, not merged.
        Diagnostics gap;
        QVERIFY(!mergeSweepFolders({shards[0], shards[2]}, freshDir(), gap));
        QVERIFY(gap.format().find("starting at point") != std::string::npos);
    }

    void shardRangesTile() {
        for (std::uint64_t n : {0ull, 1ull, 7ull, 1000ull, 1ull << 40})
            for (std::uint64_t parts : {1ull, 2ull, 3ull, 7ull, 64ull}) {
                std::uint64_t next = 0;
                for (std::uint64_t i = 0; i < parts; ++i) {
                    PointRange r = shardRange(n, i, parts);
                    QCOMPARE(r.begin, next);
                    QVERIFY(r.end >= r.begin && r.end - r.begin <= n / parts + 1);
                    next = r.end;
                }
                QCOMPARE(next, n);
            }
    }

    void resumesAfterAnInterruption() {
        const std::string whole = freshDir(), cut = freshDir();
        QVERIFY(run(whole).ok());
        // Interrupt after about 40%: cancel from the progress callback.
        std::atomic<bool> stop{false};
        RunOptions o;
        o.batchSize = 50;
        o.progress.cancel = &stop;
        o.progress.report = [&](double f, std::string_view) {
            if (f > 0.4) stop = true;
        };
        RunReport first = run(cut, o);
        QVERIFY(first.cancelled);
        QVERIFY(!first.result.complete);
        QVERIFY(first.result.evaluated < 12 * 10 * 9);
        // And a torn last line in both files, as a killed process leaves them.
        for (const char* f : {kPointsCsv, kPointsJsonl}) {
            const auto size = std::filesystem::file_size(in(cut, f));
            std::filesystem::resize_file(in(cut, f), size - 11);
        }
        const std::uint64_t kept = first.result.evaluated - 1;
        RunOptions again;
        again.resume = true;
        RunReport second = run(cut, again);
        QVERIFY2(second.ok(), second.diagnostics.format().c_str());
        QCOMPARE(second.resumedPoints, kept);
        QVERIFY(second.result.complete);
        compareFolders(whole, cut);
        // Resuming a finished folder evaluates nothing and changes nothing.
        RunReport third = run(cut, again);
        QCOMPARE(third.resumedPoints, std::uint64_t(12 * 10 * 9));
        compareFolders(whole, cut);
    }

    void refusesToResumeAnotherSweep() {
        const std::string out = freshDir();
        QVERIFY(run(out).ok());
        RunOptions o;
        o.resume = true;
        o.range = {0, 10};
        RunReport r = run(out, o);
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics.format().find("this very sweep and range") != std::string::npos);
    }

    void errorsAndConstraintsPerPoint() {
        const std::string out = freshDir();
        RunOptions o;
        o.keepPoints = true;
        RunReport r = run(out, o, 1e12);  // every point at 1 TB/s fails
        QVERIFY(r.ok());
        const SweepResult& res = r.result;
        QCOMPARE(res.errorCount, std::uint64_t(10 * 9));
        for (const SweepPoint& p : res.points) {
            const bool failed = p.axes[0].number == 1e12;
            QCOMPARE(!p.error.empty(), failed);
            if (failed) {
                QVERIFY(!p.feasible);
                QVERIFY(std::isnan(p.objectives[0]));
            }
        }
        for (std::size_t i : res.front) QVERIFY(res.points[i].error.empty());
        // The error text is in the CSV's last column.
        QVERIFY(readFile(in(out, kPointsCsv)).find("synthetic failure at") != std::string::npos);

        // A constraint that cuts: headroom >= 90 keeps batches <= 10.
        LoadedSweep tight = sweep_;
        tight.spec->constraints[0].lower = 90;
        SyntheticEvaluator e(*tight.spec);
        RunOptions keep;
        keep.keepPoints = true;
        RunReport t = runSweep(*tight.spec, *tight.base, e, keep);
        for (const SweepPoint& p : t.result.points) QCOMPARE(p.feasible, p.axes[1].number <= 10);
        for (std::size_t i : t.result.front) QVERIFY(t.result.points[i].axes[1].number <= 10);
        QCOMPARE(t.result.feasibleCount, std::uint64_t(12 * 6 * 9));
    }

    void sensitivityAroundTheBase() {
        RunReport r = run(freshDir());
        const auto& rows = r.result.sensitivity;
        QCOMPARE(rows.size(), std::size_t(3 * 2));
        // Base: 3.35 TB/s, batch 16, efficiency 0.75 -> time 3.35 + 16 + 0.75.
        for (const SensitivityRow& s : rows)
            if (s.objective == 0) QCOMPARE(s.base, 3.35 + 16 + 0.75);
        const SensitivityRow& batch = rows[2];  // axis 1, objective 0 (time)
        QCOMPARE(batch.axis, std::size_t(1));
        QCOMPARE(batch.objective, std::size_t(0));
        QCOMPARE(batch.lowLabel, std::string("1"));
        QCOMPARE(batch.highLabel, std::string("32"));
        QCOMPARE(batch.atHigh - batch.atLow, 31.0);
        QCOMPARE(batch.swing(), 31.0);
        QCOMPARE(batch.maxLabel, std::string("32"));
        // Energy falls as bandwidth rises.
        const SensitivityRow& bw = rows[1];
        QCOMPARE(bw.axis, std::size_t(0));
        QCOMPARE(bw.objective, std::size_t(1));
        QVERIFY(bw.atHigh < bw.atLow);
        QCOMPARE(bw.minLabel, std::string("8 TB/s"));
        // Off when asked.
        RunOptions o;
        o.sensitivity = false;
        QVERIFY(run(freshDir(), o).result.sensitivity.empty());
    }

    void cancelBeforeTheFirstPoint() {
        std::atomic<bool> stop{true};
        RunOptions o;
        o.progress.cancel = &stop;
        RunReport r = run({}, o);
        QVERIFY(r.cancelled);
        QCOMPARE(r.result.evaluated, std::uint64_t(0));
        QVERIFY(!r.result.complete);
    }
};

QTEST_GUILESS_MAIN(TestSweepRunner)
#include "tst_sweep_runner.moc"
