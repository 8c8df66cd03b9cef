#include "views/explore/chart_rows.h"

#include "views/common/plot_page.h"
#include "views/common/qcp.h"

namespace rl {
namespace views {

void addTitleAndLegendRows(QCustomPlot* plot, const QWidget* base) {
    addPlotTitle(plot, base);
    plot->axisRect()->insetLayout()->take(plot->legend);
    // Empty cells either side keep the legend as narrow as its items.
    auto* row = new QCPLayoutGrid;
    plot->plotLayout()->insertRow(1);
    plot->plotLayout()->addElement(1, 0, row);
    row->addElement(0, 0, new QCPLayoutElement(plot));
    row->addElement(0, 1, plot->legend);
    row->addElement(0, 2, new QCPLayoutElement(plot));
    row->setColumnStretchFactor(1, 0.001);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setMargins(QMargins(6, 2, 6, 2));
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

void setChartTitle(QCustomPlot* plot, const QString& text) {
    if (auto* t = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        t->setText(text);
}

void addLegendSwatch(QCustomPlot* plot, const QColor& colour, const QString& name, bool disc) {
    auto* g = plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(disc ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssSquare,
                                       colour, colour, disc ? 8 : 10));
    g->setName(name);
}

}  // namespace views
}  // namespace rl
