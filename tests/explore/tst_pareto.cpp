// Pareto fronts against brute force: random objective values with many ties
// and some NaN, 1 to 3 objectives, every mix of minimise and maximise; the
// streaming front equals the batch front.
#include <QtTest>

#include <cmath>

#include "core/explore/pareto.h"
#include "core/sim/engine/random.h"

using namespace rl;
using namespace rl::explore;

namespace {

// O(n^2): a row is on the front when no other row dominates it.
std::vector<std::size_t> bruteForce(const std::vector<double>& v,
                                    const std::vector<ObjectiveSense>& senses) {
    const std::size_t k = senses.size(), n = v.size() / k;
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < n; ++i) {
        bool nan = false;
        for (std::size_t j = 0; j < k; ++j) nan = nan || std::isnan(v[i * k + j]);
        if (nan) continue;
        bool dominated = false;
        for (std::size_t o = 0; o < n && !dominated; ++o) {
            bool oNan = false;
            for (std::size_t j = 0; j < k; ++j) oNan = oNan || std::isnan(v[o * k + j]);
            if (oNan || o == i) continue;
            bool noWorse = true, better = false;
            for (std::size_t j = 0; j < k; ++j) {
                double a = v[o * k + j], b = v[i * k + j];
                if (senses[j] == ObjectiveSense::maximise) a = -a, b = -b;
                noWorse = noWorse && a <= b;
                better = better || a < b;
            }
            dominated = noWorse && better;
        }
        if (!dominated) out.push_back(i);
    }
    return out;
}

std::vector<double> randomRows(sim::Random& r, std::size_t n, std::size_t k, int levels) {
    std::vector<double> v(n * k);
    for (double& x : v) {
        x = double(r.below(std::uint64_t(levels)));
        if (r.uniform() < 0.02) x = std::nan("");
    }
    return v;
}

}  // namespace

class TestPareto : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void matchesBruteForce() {
        sim::Random r(11);
        for (std::size_t k = 1; k <= 3; ++k) {
            for (unsigned mask = 0; mask < (1u << k); ++mask) {
                std::vector<ObjectiveSense> senses;
                for (std::size_t j = 0; j < k; ++j)
                    senses.push_back(mask & (1u << j) ? ObjectiveSense::maximise
                                                      : ObjectiveSense::minimise);
                for (int trial = 0; trial < 20; ++trial) {
                    const std::size_t n = 1 + r.below(300);
                    // Few levels: many ties and duplicate rows; many: a general position.
                    const int levels = trial % 2 ? 6 : 100000;
                    const std::vector<double> v = randomRows(r, n, k, levels);
                    const auto expected = bruteForce(v, senses);
                    const auto got = paretoFront(v, senses);
                    QCOMPARE(got, expected);
                }
            }
        }
    }

    void twoObjectivesByHand() {
        // (time, energy), both minimised: (1,5) (2,3) (2,3) (3,3) (4,1) (5,5)
        const std::vector<double> v = {1, 5, 2, 3, 2, 3, 3, 3, 4, 1, 5, 5};
        const std::vector<ObjectiveSense> min2 = {ObjectiveSense::minimise,
                                                  ObjectiveSense::minimise};
        QCOMPARE(paretoFront(v, min2), (std::vector<std::size_t>{0, 1, 2, 4}));
        // Maximise the second: (1,5) and (5,5)? (1,5) dominates (5,5) on time.
        const std::vector<ObjectiveSense> minMax = {ObjectiveSense::minimise,
                                                    ObjectiveSense::maximise};
        QCOMPARE(paretoFront(v, minMax), (std::vector<std::size_t>{0}));
        QVERIFY(dominates(&v[2], &v[6], min2));
        QVERIFY(!dominates(&v[2], &v[4], min2));  // equal rows do not dominate
    }

    void runningFrontEqualsBatchFront() {
        sim::Random r(5);
        for (std::size_t k = 2; k <= 3; ++k) {
            const std::vector<ObjectiveSense> senses(k, ObjectiveSense::minimise);
            const std::size_t n = 6000;  // several folds of the running buffer
            std::vector<double> v(n * k);
            for (double& x : v) x = r.uniform();
            RunningFront running(senses);
            for (std::size_t i = 0; i < n; ++i) {
                SweepPoint p;
                p.index = i;
                p.objectives.assign(v.begin() + std::ptrdiff_t(i * k),
                                    v.begin() + std::ptrdiff_t(i * k + k));
                running.add(std::move(p));
            }
            const auto expected = paretoFront(v, senses);
            const auto got = running.take();
            QCOMPARE(got.size(), expected.size());
            for (std::size_t i = 0; i < got.size(); ++i) QCOMPARE(got[i].index, expected[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestPareto)
#include "tst_pareto.moc"
