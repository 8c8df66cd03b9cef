// The exploration page's widget-free scenes on known points: scatter axes
// (decade ticks on log axes, nice linear ticks), the Pareto scene (front
// joined in x order, dominated points dimmed, colour positions, layers, hit
// tests) and the tornado scene (bars sorted by span, relative changes).
#include <algorithm>
#include <cmath>
#include <set>

#include <QtTest>

#include "views/common/format.h"
#include "views/explore/pareto_scene.h"
#include "views/explore/scatter_axis.h"
#include "views/explore/tornado_scene.h"

using namespace rl::views;

class TestExploreScenes : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void logAxisTicksAtDecades() {
        const ScatterAxis a = makeScatterAxis({3e-6, 2e-4, 0.7, -1.0, 0.0}, true, fmtTime);
        // -1 and 0 have no place on a log axis; a margin around the rest.
        QVERIFY(a.lo < 3e-6 && a.lo > 1e-6);
        QVERIFY(a.hi > 0.7 && a.hi < 2);
        QCOMPARE(a.ticks, (std::vector<double>{1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1}));
        for (std::size_t i = 0; i < a.ticks.size(); ++i) {
            const double decade = std::log10(a.ticks[i]);
            QVERIFY2(std::abs(decade - std::round(decade)) < 1e-9, "a tick off a decade");
        }
        QCOMPARE(a.subTickCount, 8);  // 2 ... 9 x 10^k between decades
        QCOMPARE(a.labels.front(), fmtTime(1e-5));
        QCOMPARE(a.labels.back(), fmtTime(1));
        QVERIFY(a.labels.back().endsWith(QStringLiteral("s")));  // with its unit
        QCOMPARE(a.outerLo, 1e-6);  // sub-ticks in the margins need the ticks beyond
        QCOMPARE(a.outerHi, 10.0);
    }

    void logAxisSkipsDecadesWhenMany() {
        const ScatterAxis a = makeScatterAxis({1e-9, 1e9}, true, {}, 8);
        QVERIFY(int(a.ticks.size()) <= 8);
        QVERIFY(a.ticks.size() >= 2);
        QCOMPARE(a.subTickCount, 0);  // linear sub-ticks between skipped decades would lie
        QVERIFY(a.lo <= 1e-9 && a.hi >= 1e9);
        for (std::size_t i = 1; i < a.ticks.size(); ++i)  // every third decade
            QVERIFY(std::abs(a.ticks[i] / a.ticks[i - 1] - 1000) < 1e-6);
    }

    void logAxisOfFewDecadesLabelsOneTwoFive() {
        const ScatterAxis a = makeScatterAxis({2.0, 7.0}, true, {});
        QVERIFY(a.lo < 2 && a.hi > 7);
        QCOMPARE(a.ticks, (std::vector<double>{2, 5}));
        const ScatterAxis b = makeScatterAxis({0.3, 40.0}, true, {});
        QCOMPARE(b.ticks, (std::vector<double>{0.5, 1, 2, 5, 10, 20, 50}));
    }

    void linearAxisNiceTicks() {
        const ScatterAxis a = makeScatterAxis({0.0, 0.93, std::nan("")}, false, {});
        QVERIFY(a.lo <= 0 && a.hi >= 0.93);
        QVERIFY(a.ticks.size() >= 3 && a.ticks.size() <= 9);
        const double step = a.ticks[1] - a.ticks[0];
        for (std::size_t i = 1; i < a.ticks.size(); ++i)
            QVERIFY(std::abs(a.ticks[i] - a.ticks[i - 1] - step) < 1e-12);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        QVERIFY(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
                std::abs(mantissa - 5) < 1e-9);
        QVERIFY(a.ticks.front() >= a.lo && a.ticks.back() <= a.hi);
        QVERIFY(a.lo < 0 && a.hi > 0.93);  // a margin beyond the data
        QCOMPARE(a.outerLo, a.ticks.front() - step);
        QCOMPARE(a.labels.size(), a.ticks.size());
    }

    // Times 12.68 .. 12.93 s: a format of three digits would label 12.75 s and
    // 12.8 s both "12.8 s"; every label reads as its own value.
    void linearAxisLabelsAreDistinct() {
        const ScatterAxis a = makeScatterAxis({12.68, 12.93, 12.81}, false, fmtTime);
        QVERIFY(a.ticks.size() >= 2);
        for (std::size_t i = 1; i < a.labels.size(); ++i)
            QVERIFY2(a.labels[i] != a.labels[i - 1], qPrintable(a.labels[i]));
        QCOMPARE(a.labels.front(), fmtTime(a.ticks.front()));
    }

    // Two values equal to 17 digits (a mapper's front of one mapping): the
    // span is below their resolution; ticks must still be few and finite
    // (this looped until memory ran out).
    void linearAxisOfAlmostEqualValues() {
        for (double v : {5505024.0, 2.1165e-12, -3.0}) {
            const ScatterAxis a = scatterAxisFor(v, std::nextafter(v, 1e300), false, {}, 8);
            QVERIFY(!a.ticks.empty() && a.ticks.size() <= 17);
            for (double t : a.ticks) QVERIFY(std::isfinite(t));
        }
    }

    // Six points; 0, 2 and 4 form the front of (min x, min y), listed out of order.
    static ParetoSceneInput sixPoints() {
        ParetoSceneInput in;
        in.x = {1, 2, 4, 5, 10, 20};
        in.y = {100, 120, 30, 60, 10, 50};
        in.colour = {1, 10, 100, 1000, 1e4, 1e5};
        in.logColour = true;
        in.front = {4, 0, 2};
        return in;
    }

    void frontJoinedInXOrder() {
        ParetoScene s;
        s.set(sixPoints());
        QCOMPARE(s.frontLine(), (std::vector<int>{0, 2, 4}));
        for (int i = 0; i < 6; ++i) QCOMPARE(s.onFront(i), i == 0 || i == 2 || i == 4);
        auto in = sixPoints();
        in.joinFront = false;  // a front over other objectives is highlighted, not joined
        s.set(in);
        QVERIFY(s.frontLine().empty());
        QVERIFY(s.onFront(2));
    }

    void dominatedPointsDimmed() {
        ParetoScene s;
        s.set(sixPoints());
        QCOMPARE(s.opacity(0), ParetoScene::kFrontOpacity);
        QCOMPARE(s.opacity(1), ParetoScene::kDimmedOpacity);
        QVERIFY(s.opacity(1) < s.opacity(0));
        // Layers: dominated ones first (painted under the front), every drawn point once.
        const auto layers = s.layers();
        QVERIFY(!layers.empty());
        QVERIFY(!layers.front().front);
        QVERIFY(layers.back().front);
        int total = 0, frontPoints = 0;
        bool seenFront = false;
        for (const auto& l : layers) {
            if (l.front) seenFront = true;
            QVERIFY(!seenFront || l.front);
            total += int(l.points.size());
            if (l.front) frontPoints += int(l.points.size());
            for (int p : l.points) QCOMPARE(s.onFront(p), l.front);
        }
        QCOMPARE(total, 6);
        QCOMPARE(frontPoints, 3);
    }

    void logAxesHidePointsWithoutAPlace() {
        auto in = sixPoints();
        in.logX = in.logY = true;
        in.y[1] = 0;    // no place on a log axis
        in.x[3] = NAN;  // missing
        in.front = {4, 0, 2, 1};
        ParetoScene s;
        s.set(in);
        QCOMPARE(s.hiddenCount(), 2);
        QVERIFY(!s.isDrawn(1));
        QVERIFY(!s.onFront(1));
        QCOMPARE(s.frontLine(), (std::vector<int>{0, 2, 4}));
        // x of every point with a place (1 ... 20, point 1's x too); y 10 ... 100.
        QVERIFY(s.xAxis().lo < 1 && s.xAxis().lo > 0.5);
        QVERIFY(s.xAxis().hi > 20 && s.xAxis().hi < 40);
        QVERIFY(s.yAxis().lo < 10 && s.yAxis().hi > 100 && s.yAxis().hi < 200);
        QVERIFY(s.xAxis().log && s.yAxis().log);
    }

    void colourPositionsFollowTheScale() {
        ParetoScene s;
        s.set(sixPoints());
        QVERIFY(s.hasColour());
        // 10^0 ... 10^5 with a quarter decade each side: 10^2 sits at 2.25 / 5.5.
        QVERIFY(std::abs(s.colourPosition(2) - 2.25 / 5.5) < 1e-9);
        QVERIFY(s.colourPosition(0) > 0 && s.colourPosition(0) < s.colourPosition(1));
        QVERIFY(s.colourPosition(5) < 1 && s.colourPosition(4) < s.colourPosition(5));
        auto in = sixPoints();
        in.colour.clear();
        s.set(in);
        QVERIFY(!s.hasColour());
        QCOMPARE(s.colourPosition(2), -1.0);
        for (const auto& l : s.layers()) QCOMPARE(l.colourBin, -1);
    }

    // A yes/no figure as colour: two bins (no, yes) and no scale, whatever the log flag says.
    void flagColourIsTwoBinsWithoutAScale() {
        auto in = sixPoints();
        in.colour = {0, 1, 1, 0, std::nan(""), 1};
        in.logColour = true;  // 0 still has a place
        in.colourIsFlag = true;
        ParetoScene s;
        s.set(in);
        QVERIFY(s.hasColour() && s.colourIsFlag());
        QVERIFY(s.colourAxis().ticks.empty());
        QCOMPARE(s.colourPosition(0), 0.0);
        QCOMPARE(s.colourPosition(1), 1.0);
        QCOMPARE(s.colourPosition(4), -1.0);
        std::set<int> bins;
        for (const auto& l : s.layers()) bins.insert(l.colourBin);
        QCOMPARE(bins, (std::set<int>{-1, 0, 1}));
        in.colourIsFlag = false;  // the same values as figures: a scale of many bins
        in.logColour = false;
        s.set(in);
        QVERIFY(!s.colourIsFlag() && !s.colourAxis().ticks.empty());
        QCOMPARE(s.colourPosition(1) > 0.5 && s.colourPosition(1) < 1, true);
    }

    void brushAndHover() {
        ParetoScene s;
        s.set(sixPoints());
        QCOMPARE(s.pointsIn(4.5, 1.5, 20, 130), (std::vector<int>{1, 2}));  // corners any order
        QCOMPARE(s.pointsIn(1.5, 5.5, 130, 50), (std::vector<int>{1, 3}));
        QVERIFY(s.pointsIn(100, 200, 0, 1).empty());
        // 10 px per unit in x and y.
        auto toPixel = [](double x, double y) { return QPointF(10 * x, 10 * y); };
        QCOMPARE(s.nearest(toPixel, QPointF(41, 303), 8), 2);
        QCOMPARE(s.nearest(toPixel, QPointF(70, 700), 8), -1);
    }

    void tornadoSortedBySpan() {
        TornadoInput in;
        in.base = 2.0;
        in.axes = {{"a", "1", "8", 1.9, 2.1},    // span 0.1 of base 2: 5 %
                   {"b", "lo", "hi", 1.0, 4.0},  // -50 % .. +100 %
                   {"c", "x", "y", NAN, 3.0},    // left out
                   {"d", "p", "q", 2.5, 1.5}};   // +25 % .. -25 %
        const TornadoScene t = makeTornado(in);
        QVERIFY(t.relative);
        QCOMPARE(int(t.bars.size()), 3);
        QCOMPARE(t.bars[0].axis, 1);
        QCOMPARE(t.bars[1].axis, 3);
        QCOMPARE(t.bars[2].axis, 0);
        for (int r = 0; r < 3; ++r) QCOMPARE(t.bars[r].row, r);
        QCOMPARE(t.bars[0].low, -0.5);
        QCOMPARE(t.bars[0].high, 1.0);
        QCOMPARE(t.bars[1].low,
                 0.25);  // a bar can grow to the left: low and high keep their meaning
        QCOMPARE(t.bars[1].high, -0.25);
        QVERIFY(t.valueAxis.lo <= -0.5 && t.valueAxis.hi >= 1.0);
        const auto& labels = t.valueAxis.labels;
        QVERIFY(std::find(labels.begin(), labels.end(), QStringLiteral("+50 %")) != labels.end());
        QVERIFY(std::find(labels.begin(), labels.end(), QStringLiteral("-50 %")) != labels.end());
        in.base = 0;  // no relative change of zero: absolute
        QVERIFY(!makeTornado(in).relative);
        QCOMPARE(makeTornado(in).bars[0].high, 4.0);
    }
};

QTEST_GUILESS_MAIN(TestExploreScenes)
#include "test_explore_scenes.moc"
