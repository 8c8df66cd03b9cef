#include "views/dataflow/network_chart.h"

#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "views/common/format.h"
#include "views/common/plot_page.h"
#include "views/common/theme.h"
#include "views/dataflow/bar_value_axis.h"

namespace rl::views {

namespace {

// Values spanning more than this ratio are shown on a log axis.
constexpr double kLogRatio = 100.0;

struct AxisScale {
    bool log = false;
    double divisor = 1.0;  // linear axes: values shown divided by this
    QString unit;          // appended to the axis title
};

}  // namespace

NetworkChart::NetworkChart(QWidget* parent)
    : QCustomPlot(parent),
      title_(addPlotTitle(this, this)),
      cycles_(new QCPBars(xAxis, yAxis)),
      energy_(new QCPBars(xAxis, yAxis2)) {
    yAxis2->setVisible(true);
    auto* group = new QCPBarsGroup(this);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(0);
    for (QCPBars* b : {cycles_, energy_}) {
        b->setWidthType(QCPBars::wtPlotCoords);
        b->setWidth(0.4);
        b->setBarsGroup(group);
        b->setSelectable(QCP::stSingleData);
    }
    cycles_->setName(tr("cycles × count (left axis)"));
    energy_->setName(tr("energy × count (right axis)"));
    QSharedPointer<QCPAxisTickerFixed> layersTicker(new QCPAxisTickerFixed);
    layersTicker->setTickStep(1);
    layersTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(layersTicker);
    xAxis->setLabel(tr("layer (row of the table)"));
    moveLegendRightOfAxes(this);
    setMinimumSize(320, 200);
    setMouseTracking(true);
    connect(this, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable*, int dataIndex, QMouseEvent*) {
                if (dataIndex >= 0 && dataIndex < static_cast<int>(layers_.size()))
                    Q_EMIT layerClicked(dataIndex);
            });
    connect(this, &QCustomPlot::mouseMove, this, &NetworkChart::showToolTip);
    connect(&Theme::instance(), &Theme::changed, this, &NetworkChart::restyle);
    restyle();
}

void NetworkChart::restyle() {
    styleChart(this);
    const QColor c = Theme::instance().category(0), e = Theme::instance().category(1);
    cycles_->setPen(QPen(c.darker(120)));
    cycles_->setBrush(c);
    energy_->setPen(QPen(e.darker(120)));
    energy_->setBrush(e);
    const QColor sel = Theme::instance().chart().selection;
    for (QCPBars* b : {cycles_, energy_}) {
        b->selectionDecorator()->setPen(QPen(sel, 2));
        b->selectionDecorator()->setBrush(b->brush().color().darker(140));
    }
    replot();
}

void NetworkChart::setLayers(const std::vector<dataflow::LayerMapping>& layers,
                             const QString& title) {
    layers_ = layers;
    title_->setText(title);
    QVector<double> cycles, energy;
    for (const auto& l : layers_) {
        cycles << l.cyclesTimesCount();
        energy << l.energyTimesCount();
    }
    const auto [clo, chi] = positiveRange(cycles);
    const auto [elo, ehi] = positiveRange(energy);

    AxisScale cs;
    cs.log = clo > 0 && chi / clo > kLogRatio;
    if (!cs.log && chi >= 1e9)
        cs.divisor = 1e9, cs.unit = tr("billions");
    else if (!cs.log && chi >= 1e6)
        cs.divisor = 1e6, cs.unit = tr("millions");
    else if (!cs.log && chi >= 1e4)
        cs.divisor = 1e3, cs.unit = tr("thousands");
    AxisScale es;
    es.log = elo > 0 && ehi / elo > kLogRatio;
    // Energy in the SI unit that keeps the largest bar between 1 and 1000.
    static const std::pair<double, const char*> units[] = {
        {1.0, "J"}, {1e-3, "mJ"}, {1e-6, "µJ"}, {1e-9, "nJ"}, {1e-12, "pJ"}};
    if (es.log) {
        es.unit = QStringLiteral("J");
    } else {
        es.divisor = 1e-12;
        es.unit = QStringLiteral("pJ");
        for (const auto& [scale, name] : units)
            if (ehi >= scale) {
                es.divisor = scale;
                es.unit = QString::fromUtf8(name);
                break;
            }
    }

    QVector<double> keys, cv, ev;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        keys << static_cast<double>(i + 1);
        cv << cycles[i] / cs.divisor;
        ev << energy[i] / es.divisor;
    }
    cycles_->setData(keys, cv, true);
    energy_->setData(keys, ev, true);
    setBarValueAxis(yAxis, clo / cs.divisor, chi / cs.divisor, kLogRatio);
    setBarValueAxis(yAxis2, elo / es.divisor, ehi / es.divisor, kLogRatio);
    yAxis->setLabel(cs.log              ? tr("cycles × count (log scale)")
                    : cs.unit.isEmpty() ? tr("cycles × count")
                                        : tr("cycles × count (%1)").arg(cs.unit));
    yAxis2->setLabel(es.log ? tr("energy × count (J, log scale)")
                            : tr("energy × count (%1)").arg(es.unit));
    xAxis->setRange(0.4, static_cast<double>(layers_.size()) + 0.6);
    replot();
}

void NetworkChart::setCurrent(int row) {
    for (QCPBars* b : {cycles_, energy_})
        b->setSelection(row >= 0 && row < static_cast<int>(layers_.size())
                            ? QCPDataSelection(QCPDataRange(row, row + 1))
                            : QCPDataSelection());
    replot();
}

bool NetworkChart::cyclesLogarithmic() const {
    return yAxis->scaleType() == QCPAxis::stLogarithmic;
}

bool NetworkChart::energyLogarithmic() const {
    return yAxis2->scaleType() == QCPAxis::stLogarithmic;
}

int NetworkChart::rowAt(double pixelX) const {
    const double key = xAxis->pixelToCoord(pixelX);
    const int row = static_cast<int>(std::lround(key)) - 1;
    return row >= 0 && row < static_cast<int>(layers_.size()) ? row : -1;
}

void NetworkChart::showToolTip(QMouseEvent* event) {
    const QPointF pos = event->position();
    const int row = axisRect()->rect().contains(pos.toPoint()) ? rowAt(pos.x()) : -1;
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    const auto& l = layers_[static_cast<std::size_t>(row)];
    const QString text =
        l.found ? tr("%1. %2 (× %3)\n%4 cycles × count\n%5 × count\nclick: open its mapping")
                      .arg(row + 1)
                      .arg(qstr(l.problem.name), fmtNumber(l.count),
                           fmtNumber(l.cyclesTimesCount()), fmtEnergy(l.energyTimesCount()))
                : tr("%1. %2: not mapped").arg(row + 1).arg(qstr(l.problem.name));
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

}  // namespace rl::views
