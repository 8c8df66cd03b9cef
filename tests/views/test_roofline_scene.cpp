// The roofline's scene without widgets, on the analysed sample projects at
// the plot sizes of a 1280x720 and a 1920x1080 window (and of German ones):
// every visible ceiling gets exactly one label, a memory line's label reads
// as its own line's, the ridge label sits at its ridge, and no label
// overlaps another label, a dot, a ceiling line or the legend.
#include <algorithm>

#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QtTest>

#include "core/analytical/analyze.h"
#include "core/spec/spec_io.h"
#include "fake_prediction.h"
#include "tests/spec/hf_configs.h"
#include "tests/views/translation_helpers.h"
#include "views/roofline/label_placement.h"
#include "views/roofline/roofline_scene.h"

using namespace rl::views;

namespace {

bool lineCrosses(const QLineF& s, const QPolygonF& poly) {
    if (poly.containsPoint(s.p1(), Qt::OddEvenFill) || poly.containsPoint(s.p2(), Qt::OddEvenFill))
        return true;
    for (int i = 0; i < poly.size(); ++i)
        if (s.intersects(QLineF(poly[i], poly[(i + 1) % poly.size()]), nullptr) ==
            QLineF::BoundedIntersection)
            return true;
    return false;
}

// The pixel segment of ceiling i, as the plot draws it (clipped to the axes).
QLineF pixelLine(const RooflineScene& scene, const RooflineAxes& axes, int i) {
    auto [a, b] = scene.segment(i);
    const double x0 = std::max(a.x(), axes.xlo), x1 = std::min(b.x(), axes.xhi);
    const double slope = scene.ceilings()[i].compute ? 0 : 1;
    auto yAt = [&](double x) { return a.y() * std::pow(x / a.x(), slope); };
    return QLineF(axes.toPixel(x0, yAt(x0)), axes.toPixel(x1, yAt(x1)));
}

// The point of segment `s` nearest to `p`.
QPointF nearestOn(const QLineF& s, const QPointF& p) {
    const QPointF d = s.p2() - s.p1();
    const double len2 = QPointF::dotProduct(d, d);
    const double t =
        len2 > 0 ? std::clamp(QPointF::dotProduct(p - s.p1(), d) / len2, 0.0, 1.0) : 0.0;
    return s.p1() + d * t;
}

// A memory line's label without a leader reads as its own line's: no other
// diagonal runs between the label and its line, and no other is nearer.
QString checkBesideOwnLine(const RooflineScene& scene, const RooflineAxes& axes,
                           const RooflineLabel& l) {
    const auto& ceilings = scene.ceilings();
    if (l.kind != RooflineLabel::Kind::ceiling || !l.shown || l.leader || ceilings[l.index].compute)
        return {};
    const QPolygonF o = l.outline();
    const QPointF centre = (o[0] + o[1] + o[2] + o[3]) / 4;
    const QLineF own = pixelLine(scene, axes, l.index);
    const QPointF foot = nearestOn(own, centre);
    const double ownDistance = QLineF(foot, centre).length();
    for (int c = 0; c < static_cast<int>(ceilings.size()); ++c) {
        if (c == l.index || ceilings[c].compute || !ceilings[c].visible) continue;
        const QLineF other = pixelLine(scene, axes, c);
        if (QLineF(foot, centre).intersects(other, nullptr) == QLineF::BoundedIntersection)
            return QString("line %1 runs between label '%2' and its own line")
                .arg(ceilings[c].label, l.text);
        if (QLineF(nearestOn(other, centre), centre).length() < ownDistance)
            return QString("label '%1' is nearer line %2 than its own")
                .arg(l.text, ceilings[c].label);
    }
    return {};
}

// A ceiling's label keeps half a line of text clear of every other ceiling's
// line: nearer, it reads as that line's (an A100's L2 label close under its L1
// line, in Chinese at 1600x1000). Only the level's bare name, the last resort
// where lines run closer than that, may come nearer.
QString checkClearOfOtherLines(const RooflineScene& scene, const RooflineAxes& axes,
                               const RooflineLabel& l) {
    const auto& ceilings = scene.ceilings();
    if (l.kind != RooflineLabel::Kind::ceiling || !l.shown || l.text == ceilings[l.index].label)
        return {};
    const double halfLine = l.size.height() / (l.text.count('\n') + 1) / 2;
    for (int c = 0; c < static_cast<int>(ceilings.size()); ++c) {
        if (c == l.index || !ceilings[c].visible) continue;
        const double gap = distanceToOutline(l.outline(), pixelLine(scene, axes, c));
        if (gap < halfLine)
            return QString("label '%1' %2 px from line %3 (at least %4)")
                .arg(l.text)
                .arg(gap, 0, 'f', 1)
                .arg(ceilings[c].label)
                .arg(halfLine, 0, 'f', 1);
    }
    return {};
}

// Checks every rule on one placement; returns an empty string or what broke.
QString checkPlacement(const RooflineScene& scene, const RooflineAxes& axes,
                       const std::vector<RooflineLabel>& labels, const QRectF& legend,
                       double roofColumn) {
    // The plot area and the column of roof labels right of it.
    const QRectF allowed = axes.area.adjusted(0, 0, roofColumn, 0);
    const auto& ceilings = scene.ceilings();
    for (int i = 0; i < static_cast<int>(ceilings.size()); ++i) {
        int n = 0;
        for (const RooflineLabel& l : labels)
            n += l.kind == RooflineLabel::Kind::ceiling && l.index == i && l.shown;
        if (ceilings[i].visible && n != 1)
            return QString("ceiling %1 labelled %2 times").arg(ceilings[i].label).arg(n);
    }
    if (!scene.ridgeText().isEmpty()) {
        int n = 0;
        for (const RooflineLabel& l : labels) n += l.kind == RooflineLabel::Kind::ridge && l.shown;
        if (n != 1) return QString("ridge labelled %1 times").arg(n);
    }
    std::vector<const RooflineLabel*> shown;
    for (const RooflineLabel& l : labels)
        if (l.shown) shown.push_back(&l);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const QPolygonF a = shown[i]->outline();
        if (!allowed.contains(a.boundingRect()))
            return QString("label '%1' leaves the plot").arg(shown[i]->text);
        if (a.intersects(QPolygonF(legend)))
            return QString("label '%1' covers the legend").arg(shown[i]->text);
        for (std::size_t j = i + 1; j < shown.size(); ++j)
            if (a.intersects(shown[j]->outline()))
                return QString("labels '%1' and '%2' overlap").arg(shown[i]->text, shown[j]->text);
        for (const RooflineDot& d : scene.dots()) {
            const QPointF c = axes.toPixel(d.x, d.y);
            const double r = d.diameter / 2;
            if (a.intersects(QPolygonF(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))))
                return QString("label '%1' covers operator %2").arg(shown[i]->text).arg(d.op);
        }
        for (int c = 0; c < static_cast<int>(ceilings.size()); ++c)
            if (ceilings[c].visible && lineCrosses(pixelLine(scene, axes, c), a))
                return QString("line %1 crosses label '%2'").arg(ceilings[c].label, shown[i]->text);
        if (const QString own = checkBesideOwnLine(scene, axes, *shown[i]); !own.isEmpty())
            return own;
        if (const QString gap = checkClearOfOtherLines(scene, axes, *shown[i]); !gap.isEmpty())
            return gap;
    }
    return {};
}

// Text sizes in the roofline view's label font (a point under the default).
RooflineScene::Measure labelMeasure() {
    QFont font;
    font.setPointSize(std::max(7, font.pointSize() - 1));
    return [fm = QFontMetricsF(font)](const QString& text) {
        return fm.boundingRect(QRectF(), Qt::TextDontClip, text).size();
    };
}

}  // namespace

class TestRooflineScene : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void mergesCeilingsAndSizesDots() {
        auto p = rl::test::fakePrediction();
        RooflineScene scene;
        scene.build(p.get(), 0, RooflineScene::ColorBy::phase);
        // fp16 and bf16 share one line; fp32; HBM; L2.
        QCOMPARE(static_cast<int>(scene.ceilings().size()), 4);
        QCOMPARE(scene.ceilings()[0].label, QString("fp16, bf16"));
        QVERIFY(scene.ceilings()[3].chosen);  // HBM (level 0), after the wider L2
        QVERIFY(!scene.ceilings()[2].chosen);
        QCOMPARE(static_cast<int>(scene.dots().size()), 3);  // the norm has no FLOPs
        QCOMPARE(scene.skippedOps(), 1);
        QCOMPARE(scene.colorKeys(), QStringList({"prefill", "decode"}));
        // The op with the largest share (the mlp, 78 %) gets the largest dot.
        QCOMPARE(scene.dots()[2].sizeBucket, RooflineScene::kSizeBuckets - 1);
        QCOMPARE(scene.dots()[2].diameter, RooflineScene::kMaxDot);
        QVERIFY(scene.dots()[1].diameter < scene.dots()[0].diameter);
        QVERIFY(scene.dots()[0].diameter < scene.dots()[2].diameter);
        // Ridges of HBM (2 TB/s) against both roofs; the quoted one is fp16's (50 FLOP/B).
        QCOMPARE(static_cast<int>(scene.ridges().size()), 2);
        QCOMPARE(scene.mainRidge(), QPointF(50, 100e12));
        QVERIFY(scene.ridgeText().contains("50"));
        // Hiding a roof drops its ridge, and the roofs start at the highest visible bandwidth.
        scene.setCeilingVisible(1, false);
        QCOMPARE(static_cast<int>(scene.ridges().size()), 1);
        QCOMPARE(scene.segment(0).first.x(), 100e12 / 8e12);  // L2 is the widest
        // A zoom: only the ops it shows get dots.
        scene.build(p.get(), 0, RooflineScene::ColorBy::bound, [](int i) { return i == 2; });
        QCOMPARE(static_cast<int>(scene.dots().size()), 1);
        QCOMPARE(scene.dots()[0].op, 2);
        QVERIFY(!scene.ceilings()[1].visible);  // the user's choice survives a rebuild
    }

    void labelsAvoidEachOtherDotsAndLines_data() {
        QTest::addColumn<QString>("project");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        const QDir dir(QString(RIDGELINE_SAMPLES) + "/projects");
        for (const QString& f : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
            auto loaded = rl::loadProject(dir.filePath(f).toStdString());
            if (!loaded.value || loaded.value->scenario.kind != "inference") continue;
            // The plot areas of the roofline tab in 1280x720 and 1920x1080 windows,
            // and in German and Chinese windows (wider docks) of 1280x720 and 1600x1000.
            QTest::newRow(qPrintable(f + " small")) << dir.filePath(f) << 845 << 300;
            QTest::newRow(qPrintable(f + " large")) << dir.filePath(f) << 1480 << 640;
            QTest::newRow(qPrintable(f + " de 1280x720")) << dir.filePath(f) << 693 << 250;
            QTest::newRow(qPrintable(f + " de 1600x1000")) << dir.filePath(f) << 970 << 463;
        }
    }

    void labelsAvoidEachOtherDotsAndLines() {
        QFETCH(QString, project);
        QFETCH(int, width);
        QFETCH(int, height);
        auto loaded = rl::loadProject(project.toStdString());
        QVERIFY(loaded.value);
        const rl::Project& pr = *loaded.value;
        const rl::Prediction p = rl::analyze(pr.hardware, pr.model, pr.scenario);
        const RooflineScene::Measure measure = labelMeasure();
        for (int level = 0; level < static_cast<int>(p.levels.size()); ++level) {
            RooflineScene scene;
            scene.build(&p, level, RooflineScene::ColorBy::phase);
            const QRectF area(60, 40, width, height);
            const RooflineAxes axes = scene.fit(area);
            // The legend in the bottom-right corner, as the view has it.
            const QRectF legend(area.right() - 130, area.bottom() - 90, 124, 84);
            const auto labels = scene.placeLabels(axes, measure, {legend});
            const QString broken =
                checkPlacement(scene, axes, labels, legend, scene.roofLabelColumn(measure));
            QVERIFY2(broken.isEmpty(),
                     qPrintable(QString("level %1: %2").arg(p.levels[level].c_str(), broken)));
            // The ridge label is near its ridge point.
            for (const RooflineLabel& l : labels)
                if (l.kind == RooflineLabel::Kind::ridge && l.shown) {
                    const QPointF r = axes.toPixel(scene.mainRidge().x(), scene.mainRidge().y());
                    const QRectF box = l.outline().boundingRect();
                    const double dx = std::max({0.0, box.left() - r.x(), r.x() - box.right()});
                    const double dy = std::max({0.0, box.top() - r.y(), r.y() - box.bottom()});
                    QVERIFY2(std::hypot(dx, dy) < 80, qPrintable(l.text));
                }
        }
    }

    // The roofline of a Hugging Face config.json opened alone (Llama-2-7B on the
    // A100 the window offers, the default inference scenario), in Chinese, in
    // the plot area of a 1600x1000 window (hf-open-result-zh_CN-dark-1600x1000.png):
    // its longer labels ("可达（5.12 TB/s 的 80 %）") once put L2's close under L1.
    void huggingFaceConfigInChinese() {
        rl::test::InstalledTranslation chinese("zh_CN");
        QVERIFY(chinese.ok);
        auto hw = rl::loadHardware(RIDGELINE_SAMPLES "/hardware/nvidia-a100-sxm4-80gb.json");
        auto model = rl::parseModel(rl::test::hfConfig("Llama-2-7B"), "config.json");
        auto scenario = rl::loadScenario(RIDGELINE_SAMPLES "/../resources/templates/scenario.json");
        QVERIFY(hw.value && model.value && scenario.value);
        const rl::Prediction p = rl::analyze(*hw.value, *model.value, *scenario.value);
        const RooflineScene::Measure measure = labelMeasure();
        for (int level = 0; level < static_cast<int>(p.levels.size()); ++level) {
            RooflineScene scene;
            scene.build(&p, level, RooflineScene::ColorBy::phase);
            const RooflineAxes axes = scene.fit(QRectF(60, 40, 1005, 487));
            const auto labels = scene.placeLabels(axes, measure, {});
            const QString broken =
                checkPlacement(scene, axes, labels, QRectF(), scene.roofLabelColumn(measure));
            QVERIFY2(broken.isEmpty(),
                     qPrintable(QString("level %1: %2").arg(p.levels[level].c_str(), broken)));
        }
    }

    // Side by side (the compare view's two half-width panels, one range for
    // both), at the panel sizes of 1280x720 and 1600x1000 windows: each panel
    // still labels every ceiling once and its ridge, off every dot and label.
    void sideBySidePanelsLabelEveryCeiling_data() {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("otherHardware");
        QTest::addColumn<int>("plotWidth");
        QTest::addColumn<int>("height");
        const QDir dir(QString(RIDGELINE_SAMPLES) + "/projects");
        const QString h100 = QString(RIDGELINE_SAMPLES) + "/hardware/nvidia-h100-sxm5-80gb.json";
        for (const QString& f : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
            auto loaded = rl::loadProject(dir.filePath(f).toStdString());
            if (!loaded.value || loaded.value->scenario.kind != "inference") continue;
            // The chart's width and a panel's plot height in each window size
            // (as --compare-hardware in tools/screenshots.sh: the project's run
            // is the baseline, the same on an H100 the current result).
            QTest::newRow(qPrintable(f + " 1280x720")) << dir.filePath(f) << h100 << 930 << 215;
            QTest::newRow(qPrintable(f + " 1600x1000")) << dir.filePath(f) << h100 << 1250 << 470;
        }
    }

    void sideBySidePanelsLabelEveryCeiling() {
        QFETCH(QString, project);
        QFETCH(QString, otherHardware);
        QFETCH(int, plotWidth);
        QFETCH(int, height);
        auto loaded = rl::loadProject(project.toStdString());
        QVERIFY(loaded.value);
        const rl::Project& pr = *loaded.value;
        auto other = rl::loadHardware(otherHardware.toStdString());
        QVERIFY(other.value);
        const rl::Prediction baseline = rl::analyze(pr.hardware, pr.model, pr.scenario);
        const rl::Prediction current = rl::analyze(*other.value, pr.model, pr.scenario);
        const RooflineScene::Measure measure = labelMeasure();
        RooflineScene scenes[2];
        scenes[0].build(&baseline, 0, RooflineScene::ColorBy::phase);
        scenes[1].build(&current, 0, RooflineScene::ColorBy::phase);
        // Each half: the y axis' tick labels (about 70 px), the plot, the roof column.
        std::vector<RooflineAxes> axes;
        for (int k = 0; k < 2; ++k) {
            const double left = k * plotWidth / 2.0 + 70;
            const double width = plotWidth / 2.0 - 70 - scenes[k].roofLabelColumn(measure) - 10;
            QVERIFY2(width > 100, qPrintable(QString("panel %1 px wide").arg(width)));
            axes.push_back(scenes[k].fit(QRectF(left, 40, width, height)));
        }
        for (RooflineAxes& a : axes) {  // one range for both panels
            a.xlo = std::min(axes[0].xlo, axes[1].xlo);
            a.xhi = std::max(axes[0].xhi, axes[1].xhi);
            a.ylo = std::min(axes[0].ylo, axes[1].ylo);
            a.yhi = std::max(axes[0].yhi, axes[1].yhi);
        }
        for (int k = 0; k < 2; ++k) {
            const auto labels = scenes[k].placeLabels(axes[k], measure, {});
            const QString broken = checkPlacement(scenes[k], axes[k], labels, QRectF(),
                                                  scenes[k].roofLabelColumn(measure));
            QVERIFY2(broken.isEmpty(),
                     qPrintable(QString(k ? "current: %1" : "baseline: %1").arg(broken)));
        }
    }
};

QTEST_MAIN(TestRooflineScene)
#include "test_roofline_scene.moc"
