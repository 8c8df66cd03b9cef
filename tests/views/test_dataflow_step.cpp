// The step-through view: played to the end (or jumped to the last step) it
// shows the engine's counts; step, back, go-to and the slider agree with
// random access; its scene picks readable axes and keeps tiles inside the
// tensors; it exports a PNG that is not blank.
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/dataflow/sample_designs.h"
#include "views/dataflow/step_through_view.h"

using namespace rl;
using namespace rl::views;

namespace {

void verifyEngineCounts(const StepThroughView& view, const dataflow::DataflowDesign& d) {
    const auto& s = view.state();
    QCOMPARE(s.step, view.stepCount() - 1);
    QCOMPARE(s.counts.macs, d.evaluation.macs);
    for (int i = 0; i < d.evaluation.levelCount; ++i)
        for (int t = 0; t < kDataSpaceCount; ++t) {
            QCOMPARE(s.counts.level[i][t].reads, d.evaluation.level[i].tensor[t].reads);
            QCOMPARE(s.counts.level[i][t].fills, d.evaluation.level[i].tensor[t].fills);
            QCOMPARE(s.counts.level[i][t].updates, d.evaluation.level[i].tensor[t].updates);
        }
    // The exported table carries the same numbers.
    const auto rows = view.csvRows();
    QCOMPARE(rows.size(), view.scene().counterRows().size() + 2);
    for (std::size_t r = 1; r + 1 < rows.size(); ++r) {
        const auto& row = view.scene().counterRows()[r - 1];
        const auto& want = d.evaluation.level[row.level].tensor[row.tensor];
        QCOMPARE(rows[r][3], std::to_string(want.reads));
        QCOMPARE(rows[r][4], std::to_string(want.fills));
        QCOMPARE(rows[r][5], std::to_string(want.updates));
    }
    QCOMPARE(rows.back()[6], std::to_string(d.evaluation.macs));
}

}  // namespace

class TestDataflowStep : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void emptyDesignSaysWhy() {
        StepThroughView view;
        view.setDesign(nullptr);
        QVERIFY(!view.emptyText().isEmpty());
        QCOMPARE(view.stepCount(), 0);
        view.stepForward();  // nothing to do, nothing crashes
        QVERIFY(view.csvRows().empty());
    }

    void playingToTheEndShowsTheEngineCounts() {
        const auto design = testing::tutorialDesign();
        StepThroughView view;
        view.resize(1280, 720);
        view.setDesign(design);
        QVERIFY(view.emptyText().isEmpty());
        QCOMPARE(view.stepCount(), 1536);
        view.setSpeed(100000);
        view.play();
        QVERIFY(view.playing());
        QTRY_VERIFY_WITH_TIMEOUT(!view.playing(), 10000);
        verifyEngineCounts(view, *design);
        // Play again starts over from the first step.
        view.play();
        QVERIFY(view.currentStep() < view.stepCount() - 1);
        view.pause();
    }

    void stepBackAndGoToAgreeWithRandomAccess() {
        const auto design = testing::tutorialDesign();
        StepThroughView view;
        view.setDesign(design);
        for (int i = 0; i < 40; ++i) view.stepForward();
        QCOMPARE(view.currentStep(), 40);
        const dataflow::StepState stepped = view.state();
        view.goToStep(7);
        view.goToStep(40);
        QCOMPARE(view.state().counts, stepped.counts);
        QCOMPARE(view.state().index, stepped.index);
        view.stepBack();
        QCOMPARE(view.currentStep(), 39);
        // The go-to box is 1-based, like the step label.
        auto* box = view.findChild<QLineEdit*>();
        QVERIFY(box);
        box->setText(QStringLiteral("1000"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(view.currentStep(), 999);
        view.goToStep(-5);
        QCOMPARE(view.currentStep(), 0);
        view.stepBack();
        QCOMPARE(view.currentStep(), 0);
        // The slider follows and drives the step.
        auto* slider = view.findChild<QSlider*>();
        QVERIFY(slider);
        slider->setValue(500);
        QCOMPARE(view.currentStep(), 500);
        view.goToStep(1535);
        QCOMPARE(slider->value(), 1535);
        verifyEngineCounts(view, *design);
    }

    void vggJumpsToTheEnd() {
        const auto design = testing::eyerissVggDesign();
        StepThroughView view;
        view.resize(1280, 720);
        view.setDesign(design);
        QCOMPARE(view.stepCount(), design->evaluation.computeCycles);
        auto* slider = view.findChild<QSlider*>();
        slider->setValue(slider->maximum() / 2);
        QVERIFY(view.currentStep() > view.stepCount() / 3);
        view.goToStep(view.stepCount() - 1);
        verifyEngineCounts(view, *design);
        // Weights drawn as K x C, the 3 x 3 filter named as ranges.
        QCOMPARE(view.scene().rowAxis(0), TensorAxis::K);
        QCOMPARE(view.scene().columnAxis(0), TensorAxis::C);
        QCOMPARE(view.scene().rowAxis(1), TensorAxis::C);
        QCOMPARE(view.scene().columnAxis(1), TensorAxis::W);
    }

    void sceneTilesStayInsideTheirTensor() {
        for (const auto& design : {testing::tutorialDesign(), testing::eyerissVggDesign()}) {
            StepThroughScene scene;
            scene.build(design);
            scene.layout(QSizeF(1260, 640));
            const auto& st = scene.steps();
            dataflow::StepState s;
            std::vector<DimArray> points;
            for (std::int64_t step : {std::int64_t{0}, st.stepCount() / 3, st.stepCount() - 1}) {
                st.stateAt(step, s);
                scene.macPoints(s, points);
                QCOMPARE(static_cast<std::int64_t>(points.size()),
                         st.utilizedInstances(st.levelCount()));
                for (int t = 0; t < kDataSpaceCount; ++t) {
                    const QRectF grid = scene.tensorGrid(t).adjusted(-1.5, -1.5, 1.5, 1.5);
                    QVERIFY(scene.tensorArea(t).contains(scene.tensorGrid(t)));
                    for (int i = 0; i < st.levelCount(); ++i)
                        if (st.keeps(i, t)) QVERIFY(grid.contains(scene.tileRect(s, i, t)));
                    for (const auto& p : points) {
                        const auto r = scene.pointRange(p, scene.rowAxis(t));
                        QVERIFY(r.begin >= 0 && r.end <= scene.axisSize(scene.rowAxis(t)));
                    }
                }
            }
        }
        // Tutorial: outputs K x P, inputs C x W (1 x 18), weights K x R.
        StepThroughScene scene;
        scene.build(testing::tutorialDesign());
        QCOMPARE(scene.rowAxis(2), TensorAxis::K);
        QCOMPARE(scene.columnAxis(2), TensorAxis::P);
        QCOMPARE(scene.columnAxis(1), TensorAxis::W);
        QCOMPARE(scene.axisSize(TensorAxis::W), 18);
        QCOMPARE(scene.columnAxis(0), TensorAxis::R);
    }

    void exportsANonBlankPng() {
        QTemporaryDir dir;
        StepThroughView view;
        view.setDesign(testing::tutorialDesign());
        view.goToStep(700);
        const QString path = dir.filePath("step.png");
        QCOMPARE(view.exportTo(path, 1280, 720), QString());
        QImage image(path);
        QCOMPARE(image.size(), QSize(1280, 720));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
        QCOMPARE(view.exportTo(dir.filePath("step.csv")), QString());
        QVERIFY(QFileInfo(dir.filePath("step.csv")).size() > 0);
    }
};

QTEST_MAIN(TestDataflowStep)
#include "test_dataflow_step.moc"
