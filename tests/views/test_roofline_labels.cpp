// Issue 16's roofline and compare points: label placement around dots (a
// scene with dots exactly where the default label went), derated ceilings,
// one style per precision, launch caps, the compare summary, arrows for
// vertical moves and the side-by-side mode with equal ranges.
#include <QFont>
#include <QFontMetricsF>
#include <QSet>
#include <QtTest>

#include "fake_prediction.h"
#include "views/common/op_selection.h"
#include "views/common/qcp.h"
#include "views/common/result_store.h"
#include "views/roofline/ceiling_style.h"
#include "views/roofline/compare_summary.h"
#include "views/roofline/label_placement.h"
#include "views/roofline/roofline_scene.h"
#include "views/roofline/roofline_view.h"

using namespace rl::views;

namespace {

QSizeF measureText(const QString& text) {
    static const QFontMetricsF fm(QFont{});
    return fm.boundingRect(QRectF(), Qt::TextDontClip, text).size();
}

// Data coordinates of a pixel on `axes` (the inverse of RooflineAxes::toPixel).
QPointF toData(const RooflineAxes& axes, const QPointF& px) {
    const double fx = (px.x() - axes.area.left()) / axes.area.width();
    const double fy = (axes.area.bottom() - px.y()) / axes.area.height();
    return {std::pow(10, std::log10(axes.xlo) + fx * std::log10(axes.xhi / axes.xlo)),
            std::pow(10, std::log10(axes.ylo) + fy * std::log10(axes.yhi / axes.ylo))};
}

// An op whose dot sits at (intensity x, attained y) on level 0.
rl::OpRecord opAt(const char* name, double x, double y, double share) {
    const double flops = 1e9;
    rl::OpRecord op =
        rl::test::fakeOp(name, "decode", 1, flops, flops / x, flops / x, flops / y, "HBM");
    op.share = share;
    return op;
}

const RooflineLabel* labelOf(const std::vector<RooflineLabel>& labels, RooflineLabel::Kind kind,
                             int index) {
    for (const RooflineLabel& l : labels)
        if (l.kind == kind && (index < 0 || l.index == index)) return &l;
    return nullptr;
}

QRectF dotRect(const RooflineAxes& axes, const RooflineDot& d) {
    const QPointF c = axes.toPixel(d.x, d.y);
    return {c.x() - d.diameter / 2, c.y() - d.diameter / 2, d.diameter, d.diameter};
}

}  // namespace

class TestRooflineLabels : public QObject {
    Q_OBJECT
  private:
    ResultStore* store = nullptr;
    OpSelection* selection = nullptr;

    // A baseline (at `hbm` B/s) whose HBM-bound op took `slower` times as
    // long, pinned, then the fake prediction as the current result.
    void pinSlowerBaseline(double hbm, double slower) {
        auto base = rl::test::fakePrediction(hbm);
        base->ops[2].timeEach *= slower;
        base->ops[2].time *= slower;
        store->setResult(base);
        store->pinCurrentAsBaseline();
        store->setResult(rl::test::fakePrediction());
    }

  private Q_SLOTS:
    void init() {
        store = new ResultStore;
        selection = new OpSelection(store);
    }
    void cleanup() {
        delete selection;
        delete store;
    }

    void placerPrefersTheFirstFreePlace() {
        LabelPlacer placer(QRectF(0, 0, 200, 100));
        placer.addBox(QRectF(10, 10, 20, 20));
        const QSizeF size(40, 10);
        // The first candidate covers the box, the second leaves the area, the third is free.
        const auto c = placer.place(size, {{{5, 12}, 0}, {{180, 50}, 0}, {{60, 40}, 0}});
        QVERIFY(c);
        QCOMPARE(c->topLeft, QPointF(60, 40));
        // Nothing free and not required: none; required: the least covered, never off the area.
        QVERIFY(!placer.place(size, {{{15, 15}, 0}}));
        placer.addLine(QLineF(0, 85, 200, 85));
        const auto forced =
            placer.place(size, {{{15, 15}, 0}, {{100, 80}, 0}, {{190, 0}, 0}}, true);
        QVERIFY(forced);
        QCOMPARE(forced->topLeft, QPointF(100, 80));  // crosses a line, covers no box
        QVERIFY(placer.cost(labelOutline({100, 80}, size, 0)) >= 1000);  // now a placed label
    }

    void memoryLabelMovesOffDotsPlacedWhereItWas() {
        auto p = rl::test::fakePrediction();
        RooflineScene scene;
        scene.build(p.get(), 0, RooflineScene::ColorBy::phase);
        const RooflineAxes axes = scene.fit(QRectF(60, 40, 845, 300));
        int hbm = -1;
        for (int i = 0; i < static_cast<int>(scene.ceilings().size()); ++i)
            if (scene.ceilings()[i].chosen) hbm = i;
        QVERIFY(hbm >= 0);
        const auto before = scene.placeLabels(axes, measureText, {});
        const RooflineLabel* first = labelOf(before, RooflineLabel::Kind::ceiling, hbm);
        QVERIFY(first && first->shown);
        // Dots along the whole default label, touching each other.
        const QPolygonF outline = first->outline();
        const QPointF a = (outline[0] + outline[3]) / 2, b = (outline[1] + outline[2]) / 2;
        const int n = static_cast<int>(QLineF(a, b).length() / 10) + 2;
        for (int k = 0; k < n; ++k) {
            const QPointF d = toData(axes, a + (b - a) * (double(k) / (n - 1)));
            p->ops.push_back(opAt(qPrintable(QString("crowd%1").arg(k)), d.x(), d.y(), 0.3));
        }
        scene.build(p.get(), 0, RooflineScene::ColorBy::phase);
        std::vector<QRectF> dots;
        for (const RooflineDot& d : scene.dots()) dots.push_back(dotRect(axes, d));
        int covered = 0;
        for (const QRectF& r : dots) covered += outline.intersects(QPolygonF(r));
        QVERIFY2(covered >= n, "the dots stand where the label was");

        const auto after = scene.placeLabels(axes, measureText, {});
        const RooflineLabel* moved = labelOf(after, RooflineLabel::Kind::ceiling, hbm);
        QVERIFY(moved && moved->shown);
        QVERIFY(moved->topLeft != first->topLeft);
        const QPolygonF now = moved->outline();
        QVERIFY2(axes.area.contains(now.boundingRect()), "inside the plot");
        for (const QRectF& r : dots) QVERIFY2(!now.intersects(QPolygonF(r)), "under a dot");
        for (const RooflineLabel& other : after)
            if (&other != moved && other.shown)
                QVERIFY2(!now.intersects(other.outline()), qPrintable(other.text));
        // Beside its own line: its near edge within a few pixels of the HBM diagonal.
        auto [s, e] = scene.segment(hbm);
        const QLineF line(axes.toPixel(s.x(), s.y()), axes.toPixel(e.x(), e.y()));
        const QPointF centre = now.boundingRect().center();
        const QPointF u = (line.p2() - line.p1()) / line.length();
        const QPointF rel = centre - line.p1();
        const double dist = std::abs(rel.x() * u.y() - rel.y() * u.x());
        QVERIFY2(dist < moved->size.height() / 2 + 20, qPrintable(QString::number(dist)));
        // Every ceiling is still labelled exactly once.
        for (int i = 0; i < static_cast<int>(scene.ceilings().size()); ++i) {
            int count = 0;
            for (const RooflineLabel& l : after)
                count += l.kind == RooflineLabel::Kind::ceiling && l.index == i && l.shown;
            QCOMPARE(count, 1);
        }
    }

    void deratedCeilingsSayWhatTheyAre() {
        auto p = rl::test::fakePrediction();
        RooflineScene scene;
        scene.build(p.get(), 0, RooflineScene::ColorBy::phase);
        const RooflineCeiling& roof = scene.ceilings()[0];  // fp16, bf16: 100 of 120 TFLOP/s
        QVERIFY(roof.derated());
        QCOMPARE(roof.peak, 120e12);
        QCOMPARE(scene.ceilingText(0),
                 QString("fp16, bf16  100 TFLOP/s\nachievable (83 % of 120 TFLOP/s)"));
        QCOMPARE(scene.peakSegment(0).first.y(), 120e12);
        QCOMPARE(scene.peakSegment(0).second.y(), 120e12);
        // Memory at its datasheet value: one line, no "achievable".
        QVERIFY(!scene.ceilings()[3].derated());
        QVERIFY(!scene.ceilingText(3).contains("achievable"));
        // The faint peak is on the chart's range.
        const RooflineAxes axes = scene.fit(QRectF(0, 0, 800, 400));
        QVERIFY(axes.yhi >= 120e12);
    }

    void eachPrecisionHasItsOwnStyle() {
        for (bool dark : {false, true}) {
            QSet<QRgb> colors;
            QSet<QString> patterns;
            for (rl::DType t : rl::kAllDTypes) {
                const CeilingStyle s = computeCeilingStyle(t, dark);
                colors.insert(s.color.rgb());
                QString dashes;
                for (qreal d : s.dashes) dashes += QString::number(d) + ",";
                patterns.insert(dashes);
            }
            QCOMPARE(colors.size(), int(rl::kAllDTypes.size()));
            QVERIFY(patterns.size() >= 7);  // fp64 and fp16 both solid, apart in colour
        }
        // The view: one legend entry per roof, pens apart, the peak faint and solid.
        RooflineView view(store, selection);
        view.resize(1000, 600);
        store->setResult(rl::test::fakePrediction());
        QStringList names;
        QSet<QRgb> pens;
        for (int i = 0; i < view.plot()->legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(view.plot()->legend->item(i))) {
                names << item->plottable()->name();
                if (item->plottable()->name().contains("fp"))
                    pens.insert(item->plottable()->pen().color().rgb());
            }
        QVERIFY2(names.contains("fp16, bf16") && names.contains("fp32"),
                 qPrintable(names.join("|")));
        QCOMPARE(pens.size(), 2);
        QVERIFY(names.filter("peak").size() == 1);
    }

    void launchBoundOpsGetACap() {
        auto p = rl::test::fakePrediction();
        rl::OpRecord op =
            rl::test::fakeOp("L0.rope", "decode", 0, 4e6, 8e6, 8e6, 6e-6, "launch", 10);
        op.bounds = {{"HBM", 4e-6}, {"launch", 5e-6}};
        op.share = 0.01;
        p->ops.push_back(op);
        RooflineScene scene;
        scene.build(p.get(), 0, RooflineScene::ColorBy::bound);
        QCOMPARE(static_cast<int>(scene.launchCaps().size()), 1);
        const RooflineLaunchCap& cap = scene.launchCaps()[0];
        QCOMPARE(cap.y, 4e6 / 5e-6);  // 0.8 TFLOP/s: no roof lifts it higher
        QCOMPARE(cap.x, 0.5);
        QVERIFY(scene.launchText().contains("5"));
        const RooflineAxes axes = scene.fit(QRectF(60, 40, 845, 300));
        const auto labels = scene.placeLabels(axes, measureText, {});
        const RooflineLabel* l = labelOf(labels, RooflineLabel::Kind::launch, -1);
        QVERIFY(l && l->shown);
        for (const RooflineDot& d : scene.dots())
            QVERIFY(!l->outline().intersects(QPolygonF(dotRect(axes, d))));
        // The tooltip explains it.
        RooflineView view(store, selection);
        store->setResult(p);
        QVERIFY(view.describeOp(4).contains("launch cap"));
    }

    void compareSummaryForTwoPredictions() {
        auto base = rl::test::fakePrediction(1e12);
        auto now = rl::test::fakePrediction();
        base->totalTime = 2.44;
        now->totalTime = 1.57;
        QCOMPARE(compareSummary(*base, *now), QString("total 2.44 s → 1.57 s (-36 %)"));
        base->llm = rl::LlmMetrics{};
        now->llm = rl::LlmMetrics{};
        base->llm->timeToFirstToken = 0.100;
        now->llm->timeToFirstToken = 0.080;
        base->llm->timePerOutputToken = 0.010;
        now->llm->timePerOutputToken = 0.0065;
        QCOMPARE(compareSummary(*base, *now),
                 QString("total 2.44 s → 1.57 s (-36 %) · TTFT 100 ms → 80 ms (-20 %) · "
                         "TPOT 10 ms → 6.5 ms (-35 %)"));
        // On the chart, under the title, while comparing only.
        RooflineView view(store, selection);
        store->setResult(base);
        store->pinCurrentAsBaseline();
        store->setResult(now);
        QVERIFY2(view.titleText().contains("2.44 s → 1.57 s (-36 %)"),
                 qPrintable(view.titleText()));
        store->clearBaseline();
        QVERIFY(!view.titleText().contains("→"));
    }

    void verticalMovesGetVisibleArrows() {
        RooflineView view(store, selection);
        view.resize(1000, 600);
        view.show();
        pinSlowerBaseline(2e12, 1.15);  // same intensity, a little slower: straight up now
        view.plot()->replot();
        QCOMPARE(view.arrowCount(), 1);
        const QLineF arrow = view.arrowPixels(0);
        QVERIFY2(arrow.length() >= 14, qPrintable(QString::number(arrow.length())));
        QVERIFY(std::abs(arrow.dx()) < 0.5);  // vertical
        QVERIFY(arrow.dy() < 0);              // pointing up: faster
        // Beside the dot, not under it.
        const QPointF dot = view.dotPixel(2);
        const double r = view.scene().dots()[2].diameter / 2;
        QVERIFY(arrow.p1().x() > dot.x() + r);
    }

    void sideBySideHasTwoPanelsOnEqualRanges() {
        RooflineView view(store, selection);
        view.resize(1280, 600);
        view.show();
        pinSlowerBaseline(1e12, 2);  // the HBM-bound op was twice as slow
        view.plot()->replot();
        QCOMPARE(view.plot()->axisRectCount(), 1);
        QVERIFY(view.arrowCount() >= 1);
        view.setSideBySide(true);
        view.plot()->replot();
        QCOMPARE(view.plot()->axisRectCount(), 2);
        QCPAxisRect* left = view.baselineRect();
        QVERIFY(left);
        QCOMPARE(view.arrowCount(), 0);  // two charts, no arrows
        QCOMPARE(left->axis(QCPAxis::atBottom)->range(), view.plot()->xAxis->range());
        QCOMPARE(left->axis(QCPAxis::atLeft)->range(), view.plot()->yAxis->range());
        QVERIFY(left->rect().right() < view.plot()->xAxis->axisRect()->rect().left());
        QCOMPARE(left->rect().height(), view.plot()->xAxis->axisRect()->rect().height());
        // The baseline's HBM (1 TB/s) is its own chart's line.
        QCOMPARE(view.baselineScene().levelBandwidth(), 1e12);
        QCOMPARE(view.scene().levelBandwidth(), 2e12);
        // Panning the current chart moves the baseline's with it.
        view.plot()->xAxis->setRange(0.1, 100);
        QCOMPARE(left->axis(QCPAxis::atBottom)->range(), QCPRange(0.1, 100));
        // Back to one chart.
        view.setSideBySide(false);
        QCOMPARE(view.plot()->axisRectCount(), 1);
        QVERIFY(view.arrowCount() >= 1);
        // Without a baseline the mode shows one chart.
        view.setSideBySide(true);
        store->clearBaseline();
        QCOMPARE(view.plot()->axisRectCount(), 1);
    }
};

QTEST_MAIN(TestRooflineLabels)
#include "test_roofline_labels.moc"
