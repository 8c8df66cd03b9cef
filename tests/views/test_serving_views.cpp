// The serving page driven by a known ServingReport: what its charts model
// computes (CDFs, SLO and TBT markers, series, summary, request spans), the
// request table, what-ifs turned into scenario edits, and the page's widgets.
#include <algorithm>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

#include "fake_serving_report.h"
#include "views/common/qcp.h"
#include "views/common/result_store.h"
#include "views/serving/request_table_model.h"
#include "views/serving/serving_charts_model.h"
#include "views/serving/serving_page.h"
#include "views/serving/serving_what_if_apply.h"
#include "views/timeline/timeline_view.h"

using namespace rl::views;

class TestServingViews : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void cdfOfServedRequests() {
        const auto rep = rl::test::fakeServingReport(8);
        const auto ttft = latencySamples(*rep, LatencyMetric::ttft);
        QCOMPARE(int(ttft.size()), 7);  // request 3 was rejected
        const CdfCurve c = makeCdf(LatencyMetric::ttft, ttft);
        QCOMPARE(c.samples, 7);
        QCOMPARE(int(c.x.size()), 7);
        // TTFT of request i is 0.1 + 0.01 i + 0.01 (i mod 3): 0.1 for i = 0, 0.18 for i = 7.
        QVERIFY(qFuzzyCompare(c.x.front(), 0.1));
        QVERIFY(qFuzzyCompare(c.x.back(), 0.18));
        QVERIFY(qFuzzyCompare(c.y.front(), 1.0 / 7));
        QCOMPARE(c.y.back(), 1.0);
        for (std::size_t i = 1; i < c.x.size(); ++i) {
            QVERIFY(c.x[i] >= c.x[i - 1]);
            QVERIFY(c.y[i] > c.y[i - 1]);
        }
        // TPOT: odd requests decode 1.5x slower.
        const auto tpot = makeCdf(LatencyMetric::tpot, latencySamples(*rep, LatencyMetric::tpot));
        QVERIFY(qFuzzyCompare(tpot.x.front(), 0.02));
        QVERIFY(qFuzzyCompare(tpot.x.back(), 0.03));
        QVERIFY(qFuzzyCompare(tpot.y[3], 4.0 / 7));  // requests 0, 2, 4, 6 at 20 ms
    }

    void cdfDownsamplesKeepingEnds() {
        std::vector<double> v;
        for (int i = 10000; i >= 1; --i) v.push_back(i * 1e-3);
        const CdfCurve c = makeCdf(LatencyMetric::e2e, v, 100);
        QCOMPARE(int(c.x.size()), 100);
        QCOMPARE(c.samples, 10000);
        QCOMPARE(c.x.front(), 1e-3);
        QCOMPARE(c.x.back(), 10.0);
        QCOMPARE(c.y.back(), 1.0);
        // Point k sits at rank k * 9999 / 99: its y is that rank's fraction.
        QVERIFY(qFuzzyCompare(c.y[50], double(50 * 9999 / 99 + 1) / 10000));
    }

    void markersFollowSloAndTbt() {
        rl::ServingSlo slo;
        slo.ttftP99 = 2.0;
        slo.tpotP99 = 0.2;
        const auto m = sloMarkers(slo);
        QCOMPARE(int(m.size()), 2);  // e2e not set: no line
        QCOMPARE(m[0].metric, LatencyMetric::ttft);
        QCOMPARE(m[0].value, 2.0);
        QVERIFY(m[0].label.contains("2 s"));
        QCOMPARE(m[1].metric, LatencyMetric::tpot);
        QVERIFY(m[1].label.contains("200 ms"));
        const auto rep = rl::test::fakeServingReport();
        const auto t = tbtMarkers(*rep);
        QCOMPARE(int(t.size()), 3);
        QCOMPARE(t[0].value, 0.02);
        QCOMPARE(t[2].value, 0.04);
        rl::ServingReport empty;
        QVERIFY(tbtMarkers(empty).empty());
    }

    void seriesPerReplica() {
        const auto rep = rl::test::fakeServingReport();
        const auto kv = seriesLines(*rep, SeriesQuantity::kvUse);
        QCOMPARE(int(kv.size()), 2);
        QCOMPARE(kv[1].replica, 1);
        QVERIFY(qFuzzyCompare(kv[1].value[0], 35.0));  // fraction 0.35 shown in percent
        const auto q = seriesLines(*rep, SeriesQuantity::queueLength);
        QCOMPARE(q[1].value[0], 1.0);
        QCOMPARE(q[0].time.size(), rep->series[0].time.size());
        QVERIFY(seriesAxisLabel(SeriesQuantity::kvUse).contains("%"));
    }

    void summaryRowsAndStrip() {
        const auto rep = rl::test::fakeServingReport();
        rl::ServingSlo slo;
        slo.ttftP99 = 0.2;
        const auto rows = summaryRows(*rep, slo);
        auto find = [&](const QString& label) {
            for (const auto& r : rows)
                if (r.label == label) return r.value;
            return QString("<missing>");
        };
        QCOMPARE(find("Requests served"), QString("7"));
        QCOMPARE(find("Requests rejected"), QString("1"));
        QCOMPARE(find("Throughput"), QString("1.75 requests/s"));
        QCOMPARE(find("Output tokens"), QString("25 k tokens/s"));
        QCOMPARE(find("Goodput (within SLO)"), QString("1.50 requests/s"));
        QCOMPARE(find("SLO attainment"), QString("85.7 %"));
        QCOMPARE(find("Cost per million tokens"), QString("$0.42"));
        QCOMPARE(find("Energy per million tokens"), QString("2.5 MJ"));
        QCOMPARE(find("Capacity within SLO"), QString("2 requests/s"));
        QVERIFY(find("TTFT p50 / p99").contains("140 ms"));
        const QString strip = summaryStrip(*rep, slo).simplified();  // no-break spaces
        QVERIFY(!summaryStrip(*rep, slo).contains("p99 TTFT"));
        QVERIFY(strip.contains("goodput 1.50 req/s"));
        QVERIFY(strip.contains("7 served"));
        QVERIFY(strip.contains("1 rejected"));
        QVERIFY(strip.contains("p99 TTFT 200 ms"));
        // Without an SLO, no goodput or attainment pretending every request met one.
        const rl::ServingSlo none;
        QVERIFY(!summaryStrip(*rep, none).contains("goodput"));
        for (const auto& r : summaryRows(*rep, none))
            if (r.label == "SLO attainment" || r.label.startsWith("Goodput"))
                QCOMPARE(r.value, QString("no SLO set"));
        // Hardware without a price or power figures: say so, never "$0".
        auto unpriced = *rep;
        unpriced.usdPerMillionTokens = 0;
        unpriced.joulesPerMillionTokens = 0;
        for (const auto& r : summaryRows(unpriced, none)) {
            if (r.label == "Cost per million tokens")
                QCOMPARE(r.value, QString("no price in the spec"));
            if (r.label == "Energy per million tokens")
                QCOMPARE(r.value, QString("no power data in the spec"));
        }
        unpriced.outputTokensPerS = 0;
        for (const auto& r : summaryRows(unpriced, none))
            if (r.label == "Cost per million tokens")
                QCOMPARE(r.value, QString("no tokens generated"));
    }

    void requestSpanCoversItsReplica() {
        const auto rep = rl::test::fakeServingReport();
        const RequestSpan s = requestSpan(*rep, 2);
        const auto& r = rep->requests[2];
        QCOMPARE(s.request, 2);
        QCOMPARE(s.replica, 0);
        QCOMPARE(s.start, r.scheduled);
        QCOMPARE(s.end, r.completion);
        QVERIFY(!s.iterations.empty());
        for (int i : s.iterations) {
            const auto& it = rep->iterations[i];
            QCOMPARE(it.replica, 0);
            QVERIFY(it.start < s.end && it.start + it.duration > s.start);
        }
        // Every overlapping iteration of replica 0 is in the span.
        int expected = 0;
        for (const auto& it : rep->iterations)
            if (it.replica == 0 && it.start < s.end && it.start + it.duration > s.start) ++expected;
        QCOMPARE(int(s.iterations.size()), expected);
        const RequestSpan rejected = requestSpan(*rep, 3);  // never ran: no replica, no span
        QCOMPARE(rejected.request, 3);
        QCOMPARE(rejected.replica, -1);
        QVERIFY(rejected.iterations.empty());
        QCOMPARE(requestSpan(*rep, 99).request, -1);
    }

    void capacityPointsSortedByRate() {
        const auto rep = rl::test::fakeServingReport();
        const auto p = capacityPoints(rep->capacityTrials);
        QCOMPARE(int(p.size()), 3);
        QCOMPARE(p[0].rate, 1.0);
        QCOMPARE(p[2].rate, 4.0);
        QVERIFY(!p[2].meetsSlo);
    }

    void requestTableModel() {
        RequestTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(rl::test::fakeServingReport());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(RequestTableModel::ColumnCount));
        QCOMPARE(model.data(model.index(2, RequestTableModel::Ttft)).toString(), QString("140 ms"));
        QCOMPARE(model.data(model.index(3, RequestTableModel::Ttft)).toString(), QString("–"));
        QVERIFY(model.data(model.index(3, RequestTableModel::Status))
                    .toString()
                    .startsWith("rejected"));
        QCOMPARE(model.data(model.index(3, RequestTableModel::Replica)).toString(), QString("–"));

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(RequestTableModel::kSortRole);
        proxy.sort(RequestTableModel::Ttft, Qt::DescendingOrder);
        // Descending: the rejected request (no TTFT, sorts as +inf) first, then the slowest.
        QCOMPARE(proxy.data(proxy.index(0, 0), RequestTableModel::kRequestIndexRole).toInt(), 3);
        QCOMPARE(proxy.data(proxy.index(1, 0), RequestTableModel::kRequestIndexRole).toInt(), 7);
        proxy.sort(RequestTableModel::Ttft, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, 0), RequestTableModel::kRequestIndexRole).toInt(), 0);
        QCOMPARE(proxy.data(proxy.index(7, 0), RequestTableModel::kRequestIndexRole).toInt(), 3);
        model.setReport(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void whatIfsEditTheScenario() {
        rl::Json scenario = {{"format", "ridgeline.scenario"},
                             {"kind", "serving"},
                             {"serving", {{"rate_per_s", 2.0}, {"scheduler", "vllm"}}}};
        rl::ServingWhatIf w;
        w.change = rl::ServingWhatIf::Change::addReplica;
        w.value = 1;
        w.label = "this label is never parsed: +7 replicas";
        auto e = applyServingWhatIf(w, scenario);
        QCOMPARE(int(e.target), int(WhatIfEdit::Target::scenario));
        QCOMPARE(e.document["serving"]["replicas"].get<int>(), 2);
        e = applyServingWhatIf(w, e.document);
        QCOMPARE(e.document["serving"]["replicas"].get<int>(), 3);

        w.change = rl::ServingWhatIf::Change::chunkSize;
        w.value = 512;
        w.scheduler = "sarathi";
        e = applyServingWhatIf(w, scenario);
        QCOMPARE(e.document["serving"]["chunk_size"].get<int>(), 512);
        QCOMPARE(e.document["serving"]["scheduler"].get<std::string>(), std::string("sarathi"));

        w = {};
        w.change = rl::ServingWhatIf::Change::kvCacheFp8;
        e = applyServingWhatIf(w, scenario);
        QCOMPARE(e.document["precision"]["kv_cache"].get<std::string>(), std::string("fp8"));

        w.change = rl::ServingWhatIf::Change::rate;
        w.value = 3.5;
        e = applyServingWhatIf(w, scenario);
        QCOMPARE(e.document["serving"]["rate_per_s"].get<double>(), 3.5);

        w.change = rl::ServingWhatIf::Change::maxBatch;
        w.value = 64;
        e = applyServingWhatIf(w, scenario);
        QCOMPARE(e.document["serving"]["max_batch"].get<int>(), 64);

        w.change = rl::ServingWhatIf::Change::scheduler;
        w.scheduler = "orca";
        e = applyServingWhatIf(w, scenario);
        QCOMPARE(e.document["serving"]["scheduler"].get<std::string>(), std::string("orca"));

        // Unusable values and documents are refused with a reason, never half-applied.
        w.change = rl::ServingWhatIf::Change::maxBatch;
        w.value = 0;
        e = applyServingWhatIf(w, scenario);
        QCOMPARE(int(e.target), int(WhatIfEdit::Target::none));
        QVERIFY(!e.error.isEmpty());
        w.value = 8;
        e = applyServingWhatIf(w, rl::Json{{"kind", "inference"}});
        QCOMPARE(int(e.target), int(WhatIfEdit::Target::none));
        QVERIFY(e.error.contains("serving"));
    }

    void pageShowsTheReport() {
        ResultStore store;
        ServingPage page(&store);
        page.resize(1280, 720);
        rl::ServingSlo slo;
        slo.ttftP99 = 0.2;
        slo.tpotP99 = 0.05;
        page.setSlo(slo);
        store.setResult(rl::test::fakeServingPrediction());
        QVERIFY(page.report());
        QVERIFY(!page.showsPartial());
        QVERIFY(page.summaryStripLabel()->text().simplified().contains("7 served"));
        // Request plot: TTFT and e2e curves, the TTFT SLO line; token plot: TPOT, largest gap,
        // the TPOT SLO line and three TBT percentile lines.
        QCOMPARE(page.requestLatencyPlot()->graphCount(), 3);
        QCOMPARE(page.tokenLatencyPlot()->graphCount(), 6);
        QCOMPARE(page.requestLatencyPlot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(!page.requestLatencyPlot()->xAxis->label().isEmpty());
        QVERIFY(page.requestLatencyPlot()->yAxis->label().contains("%"));
        QCOMPARE(page.seriesPlot()->graphCount(), 6);  // 3 quantities x 2 replicas
        QCOMPARE(page.seriesPlot()->axisRectCount(), 3);
        QCOMPARE(page.capacityTrialCount(), 3);
        QVERIFY(page.summaryTable()->rowCount() > 10);
        QVERIFY(page.explanationText()->toPlainText().contains("prefill"));
        QCOMPARE(page.whatIfTable()->rowCount(), 2);
        QCOMPARE(page.requestModel()->rowCount(), 8);
        saveShot(page, "serving-page-fake.png");
    }

    // The TBT percentile labels (p50, p90, p99 a few pixels apart on the log
    // axis) stand apart from each other, inside the plot, each with the
    // chart's background behind its text so a curve under it does not hide it.
    void percentileLabelsDoNotOverlap() {
        auto report = rl::test::fakeServingReport();
        report->tbt.p50 = 0.020;  // 0.02 decades apart at most: one line they would overlap
        report->tbt.p90 = 0.021;
        report->tbt.p99 = 0.022;
        auto prediction = rl::test::fakeServingPrediction();
        prediction->serving = report;
        ResultStore store;
        ServingPage page(&store);
        page.resize(1280, 720);
        store.setResult(prediction);
        static_cast<QWidget&>(page).show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCustomPlot* plot = page.tokenLatencyPlot();
        plot->replot();
        std::vector<QRectF> boxes;
        QStringList texts;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(plot->item(i))) {
                boxes.push_back(QRectF(t->topLeft->pixelPosition(), t->bottomRight->pixelPosition())
                                    .normalized());
                texts << t->text();
                QVERIFY2(t->brush().style() != Qt::NoBrush, qPrintable(t->text()));
            }
        QCOMPARE(texts, QStringList({"p50", "p90", "p99"}));
        const QRectF area = plot->axisRect()->rect();
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            QVERIFY2(area.contains(boxes[i]), qPrintable(texts[int(i)] + " leaves the plot"));
            for (std::size_t j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]),
                         qPrintable(texts[int(i)] + " overlaps " + texts[int(j)]));
        }
    }

    void clickingARequestSelectsItsSpan() {
        ResultStore store;
        ServingPage page(&store);
        store.setResult(rl::test::fakeServingPrediction());
        QSignalSpy spy(&page, &ServingPage::requestSelected);
        // Sort by end-to-end latency, descending: the rejected request (no latency) comes
        // first, then the slowest served one, request 7 on replica 1.
        page.requestTable()->sortByColumn(RequestTableModel::EndToEnd, Qt::DescendingOrder);
        auto click = [&](int row) {
            const QModelIndex index = page.requestProxy()->index(row, 0);
            page.requestTable()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return page.requestProxy()->data(index, RequestTableModel::kRequestIndexRole).toInt();
        };
        QCOMPARE(click(0), 3);
        QCOMPARE(spy.count(), 1);
        auto span = spy.at(0).at(0).value<RequestSpan>();
        QCOMPARE(span.request, 3);
        QCOMPARE(span.replica, -1);
        QCOMPARE(click(1), 7);
        QCOMPARE(spy.count(), 2);
        span = spy.at(1).at(0).value<RequestSpan>();
        QCOMPARE(span.request, 7);
        QCOMPARE(span.replica, 1);
        QCOMPARE(span.start, page.report()->requests[7].scheduled);
        QCOMPARE(span.end, page.report()->requests[7].completion);
        QVERIFY(!span.iterations.empty());
        QCOMPARE(page.selectedSpan().request, 7);
        // The timeline below the table shows the request's span.
        QVERIFY(page.timeline()->scene().trace());
        QVERIFY(page.timeline()->rangeStart() <= span.start);
        QVERIFY(page.timeline()->rangeEnd() >= span.end);
        QVERIFY(page.timeline()->rangeEnd() - page.timeline()->rangeStart() <
                2 * (span.end - span.start));
        // Programmatic selection reaches the table and the signal too.
        page.selectRequest(0);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(
            page.requestProxy()
                ->data(page.requestTable()->currentIndex(), RequestTableModel::kRequestIndexRole)
                .toInt(),
            0);
    }

    void applyButtonEmitsTheTypedWhatIf() {
        ResultStore store;
        ServingPage page(&store);
        store.setResult(rl::test::fakeServingPrediction());
        QSignalSpy spy(&page, &ServingPage::applyWhatIf);
        // Only what changes is listed.
        QCOMPARE(page.whatIfTable()->item(0, 0)->text(), QString("+1 replica"));
        QCOMPARE(page.whatIfTable()->item(0, 0)->toolTip(), QString("p99 TTFT 200 ms → 150 ms"));
        QCOMPARE(page.whatIfTable()->item(1, 0)->toolTip(), QString("no change"));
        auto* button = qobject_cast<QPushButton*>(page.whatIfTable()->cellWidget(1, 1));
        QVERIFY(button);
        button->click();
        QCOMPARE(spy.count(), 1);
        const auto w = spy.at(0).at(0).value<rl::ServingWhatIf>();
        QCOMPARE(int(w.change), int(rl::ServingWhatIf::Change::chunkSize));
        QCOMPARE(w.value, 512.0);
    }

    // A what-if's label wraps in the narrow side panel: every row is as tall as its wrapped
    // text at the column's final width (the result arrives before the page is laid out, as
    // when a run ends while another tab is shown), and stays so when the panel narrows.
    void whatIfRowsFitTheirWrappedText() {
        ResultStore store;
        ServingPage page(&store);
        page.resize(1280, 720);
        auto prediction = rl::test::fakeServingPrediction();
        auto report = std::make_shared<rl::ServingReport>(*prediction->serving);
        report->whatIfs[0].label =
            "+1 replica: p99 TTFT 280 ms → 214 ms, p99 TBT −5 %, preemptions 0 → 0, output "
            "1139 → 1141 tokens/s, goodput 5.41 → 5.42 requests/s";
        report->whatIfs[1].label = "Sarathi chunk 512";
        prediction->serving = report;
        store.setResult(prediction);
        static_cast<QWidget&>(page).show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableWidget* table = page.whatIfTable();
        auto checkRows = [&](const char* when) {
            QCoreApplication::processEvents();  // the view's delayed layout work
            const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
            const int width = table->columnWidth(0) - 2 * margin;
            QVERIFY2(width > 50, when);
            for (int r = 0; r < table->rowCount(); ++r) {
                const QString text = table->item(r, 0)->text();
                const int needed =
                    table->fontMetrics()
                        .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text)
                        .height();
                const QString what = QString(
                                         "%1: row %2 is %3 px high, its text needs %4 px at "
                                         "%5 px wide")
                                         .arg(when)
                                         .arg(r)
                                         .arg(table->rowHeight(r))
                                         .arg(needed)
                                         .arg(width);
                QVERIFY2(table->rowHeight(r) >= needed, qPrintable(what));
                // Exactly what the view's own delegate asks for at this width: neither cut
                // nor padded with empty lines.
                QVERIFY2(table->rowHeight(r) ==
                             static_cast<QAbstractItemView*>(table)->sizeHintForRow(r),
                         qPrintable(what));
                const int button = table->cellWidget(r, 1)->sizeHint().height();
                QVERIFY2(table->rowHeight(r) <=
                             std::max(needed, button) + table->fontMetrics().lineSpacing(),
                         qPrintable(what));
            }
            // The long label wraps to at least three lines in a panel this narrow.
            QVERIFY(table->rowHeight(0) >= 3 * table->fontMetrics().lineSpacing());
        };
        checkRows("shown");
        // The user drags the splitter: the side panel narrows, the long row grows.
        const int before = table->rowHeight(0);
        QSplitter* split = nullptr;
        for (QWidget* w = table->parentWidget(); w && !split; w = w->parentWidget())
            if (auto* s = qobject_cast<QSplitter*>(w); s && s->orientation() == Qt::Horizontal)
                split = s;
        QVERIFY(split);
        const int total = split->sizes().value(0) + split->sizes().value(1);
        split->setSizes({total - 240, 240});
        checkRows("narrower");
        QVERIFY(table->rowHeight(0) > before);
    }

    void partialResultsAndCapacityTrialsWhileRunning() {
        ResultStore store;
        ServingPage page(&store);
        store.setResult(rl::test::fakeServingPrediction());
        // A partial report outside a run is ignored.
        page.showPartial(rl::test::fakeServingReport(4));
        QVERIFY(!page.showsPartial());
        QSignalSpy cancel(&page, &ServingPage::cancelRequested);
        page.runStarted(ServingPage::RunKind::capacitySearch);
        QVERIFY(page.isRunning());
        QVERIFY(!page.cancelButton()->isHidden());
        QVERIFY(!page.capacityButton()->isEnabled());
        QCOMPARE(page.capacityTrialCount(), 0);
        page.runProgress(0.5, "trial 2");
        QCOMPARE(page.progressBar()->value(), 500);
        page.addCapacityTrial({1.0, 0.2, 0.02, 0.5, true});
        page.addCapacityTrial({3.0, 2.5, 0.04, 3.0, false});
        QCOMPARE(page.capacityTrialCount(), 2);
        // TTFT and TPOT lines plus the trial that missed.
        QCOMPARE(page.capacityPlot()->graphCount(), 3);
        page.showPartial(rl::test::fakeServingReport(4));
        QVERIFY(page.showsPartial());
        QCOMPARE(page.requestModel()->rowCount(), 4);
        QVERIFY(page.summaryStripLabel()->text().startsWith("So far"));
        QCOMPARE(page.whatIfTable()->rowCount(), 0);  // what-ifs wait for the full run
        page.cancelButton()->click();
        QCOMPARE(cancel.count(), 1);
        page.runEnded("Cancelled");
        QVERIFY(!page.isRunning());
        QVERIFY(page.cancelButton()->isHidden());
        // The last final result is back, not the partial one.
        QVERIFY(!page.showsPartial());
        QCOMPARE(page.requestModel()->rowCount(), 8);
        QVERIFY(page.noticeLabel()->text().contains("Cancelled"));
    }

    void nonServingResultSaysSo() {
        ResultStore store;
        ServingPage page(&store);
        store.setResult(std::make_shared<rl::Prediction>());
        QVERIFY(!page.report());
        QVERIFY(!page.noticeLabel()->isHidden());
        QCOMPARE(page.requestModel()->rowCount(), 0);
        QCOMPARE(page.requestLatencyPlot()->graphCount(), 0);
    }

  private:
    // With RIDGELINE_SCREENSHOT_DIR set, saves the page for a person to look at.
    static void saveShot(QWidget& w, const char* name) {
        const QString dir = qEnvironmentVariable("RIDGELINE_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        w.show();
        QTest::qWait(200);
        QVERIFY(w.grab().save(QDir(dir).filePath(name)));
    }
};

QTEST_MAIN(TestServingViews)
#include "test_serving_views.moc"
