#pragma once
// What every operator view shows, shared so that they follow each other (the
// way KDAB hotspot shares one filter-and-zoom stack across its views): a zoom
// to a set of operators (and, from the timeline, a time span) and a text
// filter, kept in a history. Zooming into some operators on the roofline,
// the traffic chart or the timeline pushes a step, and the other views show
// the same operators; Back undoes the last step, Zoom out widens to the
// previous zoom as a new step, Reset returns to everything.
#include <vector>

#include <QObject>
#include <QString>

#include "core/result/prediction.h"

class QWidget;

namespace rl {
namespace views {

struct Focus {
    enum class Step { all, zoom, filter };
    Step step = Step::all;  // what made this state
    std::vector<int> ops;   // sorted op indices; empty: every operator
    double t0 = 0, t1 = 0;  // time span (s) when t1 > t0 (a zoom made on the timeline)
    QString filter;         // case-insensitive text in name, kind, phase or binding
    bool zoomed() const { return !ops.empty(); }
    bool hasSpan() const { return t1 > t0; }
    bool contains(int op) const;                 // in the zoom (every op when not zoomed)
    bool matches(const rl::OpRecord& op) const;  // passes the filter
};

class FocusStack : public QObject {
    Q_OBJECT
  public:
    explicit FocusStack(QObject* parent = nullptr);

    const Focus& current() const { return states_.back(); }
    // Steps Back can undo.
    int depth() const { return static_cast<int>(states_.size()) - 1; }
    bool canGoBack() const { return depth() > 0; }
    // Whether operator `i` of `p` is in the zoom and passes the filter.
    bool shows(const rl::Prediction& p, int i) const;

    // Zooms to `ops` (within the current zoom); ignored when none remain.
    // A timeline zoom passes its span [t0, t1] (s). (Not a slot: no
    // std::vector metatype in moc code that other headers also declare.)
    void zoomIn(std::vector<int> ops, double t0 = 0, double t1 = 0);

  public Q_SLOTS:
    // Pushes the previous, wider zoom (everything if there is none).
    void zoomOut();
    // Undoes the last step (zoom, zoom out or filter).
    void back();
    // Everything, no filter, no history.
    void reset();
    // Sets the filter: a new step, or an edit of the current filter step
    // (typing a word makes one step, not one per key).
    void setFilter(const QString& text);

  Q_SIGNALS:
    void changed();

  private:
    void push(Focus f);
    std::vector<Focus> states_;
};

// Makes the mouse's back button on `widget` (and its children) go back on `stack`.
void followBackButton(QWidget* widget, FocusStack* stack);

}  // namespace views
}  // namespace rl
