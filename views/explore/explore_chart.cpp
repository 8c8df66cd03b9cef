#include "views/explore/explore_chart.h"

#include <QVBoxLayout>

#include "views/common/qcp.h"
#include "views/explore/chart_rows.h"

namespace rl {
namespace views {

ExploreChart::ExploreChart(const char* objectName, QWidget* parent)
    : QWidget(parent), plot_(new QCustomPlot(this)) {
    plot_->setObjectName(objectName);
    plot_->setMinimumSize(240, 140);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    addTitleAndLegendRows(plot_, this);
}

}  // namespace views
}  // namespace rl
