// Accuracy metrics: MAPE, RMSE, Kendall's tau against a brute-force count.
#include <QtTest>

#include <random>

#include "core/learned/metrics.h"

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
};

QTEST_GUILESS_MAIN(TestLearnedMetrics)
#include "test_learned_metrics.moc"
