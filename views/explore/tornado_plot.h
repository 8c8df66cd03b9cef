#pragma once
// The tornado chart: paints a TornadoScene with QCustomPlot. One row per
// axis, widest on top: a bar from the base to the objective with the axis at
// its lowest value and one to its highest, each end labelled with that value.
#include "views/explore/explore_chart.h"
#include "views/explore/tornado_scene.h"

namespace rl {
namespace views {

class TornadoPlot : public ExploreChart {
    Q_OBJECT
  public:
    explicit TornadoPlot(QWidget* parent = nullptr);

    // `input` is what `scene` was made from (names and settings); `message`
    // replaces the bars when there are none.
    void setScene(const TornadoInput& input, const TornadoScene& scene, const QString& title,
                  const QString& valueTitle, const QString& message);
    int barCount() const { return bars_; }

  private:
    int bars_ = 0;
};

}  // namespace views
}  // namespace rl
