#pragma once
// The operator selected anywhere (roofline dot, table row, traffic bar): one
// index into Prediction::ops, shared by all views so they follow each other.
#include <QObject>

namespace rl {
namespace views {

class OpSelection : public QObject {
    Q_OBJECT
  public:
    explicit OpSelection(QObject* parent = nullptr) : QObject(parent) {}
    int current() const { return current_; }

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
};

}  // namespace views
}  // namespace rl
