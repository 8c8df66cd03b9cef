#include "views/common/focus_stack.h"

#include <algorithm>

#include <QEvent>
#include <QMouseEvent>
#include <QWidget>

#include "views/common/format.h"

namespace rl {
namespace views {

bool Focus::contains(int op) const {
    return ops.empty() || std::binary_search(ops.begin(), ops.end(), op);
}

bool Focus::matches(const rl::OpRecord& op) const {
    if (filter.isEmpty()) return true;
    for (const QString& field :
         {qstr(op.name), qstr(std::string(toString(op.kind))), qstr(op.phase), qstr(op.binding)})
        if (field.contains(filter, Qt::CaseInsensitive)) return true;
    return false;
}

FocusStack::FocusStack(QObject* parent) : QObject(parent), states_(1) {}

bool FocusStack::shows(const rl::Prediction& p, int i) const {
    return i >= 0 && i < static_cast<int>(p.ops.size()) && current().contains(i) &&
           current().matches(p.ops[static_cast<std::size_t>(i)]);
}

void FocusStack::push(Focus f) {
    states_.push_back(std::move(f));
    Q_EMIT changed();
}

void FocusStack::zoomIn(std::vector<int> ops, double t0, double t1) {
    std::sort(ops.begin(), ops.end());
    ops.erase(std::unique(ops.begin(), ops.end()), ops.end());
    std::erase_if(ops, [this](int op) { return op < 0 || !current().contains(op); });
    if (ops.empty()) return;
    Focus f = current();
    if (f.ops == ops && (!(t1 > t0) || (f.t0 == t0 && f.t1 == t1))) return;
    f.step = Focus::Step::zoom;
    f.ops = std::move(ops);
    f.t0 = t1 > t0 ? t0 : 0;
    f.t1 = t1 > t0 ? t1 : 0;
    push(std::move(f));
}

void FocusStack::zoomOut() {
    const Focus& now = current();
    if (!now.zoomed()) return;
    Focus wider = now;
    wider.step = Focus::Step::zoom;
    wider.ops.clear();
    wider.t0 = wider.t1 = 0;
    // The latest earlier zoom that holds every operator of this one and more.
    for (auto it = states_.rbegin() + 1; it != states_.rend(); ++it)
        if (it->zoomed() && it->ops.size() > now.ops.size() &&
            std::includes(it->ops.begin(), it->ops.end(), now.ops.begin(), now.ops.end())) {
            wider.ops = it->ops;
            wider.t0 = it->t0;
            wider.t1 = it->t1;
            break;
        }
    push(std::move(wider));
}

void FocusStack::back() {
    if (!canGoBack()) return;
    states_.pop_back();
    Q_EMIT changed();
}

void FocusStack::reset() {
    if (states_.size() == 1 && current().step == Focus::Step::all && current().filter.isEmpty())
        return;
    states_.assign(1, Focus());
    Q_EMIT changed();
}

void FocusStack::setFilter(const QString& text) {
    if (text == current().filter) return;
    if (current().step == Focus::Step::filter) {
        states_.back().filter = text;
        // Clearing the filter typed in this step leaves nothing to go back to.
        if (text == states_[states_.size() - 2].filter) states_.pop_back();
        Q_EMIT changed();
        return;
    }
    Focus f = current();
    f.step = Focus::Step::filter;
    f.filter = text;
    push(std::move(f));
}

namespace {
class BackButtonFilter : public QObject {
  public:
    BackButtonFilter(QObject* parent, FocusStack* stack) : QObject(parent), stack_(stack) {}
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::MouseButtonPress &&
            static_cast<QMouseEvent*>(e)->button() == Qt::BackButton) {
            stack_->back();
            return true;
        }
        return false;
    }

  private:
    FocusStack* stack_;
};
}  // namespace

void followBackButton(QWidget* widget, FocusStack* stack) {
    auto* filter = new BackButtonFilter(widget, stack);
    widget->installEventFilter(filter);
    for (QWidget* child : widget->findChildren<QWidget*>()) child->installEventFilter(filter);
}

}  // namespace views
}  // namespace rl
