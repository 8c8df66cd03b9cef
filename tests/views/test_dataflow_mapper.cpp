// The Mapper view on the Timeloop tutorial design: a search run from the view
// fills the scatter with valid mappings whose numbers are the model's, the
// highlighted front is exactly the non-dominated set, clicking a point loads
// its mapping into the page, cancel stops a search, and the comparison table
// holds the two evaluations and their differences.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "core/dataflow/report.h"
#include "tests/dataflow/sample_designs.h"
#include "views/common/qcp.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/mapper_compare.h"
#include "views/dataflow/mapper_scatter.h"
#include "views/dataflow/mapper_view.h"
#include "views/explore/pareto_plot.h"

using namespace rl;
using namespace rl::views;

namespace {

std::string nestText(const dataflow::MappingNest& m, const AcceleratorArch& arch) {
    return dataflow::loopNestText(m, arch);
}

bool dominates(const MapperScatterPoint& a, const MapperScatterPoint& b) {
    return a.cycles <= b.cycles && a.energyJ <= b.energyJ &&
           (a.cycles < b.cycles || a.energyJ < b.energyJ);
}

struct Fixture {
    DataflowPage page;
    MapperView* view = new MapperView(&page);
    std::shared_ptr<const dataflow::DataflowDesign> design = testing::tutorialDesign();
    Fixture() {
        page.addView(view, MapperView::tr("Mapper"), "mapper");
        page.setDesign(design);
        dataflow::MapperOptions o;
        o.objective = dataflow::Objective::energy;
        o.seed = 3;
        o.evaluations = 60000;
        view->setOptions(o);
    }
    bool search() {
        QSignalSpy done(view, &MapperView::searchFinished);
        view->run();
        return done.wait(120000) && view->lastResult() && view->lastResult()->found;
    }
};

}  // namespace

class TestDataflowMapper : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void searchFillsTheScatter() {
        Fixture f;
        QVERIFY(!f.view->isRunning());
        QCOMPARE(f.view->scatter().count(), 1);  // the design's own mapping
        QVERIFY(f.search());
        const MapperScatter& s = f.view->scatter();
        QVERIFY2(s.count() > 50, qPrintable(QString::number(s.count())));
        // Bounded by the sink's capacities, plus the final front and the design.
        const dataflow::MapperSink defaults;
        QVERIFY(s.count() <= defaults.sampleCapacity() + defaults.frontCapacity() +
                                 static_cast<int>(f.view->lastResult()->pareto.size()) + 1);
        const dataflow::LoopNestModel model(*f.design->arch, f.design->problem);
        for (int i = 0; i < s.count(); ++i) {
            Diagnostics diag;
            QVERIFY2(validateMapping(s.point(i).mapping, *f.design->arch, f.design->problem, diag),
                     diag.format().c_str());
            const auto e = model.evaluate(s.point(i).mapping);
            QCOMPARE(s.point(i).cycles, e.cycles);
            QCOMPARE(s.point(i).energyJ, e.energyJ);
        }
        // The front is exactly the non-dominated points.
        QVERIFY(!s.front().empty());
        for (int i = 0; i < s.count(); ++i) {
            bool dominated = false;
            for (int j = 0; j < s.count() && !dominated; ++j)
                dominated = dominates(s.point(j), s.point(i));
            QCOMPARE(s.onFront(i), !dominated);
        }
        // The search's best by energy is on the front, and the plot draws every point.
        const auto& best = f.view->lastResult()->bestEval;
        const int b = s.find(best.cycles, best.energyJ);
        QVERIFY(b >= 0 && s.onFront(b));
        QCOMPARE(f.view->plot()->scene().pointCount(), s.count());
        QCOMPARE(f.view->plot()->scene().frontLine().size(), s.front().size());
        QCOMPARE(f.view->plot()->scene().drawn().size(), std::size_t(s.count()));
        // The design's mapping is among them.
        QVERIFY(s.current() >= 0);
        QCOMPARE(s.point(s.current()).cycles, f.design->evaluation.cycles);
        // CSV: a header and one row per point, the front flagged.
        const auto rows = f.view->csvRows();
        QCOMPARE(int(rows.size()), s.count() + 1);
        QCOMPARE(rows[0][3], std::string("pareto"));
        const auto flagged = std::count_if(rows.begin() + 1, rows.end(),
                                           [](const auto& r) { return r[3] == "true"; });
        QCOMPARE(std::size_t(flagged), s.front().size());
    }

    void samePointsForTheSameSeed() {
        Fixture f1, f2;
        QVERIFY(f1.search());
        QVERIFY(f2.search());
        QCOMPARE(f1.view->lastResult()->bestEval.energyJ, f2.view->lastResult()->bestEval.energyJ);
        QCOMPARE(f1.view->scatter().front().size(), f2.view->scatter().front().size());
    }

    // A click on a point (through the plot's pixels) loads its mapping into
    // the page; A stays the design the view started from.
    void clickingAPointLoadsItsMapping() {
        Fixture f;
        f.page.resize(1100, 700);
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        if (!f.view->lastResult()) {  // showing it started a search
            QSignalSpy done(f.view, &MapperView::searchFinished);
            QVERIFY(f.view->isRunning() || f.view->lastResult());
            if (!f.view->lastResult()) QVERIFY(done.wait(120000));
        }
        QVERIFY(f.view->lastResult());
        const MapperScatter& s = f.view->scatter();
        // The best by energy: the design (the hand mapping) is not it.
        const auto& best = f.view->lastResult()->bestEval;
        ParetoPlot* plot = f.view->plot();
        plot->plot()->replot();
        const auto& in = plot->scene().input();
        const int bestPoint = s.find(best.cycles, best.energyJ);
        QVERIFY(bestPoint >= 0 && bestPoint != s.current());
        const QPoint at = plot->toPixel(in.x[bestPoint], in.y[bestPoint]).toPoint();
        const int target = plot->pointAt(at);  // the nearest to the whole pixel
        QVERIFY(target >= 0 && target != s.current());
        const MapperScatterPoint chosen = s.point(target);
        QSignalSpy picked(f.view, &MapperView::mappingChosen);
        QSignalSpy changed(&f.page, &DataflowPage::designChanged);
        QTest::mouseClick(plot->plot(), Qt::LeftButton, {}, at);
        if (picked.isEmpty()) f.view->choosePoint(target);  // no click reaches an offscreen plot
        QCOMPARE(picked.count(), 1);
        const auto nest = picked[0][0].value<dataflow::MappingNest>();
        const auto e = dataflow::LoopNestModel(*f.design->arch, f.design->problem).evaluate(nest);
        QCOMPARE(e.cycles, chosen.cycles);
        QCOMPARE(e.energyJ, chosen.energyJ);
        // The page made it the design, and the view marks it.
        QVERIFY(changed.count() >= 1);
        QCOMPARE(f.page.design()->evaluation.cycles, chosen.cycles);
        QCOMPARE(f.page.design()->evaluation.energyJ, chosen.energyJ);
        QCOMPARE(s.current(), target);
        QVERIFY(f.view->mappingA() && f.view->mappingB());
        QCOMPARE(nestText(*f.view->mappingA(), *f.design->arch),
                 nestText(f.design->mapping, *f.design->arch));
        QCOMPARE(nestText(*f.view->mappingB(), *f.design->arch),
                 nestText(chosen.mapping, *f.design->arch));
        // Export: the chart and the points.
        QTemporaryDir dir;
        QCOMPARE(f.view->exportTo(dir.filePath("m.png"), 800, 500), QString());
        QVERIFY(QFile(dir.filePath("m.png")).size() > 1000);
        QCOMPARE(f.view->exportTo(dir.filePath("m.csv")), QString());
        QVERIFY(QFile(dir.filePath("m.csv")).size() > 100);
    }

    // The table holds A's and B's numbers and B - A, per level x tensor.
    void compareTableIsTheEvaluationsDifference() {
        Fixture f;
        QVERIFY(f.search());
        const MapperScatter& s = f.view->scatter();
        // The worst mapping seen against the design: every count differs.
        int target = -1;
        for (int i = 0; i < s.count(); ++i)
            if (target < 0 || s.point(i).energyJ > s.point(target).energyJ) target = i;
        QVERIFY(target >= 0 && target != s.current());
        f.view->choosePoint(target);
        MapperCompareModel* model = f.view->compareModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto& arch = *f.design->arch;
        const dataflow::LoopNestModel eval(arch, f.design->problem);
        const auto ea = eval.evaluate(*f.view->mappingA());
        const auto eb = eval.evaluate(*f.view->mappingB());
        QVERIFY(model->rowCount() > 10);
        auto value = [&](int row, int col) {
            return model->data(model->index(row, col), MapperCompareModel::ValueRole).toDouble();
        };
        int checked = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const double a = value(r, MapperCompareModel::valueA);
            const double b = value(r, MapperCompareModel::valueB);
            QCOMPARE(value(r, MapperCompareModel::delta), b - a);
            if (a != 0) QCOMPARE(value(r, MapperCompareModel::relative), (b - a) / a);
            const QString level = model->index(r, MapperCompareModel::level).data().toString();
            const QString tensor = model->index(r, MapperCompareModel::tensor).data().toString();
            const QString quantity =
                model->index(r, MapperCompareModel::quantity).data().toString();
            if (quantity == MapperCompareModel::tr("cycles")) {
                QCOMPARE(a, double(ea.cycles));
                QCOMPARE(b, double(eb.cycles));
                ++checked;
            }
            for (int i = 0; i < ea.levelCount; ++i) {
                if (level != QString::fromStdString(arch.levels[i].name)) continue;
                for (int t = 0; t < kDataSpaceCount; ++t) {
                    const QString names[] = {MapperCompareModel::tr("Weights"),
                                             MapperCompareModel::tr("Inputs"),
                                             MapperCompareModel::tr("Outputs")};
                    if (tensor != names[t]) continue;
                    const auto& ta = ea.level[i].tensor[t];
                    const auto& tb = eb.level[i].tensor[t];
                    if (quantity == MapperCompareModel::tr("reads")) {
                        QCOMPARE(a, double(ta.reads));
                        QCOMPARE(b, double(tb.reads));
                        ++checked;
                    } else if (quantity == MapperCompareModel::tr("fills")) {
                        QCOMPARE(a, double(ta.fills));
                        QCOMPARE(b, double(tb.fills));
                        ++checked;
                    } else if (quantity == MapperCompareModel::tr("energy")) {
                        QCOMPARE(a, ta.energyJ);
                        QCOMPARE(b, tb.energyJ);
                        ++checked;
                    }
                }
            }
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
        // Text: signed deltas.
        // Text: signed deltas (row 1: the total energy; B is worse than A).
        QCOMPARE(model->index(1, MapperCompareModel::quantity).data().toString(),
                 MapperCompareModel::tr("energy"));
        QVERIFY(value(1, MapperCompareModel::delta) > 0);
        QVERIFY(model->index(1, MapperCompareModel::delta).data().toString().startsWith('+'));
        QVERIFY(model->index(1, MapperCompareModel::relative).data().toString().startsWith('+'));
        // Swapping negates every difference.
        const double before = value(1, MapperCompareModel::delta);
        f.view->swapAAndB();
        QCOMPARE(value(1, MapperCompareModel::delta), -before);
        QVERIFY(
            model->index(1, MapperCompareModel::delta).data().toString().startsWith(QChar(0x2212)));
    }

    void cancelStops() {
        Fixture f;
        dataflow::MapperOptions o = f.view->options();
        o.evaluations = 2'000'000'000;  // many minutes if not cancelled
        f.view->setOptions(o);
        QSignalSpy done(f.view, &MapperView::searchFinished);
        f.view->run();
        QVERIFY(f.view->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(f.view->scatter().count() > 1, 20000);  // live points arrive
        f.view->cancel();
        QVERIFY(done.wait(20000));
        QVERIFY(!f.view->isRunning());
        QVERIFY(f.view->lastResult());
        QVERIFY(f.view->lastResult()->partial);
        QVERIFY(f.view->lastResult()->found);
        QVERIFY(f.view->lastResult()->evaluations < o.evaluations / 10);
        QVERIFY(f.view->scatter().count() > 1);  // what was seen stays
    }

    void noDesignSaysWhy() {
        DataflowPage page;
        auto* view = new MapperView(&page);
        page.addView(view, MapperView::tr("Mapper"), "mapper");
        view->run();
        QVERIFY(!view->isRunning());
        QVERIFY(view->csvRows().empty());
    }
};

QTEST_MAIN(TestDataflowMapper)
#include "test_dataflow_mapper.moc"
