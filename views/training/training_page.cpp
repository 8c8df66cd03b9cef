#include "views/training/training_page.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/sim/training/collective_rows.h"
#include "core/sim/training/rank_trace.h"
#include "views/common/column_fitter.h"
#include "views/common/format.h"
#include "views/common/page_frame.h"
#include "views/common/plot_page.h"
#include "views/common/qcp.h"
#include "views/common/theme.h"
#include "views/explanation/message_text.h"
#include "views/explanation/what_if_panel.h"
#include "views/timeline/timeline_view.h"
#include "views/training/collective_table_model.h"
#include "views/training/rank_picker.h"
#include "views/training/training_charts.h"
#include "views/training/training_search_tab.h"

namespace rl {
namespace views {
namespace {

const char* kSections[] = {"timeline", "breakdown", "memory", "collectives", "search"};

QCustomPlot* makeChart(QWidget* parent, const char* name) {
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setMinimumSize(260, 160);
    addPlotTitle(plot, parent);
    // The legend under the axes, in rows: it never covers a bar.
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(2, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(2, 0.001);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setMargins(QMargins(6, 2, 6, 2));
    plot->legend->setBorderPen(Qt::NoPen);
    return plot;
}

void setChartTitle(QCustomPlot* plot, const QString& text) {
    if (auto* t = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        t->setText(text);
}

// Legend entries per row that fit the plot's width.
void wrapLegend(QCustomPlot* plot) {
    const QFontMetrics fm(plot->legend->font());
    int widest = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
            widest = std::max(widest, fm.horizontalAdvance(item->plottable()->name()));
    const int perItem = widest + 40;  // swatch and spacing
    plot->legend->setWrap(std::max(1, (plot->width() - 20) / std::max(1, perItem)));
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);  // re-flow the items
}

// Clears a chart for a redraw in the current theme, under these axis titles.
void restartChart(QCustomPlot* plot, const QString& xTitle, const QString& yTitle) {
    plot->clearPlottables();
    plot->clearItems();
    styleChart(plot);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->xAxis->setLabel(xTitle);
    plot->yAxis->setLabel(yTitle);
}

// A chart with nothing to draw: its title says why.
void showEmptyChart(QCustomPlot* plot, const QString& title) {
    setChartTitle(plot, title);
    plot->legend->setVisible(false);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

// Shows what was drawn, the legend in rows that fit the width.
void finishChart(QCustomPlot* plot) {
    plot->legend->setVisible(true);
    wrapLegend(plot);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QColor partColor(const rl::Trace* trace, BreakdownPart part) {
    const int category = breakdownCategory(part);
    if (category < 0)
        return part == BreakdownPart::bubble ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x75, 0x75, 0x75);
    const auto c = static_cast<rl::training::RankCategory>(category);
    const int shown = trace ? rl::training::rankCategoryIndex(*trace, c) : -1;
    return Theme::instance().category(shown >= 0 ? shown : category);
}

QString gib(double v) { return QStringLiteral("%1 GiB").arg(v, 0, 'f', 1); }

}  // namespace

TrainingPage::TrainingPage(QWidget* parent) : QWidget(parent) {
    setObjectName("trainingPage");
    figures_ = new QLabel(this);
    figures_->setObjectName("trainingFigures");
    figures_->setWordWrap(true);
    figures_->setTextFormat(Qt::RichText);
    figures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    figures_->setText(tr("No training result yet."));
    notice_ = new QLabel(this);
    notice_->setObjectName("trainingNotice");
    notice_->setWordWrap(true);
    notice_->setVisible(false);
    progress_ = new RunProgress(RunProgress::TextPlacement::TextAsTooltip, this);
    connect(progress_, &RunProgress::cancelClicked, &runner_, &JobRunner::cancel);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(figures_, 1);
    top->addWidget(progress_);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName("trainingTabs");
    tabs_->setDocumentMode(true);
    breakdown_ = makeChart(tabs_, "trainingBreakdown");
    memory_ = makeChart(tabs_, "trainingMemory");
    breakdown_->installEventFilter(this);
    memory_->installEventFilter(this);
    collectiveModel_ = new CollectiveTableModel(this);
    auto* collectives = new QTableView(tabs_);
    collectives->setObjectName("trainingCollectives");
    collectives->setModel(collectiveModel_);
    collectives->verticalHeader()->setVisible(false);
    // The tier's name is the long one ("NVLink3 + NVSwitch"): it fills what the others
    // leave, and they leave it more by wrapping their titles (German ones set the
    // width of columns that hold "8" or "368"). In a page narrower still it wraps
    // onto as many lines as it needs.
    using C = CollectiveTableModel;
    ColumnFitter::Options collectivesFit;
    collectivesFit.wrapping = {C::Calls, C::Ranks,     C::Exposed,    C::TimeEach, C::BusBandwidth,
                               C::Size,  C::Algorithm, C::Collective, C::Group};
    collectivesFit.stretch = C::Tier;
    new ColumnFitter(collectives, std::move(collectivesFit));
    collectives->setWordWrap(true);
    collectives->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    collectives->setSelectionMode(QAbstractItemView::NoSelection);
    auto* collectivesNote = new QLabel(
        tr("Per GPU per iteration on the stage that finishes last. Size as NCCL-tests sizes a "
           "collective; bus bandwidth in its convention; exposed: the time not hidden under "
           "compute. Hover a row for its purpose."),
        tabs_);
    collectivesNote->setWordWrap(true);
    auto* collectivesTab = new QWidget(tabs_);
    auto* collectivesLayout = new QVBoxLayout(collectivesTab);
    collectivesLayout->setContentsMargins(0, 0, 0, 0);
    collectivesLayout->addWidget(collectives, 1);
    collectivesLayout->addWidget(collectivesNote);
    search_ = new TrainingSearchTab(tabs_);
    connect(search_, &TrainingSearchTab::planChosen, this, &TrainingPage::planChosen);

    tabs_->addTab(buildTimelineTab(), tr("Timeline"));
    tabs_->addTab(breakdown_, tr("Step breakdown"));
    tabs_->addTab(memory_, tr("Memory per GPU"));
    tabs_->addTab(collectivesTab, tr("Collectives"));
    tabs_->addTab(search_, tr("Configuration search"));
    // Chart layouts follow the width: re-wrap the legends when shown.
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (QCustomPlot* p = currentPlot()) {
            wrapLegend(p);
            p->replot(QCustomPlot::rpQueuedReplot);
        }
    });

    split_ = new QSplitter(Qt::Horizontal, this);
    split_->addWidget(tabs_);
    split_->addWidget(buildSidePanel());
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 1);
    split_->setSizes({700, 300});
    split_->setChildrenCollapsible(false);

    stackPageFrame(this, top, notice_, split_);
    connectRunner();
    fillBreakdown();
    fillMemory();
}

QWidget* TrainingPage::buildTimelineTab() {
    auto* tab = new QWidget(tabs_);
    auto* bar = newPlotToolBar();
    ranks_ = new RankPicker(tab);
    connect(ranks_, &RankPicker::ranksChanged, this, &TrainingPage::showRanks);
    bar->addWidget(ranks_, 1);
    timeline_ = new TimelineView(tab);
    timeline_->setObjectName("trainingTimeline");
    stackToolBarOver(tab, bar, timeline_);
    return tab;
}

QWidget* TrainingPage::buildSidePanel() {
    why_ = new WhatIfPanel("training", 2, 3, this);
    why_->whatIfs()->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    why_->setMinimumWidth(200);
    return why_;
}

void TrainingPage::connectRunner() {
    connect(&runner_, &JobRunner::started, this, [this](quint64) { progress_->start({}); });
    connect(&runner_, &JobRunner::progress, this,
            [this](quint64, double f, const QString& what) { progress_->setProgress(f, what); });
    auto ended = [this](const QString& message) {
        progress_->finish();
        notice_->setText(message);
        notice_->setVisible(!message.isEmpty());
    };
    connect(&runner_, &JobRunner::finished, this,
            [this, ended](quint64, JobResult result, double seconds) {
                ended(QString());
                auto run = resultAs<TrainingSimulation>(result);
                showRun(run);
                Q_EMIT resultReady(run->prediction, seconds);
            });
    connect(&runner_, &JobRunner::failed, this, [this, ended](quint64, const QString& message) {
        ended(tr("Simulation failed: %1").arg(message));
        Q_EMIT runFailed(message);
    });
    connect(&runner_, &JobRunner::cancelled, this, [ended](quint64) {
        ended(tr("Cancelled: the results shown are from the last complete run."));
    });
}

void TrainingPage::setEngine(TrainingEngine engine) {
    search_->setSearch(engine.search);
    engine_ = std::move(engine);
}

void TrainingPage::simulate(TrainingInputs inputs, bool now) {
    if (!engine_.simulate) return;
    search_->setInputs(inputs);
    inputs_ = inputs;
    auto simulateFn = engine_.simulate;
    JobRunner::Work work = typedWork<TrainingSimulation>(
        [simulateFn, in = std::move(inputs)](const rl::Progress& p) { return simulateFn(in, p); });
    if (now)
        runner_.runNow(std::move(work));
    else
        runner_.request(std::move(work));
}

void TrainingPage::cancel() {
    runner_.cancel();
    search_->cancel();
}

void TrainingPage::showRun(std::shared_ptr<const TrainingSimulation> run) {
    run_ = std::move(run);
    report_ = run_ ? run_->report : nullptr;
    if (report_) search_->setCurrentPlan(report_->plan);
    fillKeyFigures();
    ranks_->fitPlan(report_ ? &report_->plan : nullptr);
    showRanks(ranks_->index(RankPicker::Dp), ranks_->index(RankPicker::Tp),
              ranks_->index(RankPicker::Cp));
    fillBreakdown();
    fillMemory();
    fillCollectives();
    fillExplanation();
}

void TrainingPage::showRanks(int dpIndex, int tpIndex, int cpIndex) {
    std::shared_ptr<const rl::Trace> trace;
    if (report_) {
        const bool first = dpIndex == 0 && tpIndex == 0 && cpIndex == 0;
        if (first && run_->prediction && run_->prediction->trace) {
            trace = run_->prediction->trace;  // the app built the first ranks already
        } else {
            try {
                trace = std::make_shared<const rl::Trace>(
                    rl::training::rankTrace(*report_, dpIndex, tpIndex, cpIndex));
            } catch (const std::invalid_argument& e) {
                notice_->setText(tr("No timeline: %1").arg(MessageText::error(e)));
                notice_->setVisible(true);
            }
        }
    }
    if (trace == timeline_->scene().tracePtr()) return;
    // Other ranks or a re-run with the same streams keep the user's zoom.
    const rl::Trace* old = timeline_->scene().trace();
    const bool keep = old && trace && old->tracks.size() == trace->tracks.size();
    const double t0 = timeline_->rangeStart(), t1 = timeline_->rangeEnd();
    timeline_->setTrace(std::move(trace));
    if (keep) timeline_->setRange(t0, t1);
    ranks_->setRanks(dpIndex, tpIndex, cpIndex);
}

void TrainingPage::fillKeyFigures() {
    if (!report_) {
        figures_->setText(tr("No training result yet."));
        return;
    }
    const rl::training::TrainingReport& r = *report_;
    const rl::training::MemoryReport& m = r.memory;
    const double worst =
        m.stages.empty() ? 0 : m.stages[static_cast<std::size_t>(m.worstStage)].total() / kGiB;
    const QString fit = m.fits ? tr("fits in memory (stage %1: %2 of %3)")
                                     .arg(m.worstStage)
                                     .arg(gib(worst), gib(m.capacity / kGiB))
                               : QStringLiteral("<span style='color:#d32f2f'>%1</span>")
                                     .arg(tr("stage %1 does not fit: %2 of %3")
                                              .arg(m.worstStage)
                                              .arg(gib(worst), gib(m.capacity / kGiB)));
    QStringList line1{tr("Iteration %1").arg(fmtTime(r.iterationTime)),
                      fmtRate(r.tokensPerS, tr("tokens")),
                      tr("%1 per GPU").arg(fmtFlopRate(r.tflopsPerGpu * 1e12)),
                      tr("MFU %1").arg(fmtPercent(r.mfu)), tr("HFU %1").arg(fmtPercent(r.hfu))};
    QStringList line2{fit};
    if (r.timeToTrain > 0) {
        QString train = tr("%1 tokens in %2 days")
                            .arg(fmtNumber(inputs_.tokensToTrain))
                            .arg(fmtNumber(r.timeToTrain / 86400.0));
        if (r.costToTrain > 0) train += QStringLiteral(", $%1").arg(fmtNumber(r.costToTrain));
        line2 << train;
    }
    const QString sep = QStringLiteral(" · ");
    figures_->setText(QStringLiteral("<b>%1</b><br>%2").arg(line1.join(sep), line2.join(sep)));
}

void TrainingPage::fillBreakdown() {
    QCustomPlot* plot = breakdown_;
    restartChart(plot, tr("Time per iteration (s)"), QString());
    if (!report_) return showEmptyChart(plot, tr("Step breakdown: no result yet"));
    const rl::training::StepBreakdown& b = report_->breakdown;
    setChartTitle(plot, tr("Where the %1 of an iteration go (stage %2, the last to finish)")
                            .arg(fmtTime(report_->iterationTime))
                            .arg(report_->criticalStage));
    const QString names[] = {tr("forward"),
                             tr("backward"),
                             tr("recompute"),
                             tr("optimizer"),
                             tr("TP comm exposed"),
                             tr("CP comm exposed"),
                             tr("EP comm exposed"),
                             tr("PP comm exposed"),
                             tr("DP comm exposed"),
                             tr("pipeline bubble"),
                             tr("other")};
    static_assert(std::size(names) == static_cast<std::size_t>(BreakdownPart::count));
    const rl::Trace* trace = timeline_->scene().trace();
    QCPBars* below = nullptr;
    for (const BreakdownSegment& s : breakdownSegments(b)) {
        auto* bars = new QCPBars(plot->yAxis, plot->xAxis);  // horizontal: keys on y
        bars->setData(QVector<double>{1.0}, QVector<double>{s.seconds});
        bars->setWidth(0.6);
        const QColor c = partColor(trace, s.part);
        bars->setBrush(c);
        bars->setPen(QPen(c.darker(130)));
        bars->setName(
            tr("%1: %2 (%3)")
                .arg(names[static_cast<int>(s.part)], fmtTime(s.seconds), fmtPercent(s.share)));
        if (below) bars->moveAbove(below);
        below = bars;
    }
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    ticks->addTick(1.0, tr("stage %1").arg(report_->criticalStage));
    plot->yAxis->setTicker(ticks);
    plot->yAxis->setRange(0.5, 1.5);
    plot->xAxis->setRange(0, std::max(b.total(), 1e-9) * 1.02);
    finishChart(plot);
}

void TrainingPage::fillMemory() {
    QCustomPlot* plot = memory_;
    restartChart(plot, tr("Pipeline stage"), tr("Memory per GPU (GiB)"));
    if (!report_) return showEmptyChart(plot, tr("Memory per GPU: no result yet"));
    const MemoryChart c = memoryChart(report_->memory);
    const std::size_t stages = c.totalGib.size();
    const double worst = stages ? c.totalGib[static_cast<std::size_t>(c.worstStage)] : 0;
    setChartTitle(plot, c.fits ? tr("Every stage fits: the fullest, stage %1, holds %2 of %3")
                                     .arg(c.worstStage)
                                     .arg(gib(worst), gib(c.capacityGib))
                               : tr("Stage %1 does not fit: it needs %2 of %3")
                                     .arg(c.worstStage)
                                     .arg(gib(worst), gib(c.capacityGib)));
    const QString names[] = {tr("parameters"),  tr("gradients"),     tr("optimizer state"),
                             tr("activations"), tr("output logits"), tr("buffers")};
    static_assert(std::size(names) == static_cast<std::size_t>(MemoryPart::count));
    QVector<double> keys;
    for (std::size_t s = 0; s < stages; ++s) keys.push_back(static_cast<double>(s));
    QCPBars* below = nullptr;
    for (std::size_t part = 0; part < c.gib.size(); ++part) {
        const auto& values = c.gib[part];
        if (std::all_of(values.begin(), values.end(), [](double v) { return v <= 0; })) continue;
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setData(keys, QVector<double>(values.begin(), values.end()), true);
        bars->setWidth(0.7);
        const QColor color = Theme::instance().category(static_cast<int>(part));
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(130)));
        bars->setName(names[part]);
        if (below) bars->moveAbove(below);
        below = bars;
    }
    // The capacity as a line across the stages, in the legend.
    auto* cap = plot->addGraph();
    cap->setData(QVector<double>{-0.5, stages - 0.5}, QVector<double>{c.capacityGib, c.capacityGib},
                 true);
    cap->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2, Qt::DashLine));
    cap->setName(tr("capacity %1").arg(gib(c.capacityGib)));
    if (!c.fits && stages) {
        auto* mark = new QCPItemText(plot);
        mark->position->setCoords(c.worstStage, worst);
        mark->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        mark->setText(tr("overflows"));
        mark->setColor(QColor(0xd3, 0x2f, 0x2f));
        mark->setClipToAxisRect(false);
    }
    QSharedPointer<QCPAxisTickerFixed> ticks(new QCPAxisTickerFixed);
    ticks->setTickStep(1.0);
    // Every stage labelled while they fit; multiples of a step beyond.
    ticks->setScaleStrategy(stages <= 16 ? QCPAxisTickerFixed::ssNone
                                         : QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(ticks);
    plot->xAxis->setRange(-0.6, stages - 0.4);
    plot->yAxis->setRange(0, c.yMax);
    finishChart(plot);
}

void TrainingPage::fillCollectives() {
    if (!report_) {
        collectiveModel_->setRows({}, {});
        return;
    }
    std::vector<std::string> tiers;
    for (const auto& dim : inputs_.hardware.interconnect) tiers.push_back(dim.name);
    collectiveModel_->setRows(rl::training::collectiveRows(inputs_.hardware, *report_),
                              std::move(tiers));
}

void TrainingPage::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) fillExplanation();
    QWidget::changeEvent(e);
}

void TrainingPage::fillExplanation() {
    why_->clear();
    if (!run_) return;
    why_->setSentencesHtml(
        MessageText::sentencesHtml(run_->explanation.sentences, run_->explanation.messages));
    for (const rl::training::TrainingWhatIf& w : run_->explanation.whatIfs) {
        const QString gain = QStringLiteral("%1%2").arg(w.throughputGain >= 0 ? "+" : "",
                                                        fmtPercent(w.throughputGain));
        const QString label = MessageText::label(w.labelMessage, w.label);
        why_->addWhatIf(
            tr("%1: %2 throughput").arg(label, gain),
            tr("Iteration %1 → %2").arg(fmtTime(report_->iterationTime), fmtTime(w.iterationTime)),
            [this, plan = w.plan, label] { Q_EMIT planChosen(plan, label); });
    }
}

QTableWidget* TrainingPage::whatIfTable() const { return why_->whatIfs(); }

QTextBrowser* TrainingPage::explanationText() const { return why_->sentences(); }

bool TrainingPage::eventFilter(QObject* watched, QEvent* e) {
    // Legend rows follow the chart's width.
    if (e->type() == QEvent::Resize && (watched == breakdown_ || watched == memory_)) {
        auto* plot = static_cast<QCustomPlot*>(watched);
        wrapLegend(plot);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(watched, e);
}

QCustomPlot* TrainingPage::currentPlot() const {
    QWidget* w = tabs_->currentWidget();
    if (w == breakdown_) return breakdown_;
    if (w == memory_) return memory_;
    return nullptr;
}

bool TrainingPage::selectSection(const QString& name) {
    for (int i = 0; i < static_cast<int>(std::size(kSections)); ++i)
        if (name == QLatin1String(kSections[i])) {
            tabs_->setCurrentIndex(i);
            return true;
        }
    return false;
}

}  // namespace views
}  // namespace rl
