#include "views/dataflow/systolic_traffic_chart.h"

#include "views/common/plot_page.h"
#include "views/common/theme.h"
#include "views/dataflow/bar_value_axis.h"

namespace rl::views {

SystolicTrafficChart::SystolicTrafficChart(QWidget* parent)
    : QCustomPlot(parent),
      title_(addPlotTitle(this, this)),
      sram_(new QCPBars(xAxis, yAxis)),
      dram_(new QCPBars(xAxis, yAxis)) {
    title_->setText(tr("Traffic per operand (words)"));
    auto* group = new QCPBarsGroup(this);
    for (QCPBars* b : {sram_, dram_}) {
        b->setWidth(0.35);
        b->setBarsGroup(group);
    }
    sram_->setName(tr("SRAM accesses"));
    dram_->setName(tr("DRAM"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(1, tr("ifmap"));
    ticker->addTick(2, tr("filter"));
    ticker->addTick(3, tr("ofmap"));
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, 3.6);
    xAxis->setLabel(tr("operand"));
    // The legend as a row under the title: the bars keep the full width.
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(1);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setVisible(true);
    setMinimumSize(240, 200);
    connect(&Theme::instance(), &Theme::changed, this, &SystolicTrafficChart::restyle);
    restyle();
}

void SystolicTrafficChart::restyle() {
    styleChart(this);
    // The legend spans the plot's width: a border would be clipped at the right edge.
    legend->setBorderPen(Qt::NoPen);
    const QColor s = Theme::instance().category(2), d = Theme::instance().category(3);
    sram_->setPen(QPen(s.darker(120)));
    sram_->setBrush(s);
    dram_->setPen(QPen(d.darker(120)));
    dram_->setBrush(d);
    replot();
}

void SystolicTrafficChart::clear() {
    sram_->data()->clear();
    dram_->data()->clear();
    replot();
}

void SystolicTrafficChart::setResult(const dataflow::SystolicResult& r) {
    const QVector<double> keys{1, 2, 3};
    const QVector<double> sram{static_cast<double>(r.sramIfmapReads),
                               static_cast<double>(r.sramFilterReads),
                               static_cast<double>(r.sramOfmapWrites)};
    const QVector<double> dram{static_cast<double>(r.dramIfmapReads),
                               static_cast<double>(r.dramFilterReads),
                               static_cast<double>(r.dramOfmapWrites)};
    sram_->setData(keys, sram, true);
    dram_->setData(keys, dram, true);
    const auto [lo, hi] = positiveRange(sram + dram);
    // Log once the smallest bar would be under 5% of the tallest: still readable.
    const bool log = setBarValueAxis(yAxis, lo, hi, 20.0);
    yAxis->setLabel(log ? tr("words (log scale)") : tr("words"));
    replot();
}

}  // namespace rl::views
