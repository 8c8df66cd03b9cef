#include "views/explanation/what_if_panel.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "views/common/read_only_table.h"

namespace rl {
namespace views {

WhatIfPanel::WhatIfPanel(const QString& name, int textShare, int whatIfShare, QWidget* parent)
    : QGroupBox(tr("Why, and what would help"), parent),
      sentences_(new QTextBrowser(this)),
      whatIfs_(makeWhatIfTable(tr("What if (re-simulated)"), this)) {
    sentences_->setObjectName(name + "Explanation");
    whatIfs_->setObjectName(name + "WhatIfs");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(sentences_, textShare);
    layout->addWidget(whatIfs_, whatIfShare);
}

void WhatIfPanel::clear() {
    sentences_->clear();
    whatIfs_->setRowCount(0);
}

void WhatIfPanel::setSentencesHtml(const QString& html) { sentences_->setHtml(html); }

void WhatIfPanel::addWhatIf(const QString& label, const QString& toolTip,
                            std::function<void()> apply) {
    const int row = whatIfs_->rowCount();
    whatIfs_->insertRow(row);
    auto* item = new QTableWidgetItem(label);
    item->setToolTip(toolTip);
    whatIfs_->setItem(row, 0, item);
    auto* button = new QPushButton(tr("Apply"), whatIfs_);
    button->setToolTip(tr("Change the scenario accordingly and simulate again (undoable)"));
    connect(button, &QPushButton::clicked, this, std::move(apply));
    whatIfs_->setCellWidget(row, 1, button);
    fitWhatIfButtonColumn(whatIfs_);
}

}  // namespace views
}  // namespace rl
