// The training page's parts on known inputs: the breakdown and memory chart
// geometry (no widgets), the collectives and search table models (with
// QAbstractItemModelTester), plans turned into scenario edits, and the page
// on a fake engine (stale runs dropped, a search cancelled, a search row
// chosen, a search made stale by new inputs).
#include <QAbstractItemModelTester>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <cmath>

#include "core/sim/training/rank_trace.h"
#include "core/spec/spec_io.h"
#include "tests/views/qt_header_width.h"
#include "tests/views/translation_helpers.h"
#include "views/common/format.h"
#include "views/training/collective_table_model.h"
#include "views/training/search_table_model.h"
#include "views/training/training_charts.h"
#include "views/training/training_page.h"
#include "views/training/training_plan_apply.h"
#include "views/training/training_search_tab.h"

using namespace rl::views;

using rl::training::TrainingPlan;

namespace {

rl::training::SearchCandidate candidate(int tp, int pp, int dp, double seconds) {
    rl::training::SearchCandidate c;
    c.plan.tp = tp, c.plan.pp = pp, c.plan.dp = dp;
    c.plan.recompute = rl::training::Recompute::selective;
    c.iterationTime = seconds;
    c.mfu = 0.5 / seconds;
    c.tokensPerS = 1e5 / seconds;
    c.peakMemory = 40.0 * kGiB;
    return c;
}

std::shared_ptr<const rl::training::SearchResult> searchResult() {
    auto r = std::make_shared<rl::training::SearchResult>();
    r->fits = {candidate(8, 8, 1, 10.0), candidate(4, 8, 2, 11.0), candidate(8, 4, 2, 12.5)};
    r->enumerated = 10;
    r->tooBig = 7;
    return r;
}

// A run the page can show: the plan's tensor parallelism marks which inputs it came from.
TrainingSimulation fakeRun(const TrainingInputs& in) {
    auto report = std::make_shared<rl::training::TrainingReport>();
    report->plan.tp = in.scenario.parallelism.tensor;
    report->iterationTime = 2.0;
    report->breakdown.forward = 0.5;
    report->breakdown.backward = 1.0;
    report->breakdown.bubble = 0.5;
    report->memory.capacity = 80.0 * kGiB;
    report->memory.stages.resize(1);
    report->memory.stages[0].weights = 10.0 * kGiB;
    TrainingSimulation run;
    run.report = report;
    run.prediction = std::make_shared<const rl::Prediction>();
    return run;
}

TrainingInputs inputs(int tp, const std::string& hardwareName = "A") {
    TrainingInputs in;
    in.hardware.name = hardwareName;
    in.scenario.kind = "training";
    in.scenario.parallelism.tensor = tp;
    return in;
}

}  // namespace

class TestTrainingViews : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // The segments tile the step in report order; zero parts are left out.
    void breakdownSegmentsTileTheStep() {
        rl::training::StepBreakdown b;
        b.forward = 3, b.backward = 6, b.optimizer = 0.5, b.tpExposed = 1;
        b.ppExposed = 0.25, b.dpExposed = 0.25, b.bubble = 1;
        const auto s = breakdownSegments(b);
        QCOMPARE(s.size(), std::size_t(7));
        QCOMPARE(s.front().part, BreakdownPart::forward);
        QCOMPARE(s[2].part, BreakdownPart::optimizer);  // no recompute segment
        QCOMPARE(s.back().part, BreakdownPart::bubble);
        double at = 0, shares = 0;
        for (const BreakdownSegment& seg : s) {
            QCOMPARE(seg.start, at);
            at += seg.seconds;
            shares += seg.share;
        }
        QCOMPARE(at, b.total());
        QVERIFY(std::abs(shares - 1) < 1e-12);
        QCOMPARE(s[1].share, 6.0 / 12.0);
        // The timeline's colours: the same category for the same kind of time.
        using C = rl::training::RankCategory;
        QCOMPARE(breakdownCategory(BreakdownPart::recompute), int(C::recompute));
        QCOMPARE(breakdownCategory(BreakdownPart::tpExposed), int(C::tpComm));
        QCOMPARE(breakdownCategory(BreakdownPart::dpExposed), int(C::dpReduce));
        QCOMPARE(breakdownCategory(BreakdownPart::bubble), -1);
        QVERIFY(breakdownSegments(rl::training::StepBreakdown{}).empty());
    }

    // Stacks per stage add up to the stage's total; the axis holds the capacity.
    void memoryChartStacks() {
        rl::training::MemoryReport m;
        m.capacity = 80.0 * kGiB;
        m.stages.resize(2);
        m.stages[0].weights = 20 * kGiB, m.stages[0].gradients = 40 * kGiB;
        m.stages[0].optimizer = 30 * kGiB, m.stages[0].activations = 5 * kGiB;
        m.stages[1].weights = 20 * kGiB, m.stages[1].outputActivations = 2 * kGiB;
        m.stages[1].commBuffers = 1 * kGiB;
        m.worstStage = 0;
        m.fits = false;
        const MemoryChart c = memoryChart(m);
        QCOMPARE(c.gib.size(), std::size_t(MemoryPart::count));
        for (std::size_t s = 0; s < 2; ++s) {
            double sum = 0;
            for (const auto& part : c.gib) sum += part[s];
            QVERIFY(std::abs(sum - c.totalGib[s]) < 1e-9);
        }
        QCOMPARE(c.totalGib[0], 95.0);
        QCOMPARE(c.gib[int(MemoryPart::logits)][1], 2.0);
        QCOMPARE(c.capacityGib, 80.0);
        QVERIFY(!c.fits);
        QCOMPARE(c.yMax, 1.1 * 95.0);
        m.stages[0] = {};
        QCOMPARE(memoryChart(m).yMax, 1.1 * 80.0);  // the capacity sets the axis then
    }

    void collectiveTableModel() {
        CollectiveTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rl::training::CollectiveRow tp;
        tp.use.purpose = {.group = rl::training::CommGroup::tensor,
                          .kind = rl::CollectiveKind::all_gather,
                          .pattern = rl::training::CommPattern::withReduceScatter};
        tp.use.ranks = 8;
        tp.use.tier = 0;
        tp.use.bytes = 50e6;
        tp.use.timeEach = 250e-6;
        tp.use.calls = 6144;
        tp.use.exposed = 1.5;
        tp.algorithm = rl::CollectiveAlgorithm::ring;
        tp.algorithmKnown = true;
        tp.busbw = 175e9;
        rl::training::CollectiveRow dp = tp;
        dp.use.purpose = {.group = rl::training::CommGroup::data,
                          .kind = rl::CollectiveKind::reduce_scatter,
                          .payload = rl::training::CommPayload::gradients};
        dp.use.tier = 1;
        dp.algorithmKnown = false;
        model.setRows({tp, dp}, {"NVLink", "InfiniBand"});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CollectiveTableModel::ColumnCount));
        auto text = [&](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QCOMPARE(text(0, CollectiveTableModel::Group), QString("TP"));
        QCOMPARE(text(0, CollectiveTableModel::Collective), QString("all-gather"));
        QCOMPARE(text(0, CollectiveTableModel::Tier), QString("NVLink"));
        QCOMPARE(text(0, CollectiveTableModel::Algorithm), QString("ring"));
        QCOMPARE(text(0, CollectiveTableModel::Size), fmtBytes(50e6));
        QCOMPARE(text(0, CollectiveTableModel::BusBandwidth), fmtBandwidth(175e9));
        QCOMPARE(text(0, CollectiveTableModel::Exposed), fmtTime(1.5));
        QCOMPARE(text(1, CollectiveTableModel::Group), QString("DP"));
        QCOMPARE(text(1, CollectiveTableModel::Tier), QString("InfiniBand"));
        QCOMPARE(text(1, CollectiveTableModel::Algorithm), QString("–"));  // not placed
        QCOMPARE(model.data(model.index(0, 0), Qt::ToolTipRole).toString(),
                 QString("TP all-gather + reduce-scatter"));
        // The tier, elided in a narrow page, has its whole name in the tooltip.
        QCOMPARE(model.data(model.index(1, CollectiveTableModel::Tier), Qt::ToolTipRole).toString(),
                 QString("InfiniBand\nDP reduce-scatter (gradients)"));
        model.setRows({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    // The purpose the tooltip shows is the engine's English word for word, and
    // in German or Chinese none of its English words are left (issue 16).
    void collectivePurposeInGermanAndChinese() {
        using rl::training::CollectivePurpose;
        using rl::training::CommGroup;
        using rl::training::CommPattern;
        using rl::training::CommPayload;
        using K = rl::CollectiveKind;
        // Every purpose the simulator writes (core/sim/training/iteration.cpp).
        const std::vector<CollectivePurpose> purposes = {
            {.group = CommGroup::tensor, .kind = K::all_reduce},
            {.group = CommGroup::tensor,
             .kind = K::all_gather,
             .pattern = CommPattern::withReduceScatter},
            {.group = CommGroup::expert, .kind = K::all_to_all},
            {.group = CommGroup::context,
             .kind = K::send_recv,
             .pattern = CommPattern::ring,
             .payload = CommPayload::keysValues},
            {.group = CommGroup::context,
             .kind = K::send_recv,
             .pattern = CommPattern::ring,
             .payload = CommPayload::keysValuesAndGradients},
            {.group = CommGroup::pipeline, .kind = K::send_recv},
            {.group = CommGroup::data,
             .kind = K::reduce_scatter,
             .payload = CommPayload::gradients},
            {.group = CommGroup::data, .kind = K::all_reduce, .payload = CommPayload::gradients},
            {.group = CommGroup::data, .kind = K::all_gather, .payload = CommPayload::parameters},
        };
        auto tooltip = [](const CollectivePurpose& p) {
            CollectiveTableModel model;
            rl::training::CollectiveRow row;
            row.use.purpose = p;
            model.setRows({row}, {"NVLink"});
            return model.data(model.index(0, CollectiveTableModel::Group), Qt::ToolTipRole)
                .toString();
        };
        for (const CollectivePurpose& p : purposes)
            QCOMPARE(tooltip(p), QString::fromStdString(toString(p)));
        // The English words of a purpose, less the group's and K, V's capitals.
        auto englishWords = [](const CollectivePurpose& p) {
            QStringList words;
            for (const QString& w :
                 QString::fromStdString(toString(p))
                     .split(QRegularExpression("[^A-Za-z-]+"), Qt::SkipEmptyParts))
                if (w != w.toUpper()) words << w;
            return words;
        };
        {
            rl::test::InstalledTranslation de("de");
            QVERIFY(de.ok);
            QCOMPARE(tooltip(purposes[8]), QString("DP All-Gather (Parameter)"));
            QCOMPARE(tooltip(purposes[3]), QString("CP Ring-Send/Recv (K, V)"));
            for (const CollectivePurpose& p : purposes)
                for (const QString& w : englishWords(p))
                    QVERIFY2(!rl::test::containsWord(tooltip(p), w),
                             qPrintable(tooltip(p) + " holds \"" + w + "\""));
        }
        rl::test::InstalledTranslation zh("zh_CN");
        QVERIFY(zh.ok);
        QCOMPARE(tooltip(purposes[6]), QString("DP 归约分散（梯度）"));
        for (const CollectivePurpose& p : purposes) {
            // Only the groups' and K, V's capitals stay Latin.
            QVERIFY2(!tooltip(p).contains(QRegularExpression("[a-z]")), qPrintable(tooltip(p)));
            QVERIFY(!englishWords(p).isEmpty());
        }
    }

    void searchTableModel() {
        SearchTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(searchResult());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1, SearchTableModel::Tp)).toString(), QString("4"));
        QCOMPARE(model.data(model.index(1, SearchTableModel::Rank)).toString(), QString("2"));
        QCOMPARE(model.data(model.index(2, SearchTableModel::Iteration)).toString(), fmtTime(12.5));
        QCOMPARE(model.data(model.index(0, SearchTableModel::Recompute)).toString(),
                 QString("selective"));
        QCOMPARE(model.data(model.index(0, SearchTableModel::Memory)).toString(),
                 QString("40.0 GiB"));
        QVERIFY(!model.candidate(3));
        QCOMPARE(model.candidate(2)->plan.pp, 4);
        // The scenario's plan is the bold row.
        QCOMPARE(model.currentRow(), -1);
        model.setCurrentPlan(searchResult()->fits[1].plan);
        QCOMPARE(model.currentRow(), 1);
        QVERIFY(model.data(model.index(1, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(model.index(0, 0), Qt::FontRole).isValid());
        TrainingPlan other = searchResult()->fits[1].plan;
        other.microBatch = 2;  // another knob: no row
        model.setCurrentPlan(other);
        QCOMPARE(model.currentRow(), -1);
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Only the knobs that change are written; defaults count as written.
    void planToScenarioEdit() {
        const std::string samples = RIDGELINE_SAMPLES;
        auto model = rl::loadModel(samples + "/models/gpt3-175b-megatron.json");
        rl::Diagnostics d("scenario");
        auto doc = rl::readJsonFile(samples + "/scenarios/training-megatron-175b.json", d);
        QVERIFY(model.ok() && doc);
        auto scenario = rl::loadScenario(samples + "/scenarios/training-megatron-175b.json");
        QVERIFY(scenario.ok());
        TrainingPlan plan = rl::training::makePlan(*model.value, *scenario.value);
        // The plan the document gives: no edit at all.
        WhatIfEdit same = applyTrainingPlan(plan, *doc);
        QCOMPARE(same.target, WhatIfEdit::Target::scenario);
        QCOMPARE(same.document, *doc);
        plan.pp = 4;
        plan.chunks = 1;
        plan.schedule = rl::training::Schedule::oneFOneB;
        plan.overlapTensorComm = true;  // absent in the file: false by default
        const WhatIfEdit e = applyTrainingPlan(plan, *doc);
        QCOMPARE(e.document["parallelism"]["pipeline"].get<int>(), 4);
        QCOMPARE(e.document["training"]["interleave"].get<int>(), 1);
        QCOMPARE(e.document["training"]["overlap_tensor_comm"].get<bool>(), true);
        QVERIFY(!e.document["training"].contains("overlap_grad_reduce"));  // default kept
        QVERIFY(!e.document["training"].contains("schedule"));             // still 1F1B
        rl::Json changed = e.document;
        changed["parallelism"]["pipeline"] = 8;
        changed["training"]["interleave"] = 3;
        changed["training"].erase("overlap_tensor_comm");
        QCOMPARE(changed, *doc);
        // The edited document reads back as the plan.
        auto back = rl::parseScenario(e.document, "edited");
        QVERIFY(back.ok());
        const TrainingPlan again = rl::training::makePlan(*model.value, *back.value);
        QCOMPARE(again.pp, 4);
        QVERIFY(again.overlapTensorComm);
        // Not a training scenario: nothing to edit.
        const WhatIfEdit none = applyTrainingPlan(plan, rl::Json{{"kind", "inference"}});
        QCOMPARE(none.target, WhatIfEdit::Target::none);
        QVERIFY(!none.error.isEmpty());
    }

    // A newer simulation makes the older one stale: only the newest is shown.
    void staleRunsAreDropped() {
        TrainingPage page;
        std::atomic<int> calls{0};
        page.setEngine({[&calls](const TrainingInputs& in, const rl::Progress&) {
                            ++calls;
                            QThread::msleep(150);
                            return fakeRun(in);
                        },
                        {}});
        QSignalSpy ready(&page, &TrainingPage::resultReady);
        page.simulate(inputs(2), true);
        page.simulate(inputs(4), true);
        QVERIFY(ready.wait(10000));
        QTest::qWait(300);  // the first job has finished too by now
        QCOMPARE(ready.count(), 1);
        QVERIFY(page.report());
        QCOMPARE(page.report()->plan.tp, 4);
        QVERIFY(page.keyFiguresLabel()->text().contains(fmtTime(2.0)));
        QVERIFY(!page.isRunning());
    }

    // A search runs in the background, cancels, fills the table, loads a row
    // into the scenario, and is dropped when the specs it answered change.
    void searchCancelPickAndStale() {
        TrainingPage page;
        std::atomic<bool> endless{true};
        page.setEngine({[](const TrainingInputs& in, const rl::Progress&) { return fakeRun(in); },
                        [&endless](const TrainingInputs&, const rl::Progress& p) {
                            while (endless) {
                                p.check();
                                QThread::msleep(5);
                            }
                            return *searchResult();
                        }});
        QSignalSpy ready(&page, &TrainingPage::resultReady);
        page.simulate(inputs(8), true);
        QVERIFY(ready.wait(10000));
        page.searchTab()->search();
        QTRY_VERIFY_WITH_TIMEOUT(page.searchTab()->isSearching(), 5000);
        QVERIFY(!page.searchTab()->button()->isEnabled());
        page.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!page.searchTab()->isSearching(), 5000);
        QTRY_VERIFY(page.searchTab()->statusLabel()->text().contains("cancelled"));
        QCOMPARE(page.searchTab()->model()->rowCount(), 0);

        endless = false;
        page.searchTab()->search();
        QTRY_COMPARE_WITH_TIMEOUT(page.searchTab()->model()->rowCount(), 3, 5000);
        QVERIFY(page.searchTab()->statusLabel()->text().contains("3 of 10"));
        QCOMPARE(page.searchTab()->model()->currentRow(), -1);  // the fake plan is none of them
        QSignalSpy chosen(&page, &TrainingPage::planChosen);
        QTableView* view = page.searchTab()->view();
        page.selectSection("search");
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Short titles ("CP", "DP", "EP") keep a character's room either side beyond
        // what Qt's own header gives them (they ran together in Chinese).
        QtHeader plain(Qt::Horizontal);
        plain.setModel(page.searchTab()->model());
        const int room = 2 * view->horizontalHeader()->fontMetrics().averageCharWidth();
        for (int c = 0; c < page.searchTab()->model()->columnCount(); ++c)
            QTRY_VERIFY2(view->horizontalHeader()->sectionSize(c) >= plain.titleWidth(c) + room,
                         qPrintable(QString("column %1: %2 px, Qt's hint %3 px")
                                        .arg(c)
                                        .arg(view->horizontalHeader()->sectionSize(c))
                                        .arg(plain.titleWidth(c))));
        const QRect row1 = view->visualRect(page.searchTab()->model()->index(1, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row1.center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen[0][0].value<TrainingPlan>().tp, 4);

        // Another parallel plan on the same specs keeps the table ...
        page.simulate(inputs(4), true);
        QVERIFY(ready.wait(10000));
        QCOMPARE(page.searchTab()->model()->rowCount(), 3);
        // ... other hardware drops it.
        page.simulate(inputs(4, "B"), true);
        QCOMPARE(page.searchTab()->model()->rowCount(), 0);
        QVERIFY(page.searchTab()->statusLabel()->text().contains("search again"));
    }
};

QTEST_MAIN(TestTrainingViews)
#include "test_training_views.moc"
