// Accuracy metrics: MAPE, RMSE, Kendall's tau against a brute-force count.
#include <QtTest>

#include <random>

#include "core/analytical/sustained_clock.h"
#include "core/learned/metrics.h"
#include "core/learned/validation.h"

using namespace rl;

namespace {
double bruteTauB(const std::vector<double>& x, const std::vector<double>& y) {
    long long c = 0, d = 0, tx = 0, ty = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        for (std::size_t j = i + 1; j < x.size(); ++j) {
            const double a = (x[i] - x[j]), b = (y[i] - y[j]);
            if (a == 0 && b == 0) continue;
            if (a == 0)
                ++tx;
            else if (b == 0)
                ++ty;
            else if ((a > 0) == (b > 0))
                ++c;
            else
                ++d;
        }
    return (c - d) / std::sqrt(double(c + d + tx) * double(c + d + ty));
}
}  // namespace

class TestLearnedMetrics : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void mapeAndRmse() {
        const ErrorMetrics m = computeMetrics({1.1, 1.8, 3.0}, {1.0, 2.0, 3.0});
        QCOMPARE(m.n, std::size_t(3));
        QVERIFY(std::abs(m.mape - (10.0 + 10.0 + 0.0) / 3) < 1e-9);
        QVERIFY(std::abs(m.rmseS - std::sqrt((0.01 + 0.04) / 3)) < 1e-12);
        QCOMPARE(m.kendallTau, 1.0);
        QCOMPARE(m.coverage, -1.0);
        const ErrorMetrics c = computeMetrics({1, 2}, {1.5, 5}, {1, 1}, {2, 2});
        QCOMPARE(c.coverage, 0.5);
    }
    void kendallMatchesBruteForce() {
        std::mt19937 g(3);
        for (int trial = 0; trial < 20; ++trial) {
            std::vector<double> x(200), y(200);
            for (std::size_t i = 0; i < x.size(); ++i) {
                x[i] = double(g() % 50);  // ties on purpose
                y[i] = x[i] + double(g() % 30) - 15;
            }
            QVERIFY(std::abs(kendallTau(x, y) - bruteTauB(x, y)) < 1e-12);
        }
        QCOMPARE(kendallTau({1, 2, 3}, {3, 2, 1}), -1.0);
    }
    void breakdownGroups() {
        const auto rows =
            breakdown({1, 2, 3, 4}, {1, 2, 3, 5}, {"a", "a", "b", "b"}, {"x", "y", "x", "x"});
        // (a,x) (a,y) (a,all) (all,x) (all,y) (all,all) (b,x) (b,all)
        QCOMPARE(rows.size(), std::size_t(8));
        for (const auto& r : rows)
            if (r.hardware == "b" && r.op == "all") QVERIFY(std::abs(r.metrics.mape - 10.0) < 1e-9);
    }

    void weightedPercentileCountsWeights() {
        // Equal weights: the plain order statistic.
        QCOMPARE(weightedPercentile({3, 1, 2, 4}, {1, 1, 1, 1}, 0.5), 2.0);
        // One heavy value moves the median onto it.
        QCOMPARE(weightedPercentile({3, 1, 2, 4}, {1, 1, 1, 10}, 0.5), 4.0);
        QCOMPARE(weightedPercentile({3, 1, 2, 4}, {1, 1, 1, 10}, 0.05), 1.0);
        QCOMPARE(weightedPercentile({}, {}, 0.5), 0.0);
        QCOMPARE(weightedPercentile({1, 2}, {1}, 0.5), 0.0);  // sizes differ: nothing
    }

    void sustainedClockPhysics() {
        Hardware gpu;
        gpu.kind = "gpu";
        gpu.compute.units = 40;
        gpu.compute.clockHz = 1.59e9;
        gpu.tdpW = 70;  // a T4: 1.10 W per unit-GHz
        QVERIFY(std::abs(powerBudgetPerUnitGhz(gpu) - 70 / (40 * 1.59)) < 1e-12);
        const SustainedClockModel m{0.8, 1.65};
        QVERIFY(std::abs(physicsEfficiency(gpu, DType::fp32, m) - 0.8 * 70 / (40 * 1.59) / 1.65) <
                1e-12);
        QCOMPARE(physicsEfficiency(gpu, DType::fp16, m), 1.0);  // tensor path: not modelled
        gpu.tdpW = 400;                                         // ample budget: full clock
        QCOMPARE(physicsEfficiency(gpu, DType::fp32, m), 0.8);
        gpu.compute.efficiency[DType::fp32] = 0.5;  // a spec's own factor wins
        QCOMPARE(computeEfficiency(gpu, DType::fp32, m), 0.5);
        gpu.kind = "cpu";
        QCOMPARE(physicsEfficiency(gpu, DType::fp32, m), 1.0);
    }

    void sustainedClockFitRule() {
        // No power-limited device among the points: the threshold is the
        // lowest budget seen at full clock (ties go to the higher threshold).
        const SustainedClockModel open = fitSustainedClock({{1.64, 0.8}, {2.3, 0.8}, {3.4, 0.8}});
        QVERIFY2(std::abs(open.fullClockBudget - 1.64) < 1e-9,
                 std::to_string(open.fullClockBudget).c_str());
        QVERIFY(std::abs(open.achievable - 0.8) < 1e-9);
        const SustainedClockModel none = fitSustainedClock({});
        QCOMPARE(none.achievable, 1.0);  // nothing measured: the datasheet peak
        QCOMPARE(none.fullClockBudget, 0.0);
        // A throttled device (half the budget, half the efficiency) pins it.
        const SustainedClockModel pinned =
            fitSustainedClock({{1.0, 0.4}, {2.5, 0.8}, {3.0, 0.8}, {4.0, 0.8}});
        QVERIFY2(std::abs(pinned.fullClockBudget - 2.0) < 0.011,
                 std::to_string(pinned.fullClockBudget).c_str());
        // Two SM issue families: each its own achievable fraction, one shared
        // threshold (pinned at 0.95 / 0.38 = 2.5 by the throttled device).
        const SustainedClockModel families =
            fitSustainedClock({{3.0, 0.95}, {1.0, 0.38}, {3.5, 0.76, true}, {3.4, 0.76, true}});
        QVERIFY2(std::abs(families.fullClockBudget - 2.5) < 0.011,
                 std::to_string(families.fullClockBudget).c_str());
        QVERIFY(std::abs(families.achievable - 0.95) < 1e-3);
        QVERIFY(std::abs(families.achievableSharedIssue - 0.76) < 1e-9);
        // A family without measurements takes the other's fraction.
        QCOMPARE(open.achievableSharedIssue, open.achievable);
    }
};

QTEST_GUILESS_MAIN(TestLearnedMetrics)
#include "test_learned_metrics.moc"
