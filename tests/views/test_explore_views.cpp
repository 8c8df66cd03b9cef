// The exploration page's models on a known sweep result, without the engine:
// the points table (QAbstractItemModelTester while rows stream in, numeric
// sorting, the front column), the plot data (series values, the front of two
// plotted objectives, log preference, tooltips), the tornado input, and the
// sweep builder turning chosen fields into a sweep core's reader accepts.
#include <cmath>
#include <set>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

#include "views/common/qcp.h"
#include "views/explore/pareto_plot.h"
#include "views/explore/points_table.h"
#include "views/explore/sweep_builder_dialog.h"
#include "views/explore/sweep_plot_data.h"
#include "views/explore/sweep_table_model.h"

using namespace rl::views;

namespace {

// Two axes (bandwidth: numeric, log-spaced; device: categorical), two
// objectives (time: min, throughput: max), one constraint.
rl::SweepResult descriptors() {
    rl::SweepResult d;
    d.name = "test";
    d.axes = {{"bandwidth", "/hardware/memory/0/bandwidth", "B/s", true, true, -1},
              {"device", "/hardware", "", false, false, -1}};
    d.objectives = {{"time", "time", "s", rl::ObjectiveSense::minimise},
                    {"throughput", "throughput", "1/s", rl::ObjectiveSense::maximise}};
    d.constraints = {{"memory_fit", "memory_fit", "", 1.0, rl::kNoValue}};
    d.pointCount = 6;
    return d;
}

rl::SweepPoint point(std::uint64_t i, double bw, const char* device, double time, double throughput,
                     bool fits) {
    rl::SweepPoint p;
    p.index = i;
    p.axes = {{bw, "", -1}, {rl::kNoValue, device, std::int64_t(i % 2)}};
    p.axes[0].label = QString::number(bw / 1e12).toStdString() + " TB/s";
    p.objectives = {time, throughput};
    p.constraints = {fits ? 1.0 : 0.0};
    p.feasible = fits && !std::isnan(time);
    if (std::isnan(time)) p.error = "tensor parallel 3 does not divide 32 heads";
    return p;
}

// Front of (time min, throughput max) over the feasible points: 0, 2 and 4.
std::vector<rl::SweepPoint> sixPoints() {
    return {point(0, 1e12, "A", 1.0, 10, true),  point(1, 2e12, "B", 2.0, 5, true),
            point(2, 4e12, "A", 0.5, 4, true),   point(3, 8e12, "B", 0.8, 3, true),
            point(4, 16e12, "A", 3.0, 50, true), point(5, 32e12, "B", 0.1, 100, false)};
}

}  // namespace

class TestExploreViews : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void tableModelStreamsRowsAndSortsNumerically() {
        SweepTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(descriptors());
        QCOMPARE(model.rowCount(), 0);
        // index, 2 axes, 2 objectives, 1 constraint, feasible, front, error.
        QCOMPARE(model.columnCount(), 9);
        auto pts = sixPoints();
        model.append({pts[0], pts[1], pts[2]});
        model.append({pts[3], pts[4], pts[5]});
        QCOMPARE(model.rowCount(), 6);
        model.setFront(sweepFront(model.descriptors(), model.points()));
        QVERIFY(model.onFront(0) && model.onFront(2) && model.onFront(4));
        QVERIFY(!model.onFront(1) && !model.onFront(3));
        QVERIFY(!model.onFront(5));  // infeasible points are never on the front
        QCOMPARE(model.headerData(model.frontColumn(), Qt::Horizontal).toString(),
                 QStringLiteral("Pareto"));
        QCOMPARE(model.data(model.index(0, model.frontColumn())).toString(),
                 QStringLiteral("front"));
        QCOMPARE(model.data(model.index(5, model.feasibleColumn())).toString(),
                 QStringLiteral("no"));
        QCOMPARE(model.data(model.index(2, 1)).toString(), QStringLiteral("4 TB/s"));
        // A yes/no metric reads as yes or no, not 1 or 0.
        QCOMPARE(model.data(model.index(5, model.constraintColumn(0))).toString(),
                 QStringLiteral("no"));
        QCOMPARE(model.data(model.index(2, model.objectiveColumn(0))).toString(),
                 QStringLiteral("500 ms"));

        // Sorting by time through a proxy: numeric, not by text.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SweepTableModel::kSortRole);
        proxy.sort(model.objectiveColumn(0), Qt::AscendingOrder);
        QList<int> order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.data(proxy.index(r, 0), SweepTableModel::kRowRole).toInt();
        QCOMPARE(order, (QList<int>{5, 2, 3, 0, 1, 4}));
        // Categorical axes sort by their position in the axis' list.
        QCOMPARE(model.data(model.index(1, 2), SweepTableModel::kSortRole).toDouble(), 1.0);
        model.reset(descriptors());
        QCOMPARE(model.rowCount(), 0);
    }

    void errorsAndMissingValuesSortLast() {
        SweepTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(descriptors());
        model.append({point(0, 1e12, "A", NAN, 1, true), point(1, 2e12, "B", 2.0, 5, true)});
        QCOMPARE(model.data(model.index(0, model.objectiveColumn(0))).toString(),
                 QStringLiteral("–"));
        QVERIFY(model.data(model.index(0, model.objectiveColumn(0)), SweepTableModel::kSortRole)
                    .toDouble() > 1e300);
        QVERIFY(model.data(model.index(0, model.errorColumn())).toString().contains("divide"));
    }

    void paretoInputOfTwoObjectives() {
        const auto d = descriptors();
        const auto pts = sixPoints();
        ParetoChoice c;
        c.x = {SweepSeries::Kind::objective, 0};
        c.y = {SweepSeries::Kind::objective, 1};
        c.colour = {SweepSeries::Kind::axis, 0};
        const ParetoSceneInput in = paretoInput(d, pts, c, {});
        QVERIFY(in.joinFront);
        QCOMPARE(std::set<int>(in.front.begin(), in.front.end()), (std::set<int>{0, 2, 4}));
        QCOMPARE(in.x[3], 0.8);
        QCOMPARE(in.colour[4], 16e12);
        QVERIFY(in.logColour);  // a log-spaced axis
        QCOMPARE(in.formatX(0.5), QStringLiteral("500 ms"));
        // An axis against an objective: the sweep's front is highlighted, not joined.
        c.x = {SweepSeries::Kind::axis, 0};
        const ParetoSceneInput mixed = paretoInput(d, pts, c, {1});
        QVERIFY(!mixed.joinFront);
        QCOMPARE(mixed.front, std::vector<int>{1});
        // The series offered: objectives, constraints, then numeric axes only.
        const auto series = plottableSeries(d);
        QCOMPARE(int(series.size()), 4);
        QCOMPARE(series.back().kind, SweepSeries::Kind::axis);
        QCOMPARE(seriesTitle(d, series[0]), QStringLiteral("Time"));
        QVERIFY(prefersLog(d, seriesValues(d, pts, {SweepSeries::Kind::objective, 1}),
                           {SweepSeries::Kind::objective, 1}));  // 3 ... 100: over 20x
        QVERIFY(!prefersLog(d, seriesValues(d, pts, {SweepSeries::Kind::constraint, 0}),
                            {SweepSeries::Kind::constraint, 0}));  // a 0: no place on a log axis
    }

    // "Fits in memory" as colour: two colours named yes and no, not a 0-1 scale. Told
    // by the metric's typed identity or by values of exactly 0 and 1, never by a name.
    void flagFigureIsTwoColoursWithALegend() {
        auto d = descriptors();
        const SweepSeries fits{SweepSeries::Kind::constraint, 0},
            time{SweepSeries::Kind::objective, 0};
        QVERIFY(isFlagSeries(d, {1, 1, 1}, fits));  // every design fits: still yes/no
        QVERIFY(isFlagSeries(d, {0, 1, NAN, 1}, time));
        QVERIFY(!isFlagSeries(d, {1, 1}, time));  // one second each: a figure
        QVERIFY(!isFlagSeries(d, {0, 0.5, 1}, fits));
        d.constraints[0].name = "fits in memory";
        d.constraints[0].metric = "mfu";  // the name says nothing
        QVERIFY(!isFlagSeries(d, {1, 1}, fits));

        d = descriptors();
        ParetoChoice c;
        c.x = time;
        c.y = {SweepSeries::Kind::objective, 1};
        c.colour = fits;
        const ParetoSceneInput in = paretoInput(d, sixPoints(), c, {});
        QVERIFY(in.colourIsFlag && !in.logColour);
        ParetoScene scene;
        scene.set(in);
        ParetoPlot plot;
        plot.setScene(scene, "t", "x", "y", "fits", true);
        auto legendNames = [&] {
            QStringList names;
            for (int i = 0; i < plot.plot()->legend->itemCount(); ++i)
                if (auto* item =
                        qobject_cast<QCPPlottableLegendItem*>(plot.plot()->legend->item(i)))
                    names << item->plottable()->name();
            return names;
        };
        auto scaleShown = [&] {
            for (int e = 0; e < plot.plot()->plotLayout()->elementCount(); ++e)
                if (auto* s = qobject_cast<QCPColorScale*>(plot.plot()->plotLayout()->elementAt(e)))
                    return s->visible();
            return false;
        };
        QVERIFY2(legendNames().contains("fits: yes") && legendNames().contains("fits: no"),
                 qPrintable(legendNames().join(" | ")));
        QVERIFY(!scaleShown());
        // A figure as colour: the scale, no yes/no entries.
        c.colour = {SweepSeries::Kind::axis, 0};
        scene.set(paretoInput(d, sixPoints(), c, {}));
        plot.setScene(scene, "t", "x", "y", "bandwidth", true);
        QVERIFY(scaleShown());
        QVERIFY(legendNames().filter(": yes").isEmpty());
    }

    // The points table fitted to a narrow width: no sideways scroll, numbers whole, the
    // titles painted (on two lines where they are cut) with the whole title as the tooltip.
    void pointsTableFitsItsWidth() {
        SweepTableModel model;
        model.reset(descriptors());
        model.append(sixPoints());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        PointsTable table(&model);
        table.setModel(&proxy);
        table.horizontalHeader()->setStretchLastSection(true);
        table.resize(420, 200);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        table.fitColumns();
        int sum = 0;
        for (int c = 0; c < model.columnCount(); ++c) sum += table.columnWidth(c);
        QVERIFY2(sum <= table.viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(sum).arg(table.viewport()->width())));
        QVERIFY(!table.horizontalScrollBar()->isVisible());
        // Numbers keep their widest value.
        const QAbstractItemView* cells = &table;
        const int time = model.objectiveColumn(0);
        QVERIFY(table.columnWidth(time) >= cells->sizeHintForColumn(time));
        QCOMPARE(model.headerData(time, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 model.headerData(time, Qt::Horizontal).toString());
        // Every title is painted: each section holds pixels of text colour.
        QHeaderView* header = table.horizontalHeader();
        const QImage image = header->grab().toImage();
        const QColor text = header->palette().color(QPalette::ButtonText);
        for (int c = 0; c < model.columnCount() - 1; ++c) {
            const int x0 = header->sectionViewportPosition(c);
            int dark = 0;
            for (int x = x0 + 2; x < x0 + header->sectionSize(c) - 2; ++x)
                for (int y = 2; y < image.height() - 2; ++y) {
                    const QColor p = image.pixelColor(x, y);
                    dark += std::abs(p.lightness() - text.lightness()) < 60 ? 1 : 0;
                }
            QVERIFY2(dark > 10, qPrintable(model.headerData(c, Qt::Horizontal).toString()));
        }
    }

    void tooltipNamesValuesAndStatus() {
        const auto d = descriptors();
        const QString t = describePoint(d, sixPoints()[5]);
        QVERIFY(t.contains("Point 5"));
        QVERIFY(t.contains("bandwidth: 32 TB/s"));
        QVERIFY(t.contains("device: B"));
        QVERIFY(t.contains("violated"));
    }

    void tornadoInputOfOneObjective() {
        auto d = descriptors();
        rl::SensitivityRow r;
        r.axis = 0;
        r.objective = 1;
        r.base = 10;
        r.atLow = 5;
        r.atHigh = 20;
        r.lowLabel = "1 TB/s";
        r.highLabel = "32 TB/s";
        d.sensitivity = {r};
        r.objective = 0;
        d.sensitivity.push_back(r);
        const TornadoInput in = tornadoInput(d, 1);
        QCOMPARE(in.base, 10.0);
        QCOMPARE(int(in.axes.size()), 1);
        QCOMPARE(in.axes[0].axis, QStringLiteral("bandwidth"));
        QCOMPARE(in.axes[0].highSetting, QStringLiteral("32 TB/s"));
        QVERIFY(tornadoInput(d, 7).axes.empty());
    }

    void builderMakesASweepTheReaderAccepts() {
        SweepBuilderDialog dialog(QStringLiteral(RIDGELINE_SAMPLES) +
                                  "/projects/llama2-7b-chat-on-a100.json");
        QVERIFY(dialog.fieldTree()->topLevelItemCount() == 3);
        QVERIFY(dialog.chooseField("/hardware/memory/0/bandwidth"));
        QVERIFY(dialog.chooseField("/scenario/inference/batch"));
        QVERIFY(!dialog.chooseField("/hardware/name"));  // free text is not offered
        QCOMPARE(dialog.axesTable()->rowCount(), 2);
        dialog.setAxisValues("/hardware/memory/0/bandwidth", 2, QString(), "1 TB/s", "4 TB/s", 3);
        dialog.setAxisValues("/scenario/inference/batch", 0, "1, 8, 32", QString(), QString(), 0);
        QCOMPARE(dialog.predictorCombo()->currentData().toString(), QStringLiteral("analytical"));
        const rl::Json doc = dialog.sweepDocument();
        QCOMPARE(doc["axes"][1]["values"], (rl::Json{1, 8, 32}));
        QCOMPARE(doc["axes"][0]["range"]["scale"], "log");
        auto loaded = dialog.read();
        QVERIFY2(loaded, qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(int(loaded->spec->axes.size()), 2);
        QCOMPARE(int(loaded->spec->objectives.size()), 2);  // time and energy by default
        // A value of the wrong kind is refused with the reader's diagnostic.
        dialog.setAxisValues("/scenario/inference/batch", 0, "1, many", QString(), QString(), 0);
        QVERIFY(!dialog.read());
        QVERIFY(dialog.errorLabel()->text().contains("/axes/1"));
    }
};

QTEST_MAIN(TestExploreViews)
#include "test_explore_views.moc"
