#pragma once
// The operator selected anywhere (roofline dot, table row, traffic bar): one
// index into Prediction::ops, shared by all views so they follow each other;
// with it the zoom-and-filter stack (focus()) the operator views share.
#include <QObject>

#include "views/common/focus_stack.h"

namespace rl {
namespace views {

class OpSelection : public QObject {
    Q_OBJECT
  public:
    explicit OpSelection(QObject* parent = nullptr) : QObject(parent) {}
    int current() const { return current_; }
    FocusStack* focus() { return &focus_; }

  public Q_SLOTS:
    void setCurrent(int opIndex) {
        if (opIndex == current_) return;
        current_ = opIndex;
        Q_EMIT currentChanged(current_);
    }
    void clear() { setCurrent(-1); }

  Q_SIGNALS:
    void currentChanged(int opIndex);

  private:
    int current_ = -1;
    FocusStack focus_;
};

}  // namespace views
}  // namespace rl
