// The shared zoom-and-filter stack: its history (zoom in, zoom out, back,
// reset, filter steps) and signals; then the views following it offscreen:
// a zoom made in one view changes what the others show.
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

#include "fake_prediction.h"
#include "views/common/focus_stack.h"
#include "views/common/op_selection.h"
#include "views/common/qcp.h"
#include "views/common/result_store.h"
#include "views/optable/operator_table_view.h"
#include "views/roofline/roofline_view.h"
#include "views/timeline/prediction_timeline.h"
#include "views/timeline/timeline_view.h"
#include "views/traffic/traffic_view.h"

using namespace rl;
using namespace rl::views;

namespace {

// The fake prediction with a timeline: the two prefill ops, then three decode
// steps of the mlp (op 2) and the norm (op 3).
std::shared_ptr<rl::Prediction> predictionWithTrace() {
    auto p = rl::test::fakePrediction();
    Trace t;
    const int g = t.group("device");
    const int track = t.track("ops", g), cat = t.category("op");
    double at = 0;
    auto add = [&](int op, double duration) {
        t.events.push_back({at, duration, track, cat, -1, TraceRef::op, op});
        at += duration;
    };
    add(0, 0.010);
    add(1, 0.004);
    for (int step = 0; step < 3; ++step) {
        add(2, 5e-4);
        add(3, 2e-6);
    }
    t.finish();
    p->trace = std::make_shared<const Trace>(std::move(t));
    return p;
}

}  // namespace

class TestFocusStack : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void zoomBackZoomOutReset() {
        FocusStack s;
        QSignalSpy changed(&s, &FocusStack::changed);
        QVERIFY(!s.current().zoomed());
        QVERIFY(!s.canGoBack());
        s.zoomIn({3, 1, 2, 1});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.current().ops, std::vector<int>({1, 2, 3}));  // sorted, unique
        QVERIFY(s.current().contains(2));
        QVERIFY(!s.current().contains(0));
        // Zooming in stays within the zoom; nothing left is no step.
        s.zoomIn({2, 5});
        QCOMPARE(s.current().ops, std::vector<int>({2}));
        s.zoomIn({0, 5});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(s.depth(), 2);
        // Zoom out is a step of its own to the wider zoom; Back returns.
        s.zoomOut();
        QCOMPARE(s.current().ops, std::vector<int>({1, 2, 3}));
        QCOMPARE(s.depth(), 3);
        s.back();
        QCOMPARE(s.current().ops, std::vector<int>({2}));
        s.back();
        s.back();
        QVERIFY(!s.current().zoomed());
        QVERIFY(!s.canGoBack());
        s.back();  // nothing to undo: no signal
        QCOMPARE(changed.count(), 6);
        // A timeline zoom carries its span; reset drops all history.
        s.zoomIn({0}, 1.0, 2.0);
        QVERIFY(s.current().hasSpan());
        QCOMPARE(s.current().t1, 2.0);
        s.reset();
        QVERIFY(!s.current().zoomed());
        QVERIFY(!s.current().hasSpan());
        QCOMPARE(s.depth(), 0);
        QCOMPARE(changed.count(), 8);
        s.reset();  // already whole: no signal
        QCOMPARE(changed.count(), 8);
    }

    void filterIsOneStepPerEdit() {
        FocusStack s;
        QSignalSpy changed(&s, &FocusStack::changed);
        auto p = rl::test::fakePrediction();
        s.setFilter("m");
        s.setFilter("ml");
        s.setFilter("mlp");
        QCOMPARE(changed.count(), 3);
        QCOMPARE(s.depth(), 1);    // typing a word is one step
        QVERIFY(s.shows(*p, 2));   // L0.mlp
        QVERIFY(!s.shows(*p, 0));  // L0.qkv
        QVERIFY(!s.shows(*p, 9));  // no such op
        s.zoomIn({0, 2});
        QCOMPARE(s.current().filter, QString("mlp"));  // a zoom keeps the filter
        s.setFilter("decode");                         // a new step after the zoom
        QCOMPARE(s.depth(), 3);
        QVERIFY(s.shows(*p, 2));  // phase matches
        s.back();
        QCOMPARE(s.current().filter, QString("mlp"));
        s.back();
        s.setFilter("");  // clearing the filter typed in this step removes the step
        QCOMPARE(s.depth(), 0);
    }

    void zoomInOneViewIsFollowedByTheOthers() {
        ResultStore store;
        OpSelection selection;
        RooflineView roofline(&store, &selection);
        TrafficView traffic(&store, &selection);
        PredictionTimeline timeline(&store, &selection);
        OperatorTableView table(&store, &selection);
        roofline.resize(900, 600);
        roofline.show();
        timeline.resize(900, 400);
        timeline.show();
        store.setResult(predictionWithTrace());
        roofline.plot()->replot();
        QCOMPARE(roofline.dotCount(), 3);
        const double allHbm = traffic.groupTotal(0);
        const double wholeSpan = timeline.view()->rangeEnd() - timeline.view()->rangeStart();
        QVERIFY(allHbm > 0);

        // A box around the mlp's dot on the roofline zooms every view to it.
        const QPointF dot = roofline.dotPixel(2);
        QVERIFY(dot.x() > 0);
        roofline.zoomToBox(QRectF(dot - QPointF(6, 6), QSizeF(12, 12)));
        QCOMPARE(selection.focus()->current().ops, std::vector<int>({2}));
        QCOMPARE(roofline.dotCount(), 1);
        // Traffic: the HBM bar holds the mlp's bytes only (1 GB x 100 decode steps).
        QCOMPARE(traffic.groupTotal(0), 1e9 * 100);
        // Timeline: the span of the mlp's three events, not the whole run.
        const double span = timeline.view()->rangeEnd() - timeline.view()->rangeStart();
        QVERIFY(span < wholeSpan / 5);
        QVERIFY(timeline.view()->rangeStart() <= 0.014);
        QVERIFY(timeline.view()->rangeEnd() >= 0.014 + 3 * 5e-4);

        // Back (the roofline's button goes back on the shared stack) shows all again.
        QVERIFY(roofline.undoZoom());
        QCOMPARE(roofline.dotCount(), 3);
        QCOMPARE(traffic.groupTotal(0), allHbm);

        // A band zoom on the timeline over the prefill zooms the others to its ops.
        Q_EMIT timeline.view()->bandZoomed(0.001, 0.012);
        QCOMPARE(selection.focus()->current().ops, std::vector<int>({0, 1}));
        QCOMPARE(roofline.dotCount(), 2);
        QCOMPARE(traffic.groupTotal(0), 1e9 + 4e8);
        QCOMPARE(timeline.view()->rangeStart(), 0.001);

        // The table's filter box is the shared filter.
        table.filterEdit()->setText("attention");
        QCOMPARE(roofline.dotCount(), 1);
        QCOMPARE(traffic.groupTotal(0), 4e8);
        selection.focus()->reset();
        QCOMPARE(table.filterEdit()->text(), QString());
        QCOMPARE(roofline.dotCount(), 3);
    }
};

QTEST_MAIN(TestFocusStack)
#include "test_focus_stack.moc"
