#include "views/dataflow/storage_view.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "views/common/chart_export.h"
#include "views/common/format.h"
#include "views/common/plot_page.h"
#include "views/common/qcp.h"
#include "views/common/theme.h"
#include "views/dataflow/loop_nest_scene.h"
#include "views/dataflow/storage_stats_model.h"

namespace rl::views {

namespace {

QString actionName(int action) {
    switch (static_cast<StorageAction>(action)) {
        case StorageAction::read:
            return StorageView::tr("read");
        case StorageAction::fill:
            return StorageView::tr("fill");
        case StorageAction::update:
            return StorageView::tr("update");
    }
    return {};
}

// One hue per tensor (the same in both charts); reads in the full colour,
// fills lighter, updates darker, so a stack reads tensor first, action second.
QColor tensorColor(int tensor) { return Theme::instance().category(tensor); }
QColor actionColor(int tensor, int action) {
    const QColor base = tensorColor(tensor);
    if (action == static_cast<int>(StorageAction::fill)) return base.lighter(150);
    if (action == static_cast<int>(StorageAction::update)) return base.darker(150);
    return base;
}

QCPTextElement* titleOf(QCustomPlot* plot) {
    return qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
}

QCPBars* newBars(QCPAxis* key, QCPAxis* value, const QString& name, const QColor& color,
                 double width) {
    auto* bars = new QCPBars(key, value);
    bars->setName(name);
    bars->setBrush(color);
    bars->setPen(QPen(color.darker(130)));
    bars->setWidth(width);
    bars->setSelectable(QCP::stNone);
    return bars;
}

}  // namespace

StorageView::StorageView(QWidget* parent)
    : DataflowView(parent),
      stack_(new QStackedWidget(this)),
      empty_(new QLabel(this)),
      header_(new QLabel(this)),
      capacityPlot_(new QCustomPlot(this)),
      energyPlot_(new QCustomPlot(this)),
      tree_(new QTreeView(this)),
      model_(new StorageStatsModel(this)) {
    setObjectName("dataflowStorageView");
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(stack_);

    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setMargin(24);
    stack_->addWidget(empty_);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 0);
    header_->setWordWrap(true);
    header_->setTextFormat(Qt::PlainText);
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(header_);

    // The energy chart with its unit toggle above it.
    auto* energyPage = new QWidget(this);
    auto* bar = newPlotToolBar();
    unitCombo_ = addLabelledCombo(bar, tr("Energy:"), QString(), energyPage);
    unitCombo_->addItems({tr("per MAC (fJ/MAC)"), tr("total (J)")});
    bar->addStretch(1);
    stackToolBarOverPlot(energyPage, bar, energyPlot_);
    addPlotTitle(energyPlot_, this);
    // Right of the axes: inside, the legend covered the tallest bar.
    moveLegendRightOfAxes(energyPlot_);
    energyPlot_->legend->setIconSize(16, 10);
    energyPlot_->setMouseTracking(true);
    connect(energyPlot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const int bar = energyBarAt(event->position());
        if (bar < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), describeEnergyBar(bar),
                               energyPlot_);
    });
    connect(unitCombo_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setEnergyUnit(i == 0 ? EnergyUnit::perMac : EnergyUnit::total); });

    addPlotTitle(capacityPlot_, this);
    // The tensor legend as one row under the title: the bars use the full width.
    capacityPlot_->axisRect()->insetLayout()->take(capacityPlot_->legend);
    capacityPlot_->plotLayout()->insertRow(1);
    capacityPlot_->plotLayout()->addElement(1, 0, capacityPlot_->legend);
    capacityPlot_->plotLayout()->setRowStretchFactor(1, 0.001);
    capacityPlot_->legend->setFillOrder(QCPLegend::foColumnsFirst);
    capacityPlot_->legend->setIconSize(14, 10);
    capacityPlot_->legend->setVisible(true);
    // One row when the four entries fit the chart's width, else two.
    connect(capacityPlot_, &QCustomPlot::beforeReplot, this, [this] {
        QCPLegend* legend = capacityPlot_->legend;
        const QFontMetrics metrics(legend->font());
        int width = legend->margins().left() + legend->margins().right();
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
                width += metrics.horizontalAdvance(item->plottable()->name()) +
                         legend->iconSize().width() + legend->iconTextPadding() +
                         legend->columnSpacing() + 8;
        const int wrap = width <= capacityPlot_->width() - 8 ? 0 : 2;
        if (legend->wrap() != wrap) legend->setWrap(wrap);
    });
    capacityPlot_->setMinimumSize(260, 200);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(capacityPlot_);
    charts->addWidget(energyPage);
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);
    charts->setChildrenCollapsible(false);
    // The tile chart's captions need ~380 px at 900 px; the energy chart the rest.
    charts->setSizes({400, 600});

    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setSelectionMode(QAbstractItemView::NoSelection);
    tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(true);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(tree_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    // Scrolls when the page is shorter than the charts and the table need (a
    // project with an analysis as well: the operator table docked below), so
    // the window still fits 1280x720 instead of growing past the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    stack_->addWidget(scroll);

    connect(&Theme::instance(), &Theme::changed, this, &StorageView::rebuild);
    setDesign(nullptr);
}

void StorageView::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    energy_ = design_ ? storageEnergy(*design_) : StorageEnergy{};
    model_->setDesign(design_);
    tree_->expandAll();
    rebuild();
}

void StorageView::setEnergyUnit(EnergyUnit unit) {
    unit_ = unit;
    unitCombo_->setCurrentIndex(unit == EnergyUnit::perMac ? 0 : 1);
    rebuildEnergy();
}

QString StorageView::emptyText() const { return design_ ? QString() : empty_->text(); }

std::vector<std::vector<std::string>> StorageView::csvRows() const { return model_->csvRows(); }

QString StorageView::exportTo(const QString& path, int width, int height) {
    if (QFileInfo(path).suffix().toLower() == QLatin1String("csv"))
        return DataflowView::exportTo(path, width, height);
    if (!design_) return tr("nothing to export: no valid dataflow design");
    return exportChart(energyPlot_, path, width, height);
}

QString StorageView::stretchText() const {
    const auto& e = design_->evaluation;
    const int worst = stretchingLevel(e);
    if (worst < 0) return tr("Every level keeps up with the MACs: no bandwidth stretch.");
    const double factor = static_cast<double>(e.cycles) /
                          static_cast<double>(std::max<std::int64_t>(1, e.computeCycles));
    QString text = tr("%1 bandwidth stretches %2 compute cycles to %3 (×%4).")
                       .arg(qstr(design_->arch->levels[static_cast<std::size_t>(worst)].name),
                            fmtExact(static_cast<double>(e.computeCycles)),
                            fmtExact(static_cast<double>(e.cycles)), fmtNumber(factor));
    QStringList others;
    for (int i = 0; i < e.levelCount; ++i) {
        const double s = e.level[static_cast<std::size_t>(i)].slowdown;
        if (i != worst && s < 1.0)
            others << tr("%1 (×%2)")
                          .arg(qstr(design_->arch->levels[static_cast<std::size_t>(i)].name),
                               fmtNumber(1.0 / s));
    }
    if (!others.isEmpty())
        text += QLatin1Char(' ') + tr("Also short of bandwidth: %1.").arg(others.join(", "));
    return text;
}

QString StorageView::headerText() const { return design_ ? header_->text() : QString(); }

void StorageView::rebuild() {
    if (!design_) {
        empty_->setText(
            tr("Nothing to show: the project has no valid dataflow design. The Storage view needs "
               "an accelerator architecture, a problem and a mapping that fits them; the editors "
               "mark what is missing or invalid."));
        stack_->setCurrentIndex(0);
        return;
    }
    stack_->setCurrentIndex(1);
    const auto& e = design_->evaluation;
    QStringList what;
    if (!design_->problemLabel.empty()) what << qstr(design_->problemLabel);
    if (!design_->mappingLabel.empty()) what << tr("mapping: %1").arg(qstr(design_->mappingLabel));
    const QString figures =
        tr("%1 cycles (%2 compute) at %3 · utilisation %4 · energy %5 · %6 fJ/MAC over %7 MACs")
            .arg(fmtExact(static_cast<double>(e.cycles)),
                 fmtExact(static_cast<double>(e.computeCycles)),
                 fmtTime(static_cast<double>(e.cycles) / design_->arch->clockHz),
                 fmtPercent(e.utilization), fmtEnergy(e.energyJ),
                 fmtExact(e.energyPerMacJ() * 1e15, 2), fmtExact(static_cast<double>(e.macs)));
    header_->setText((what.isEmpty() ? QString() : what.join(QStringLiteral(" · ")) + "\n") +
                     figures + "\n" + stretchText());
    rebuildCapacity();
    rebuildEnergy();
}

void StorageView::rebuildCapacity() {
    QCustomPlot* plot = capacityPlot_;
    plot->clearPlottables();
    plot->clearItems();
    styleChart(plot);
    if (auto* title = titleOf(plot)) title->setText(tr("Tile per instance against capacity"));
    if (!design_) return;
    const std::vector<TileUse> uses = tileUse(*design_);
    const int n = static_cast<int>(uses.size());
    const ChartColors& colors = Theme::instance().chart();
    // Outermost level at the top, as in the loop nest; key n - i for level i.
    auto keyOf = [n](int level) { return static_cast<double>(n - level); };
    double maxPercent = 100.0;
    QCPBars* below = nullptr;
    for (int t = 0; t < kDataSpaceCount; ++t) {
        auto* bars =
            newBars(plot->yAxis, plot->xAxis, LoopNestScene::tensorName(t), tensorColor(t), 0.45);
        for (int i = 0; i < n; ++i) {
            const TileUse& u = uses[static_cast<std::size_t>(i)];
            const double percent =
                u.unbounded() ? 0.0 : 100.0 * static_cast<double>(u.words[t]) / u.capacity;
            bars->addData(keyOf(i), percent);
        }
        if (below) bars->moveAbove(below);
        below = bars;
    }
    for (int i = 0; i < n; ++i) {
        const TileUse& u = uses[static_cast<std::size_t>(i)];
        maxPercent = std::max(maxPercent, 100.0 * u.fraction());
        // The level's figures above its bar (the names replace y tick labels,
        // which would cost the bars a third of the width).
        const QString name = qstr(design_->arch->levels[static_cast<std::size_t>(i)].name);
        const QString words = fmtExact(static_cast<double>(u.total));
        const QString capacity = fmtExact(static_cast<double>(u.capacity));
        QString caption;
        if (u.unbounded())
            caption = tr("%1: %2 words, capacity unbounded").arg(name, words);
        else if (u.total >= u.capacity)
            caption = tr("%1: %2 of %3 words (full)").arg(name, words, capacity);
        else if (u.nearlyFull())
            caption = tr("%1: %2 of %3 words (%4, nearly full)")
                          .arg(name, words, capacity, fmtPercent(u.fraction()));
        else
            caption =
                tr("%1: %2 of %3 words (%4)").arg(name, words, capacity, fmtPercent(u.fraction()));
        auto* label = new QCPItemText(plot);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setAxes(plot->xAxis, plot->yAxis);
        label->position->setCoords(0.0, keyOf(i) + 0.27);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(caption);
        label->setColor(u.nearlyFull() ? colors.computeCeiling : colors.foreground);
        QFont font = this->font();
        font.setBold(u.nearlyFull());
        label->setFont(font);
    }
    // The capacity as a line, named in the legend.
    auto* line = new QCPCurve(plot->xAxis, plot->yAxis);
    line->setName(tr("capacity"));
    line->setPen(QPen(colors.computeCeiling, 1.5, Qt::DashLine));
    line->addData(100.0, 0.4);
    line->addData(100.0, n + 0.9);
    line->setSelectable(QCP::stNone);

    plot->xAxis->setLabel(tr("Tile words per instance (% of capacity)"));
    plot->xAxis->setRange(0, maxPercent * 1.04);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(25);
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setRange(0.5, n + 0.75);
    plot->yAxis->setTickLabels(false);
    plot->yAxis->setTicks(false);
    plot->yAxis->grid()->setVisible(false);
    plot->yAxis->setLabel(tr("Storage level"));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void StorageView::rebuildEnergy() {
    QCustomPlot* plot = energyPlot_;
    plot->clearPlottables();
    plot->clearItems();
    styleChart(plot);
    if (!design_) return;
    const auto& e = design_->evaluation;
    const int n = static_cast<int>(energy_.levels.size());
    double maxBar = energy_.mac;
    for (const auto& l : energy_.levels) maxBar = std::max(maxBar, l.total());
    if (unit_ == EnergyUnit::perMac) {
        energyDivisor_ = static_cast<double>(std::max<std::int64_t>(1, e.macs)) * 1e-15;
        energyUnitName_ = tr("fJ/MAC");
    } else {
        // One SI prefix for the whole axis, the largest that keeps the tallest bar >= 1.
        static const char* const units[] = {"pJ", "nJ", "uJ", "mJ",
                                            "J"};  // as fmtEnergy prints them
        int k = 0;
        energyDivisor_ = 1e-12;
        while (k < 4 && maxBar / energyDivisor_ >= 1000.0) {
            energyDivisor_ *= 1000.0;
            ++k;
        }
        energyUnitName_ = QString::fromUtf8(units[k]);
    }
    const ChartColors& colors = Theme::instance().chart();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (const QString& label : energyBarLabels())
        ticker->addTick(ticker->ticks().size() + 1, label);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(n + 1 > 4 ? 30 : 0);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->setTickLength(0, 4);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.4, n + 1.6);
    plot->xAxis->setLabel(tr("Storage level and MACs"));

    QCPBars* below = nullptr;
    auto stack = [&](QCPBars* bars) {
        if (below) bars->moveAbove(below);
        below = bars;
    };
    for (int t = 0; t < kDataSpaceCount; ++t)
        for (int k = 0; k < kStorageActionCount; ++k) {
            bool any = false;
            for (const auto& l : energy_.levels) any = any || l.access[t][k] > 0;
            if (!any) continue;
            auto* bars = newBars(plot->xAxis, plot->yAxis,
                                 tr("%1 %2").arg(LoopNestScene::tensorName(t), actionName(k)),
                                 actionColor(t, k), 0.6);
            for (int i = 0; i < n; ++i)
                bars->addData(i + 1, energy_.levels[static_cast<std::size_t>(i)].access[t][k] /
                                         energyDivisor_);
            stack(bars);
        }
    bool anyLeak = false;
    for (const auto& l : energy_.levels) anyLeak = anyLeak || l.leak > 0;
    if (anyLeak) {
        auto* bars = newBars(plot->xAxis, plot->yAxis, tr("leakage"), colors.arrow, 0.6);
        for (int i = 0; i < n; ++i)
            bars->addData(i + 1, energy_.levels[static_cast<std::size_t>(i)].leak / energyDivisor_);
        stack(bars);
    }
    auto* mac = newBars(plot->xAxis, plot->yAxis, qstr(design_->arch->mac.name),
                        Theme::instance().category(4), 0.6);
    mac->addData(n + 1, energy_.mac / energyDivisor_);

    // Each bar's total above it.
    for (int i = 0; i <= n; ++i) {
        auto* label = new QCPItemText(plot);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(i + 1, energyBarTotal(i));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(unit_ == EnergyUnit::perMac ? fmtExact(energyBarTotal(i), 1)
                                                   : fmtNumber(energyBarTotal(i)));
        label->setColor(colors.foreground);
        label->setClipToAxisRect(false);
    }
    plot->yAxis->setLabel(unit_ == EnergyUnit::perMac ? tr("Energy per MAC (fJ/MAC)")
                                                      : tr("Energy (%1)").arg(energyUnitName_));
    plot->yAxis->setRange(0, maxBar > 0 ? maxBar / energyDivisor_ * 1.12 : 1.0);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    if (auto* title = titleOf(plot)) title->setText(tr("Energy by level, tensor and action"));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QString StorageView::energyAxisUnit() const { return design_ ? energyUnitName_ : QString(); }

QStringList StorageView::energyBarLabels() const {
    QStringList labels;
    if (!design_) return labels;
    for (std::size_t i = 0; i < energy_.levels.size(); ++i)
        labels << qstr(design_->arch->levels[i].name);
    labels << qstr(design_->arch->mac.name);
    return labels;
}

double StorageView::energyBarTotal(int bar) const {
    if (!design_ || bar < 0) return 0.0;
    const int n = static_cast<int>(energy_.levels.size());
    if (bar > n) return 0.0;
    const double joules =
        bar == n ? energy_.mac : energy_.levels[static_cast<std::size_t>(bar)].total();
    return joules / energyDivisor_;
}

QString StorageView::energyText(double inUnit) const {
    return unit_ == EnergyUnit::perMac
               ? tr("%1 fJ/MAC").arg(fmtExact(inUnit, 2))
               : QStringLiteral("%1 %2").arg(fmtNumber(inUnit), energyUnitName_);
}

QString StorageView::describeEnergyBar(int bar) const {
    const int n = static_cast<int>(energy_.levels.size());
    if (!design_ || bar < 0 || bar > n) return {};
    QString text = "<b>" + energyBarLabels()[bar].toHtmlEscaped() + "</b>";
    if (bar < n) {
        const LevelEnergy& level = energy_.levels[static_cast<std::size_t>(bar)];
        for (int t = 0; t < kDataSpaceCount; ++t)
            for (int k = 0; k < kStorageActionCount; ++k)
                if (level.access[t][k] > 0)
                    text += "<br>" + tr("%1 %2: %3")
                                         .arg(LoopNestScene::tensorName(t), actionName(k),
                                              energyText(level.access[t][k] / energyDivisor_));
        if (level.leak > 0)
            text += "<br>" + tr("leakage: %1").arg(energyText(level.leak / energyDivisor_));
    }
    return text + "<br>" + tr("total: %1").arg(energyText(energyBarTotal(bar)));
}

int StorageView::energyBarAt(const QPointF& pixel) const {
    if (!design_ || !energyPlot_->axisRect()->rect().contains(pixel.toPoint())) return -1;
    const double key = energyPlot_->xAxis->pixelToCoord(pixel.x());
    const int bar = static_cast<int>(std::lround(key)) - 1;
    if (bar < 0 || bar > static_cast<int>(energy_.levels.size()) || std::abs(key - (bar + 1)) > 0.3)
        return -1;
    return bar;
}

}  // namespace rl::views
