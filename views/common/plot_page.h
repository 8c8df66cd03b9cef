#pragma once
// The frame of a plot page (roofline, traffic): a tool bar of labelled combo
// boxes above the plot, a title row in the plot, and the memory-level combo
// that follows the current prediction.
#include <QString>

#include "core/result/prediction.h"

class QComboBox;
class QCPTextElement;
class QCustomPlot;
class QHBoxLayout;
class QLayout;
class QWidget;

namespace rl {
namespace views {

class FlowLayout;

// An empty tool bar with the margins every plot page uses.
QHBoxLayout* newPlotToolBar();

// newPlotToolBar that wraps its groups (addToolGroup) to a new row where the
// page is narrower than they are: one row of German labels made the roofline
// page 974 px wide and squeezed the docks beside it.
FlowLayout* newWrappingPlotToolBar();

// Appends a group of controls that stay together on one row (a label and its
// combo, related buttons) to `bar`; returns the group's row to fill.
QHBoxLayout* addToolGroup(FlowLayout* bar, QWidget* owner);

// Appends `label` and a new combo box owned by `owner` to `bar`; the combo
// gets `toolTip` when it is not empty.
QComboBox* addLabelledCombo(QHBoxLayout* bar, const QString& label, const QString& toolTip,
                            QWidget* owner);

// Lays `bar` above `body` on `owner`, without margins; the body takes the
// spare height.
void stackToolBarOver(QWidget* owner, QLayout* bar, QWidget* body);

// stackToolBarOver for a plot, which also gets a minimum size.
void stackToolBarOverPlot(QWidget* owner, QLayout* bar, QCustomPlot* plot);

// A title row above the plot's axes, in a bold font one point above `base`'s.
QCPTextElement* addPlotTitle(QCustomPlot* plot, const QWidget* base);

// Moves the legend out of the axis rect to its right, at the top: it never
// covers data, and costs width, which the plot pages have more of than height.
// Expects the title row (addPlotTitle) above the axis rect.
void moveLegendRightOfAxes(QCustomPlot* plot);

// Fills `combo` with the memory levels of `p` (none without a prediction) and
// selects `keep` while it still names a level, else the first; returns the
// selected index.
int fillMemoryLevelCombo(QComboBox* combo, const rl::Prediction* p, int keep);

}  // namespace views
}  // namespace rl
