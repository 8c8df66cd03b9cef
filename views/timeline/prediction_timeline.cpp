#include "views/timeline/prediction_timeline.h"

#include <algorithm>
#include <cmath>

#include <QVBoxLayout>

#include "views/common/focus_stack.h"
#include "views/common/op_selection.h"
#include "views/common/result_store.h"
#include "views/timeline/timeline_view.h"

namespace rl {
namespace views {

PredictionTimeline::PredictionTimeline(ResultStore* store, OpSelection* selection, QWidget* parent)
    : QWidget(parent), store_(store), selection_(selection), view_(new TimelineView(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    connect(store_, &ResultStore::resultChanged, this, &PredictionTimeline::showResult);
    connect(selection_, &OpSelection::currentChanged, this,
            [this](int op) { view_->showRef(op >= 0 ? TraceRef::op : TraceRef::none, op); });
    connect(view_, &TimelineView::eventSelected, this, [this](qint64, TraceRef ref, qint64 id) {
        if (ref == TraceRef::op && id >= 0) selection_->setCurrent(static_cast<int>(id));
    });
    // A band zoom here zooms every view to the operators running in it; a
    // zoom elsewhere shows its operators' span here.
    connect(view_, &TimelineView::bandZoomed, this, &PredictionTimeline::zoomToSpan);
    connect(selection_->focus(), &FocusStack::changed, this, &PredictionTimeline::followFocus);
    followBackButton(this, selection_->focus());
    showResult();
}

void PredictionTimeline::zoomToSpan(double t0, double t1) {
    const Trace* t = view_->scene().trace();
    if (!t) return;
    std::vector<int> ops;
    for (const TraceEvent& e : t->events)
        if (e.ref == TraceRef::op && e.id >= 0 && e.start < t1 && e.start + e.duration > t0)
            ops.push_back(static_cast<int>(e.id));
    selection_->focus()->zoomIn(std::move(ops), t0, t1);
}

void PredictionTimeline::followFocus() {
    const Focus& f = selection_->focus()->current();
    if (f.hasSpan()) {
        view_->setRange(f.t0, f.t1);
        return;
    }
    const Trace* t = view_->scene().trace();
    if (!f.zoomed() || !t) {
        view_->resetZoom();
        return;
    }
    double a = INFINITY, b = -INFINITY;
    for (const TraceEvent& e : t->events)
        if (e.ref == TraceRef::op && f.contains(static_cast<int>(e.id))) {
            a = std::min(a, e.start);
            b = std::max(b, e.start + e.duration);
        }
    if (!(b > a)) return;
    const double margin = (b - a) * 0.02;
    view_->setRange(a - margin, b + margin);
}

void PredictionTimeline::showResult() {
    const auto& p = store_->result();
    auto trace = p ? p->trace : nullptr;
    if (trace == view_->scene().tracePtr()) return;
    // A re-run of the same project (an edit, a what-if) keeps the user's zoom
    // when the new timeline has the same tracks; otherwise it starts whole.
    const Trace* old = view_->scene().trace();
    const bool keep =
        old && trace && old->tracks.size() == trace->tracks.size() && old->groups == trace->groups;
    const double t0 = view_->rangeStart(), t1 = view_->rangeEnd();
    view_->setTrace(std::move(trace));
    if (keep) view_->setRange(t0, t1);
    if (selection_->current() >= 0) view_->showRef(TraceRef::op, selection_->current());
}

}  // namespace views
}  // namespace rl
