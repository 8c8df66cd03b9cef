// The timeline's scene (rows, level of detail, labels, ticks, counters, hit
// testing) without widgets, then the widget's zoom, pan and selection.
#include <cmath>

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include "synthetic_trace.h"
#include "views/common/op_selection.h"
#include "views/common/result_store.h"
#include "views/timeline/prediction_timeline.h"
#include "views/timeline/timeline_scene.h"
#include "views/timeline/timeline_view.h"

using namespace rl;
using namespace rl::views;

namespace {

// One group, two tracks, a counter: three 1 ms ops on "compute" (one with a
// long label), a 10 us collective on "network".
std::shared_ptr<const Trace> smallTrace() {
    Trace t;
    const int g = t.group("device 0");
    const int compute = t.track("compute", g), network = t.track("network", g);
    const int gemm = t.category("gemm"), coll = t.category("collective");
    auto add = [&](double start, double dur, int track, int cat, std::int64_t id) {
        TraceEvent e;
        e.start = start;
        e.duration = dur;
        e.track = track;
        e.category = cat;
        e.ref = TraceRef::op;
        e.id = id;
        t.events.push_back(e);
    };
    add(0, 1e-3, compute, gemm, 0);
    add(1e-3, 1e-3, compute, gemm, 1);
    add(2e-3, 1e-3, compute, gemm, 0);
    add(3e-3, 10e-6, network, coll, 2);
    t.events[1].label = t.label("layer.mlp_down_projection with a long name");
    TraceCounter c;
    c.name = "KV length";
    c.unit = "tokens";
    c.group = g;
    c.times = {0, 1e-3, 2e-3};
    c.values = {128, 129, 130};
    t.counters.push_back(c);
    t.finish();
    return std::make_shared<const Trace>(std::move(t));
}

}  // namespace

class TestTimeline : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void rowsAreGroupedUnderHeaders() {
        TimelineScene s;
        QVERIFY(s.setTrace(rl::test::syntheticTrace(1000, 3, 2)).isEmpty());
        // Per replica: a header, two stages, the batch-size counter.
        QCOMPARE(s.rows().size(), std::size_t(3 * 4));
        QCOMPARE(s.rows()[0].kind, TimelineRow::Kind::header);
        QCOMPARE(s.rows()[0].title, QStringLiteral("replica 0"));
        QCOMPARE(s.rows()[1].title, QStringLiteral("stage 0"));
        QCOMPARE(s.rows()[3].kind, TimelineRow::Kind::counter);
        QCOMPARE(s.rows()[3].title, QStringLiteral("batch size (requests)"));
        QCOMPARE(s.rows()[4].title, QStringLiteral("replica 1"));
        for (std::size_t i = 1; i < s.rows().size(); ++i)
            QCOMPARE(s.rows()[i].top, s.rows()[i - 1].top + s.rows()[i - 1].height);
        QCOMPARE(s.rowOfTrack(2), 5);
    }

    void aMillionEventsMergePerPixelColumn() {
        TimelineScene s;
        const auto trace = rl::test::syntheticTrace(1000000, 4, 2);
        QVERIFY(s.setTrace(trace).isEmpty());
        const double width = 1200;
        const TimelineFrame f = s.frame(0, s.endTime(), width, 0, 1e9);
        // At most a couple of rectangles per pixel column and track.
        QVERIFY2(f.rects.size() <= 8 * 2 * static_cast<std::size_t>(width),
                 qPrintable(QString::number(f.rects.size())));
        std::int64_t covered = 0;
        for (const TimelineRect& r : f.rects) {
            QVERIFY(r.x1 - r.x0 >= 1);
            covered += r.merged;
        }
        QCOMPARE(covered, std::int64_t(1000000));  // nothing lost, nothing twice
        QVERIFY(f.labels.empty());                 // no room for text at this zoom
        // Zoomed in to a few milliseconds: single events, labelled.
        const TimelineFrame near = s.frame(0.1, 0.12, width, 0, 1e9);
        QVERIFY(!near.rects.empty());
        for (const TimelineRect& r : near.rects) QCOMPARE(r.merged, std::int64_t(1));
        QVERIFY(!near.labels.empty());
    }

    void labelsOnlyWhereTheyFit() {
        TimelineScene s;
        QVERIFY(s.setTrace(smallTrace()).isEmpty());
        // 3 ms over 60 px: 20 px per op, too narrow for any label.
        QVERIFY(s.frame(0, 3e-3, 60, 0, 1e9).labels.empty());
        // 3 ms over 900 px: 300 px per op; the collective stays unlabelled.
        const TimelineFrame f = s.frame(0, 3e-3, 900, 0, 1e9);
        QCOMPARE(f.labels.size(), std::size_t(3));
        QCOMPARE(f.labels[0].text, QStringLiteral("gemm"));  // no label: the category
        QCOMPARE(f.labels[1].text, QStringLiteral("layer.mlp_down_projection with a long name"));
        for (const TimelineLabel& l : f.labels) QVERIFY(l.x >= 0 && l.x + l.width <= 900.001);
    }

    void ticksCarryUnitsAndStayDistinct() {
        const auto ticks = TimelineScene::ticks(0, 1e-3, 1000, 90);
        QStringList labels;
        for (const TimelineTick& t : ticks)
            if (!t.text.isEmpty()) labels << t.text;
        QCOMPARE(labels.size(), 11);  // every 100 us
        // The project's formatter spells micro as "u" or "µ".
        QVERIFY2(labels[1] == QStringLiteral("100 µs") || labels[1] == QStringLiteral("100 us"),
                 qPrintable(labels.join(", ")));
        QVERIFY2(labels.last().contains(QStringLiteral("ms")), qPrintable(labels.join(", ")));
        QCOMPARE(ticks.size(), std::size_t(51));  // four minor ticks between labels
        // Deep in a long run: enough digits that neighbours differ.
        QStringList deep;
        for (const TimelineTick& t : TimelineScene::ticks(12.3452, 12.3456, 800, 90))
            if (!t.text.isEmpty()) deep << t.text;
        QVERIFY(deep.size() >= 3);
        QCOMPARE(deep.removeDuplicates(), qsizetype(0));
        for (const TimelineTick& t : TimelineScene::ticks(12.3452, 12.3456, 800, 90))
            QVERIFY(t.x >= -0.001 && t.x <= 800.001);
    }

    void countersAreStepLinesToTheEnd() {
        TimelineScene s;
        QVERIFY(s.setTrace(smallTrace()).isEmpty());
        const TimelineFrame f = s.frame(0, 4e-3, 400, 0, 1e9);
        QCOMPARE(f.counters.size(), std::size_t(1));
        const auto& pts = f.counters[0].points;
        // 128 from 0, 129 from 1 ms (x = 100), 130 from 2 ms, held to the end (3.01 ms).
        QVERIFY(pts.size() >= 5);
        QCOMPARE(pts.front().x(), 0.0);
        QCOMPARE(pts.back().x(), 301.0);
        for (std::size_t i = 1; i < pts.size(); ++i) {
            QVERIFY(pts[i].x() >= pts[i - 1].x());
            // Steps only: a point moves either across or up/down, never both.
            QVERIFY(pts[i].x() == pts[i - 1].x() || pts[i].y() == pts[i - 1].y());
        }
        QVERIFY(pts.back().y() < pts.front().y());  // higher value, higher on screen
        QCOMPARE(s.counterRange(0), std::make_pair(128.0, 130.0));
    }

    void hitTestingFindsTheEventUnderThePixel() {
        TimelineScene s;
        QVERIFY(s.setTrace(smallTrace()).isEmpty());
        const double w = 400, t1 = 4e-3;
        const double computeY = s.rows()[1].top + 5, networkY = s.rows()[2].top + 5;
        QCOMPARE(s.hit(0, t1, w, 150, computeY), std::int64_t(1));   // 1.5 ms
        QCOMPARE(s.hit(0, t1, w, 350, computeY), std::int64_t(-1));  // after the last op
        QCOMPARE(s.hit(0, t1, w, 150, 2), std::int64_t(-1));         // the group's header
        // The 10 us collective is 1 px wide: found within the tolerance.
        const std::int64_t coll = s.hit(0, t1, w, 302, networkY);
        QCOMPARE(coll, std::int64_t(3));
        QCOMPARE(s.eventsFor(TraceRef::op, 0), (std::vector<std::int64_t>{0, 2}));
        const QString text = s.describe(coll);
        QVERIFY2(text.contains(QStringLiteral("collective")) &&
                     (text.contains(QStringLiteral("10 µs")) ||
                      text.contains(QStringLiteral("10 us"))) &&
                     text.contains(QStringLiteral("op #2")),
                 qPrintable(text));
    }

    void aBrokenTraceIsRefusedNotDrawn() {
        auto bad = std::make_shared<Trace>();
        bad->group("g");
        bad->track("t", 0);
        bad->category("c");
        TraceEvent e;
        e.track = 4;
        bad->events.push_back(e);
        TimelineScene s;
        const QString error = s.setTrace(bad);
        QVERIFY2(error.contains(QStringLiteral("event 0")), qPrintable(error));
        QVERIFY(!s.trace());
        QVERIFY(s.frame(0, 1, 100, 0, 100).rects.empty());
        QCOMPARE(s.hit(0, 1, 100, 5, 5), std::int64_t(-1));
    }

    void hintDoesNotSetMinimumWidth() {
        TimelineView view;
        QLabel* hint = nullptr;
        for (QLabel* l : view.findChildren<QLabel*>())
            if (l->text().startsWith(QStringLiteral("Wheel:"))) hint = l;
        QVERIFY(hint);
        QCOMPARE(hint->toolTip(), hint->text());
        // The hint wraps, so the view fits where the hint on one line would not.
        const int oneLine = QFontMetrics(hint->font()).horizontalAdvance(hint->text());
        QVERIFY2(
            view.minimumSizeHint().width() < oneLine,
            qPrintable(
                QString("min width %1, hint %2").arg(view.minimumSizeHint().width()).arg(oneLine)));
    }

    void widgetZoomsPansAndSelects() {
        TimelineView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTrace(smallTrace());
        QWidget* canvas = view.canvas();
        QVERIFY(view.rangeStart() < 0 && view.rangeEnd() > 3e-3);
        // Zoom to [0, 3 ms], then the wheel zooms around the cursor.
        view.setRange(0, 3e-3);
        const double plotW = canvas->width() - 160.0;
        const QPointF at(160 + plotW / 2, 60);
        QWheelEvent wheel(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        QVERIFY(view.rangeEnd() - view.rangeStart() < 3e-3 * 0.9);
        QVERIFY(std::abs((view.rangeStart() + view.rangeEnd()) / 2 - 1.5e-3) < 1e-9);
        // Drag pans: 100 px to the left moves the range later.
        const double before = view.rangeStart();
        QTest::mousePress(canvas, Qt::LeftButton, {}, at.toPoint());
        QMouseEvent move(QEvent::MouseMove, at - QPointF(100, 0), canvas->mapToGlobal(at),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, (at - QPointF(100, 0)).toPoint());
        QVERIFY(view.rangeStart() > before);
        // A click on an op selects it and says which op.
        view.setRange(0, 3e-3);
        QSignalSpy spy(&view, &TimelineView::eventSelected);
        const int y = static_cast<int>(30 + view.scene().rows()[1].top + 10);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(static_cast<int>(160 + plotW / 2), y));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy[0][0].toLongLong(), 1LL);
        QVERIFY(spy[0][1].value<rl::TraceRef>() == TraceRef::op);
        QCOMPARE(spy[0][2].toLongLong(), 1LL);
        QCOMPARE(view.selectedEvent(), std::int64_t(1));
        // Another view selected op 0: its two events light up; zoom to them.
        view.showRef(TraceRef::op, 0);
        QCOMPARE(view.highlighted().size(), std::size_t(2));
        view.selectEvent(-1);
        view.zoomToSelection();
        QVERIFY(view.rangeStart() < 0 && view.rangeStart() > -1e-3);
        QVERIFY(view.rangeEnd() > 3e-3 && view.rangeEnd() < 4e-3);
        view.resetZoom();
        QVERIFY(view.rangeEnd() > 3.01e-3);
        canvas->repaint();
        QVERIFY(view.lastRectCount() >= 4);
    }

    void timelineTabFollowsTheSharedSelection() {
        ResultStore store;
        OpSelection selection;
        PredictionTimeline tab(&store, &selection);
        tab.resize(900, 400);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto p = std::make_shared<Prediction>();
        p->trace = smallTrace();
        store.setResult(p);
        TimelineView* view = tab.view();
        QCOMPARE(view->scene().trace(), p->trace.get());
        // Selecting op 0 elsewhere outlines both its events here.
        selection.setCurrent(0);
        QCOMPARE(view->highlighted(), (std::vector<std::int64_t>{0, 2}));
        // Clicking the event of op 1 selects op 1 everywhere.
        view->setRange(0, 3e-3);
        const double plotW = view->canvas()->width() - 160.0;
        const int y = static_cast<int>(30 + view->scene().rows()[1].top + 10);
        QTest::mouseClick(view->canvas(), Qt::LeftButton, {},
                          QPoint(static_cast<int>(160 + plotW / 2), y));
        QCOMPARE(selection.current(), 1);
        QCOMPARE(view->highlighted(), (std::vector<std::int64_t>{1}));
        // A result without a trace empties the view.
        store.setResult(std::make_shared<Prediction>());
        QVERIFY(!view->scene().trace());
    }
};

QTEST_MAIN(TestTimeline)
#include "test_timeline.moc"
