// Split-conformal intervals from leave-one-device-out residuals
// (core/learned/interval_calibration.h): the quantile on known residuals,
// equal weight per device, coverage on synthetic devices shifted like real
// ones, normalised scores, the transfer prior added in quadrature, and bad
// input.
#include <QtTest>

#include <cmath>
#include <random>
#include <stdexcept>

#include "core/learned/interval_calibration.h"

using namespace rl;

namespace {

// Residuals of synthetic devices: each device has a level (its bias, drawn
// with spread `levelSd`) and rows scattered around it with spread `rowSd`.
struct Synthetic {
    std::vector<double> residuals;
    std::vector<std::string> groups;
};
Synthetic devices(int count, int rows, double levelSd, double rowSd, std::mt19937& g,
                  const std::string& prefix = "dev") {
    std::normal_distribution<double> level(0, levelSd), row(0, rowSd);
    Synthetic s;
    for (int d = 0; d < count; ++d) {
        const double l = level(g);
        for (int r = 0; r < rows; ++r) {
            s.residuals.push_back(l + row(g));
            s.groups.push_back(prefix + std::to_string(d));
        }
    }
    return s;
}

}  // namespace

class TestIntervalCalibration : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void absoluteQuantileOfKnownResiduals() {
        // |r| = 0.01 .. 1.00 in one group: the 90% quantile is 0.90.
        std::vector<double> r;
        for (int i = 1; i <= 100; ++i) r.push_back((i % 2 ? -1 : 1) * i / 100.0);
        const std::vector<std::string> g(r.size(), "a");
        const ConformalBounds b = conformalBounds(r, g, 0.9);
        QCOMPARE(b.high, 0.90);
        QCOMPARE(b.low, -0.90);
        QCOMPARE(conformalCoverage(r, b), 0.90);
    }

    void signedTailsOfKnownResiduals() {
        // r = 1 .. 100: the 5% and 95% tails are 5 and 95.
        std::vector<double> r;
        for (int i = 1; i <= 100; ++i) r.push_back(i);
        const ConformalBounds b = conformalBounds(r, std::vector<std::string>(r.size(), "a"), 0.9,
                                                  ConformalScore::signedResidual);
        QCOMPARE(b.low, 5.0);
        QCOMPARE(b.high, 95.0);
    }

    void everyDeviceWeighsTheSame() {
        // 1000 rows of a well-predicted device, 10 rows of one that is off by
        // a factor 2 (0.3 in log10): weighted per row, the big device would
        // set the width alone; weighted per device, the bad one counts half.
        std::vector<double> r(1000, 0.01);
        std::vector<std::string> g(1000, "big");
        for (int i = 0; i < 10; ++i) {
            r.push_back(0.3);
            g.push_back("small");
        }
        const ConformalBounds b = conformalBounds(r, g, 0.9);
        QCOMPARE(b.high, 0.3);
        // With both in one group the small device is 1% of the rows.
        const ConformalBounds pooled =
            conformalBounds(r, std::vector<std::string>(r.size(), "one"), 0.9);
        QCOMPARE(pooled.high, 0.01);
    }

    void coversUnseenDevicesShiftedLikeTheTrainingOnes() {
        // Calibrated on 8 devices, tested on 200 new ones from the same
        // population of device shifts: 90% of their rows fall inside.
        std::mt19937 g(11);
        const Synthetic train = devices(8, 200, 0.08, 0.05, g, "train");
        const ConformalBounds b = conformalBounds(train.residuals, train.groups, 0.9);
        const Synthetic fresh = devices(200, 200, 0.08, 0.05, g, "new");
        const double c = conformalCoverage(fresh.residuals, b);
        QVERIFY2(c > 0.85 && c < 0.95, std::to_string(c).c_str());
        // A device shifted far beyond every training device is not covered:
        // the interval is no blanket that covers anything.
        std::vector<double> shifted;
        for (double x : devices(1, 200, 0, 0.05, g).residuals) shifted.push_back(x + 0.5);
        QVERIFY(conformalCoverage(shifted, b) < 0.05);
        // And it is not needlessly wide: no more than the 95% quantile of
        // |level + row| of the population (about 1.96 x hypot(0.08, 0.05)).
        QVERIFY2(b.high < 1.96 * std::hypot(0.08, 0.05), std::to_string(b.high).c_str());
    }

    void normalisedScoresFollowTheDifficulty() {
        // Half the rows are 5x harder (their scatter 5x larger) and say so in
        // their scale: the normalised interval covers 90% of each half, the
        // plain one over-covers the easy half and under-covers the hard one.
        std::mt19937 g(5);
        std::normal_distribution<double> noise(0, 0.02);
        std::vector<double> r, scale;
        std::vector<std::string> groups;
        for (int d = 0; d < 6; ++d)
            for (int i = 0; i < 400; ++i) {
                const double s = i % 2 ? 5.0 : 1.0;
                r.push_back(s * noise(g));
                scale.push_back(s);
                groups.push_back("d" + std::to_string(d));
            }
        const ConformalBounds normalised =
            conformalBounds(r, groups, 0.9, ConformalScore::absolute, scale);
        const ConformalBounds plain = conformalBounds(r, groups, 0.9);
        std::vector<double> easy, hard, easyScale, hardScale;
        for (std::size_t i = 0; i < r.size(); ++i) {
            (scale[i] > 1 ? hard : easy).push_back(r[i]);
            (scale[i] > 1 ? hardScale : easyScale).push_back(scale[i]);
        }
        const double easyN = conformalCoverage(easy, normalised, easyScale);
        const double hardN = conformalCoverage(hard, normalised, hardScale);
        QVERIFY2(easyN > 0.86 && easyN < 0.94, std::to_string(easyN).c_str());
        QVERIFY2(hardN > 0.86 && hardN < 0.94, std::to_string(hardN).c_str());
        QVERIFY(conformalCoverage(easy, plain) > 0.99);
        QVERIFY(conformalCoverage(hard, plain) < 0.85);
    }

    void priorWidensInQuadrature() {
        // A training interval of +-0.03 and a transfer prior of 0.04 make
        // +-0.05 (3-4-5); no prior leaves the bounds alone.
        const ConformalBounds b = widenInQuadrature({-0.03, 0.03}, 0.04);
        QVERIFY(std::abs(b.low + 0.05) < 1e-12 && std::abs(b.high - 0.05) < 1e-12);
        const ConformalBounds same = widenInQuadrature({-0.02, 0.07}, 0);
        QCOMPARE(same.low, -0.02);
        QCOMPARE(same.high, 0.07);
        // A bound beyond the prediction (all training residuals positive)
        // still moves outward, by what a bound at that distance would.
        const ConformalBounds shifted = widenInQuadrature({0.03, 0.09}, 0.04);
        QVERIFY(std::abs(shifted.low - (0.03 - 0.02)) < 1e-12);
        QVERIFY(shifted.low < 0.03 && shifted.high > 0.09);
        // Independent errors: the widened interval covers 90% of the sum of
        // a training-like error (+-0.03 at 90%) and a transfer error (+-0.04).
        std::mt19937 g(3);
        std::normal_distribution<double> fit(0, 0.03 / 1.645), transfer(0, 0.04 / 1.645);
        std::vector<double> r;
        for (int i = 0; i < 20000; ++i) r.push_back(fit(g) + transfer(g));
        const double c = conformalCoverage(r, b);
        QVERIFY2(c > 0.88 && c < 0.92, std::to_string(c).c_str());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, widenInQuadrature(b, -0.1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, widenInQuadrature(b, NAN));
    }

    void badInputIsRefused() {
        const std::vector<double> r{0.1, -0.2};
        const std::vector<std::string> g{"a", "b"};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, conformalBounds(r, {"a"}, 0.9));  // lengths
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, conformalBounds(r, g, 1.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 conformalBounds(r, g, 0.9, ConformalScore::absolute, {1.0, 0.0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, conformalBounds({NAN, 0.1}, g, 0.9));
        const ConformalBounds none = conformalBounds({}, {}, 0.9);
        QCOMPARE(none.high, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestIntervalCalibration)
#include "test_interval_calibration.moc"
