#include "views/training/rank_picker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include "core/sim/training/rank_trace.h"

namespace rl {
namespace views {

RankPicker::RankPicker(QWidget* parent) : QWidget(parent), hint_(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString why =
        tr("The TP, CP and DP peers of a pipeline stage run alike, so one rank per stage is "
           "simulated; choose the indices of the ranks to show.");
    auto* label = new QLabel(tr("Ranks shown: every pipeline stage at"), this);
    label->setToolTip(why);
    layout->addWidget(label);
    const QString prefixes[AxisCount] = {tr("DP index "), tr("TP index "), tr("CP index ")};
    for (int a = 0; a < AxisCount; ++a) {
        QSpinBox* box = boxes_[a] = new QSpinBox(this);
        box->setPrefix(prefixes[a]);
        box->setToolTip(why);
        layout->addWidget(box);
        connect(box, &QSpinBox::valueChanged, this,
                [this] { Q_EMIT ranksChanged(index(Dp), index(Tp), index(Cp)); });
    }
    hint_->setObjectName("trainingRanksHint");
    hint_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // cut, not widen
    layout->addWidget(hint_, 1);
}

void RankPicker::fitPlan(const rl::training::TrainingPlan* plan) {
    const rl::training::TrainingPlan p = plan ? *plan : rl::training::TrainingPlan{};
    const int degrees[AxisCount] = {p.dp, p.tp, p.cp};
    for (int a = 0; a < AxisCount; ++a) {
        const QSignalBlocker block(boxes_[a]);
        boxes_[a]->setRange(0, degrees[a] - 1);
        boxes_[a]->setEnabled(degrees[a] > 1);
        boxes_[a]->setVisible(degrees[a] > 1 || a != Cp);  // CP only where the plan has it
    }
    hint_->setText(plan ? tr("%1 pipeline stages × %2 streams")
                              .arg(p.pp)
                              .arg(rl::training::rankStreams(p).size())
                        : QString());
}

void RankPicker::setRanks(int dpIndex, int tpIndex, int cpIndex) {
    const int indices[AxisCount] = {dpIndex, tpIndex, cpIndex};
    for (int a = 0; a < AxisCount; ++a) {
        const QSignalBlocker block(boxes_[a]);
        boxes_[a]->setValue(indices[a]);
    }
}

int RankPicker::index(Axis a) const { return boxes_[a]->value(); }

}  // namespace views
}  // namespace rl
