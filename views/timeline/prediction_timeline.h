#pragma once
// The "Timeline" tab: the current prediction's trace in a TimelineView,
// following the shared operator selection both ways (click an op's event,
// the roofline and table select that op; select an op there, its events on
// the timeline light up), and the shared zoom stack (a band zoom here zooms
// the other views to the operators in it; their zooms show their operators' span).
#include <QWidget>

namespace rl {
namespace views {

class OpSelection;
class ResultStore;
class TimelineView;

class PredictionTimeline : public QWidget {
    Q_OBJECT
  public:
    PredictionTimeline(ResultStore* store, OpSelection* selection, QWidget* parent = nullptr);
    TimelineView* view() const { return view_; }

  private:
    void showResult();
    void zoomToSpan(double t0, double t1);
    void followFocus();

    ResultStore* store_;
    OpSelection* selection_;
    TimelineView* view_;
};

}  // namespace views
}  // namespace rl
