#include "views/common/plot_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QVBoxLayout>

#include "views/common/flow_layout.h"
#include "views/common/format.h"
#include "views/common/qcp.h"

namespace rl {
namespace views {

namespace {
// A squeezed combo ends its item in "…" rather than cutting it mid-letter
// ("Modell-FLOPs-Auslastu"); QComboBox itself only clips.
class ElidingCombo : public QComboBox {
  public:
    using QComboBox::QComboBox;

  protected:
    void paintEvent(QPaintEvent*) override {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect text = style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                   QStyle::SC_ComboBoxEditField, this);
        option.currentText =
            fontMetrics().elidedText(option.currentText, Qt::ElideRight, text.width() - 2);
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};
}  // namespace

QHBoxLayout* newPlotToolBar() {
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    return bar;
}

FlowLayout* newWrappingPlotToolBar() {
    auto* bar = new FlowLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->setSpacing(8);  // a little more between groups than within them
    return bar;
}

QHBoxLayout* addToolGroup(FlowLayout* bar, QWidget* owner) {
    auto* group = new QWidget(owner);
    auto* row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(group);
    return row;
}

QComboBox* addLabelledCombo(QHBoxLayout* bar, const QString& label, const QString& toolTip,
                            QWidget* owner) {
    bar->addWidget(new QLabel(label, owner));
    auto* combo = new ElidingCombo(owner);
    // Long items (and translations) must not widen the window: as wide as
    // its text when there is room, down to eight characters (eliding; the
    // popup shows the items whole) when not.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setMinimumWidth(combo->minimumSizeHint().width());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (!toolTip.isEmpty()) combo->setToolTip(toolTip);
    bar->addWidget(combo);
    return combo;
}

void stackToolBarOver(QWidget* owner, QLayout* bar, QWidget* body) {
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(body, 1);
}

void stackToolBarOverPlot(QWidget* owner, QLayout* bar, QCustomPlot* plot) {
    stackToolBarOver(owner, bar, plot);
    plot->setMinimumSize(320, 240);
}

QCPTextElement* addPlotTitle(QCustomPlot* plot, const QWidget* base) {
    plot->plotLayout()->insertRow(0);
    const QFont font = base->font();
    auto* title = new QCPTextElement(plot, QString(),
                                     QFont(font.family(), font.pointSize() + 1, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

void moveLegendRightOfAxes(QCustomPlot* plot) {
    plot->axisRect()->insetLayout()->take(plot->legend);
    auto* side = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 1, side);
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(plot));  // fills the space under the legend
    side->setRowStretchFactor(0, 0.001);
    side->setMargins(QMargins(0, 6, 4, 0));
    plot->legend->setVisible(true);
}

int fillMemoryLevelCombo(QComboBox* combo, const rl::Prediction* p, int keep) {
    combo->clear();
    if (p)
        for (const auto& l : p->levels) combo->addItem(qstr(l));
    const int level = (keep >= 0 && keep < combo->count()) ? keep : 0;
    combo->setCurrentIndex(level);
    return level;
}

}  // namespace views
}  // namespace rl
