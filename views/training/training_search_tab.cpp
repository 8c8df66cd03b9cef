#include "views/training/training_search_tab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include "core/sim/training/search_base.h"
#include "core/spec/spec_io.h"
#include "views/common/plot_page.h"
#include "views/common/run_progress.h"
#include "views/common/spaced_header.h"
#include "views/training/search_table_model.h"

namespace rl {
namespace views {
namespace {

// The search table depends on these, not on the parallel knobs it chooses.
std::string searchKeyOf(const TrainingInputs& in) {
    return rl::toJson(in.hardware).dump() + rl::toJson(in.model).dump() +
           rl::toJson(rl::training::searchBaseScenario(in.scenario)).dump() + in.predictorName;
}

}  // namespace

TrainingSearchTab::TrainingSearchTab(QWidget* parent)
    : QWidget(parent), model_(new SearchTableModel(this)) {
    auto* bar = newPlotToolBar();
    button_ = new QPushButton(tr("Search configurations"), this);
    button_->setToolTip(
        tr("Simulate every TP, PP, interleave, DP, micro-batch, ZeRO stage and recompute choice "
           "that fits in memory on all of the hardware's GPUs, fastest first."));
    connect(button_, &QPushButton::clicked, this, &TrainingSearchTab::search);
    // The status label beside it says what the search does and found.
    progress_ = new RunProgress(RunProgress::TextPlacement::TextAsTooltip, this);
    connect(progress_, &RunProgress::cancelClicked, &runner_, &JobRunner::cancel);
    status_ = new QLabel(this);
    status_->setObjectName("trainingSearchStatus");
    status_->setWordWrap(true);
    status_->setText(
        tr("Finds every plan that fits on all of the hardware's GPUs; a click "
           "on a row loads it into the scenario."));
    bar->addWidget(button_);
    bar->addWidget(progress_);
    bar->addWidget(status_, 1);
    view_ = new QTableView(this);
    view_->setObjectName("trainingSearchTable");
    useSpacedHeader(view_);  // short titles ("CP", "DP", "EP") ran together in Chinese
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->verticalHeader()->setVisible(false);
    view_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(view_, &QTableView::clicked, this, [this](const QModelIndex& i) { pickRow(i.row()); });
    stackToolBarOver(this, bar, view_);
    connectRunner();
}

void TrainingSearchTab::connectRunner() {
    connect(&runner_, &JobRunner::started, this, [this](quint64) { setSearching(true); });
    connect(&runner_, &JobRunner::progress, this,
            [this](quint64, double f, const QString&) { progress_->setProgress(f); });
    connect(&runner_, &JobRunner::finished, this, [this](quint64, JobResult result, double) {
        setSearching(false);
        showResult(resultAs<rl::training::SearchResult>(result));
    });
    connect(&runner_, &JobRunner::failed, this, [this](quint64, const QString& message) {
        setSearching(false);
        status_->setText(tr("Search failed: %1").arg(message));
    });
    connect(&runner_, &JobRunner::cancelled, this, [this](quint64) {
        setSearching(false);
        status_->setText(tr("Search cancelled."));
    });
}

void TrainingSearchTab::setInputs(const TrainingInputs& inputs) {
    if (!key_.empty() && searchKeyOf(inputs) != key_) {
        // The search answered another question: drop it (and its running job).
        runner_.cancel();
        model_->setResult(nullptr);
        key_.clear();
        status_->setText(tr("The hardware, model or batch changed: search again."));
    }
    inputs_ = inputs;
    haveInputs_ = true;
}

void TrainingSearchTab::search() {
    if (!search_ || !haveInputs_) return;
    key_ = searchKeyOf(inputs_);
    runner_.runNow(typedWork<rl::training::SearchResult>(
        [searchFn = search_, in = inputs_](const rl::Progress& p) { return searchFn(in, p); }));
}

void TrainingSearchTab::setCurrentPlan(const rl::training::TrainingPlan& plan) {
    model_->setCurrentPlan(plan);
}

void TrainingSearchTab::setSearching(bool on) {
    button_->setEnabled(!on);
    if (!on) {
        progress_->finish();
        return;
    }
    const QString what = tr("Simulating every plan that fits…");
    progress_->start(what);
    status_->setText(what);
}

void TrainingSearchTab::showResult(std::shared_ptr<const rl::training::SearchResult> result) {
    model_->setResult(result);  // the model keeps the current plan's row marked
    status_->setText(
        tr("%1 of %2 valid plans fit in memory (%3 do not), fastest first. Click a row to load "
           "it into the scenario.")
            .arg(result->fits.size())
            .arg(result->enumerated)
            .arg(result->tooBig));
}

void TrainingSearchTab::pickRow(int row) {
    const rl::training::SearchCandidate* c = model_->candidate(row);
    if (!c || row == model_->currentRow()) return;
    const rl::training::TrainingPlan& p = c->plan;
    Q_EMIT planChosen(p, tr("TP %1 × CP %2 × PP %3 × DP %4, interleave %5, micro-batch %6, ZeRO %7")
                             .arg(p.tp)
                             .arg(p.cp)
                             .arg(p.pp)
                             .arg(p.dp)
                             .arg(p.chunks)
                             .arg(p.microBatch)
                             .arg(p.zeroStage));
}

}  // namespace views
}  // namespace rl
