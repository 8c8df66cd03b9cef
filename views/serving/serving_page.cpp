#include "views/serving/serving_page.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "views/common/format.h"
#include "views/common/page_frame.h"
#include "views/common/plot_page.h"
#include "views/common/qcp.h"
#include "views/common/read_only_table.h"
#include "views/common/sorted_table.h"
#include "views/common/theme.h"
#include "views/explanation/message_text.h"
#include "views/explanation/what_if_panel.h"
#include "views/serving/request_table_model.h"
#include "views/timeline/timeline_view.h"

namespace rl {
namespace views {
namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

QSharedPointer<QCPAxisTickerLog> logTicker() {
    QSharedPointer<QCPAxisTickerLog> t(new QCPAxisTickerLog);
    t->setLogBase(10);
    t->setSubTickCount(8);
    return t;
}

// Tick labels in seconds with SI prefixes ("10 ms", "1 s").
class TimeTicker : public QCPAxisTickerLog {
  protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override { return fmtTime(tick); }
};

void useLogTimeAxis(QCPAxis* axis, double lo, double hi) {
    axis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<TimeTicker> t(new TimeTicker);
    t->setLogBase(10);
    t->setSubTickCount(8);
    axis->setTicker(t);
    // Whole decades around the data so the ticks land on 1, 10, 100 ...
    const double a = std::pow(10.0, std::floor(std::log10(lo)));
    double b = std::pow(10.0, std::ceil(std::log10(hi)));
    if (b <= a) b = a * 10;
    axis->setRange(a, b);
}

QColor metricColor(LatencyMetric m) { return Theme::instance().category(static_cast<int>(m)); }

// A vertical line from 0 to 100 % drawn as a graph so that it has a legend entry.
QCPGraph* verticalLine(QCustomPlot* plot, QCPAxisRect* rect, double x, const QPen& pen,
                       const QString& name, bool inLegend) {
    auto* g = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setData(QVector<double>{x, x}, QVector<double>{0.0, 100.0}, true);
    g->setPen(pen);
    g->setName(name);
    if (!inLegend) g->removeFromLegend();
    return g;
}

void setTitle(QCustomPlot* plot, const QString& text) {
    if (plot->plotLayout()->rowCount() == 0) return;
    if (auto* t = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        t->setText(text);
}

QCustomPlot* makePlot(QWidget* parent, const QString& name) {
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setMinimumSize(220, 150);
    // The title above, the legend right of the axis rect(s) at the top: it never
    // covers data, and costs width, which these pages have more of than height.
    plot->plotLayout()->insertRow(0);
    QFont f = parent->font();
    f.setBold(true);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, QString(), f));
    moveLegendRightOfAxes(plot);
    plot->legend->setMargins(QMargins(4, 2, 4, 2));
    QFont lf = parent->font();
    lf.setPointSizeF(lf.pointSizeF() * 0.9);
    plot->legend->setFont(lf);
    return plot;
}

QString change(double before, double after, QString (*fmt)(double)) {
    return QStringLiteral("%1 → %2").arg(fmt(before), fmt(after));
}
QString fmtCount(double v) { return fmtNumber(v); }

}  // namespace

ServingPage::ServingPage(ResultStore* store, QWidget* parent) : QWidget(parent), store_(store) {
    qRegisterMetaType<rl::ServingWhatIf>("rl::ServingWhatIf");
    qRegisterMetaType<rl::views::RequestSpan>("rl::views::RequestSpan");
    setObjectName("servingPage");

    // Strip: the key figures, the run controls.
    strip_ = new QLabel(this);
    strip_->setObjectName("servingStrip");
    strip_->setWordWrap(true);
    strip_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont sf = strip_->font();
    sf.setBold(true);
    strip_->setFont(sf);
    notice_ = new QLabel(this);
    notice_->setObjectName("servingNotice");
    notice_->setWordWrap(true);
    notice_->setVisible(false);
    capacityButton_ = new QPushButton(tr("Find capacity"), this);
    capacityButton_->setToolTip(
        tr("Search the highest arrival rate that meets the scenario's SLOs; every trial is "
           "plotted on the Capacity tab as it finishes."));
    progress_ = new RunProgress(RunProgress::TextPlacement::TextBeside, this);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(strip_, 1);
    top->addWidget(progress_);
    top->addWidget(capacityButton_);

    // Charts.
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName("servingTabs");
    tabs_->setDocumentMode(true);
    tabs_->installEventFilter(this);
    auto* latency = new QWidget(tabs_);
    requestCdf_ = makePlot(latency, "servingRequestCdf");
    tokenCdf_ = makePlot(latency, "servingTokenCdf");
    latencySplit_ = new QSplitter(Qt::Horizontal, latency);
    latencySplit_->addWidget(requestCdf_);
    latencySplit_->addWidget(tokenCdf_);
    auto* latencyLayout = new QVBoxLayout(latency);
    latencyLayout->setContentsMargins(0, 0, 0, 0);
    latencyLayout->addWidget(latencySplit_);
    series_ = makePlot(tabs_, "servingSeries");
    setupSeriesRects();
    capacity_ = makePlot(tabs_, "servingCapacity");

    auto* requests = new QWidget(tabs_);
    model_ = new RequestTableModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    requestView_ = new QTableView(requests);
    requestView_->setObjectName("servingRequests");
    setUpSortedTable(requestView_, proxy_, model_, RequestTableModel::kSortRole,
                     RequestTableModel::Id, Qt::AscendingOrder, QAbstractItemView::SingleSelection);
    // Wide enough for each header (sizing to every row's content would not scale to 10^6 rows).
    for (int c = 0; c < RequestTableModel::ColumnCount; ++c) {
        const QString h = model_->headerData(c, Qt::Horizontal).toString();
        requestView_->setColumnWidth(c, std::max(64, fontMetrics().horizontalAdvance(h) + 28));
    }
    spanLabel_ = new QLabel(requests);
    spanLabel_->setWordWrap(true);
    spanLabel_->setText(tr("Click a request to see the span of its iterations."));
    requestSplit_ = new QSplitter(Qt::Vertical, requests);
    requestSplit_->addWidget(requestView_);
    timeline_ = new TimelineView(requestSplit_);
    timeline_->setObjectName("servingTimeline");
    requestSplit_->addWidget(timeline_);
    requestSplit_->setStretchFactor(0, 1);
    requestSplit_->setStretchFactor(1, 1);
    auto* requestLayout = new QVBoxLayout(requests);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(requestSplit_, 1);
    requestLayout->addWidget(spanLabel_);

    tabs_->addTab(latency, tr("Latency"));
    tabs_->addTab(series_, tr("Over time"));
    tabs_->addTab(requests, tr("Requests"));
    tabs_->addTab(capacity_, tr("Capacity"));

    // Side panel: summary, explanation, what-ifs.
    auto* side = new QWidget(this);
    auto* summaryBox = new QGroupBox(tr("Throughput and goodput"), side);
    summary_ = makeReadOnlyTable({tr("Figure"), tr("Value")}, summaryBox);
    summary_->setObjectName("servingSummary");
    summary_->horizontalHeader()->setVisible(false);
    summary_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    // Values always whole; in a narrow panel the labels elide (tooltip: whole).
    summary_->horizontalHeader()->setStretchLastSection(false);
    summary_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    summary_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    summary_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* sl = new QVBoxLayout(summaryBox);
    sl->setContentsMargins(4, 4, 4, 4);
    sl->addWidget(summary_);
    why_ = new WhatIfPanel("serving", 1, 1, side);
    auto* sideSplit = new QSplitter(Qt::Vertical, side);
    sideSplit->addWidget(summaryBox);
    sideSplit->addWidget(why_);
    sideSplit->setStretchFactor(0, 1);
    sideSplit->setStretchFactor(1, 1);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(sideSplit);

    side->setMinimumWidth(220);  // with the charts' minimum, fits a 1280 px window
    mainSplit_ = new QSplitter(Qt::Horizontal, this);
    mainSplit_->addWidget(tabs_);
    mainSplit_->addWidget(side);
    mainSplit_->setStretchFactor(0, 1);
    mainSplit_->setStretchFactor(1, 0);
    mainSplit_->setSizes({900, 360});

    stackPageFrame(this, top, notice_, mainSplit_);

    connect(progress_, &RunProgress::cancelClicked, this, &ServingPage::cancelRequested);
    connect(capacityButton_, &QPushButton::clicked, this, &ServingPage::capacitySearchRequested);
    connect(requestView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) return;
                const int request =
                    proxy_->data(current, RequestTableModel::kRequestIndexRole).toInt();
                if (request == span_.request) return;
                span_ = report_ ? requestSpan(*report_, request) : RequestSpan{};
                showSpan();
                Q_EMIT requestSelected(span_);
            });
    connect(store_, &ResultStore::resultChanged, this, &ServingPage::onResultChanged);
    connect(&Theme::instance(), &Theme::changed, this, &ServingPage::rebuildCharts);
    onResultChanged();
}

bool ServingPage::eventFilter(QObject* watched, QEvent* e) {
    if (watched == tabs_ && e->type() == QEvent::Resize) {
        // The two CDFs side by side in a wide, low space, one above the other otherwise.
        const QSize size = static_cast<QResizeEvent*>(e)->size();
        latencySplit_->setOrientation(size.width() >= 2 * size.height() ? Qt::Horizontal
                                                                        : Qt::Vertical);
    }
    return QWidget::eventFilter(watched, e);
}

void ServingPage::setSlo(const rl::ServingSlo& slo) {
    if (slo.ttftP99 == slo_.ttftP99 && slo.tpotP99 == slo_.tpotP99 && slo.e2eP99 == slo_.e2eP99)
        return;
    slo_ = slo;
    updateStrip();
    fillSummary();
    rebuildCharts();
}

void ServingPage::runStarted(RunKind kind) {
    running_ = true;
    runKind_ = kind;
    if (kind == RunKind::capacitySearch) {
        trials_.clear();
        tabs_->setCurrentWidget(capacity_);
        rebuildCapacity();
    }
    progress_->start(kind == RunKind::capacitySearch ? tr("Searching capacity…")
                                                     : tr("Simulating…"));
    capacityButton_->setEnabled(false);
}

void ServingPage::runProgress(double fraction, const QString& what) {
    progress_->setProgress(fraction, what);
}

void ServingPage::runEnded(const QString& message) {
    running_ = false;
    rebuildCapacity();  // the found capacity is drawn once the search is over
    progress_->finish();
    capacityButton_->setEnabled(true);
    if (!message.isEmpty()) {
        notice_->setText(message);
        notice_->setVisible(true);
    }
    // A run that ended without a new result leaves the last final one in place.
    if (partial_) onResultChanged();
}

void ServingPage::showPartial(std::shared_ptr<const rl::ServingReport> report) {
    if (!running_ || !report) return;
    partial_ = true;
    show(std::move(report));
}

void ServingPage::addCapacityTrial(const rl::CapacityTrial& trial) {
    trials_.push_back(trial);
    rebuildCapacity();
}

void ServingPage::onResultChanged() {
    const auto& p = store_->result();
    partial_ = false;
    if (!p || !p->serving) {
        notice_->setText(p ? tr("This result has no serving report: the scenario is not a serving "
                                "scenario.")
                           : QString());
        notice_->setVisible(p != nullptr);
        show(nullptr);
        return;
    }
    notice_->setVisible(false);
    // The trials of a search stay with the search's own result.
    if (!p->serving->capacityTrials.empty() || !running_) trials_ = p->serving->capacityTrials;
    show(p->serving);
}

void ServingPage::show(std::shared_ptr<const rl::ServingReport> report) {
    report_ = std::move(report);
    const int keep = span_.request;
    model_->setReport(report_);
    // The trace belongs to the final result; a partial report has none yet.
    const auto& result = store_->result();
    timeline_->setTrace(report_ && !partial_ && result ? result->trace : nullptr);
    span_ = RequestSpan{};
    updateStrip();
    if (report_ && keep >= 0 && !partial_) selectRequest(keep);
    showSpan();
    fillSummary();
    fillExplanation();
    rebuildCharts();
}

void ServingPage::updateStrip() {
    if (!report_) {
        strip_->setText(tr("No serving result yet."));
        return;
    }
    const QString figures = summaryStrip(*report_, slo_);
    strip_->setText(partial_ ? tr("So far: %1").arg(figures) : figures);
}

void ServingPage::selectRequest(int request) {
    if (!report_ || request < 0 || request >= static_cast<int>(report_->requests.size())) return;
    const QModelIndex source = model_->index(request, 0);
    const QModelIndex row = proxy_->mapFromSource(source);
    span_ = requestSpan(*report_, request);
    if (row.isValid()) {
        requestView_->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        requestView_->scrollTo(row);
    }
    showSpan();
    Q_EMIT requestSelected(span_);
}

void ServingPage::showSpan() {
    if (span_.request >= 0 && span_.replica >= 0 && timeline_->scene().trace()) {
        // The timeline shows the request's span, with a margin, on every replica's tracks.
        const double pad = std::max(0.05 * (span_.end - span_.start), 1e-6);
        timeline_->setRange(std::max(0.0, span_.start - pad), span_.end + pad);
    }
    if (span_.request < 0) {
        spanLabel_->setText(report_ && !report_->requests.empty()
                                ? tr("Click a request to see the span of its iterations.")
                                : QString());
        return;
    }
    const auto& r = report_->requests[span_.request];
    if (span_.replica < 0) {
        spanLabel_->setText(r.rejected.empty() ? tr("Request %1 never ran.").arg(r.id)
                                               : tr("Request %1 never ran: %2")
                                                     .arg(r.id)
                                                     .arg(MessageText::rejection(*report_, r)));
        return;
    }
    spanLabel_->setText(tr("Request %1 ran on replica %2 from %3 to %4, during %5 iterations of "
                           "that replica; the timeline shows that span.")
                            .arg(r.id)
                            .arg(span_.replica)
                            .arg(fmtTime(span_.start), fmtTime(span_.end),
                                 fmtNumber(double(span_.iterations.size()))));
}

QCustomPlot* ServingPage::currentPlot() const {
    QWidget* w = tabs_->currentWidget();
    if (w == series_) return series_;
    if (w == capacity_) return capacity_;
    if (w && w->isAncestorOf(requestCdf_)) return requestCdf_;
    return nullptr;
}

void ServingPage::rebuildCharts() {
    rebuildLatency(requestCdf_, {LatencyMetric::ttft, LatencyMetric::e2e}, false);
    rebuildLatency(tokenCdf_, {LatencyMetric::tpot, LatencyMetric::maxGap}, true);
    const QString served =
        report_ ? tr(" (%1 requests)").arg(fmtNumber(double(report_->served))) : QString();
    setTitle(requestCdf_, tr("Request latency") + served);
    setTitle(tokenCdf_, tr("Token latency") + served);
    rebuildSeries();
    rebuildCapacity();
}

void ServingPage::rebuildLatency(QCustomPlot* plot, const std::vector<LatencyMetric>& metrics,
                                 bool tbtMarkersToo) {
    plot->clearPlottables();
    plot->clearItems();
    styleChart(plot);
    plot->xAxis->setLabel(tr("Latency (log scale)"));
    plot->yAxis->setLabel(tr("Requests at or below (%)"));
    plot->yAxis->setRange(0, 100);
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    auto extend = [&](double v) {
        if (v > 0 && std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    std::int64_t samples = 0;
    if (report_) {
        for (LatencyMetric m : metrics) {
            const CdfCurve c = makeCdf(m, latencySamples(*report_, m));
            if (c.x.empty()) continue;
            QVector<double> x, y;
            for (std::size_t i = 0; i < c.x.size(); ++i) {
                if (c.x[i] <= 0) continue;  // not drawable on a log axis
                x.push_back(c.x[i]);
                y.push_back(c.y[i] * 100.0);
                extend(c.x[i]);
            }
            auto* g = plot->addGraph();
            g->setData(x, y, true);
            g->setLineStyle(QCPGraph::lsStepLeft);
            g->setPen(QPen(metricColor(m), 2));
            g->setName(latencyMetricName(m));
            samples = std::max(samples, c.samples);
        }
        for (const LatencyMarker& s : sloMarkers(slo_)) {
            if (std::find(metrics.begin(), metrics.end(), s.metric) == metrics.end()) continue;
            extend(s.value);
            QPen pen(metricColor(s.metric), 1.5, Qt::DashLine);
            verticalLine(plot, plot->axisRect(), s.value, pen, s.label, true);
        }
        if (tbtMarkersToo) {
            const std::vector<LatencyMarker> markers = tbtMarkers(*report_);
            for (const LatencyMarker& m : markers) extend(m.value);
            // Labels at the top, stepped down where the previous one would run
            // into this marker: pixels per decade of the whole-decade axis set below.
            const double decades =
                hi > 0 ? std::max(1.0, std::ceil(std::log10(hi)) - std::floor(std::log10(lo)))
                       : 1.0;
            const int axisWidth =
                plot->axisRect()->width() > 50 ? plot->axisRect()->width() : plot->width() * 3 / 4;
            const double pxPerDecade = axisWidth / decades;
            const QFontMetrics labelMetrics(plot->font());
            double lastX = 0, lastWidth = 0;
            QCPItemText* previous = nullptr;
            bool first = true;
            for (const LatencyMarker& m : markers) {
                if (m.value <= 0) continue;
                QPen pen(Theme::instance().chart().foreground, 1, Qt::DotLine);
                verticalLine(plot, plot->axisRect(), m.value, pen, tr("TBT, every gap"), first);
                first = false;
                const bool crowded =
                    previous && std::log10(m.value / lastX) * pxPerDecade < lastWidth + 6;
                lastX = m.value;
                lastWidth = labelMetrics.horizontalAdvance(m.label) + 6;
                auto* label = new QCPItemText(plot);
                label->setClipToAxisRect(true);
                label->position->setTypeX(QCPItemPosition::ptPlotCoords);
                if (crowded) {
                    // Stepped in pixels, not axis fractions: right under the label it
                    // would run into, however short the plot.
                    label->position->setTypeY(QCPItemPosition::ptAbsolute);
                    label->position->setParentAnchorY(previous->bottom);
                    label->position->setCoords(m.value, 0);
                } else {
                    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
                    label->position->setCoords(m.value, 0.02);
                }
                previous = label;
                label->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
                label->setPadding(QMargins(3, 1, 3, 1));
                label->setText(m.label);
                label->setColor(Theme::instance().chart().foreground);
                // Readable where it sits over a curve: the chart's background behind the text.
                QColor behind = Theme::instance().chart().background;
                behind.setAlpha(220);
                label->setBrush(behind);
                label->setPen(Qt::NoPen);
            }
        }
    }
    if (hi > 0)
        useLogTimeAxis(plot->xAxis, lo, hi);
    else {
        plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
        plot->xAxis->setTicker(logTicker());
        plot->xAxis->setRange(1e-3, 10);
    }
    plot->legend->setVisible(plot->graphCount() > 0);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void ServingPage::setupSeriesRects() {
    // Three stacked axis rects sharing the time axis: batch size, KV-cache use, queue length.
    QCustomPlot* plot = series_;
    auto* group = new QCPMarginGroup(plot);
    seriesRects_[0] = plot->axisRect(0);
    for (int i = 1; i < 3; ++i) {
        seriesRects_[i] = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(i + 1, 0, seriesRects_[i]);
    }
    for (int i = 0; i < 3; ++i) {
        QCPAxisRect* rect = seriesRects_[i];
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->axis(QCPAxis::atBottom)->setTickLabels(i == 2);
        for (int j = 0; j < 3; ++j)
            if (j != i)
                connect(rect->axis(QCPAxis::atBottom),
                        qOverload<const QCPRange&>(&QCPAxis::rangeChanged), plot,
                        [this, j](const QCPRange& r) {
                            QCPAxis* other = seriesRects_[j]->axis(QCPAxis::atBottom);
                            if (other->range() != r) other->setRange(r);
                        });
    }
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

void ServingPage::rebuildSeries() {
    QCustomPlot* plot = series_;
    plot->clearPlottables();
    plot->clearItems();
    styleChart(plot);
    for (QCPAxisRect* rect : seriesRects_) styleAxisRect(rect);
    setTitle(plot, tr("Batch size, KV-cache use and queue length per replica"));
    const SeriesQuantity quantities[3] = {SeriesQuantity::batchSize, SeriesQuantity::kvUse,
                                          SeriesQuantity::queueLength};
    double tMax = 0;
    for (int i = 0; i < 3; ++i) {
        QCPAxis* x = seriesRects_[i]->axis(QCPAxis::atBottom);
        QCPAxis* y = seriesRects_[i]->axis(QCPAxis::atLeft);
        y->setLabel(seriesAxisLabel(quantities[i]));
        x->setLabel(i == 2 ? tr("Simulated time (s)") : QString());
        double yMax = 0;
        if (report_)
            for (const SeriesLine& line : seriesLines(*report_, quantities[i])) {
                QVector<double> t(line.time.begin(), line.time.end());
                QVector<double> v(line.value.begin(), line.value.end());
                for (double tt : line.time) tMax = std::max(tMax, tt);
                for (double vv : line.value) yMax = std::max(yMax, vv);
                auto* g = plot->addGraph(x, y);
                g->setData(t, v, true);
                g->setLineStyle(QCPGraph::lsStepLeft);
                g->setPen(QPen(Theme::instance().category(line.replica), 1.2));
                g->setName(tr("replica %1").arg(line.replica));
                if (i != 0) g->removeFromLegend();
            }
        y->setRange(0, quantities[i] == SeriesQuantity::kvUse ? 100.0 : std::max(1.0, yMax * 1.08));
    }
    seriesRects_[0]->axis(QCPAxis::atBottom)->setRange(0, tMax > 0 ? tMax : 1.0);
    plot->legend->setVisible(plot->graphCount() > 0);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void ServingPage::rebuildCapacity() {
    QCustomPlot* plot = capacity_;
    plot->clearPlottables();
    plot->clearItems();
    styleChart(plot);
    setTitle(plot, trials_.empty() ? tr("Capacity search: press Find capacity")
                                   : tr("Capacity search: p99 latency per trial rate"));
    plot->xAxis->setLabel(tr("Arrival rate (requests/s)"));
    plot->yAxis->setLabel(tr("p99 latency (log scale)"));
    const auto points = capacityPoints(trials_);
    double lo = std::numeric_limits<double>::infinity(), hi = 0, rMax = 0;
    auto extend = [&](double v) {
        if (v > 0 && std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    struct Metric {
        LatencyMetric metric;
        double CapacityPoint::*value;
        QCPScatterStyle::ScatterShape shape;
    };
    const Metric metrics[2] = {
        {LatencyMetric::ttft, &CapacityPoint::ttftP99, QCPScatterStyle::ssDisc},
        {LatencyMetric::tpot, &CapacityPoint::tpotP99, QCPScatterStyle::ssSquare}};
    for (const Metric& m : metrics) {
        QVector<double> x, y;
        for (const auto& p : points) {
            rMax = std::max(rMax, p.rate);
            const double v = p.*(m.value);
            if (v <= 0) continue;
            x.push_back(p.rate);
            y.push_back(v);
            extend(v);
        }
        auto* g = plot->addGraph();
        g->setData(x, y, true);
        g->setPen(QPen(metricColor(m.metric), 1.5));
        g->setScatterStyle(QCPScatterStyle(m.shape, metricColor(m.metric), 7));
        g->setName(tr("p99 %1").arg(latencyMetricName(m.metric)));
    }
    // Trials that missed the SLO: a cross over their TTFT point.
    QVector<double> mx, my;
    for (const auto& p : points)
        if (!p.meetsSlo && p.ttftP99 > 0) {
            mx.push_back(p.rate);
            my.push_back(p.ttftP99);
        }
    if (!mx.isEmpty()) {
        auto* g = plot->addGraph();
        g->setData(mx, my, true);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QColor(0xd3, 0x2f, 0x2f), 13));
        g->setName(tr("misses the SLO"));
    }
    const double xMax = rMax > 0 ? rMax * 1.1 : 1.0;
    for (const LatencyMarker& s : sloMarkers(slo_)) {
        if (s.metric == LatencyMetric::e2e) continue;
        extend(s.value);
        auto* g = plot->addGraph();
        g->setData(QVector<double>{0.0, xMax}, QVector<double>{s.value, s.value}, true);
        g->setPen(QPen(metricColor(s.metric), 1.5, Qt::DashLine));
        g->setName(s.label);
    }
    const double capacity = report_ && !running_ ? report_->capacityRatePerS : 0.0;
    if (capacity > 0 && !trials_.empty()) {
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(capacity, 1e-9);
        line->point2->setCoords(capacity, 1e9);
        line->setPen(QPen(Theme::instance().chart().foreground, 1.5, Qt::DashDotLine));
        auto* label = new QCPItemText(plot);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
        label->setText(tr("capacity %1").arg(fmtRate(capacity, tr("requests"))));
        label->setColor(Theme::instance().chart().foreground);
        label->setClipToAxisRect(true);
        label->position->setCoords(capacity, hi > 0 ? hi : 1.0);
    }
    plot->xAxis->setRange(0, xMax);
    plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    if (hi > 0) {
        useLogTimeAxis(plot->yAxis, lo, hi);
    } else {
        plot->yAxis->setTicker(logTicker());
        plot->yAxis->setRange(1e-3, 10);
    }
    plot->legend->setVisible(!points.empty());
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void ServingPage::fillSummary() {
    summary_->setRowCount(0);
    if (!report_) return;
    const auto rows = summaryRows(*report_, slo_);
    summary_->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        auto* label = new QTableWidgetItem(rows[i].label);
        label->setToolTip(rows[i].label);
        summary_->setItem(i, 0, label);
        auto* v = new QTableWidgetItem(rows[i].value);
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        summary_->setItem(i, 1, v);
    }
}

void ServingPage::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) fillExplanation();
    QWidget::changeEvent(e);
}

void ServingPage::fillExplanation() {
    why_->clear();
    if (!report_) return;
    // Where the KV cache's blocks come from (the run's memory footprint), as a
    // sentence after the findings and before the what-ifs.
    std::vector<std::string> english = report_->explanation;
    std::vector<rl::Message> typed = report_->explanationMessages;
    if (!english.empty() && !report_->kvCacheMessage.english.empty()) {
        const auto whatIf = std::find_if(typed.begin(), typed.end(), [](const rl::Message& m) {
            return m.id == rl::MessageId::sentence;
        });
        const auto at = typed.size() == english.size() ? whatIf - typed.begin()
                                                       : std::ptrdiff_t(english.size());
        rl::Message kv{rl::MessageId::sentence,
                       {},
                       {report_->kvCacheMessage},
                       report_->kvCacheMessage.english + "."};
        english.insert(english.begin() + at, kv.english);
        if (typed.size() + 1 == english.size()) typed.insert(typed.begin() + at, std::move(kv));
    }
    QString html = MessageText::sentencesHtml(english, typed);
    if (html.isEmpty() && partial_)
        html = "<p>" + tr("The explanation follows the full run.") + "</p>";
    why_->setSentencesHtml(html);
    if (partial_) return;  // what-ifs re-simulate the finished run
    for (const rl::ServingWhatIf& w : report_->whatIfs) {
        // The label says it for people; the tooltip lists what changes, one figure a line.
        QStringList effect;
        if (w.ttftP99Before != w.ttftP99After)
            effect << tr("p99 TTFT %1").arg(change(w.ttftP99Before, w.ttftP99After, fmtTime));
        if (w.tbtP99Before != w.tbtP99After)
            effect << tr("p99 TBT %1").arg(change(w.tbtP99Before, w.tbtP99After, fmtTime));
        if (w.preemptionsBefore != w.preemptionsAfter)
            effect << tr("preemptions %1")
                          .arg(change(double(w.preemptionsBefore), double(w.preemptionsAfter),
                                      fmtCount));
        if (w.throughputBefore != w.throughputAfter)
            effect << tr("output %1 tokens/s")
                          .arg(change(w.throughputBefore, w.throughputAfter, fmtCount));
        if (effect.isEmpty()) effect << tr("no change");
        why_->addWhatIf(MessageText::label(w.message, w.label), effect.join('\n'),
                        [this, w] { Q_EMIT applyWhatIf(w); });
    }
}

QTableWidget* ServingPage::whatIfTable() const { return why_->whatIfs(); }

QTextBrowser* ServingPage::explanationText() const { return why_->sentences(); }

}  // namespace views
}  // namespace rl
