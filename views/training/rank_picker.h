#pragma once
// Which ranks the training timeline shows: every pipeline stage at one DP, TP
// and CP index (the peers of a stage run alike, so one rank per stage is
// simulated). The three index boxes (CP only where the plan has it) and a
// hint with the plan's stages and streams, for the timeline tab's tool bar.
#include <array>

#include <QWidget>

class QLabel;
class QSpinBox;

namespace rl {
namespace training {
struct TrainingPlan;
}
namespace views {

class RankPicker : public QWidget {
    Q_OBJECT
  public:
    enum Axis { Dp, Tp, Cp, AxisCount };

    explicit RankPicker(QWidget* parent = nullptr);

    // The index ranges of `plan` and its hint; null: no run (index 0 only, no hint).
    void fitPlan(const rl::training::TrainingPlan* plan);
    // Shows these indices without a ranksChanged().
    void setRanks(int dpIndex, int tpIndex, int cpIndex);
    int index(Axis a) const;
    QSpinBox* box(Axis a) const { return boxes_[a]; }

  Q_SIGNALS:
    // The user chose other indices.
    void ranksChanged(int dpIndex, int tpIndex, int cpIndex);

  private:
    std::array<QSpinBox*, AxisCount> boxes_;
    QLabel* hint_;
};

}  // namespace views
}  // namespace rl
