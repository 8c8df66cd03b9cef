#pragma once
// The network view's chart: per layer, cycles x count (left axis) and energy
// x count (right axis) as side-by-side bars, so the layers that cost the most
// stand out. An axis whose values span more than two decades turns
// logarithmic. Layers are numbered as the table's rows; hovering a bar names
// its layer, clicking it reports the layer.
#include <QString>
#include <vector>

#include "core/dataflow/model_mapping.h"
#include "views/common/qcp.h"

namespace rl::views {

class NetworkChart : public QCustomPlot {
    Q_OBJECT
  public:
    explicit NetworkChart(QWidget* parent = nullptr);

    void setLayers(const std::vector<dataflow::LayerMapping>& layers, const QString& title);
    // Highlights one layer's bars (-1: none).
    void setCurrent(int row);
    bool cyclesLogarithmic() const;
    bool energyLogarithmic() const;

  Q_SIGNALS:
    void layerClicked(int row);

  private:
    void restyle();
    void showToolTip(QMouseEvent* event);
    int rowAt(double pixelX) const;

    QCPTextElement* title_;
    QCPBars* cycles_;
    QCPBars* energy_;
    std::vector<dataflow::LayerMapping> layers_;
};

}  // namespace rl::views
