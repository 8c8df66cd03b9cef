#include "views/timeline/prediction_timeline.h"

#include <QVBoxLayout>

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
    showResult();
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
