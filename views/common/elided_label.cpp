#include "views/common/elided_label.h"

#include <algorithm>

#include <QResizeEvent>

namespace rl::views {

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget* parent) : QLabel(parent), mode_(mode) {
    // The width comes from the layout, never from the text.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(40);
}

void ElidedLabel::setFullText(const QString& text) {
    full_ = text;
    setToolTip(text);
    showElided();
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    showElided();
}

void ElidedLabel::showElided() {
    setText(fontMetrics().elidedText(full_, mode_, std::max(minimumWidth(), width())));
}

}  // namespace rl::views
