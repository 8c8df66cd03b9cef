#pragma once
// The systolic view's traffic chart: per operand (ifmap, filter, ofmap) the
// words read from or written to its SRAM and moved over DRAM, side by side;
// a log axis when the smallest would be under 5% of the largest.
#include "core/dataflow/systolic.h"
#include "views/common/qcp.h"

namespace rl::views {

class SystolicTrafficChart : public QCustomPlot {
    Q_OBJECT
  public:
    explicit SystolicTrafficChart(QWidget* parent = nullptr);
    void setResult(const dataflow::SystolicResult& r);
    void clear();
    bool logarithmic() const { return yAxis->scaleType() == QCPAxis::stLogarithmic; }

  private:
    void restyle();
    QCPTextElement* title_;
    QCPBars* sram_;
    QCPBars* dram_;
};

}  // namespace rl::views
