#pragma once
// The training page's configuration search: a button that simulates every
// plan that fits on the hardware's GPUs (on its own job runner: progress,
// cancel, stale results dropped), a line saying what the search does and
// found, and the plans fastest first with the scenario's own plan in bold.
// A click on another row asks for that plan through planChosen(). The table
// answers one question: when the hardware, model or batch change, it goes.
#include <string>

#include <QWidget>

#include "views/common/job_runner.h"
#include "views/common/widgets_fwd.h"
#include "views/training/training_run.h"

namespace rl {
namespace views {

class RunProgress;
class SearchTableModel;

class TrainingSearchTab : public QWidget {
    Q_OBJECT
  public:
    explicit TrainingSearchTab(QWidget* parent = nullptr);

    void setSearch(decltype(TrainingEngine::search) search) { search_ = std::move(search); }
    // The inputs the page simulates now, searched on the next search(). A
    // table (or a running search) for other hardware, model or batch is dropped.
    void setInputs(const TrainingInputs& inputs);
    // Searches the plans that fit for the last inputs (nothing before any).
    void search();
    void cancel() { runner_.cancel(); }
    bool isSearching() const { return runner_.isRunning(); }
    // The plan the scenario uses now: its row is bold and picking it does nothing.
    void setCurrentPlan(const rl::training::TrainingPlan& plan);

    SearchTableModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QPushButton* button() const { return button_; }
    QLabel* statusLabel() const { return status_; }

  Q_SIGNALS:
    void planChosen(const rl::training::TrainingPlan& plan, const QString& label);

  private:
    void connectRunner();
    void setSearching(bool on);
    void showResult(std::shared_ptr<const rl::training::SearchResult> result);
    void pickRow(int row);

    decltype(TrainingEngine::search) search_;
    TrainingInputs inputs_;
    bool haveInputs_ = false;
    std::string key_;  // the inputs the table (or the running search) is for; empty: none

    SearchTableModel* model_;
    QPushButton* button_;
    RunProgress* progress_;
    QLabel* status_;
    QTableView* view_;

    JobRunner runner_;  // last: destroyed first, it waits for its job
};

}  // namespace views
}  // namespace rl
