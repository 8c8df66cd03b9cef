#include "views/common/run_progress.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace rl {
namespace views {

namespace {
constexpr int kSteps = 1000;  // the bar's resolution
}

RunProgress::RunProgress(TextPlacement placement, QWidget* parent)
    : QWidget(parent), placement_(placement) {
    text_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    bar_->setRange(0, kSteps);
    bar_->setMaximumWidth(140);
    cancel_ = new QPushButton(tr("Cancel"), this);
    connect(cancel_, &QPushButton::clicked, this, &RunProgress::cancelClicked);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(text_);
    row->addWidget(bar_);
    row->addWidget(cancel_);
    setShown(false);
}

void RunProgress::start(const QString& what) {
    bar_->setValue(0);
    setWhat(what);
    setShown(true);
}

void RunProgress::setProgress(double fraction, const QString& what) {
    bar_->setValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kSteps));
    if (!what.isEmpty()) setWhat(what);
}

void RunProgress::finish() { setShown(false); }

// The parts are hidden one by one (not only the strip) so that callers and
// tests asking a part whether it is hidden get the run's state.
void RunProgress::setShown(bool shown) {
    text_->setVisible(shown && placement_ == TextPlacement::TextBeside);
    bar_->setVisible(shown);
    cancel_->setVisible(shown);
}

void RunProgress::setWhat(const QString& what) {
    if (placement_ == TextPlacement::TextBeside)
        text_->setText(what);
    else
        bar_->setToolTip(what);
}

}  // namespace views
}  // namespace rl
