#pragma once
// The training page: what the training simulator found, for people. Key
// figures on top (iteration time, tokens/s, TFLOP/s per GPU, MFU/HFU, memory
// fit, time and cost to train); tabs with the per-rank timeline (the 1F1B
// picture across pipeline stages with the TP, EP, PP and DP streams under
// each rank), the step breakdown as a stacked bar, memory per GPU per stage
// against capacity, the collectives table and the configuration search;
// beside them the explanation with an Apply button per re-simulated what-if.
//
// The page runs its simulations and searches on the one job runner
// (views/common/job_runner.h: newest job only, cancel, stale results
// dropped) through the engine the app wires in (views/training/training_run.h).
// Applying a what-if or a search row asks the window, through planChosen(),
// to edit the scenario; the edit re-runs the simulation.
#include <memory>
#include <string>

#include <QWidget>

#include "views/common/job_runner.h"
#include "views/common/run_progress.h"
#include "views/common/widgets_fwd.h"
#include "views/training/training_run.h"

namespace rl {
namespace views {

class CollectiveTableModel;
class SearchTableModel;
class TimelineView;

class TrainingPage : public QWidget {
    Q_OBJECT
  public:
    explicit TrainingPage(QWidget* parent = nullptr);

    void setEngine(TrainingEngine engine);
    // Simulates `inputs` in the background: now, or at the end of the
    // runner's throttle interval (edits arrive in bursts). A search whose
    // hardware, model or batch no longer match is cancelled and cleared.
    void simulate(TrainingInputs inputs, bool now);
    // Searches the plans that fit on the hardware's GPUs for the last inputs.
    void searchConfigurations();
    // Stops the simulation and the search.
    void cancel();
    bool isRunning() const { return runner_.isRunning(); }
    bool isSearching() const { return searchRunner_.isRunning(); }

    // Shows a finished run (what the runner delivers; tests hand in their own).
    void showRun(std::shared_ptr<const TrainingSimulation> run);
    const std::shared_ptr<const rl::training::TrainingReport>& report() const { return report_; }
    // Shows one of the tabs: "timeline", "breakdown", "memory", "collectives",
    // "search"; false for another name.
    bool selectSection(const QString& name);
    // Ranks shown on the timeline: every stage at this DP, TP and CP index.
    void showRanks(int dpIndex, int tpIndex, int cpIndex = 0);

    // Parts, for tests and the window's chart export.
    QTabWidget* tabs() const { return tabs_; }
    TimelineView* timeline() const { return timeline_; }
    QCustomPlot* breakdownPlot() const { return breakdown_; }
    QCustomPlot* memoryPlot() const { return memory_; }
    QCustomPlot* currentPlot() const;  // the chart on the visible tab, or null
    CollectiveTableModel* collectiveModel() const { return collectiveModel_; }
    SearchTableModel* searchModel() const { return searchModel_; }
    QTableView* searchView() const { return searchView_; }
    QTableWidget* whatIfTable() const { return whatIfs_; }
    QTextBrowser* explanationText() const { return explanation_; }
    QLabel* keyFiguresLabel() const { return figures_; }
    QLabel* noticeLabel() const { return notice_; }
    QLabel* searchStatusLabel() const { return searchStatus_; }
    QPushButton* searchButton() const { return searchButton_; }
    QSpinBox* dpIndexBox() const { return dpIndex_; }
    QSpinBox* tpIndexBox() const { return tpIndex_; }
    QSpinBox* cpIndexBox() const { return cpIndex_; }

  Q_SIGNALS:
    // A simulation finished: its Prediction for the window's store and exports.
    void resultReady(std::shared_ptr<const rl::Prediction> prediction, double seconds);
    void runFailed(const QString& message);
    // The user applied a what-if or picked a search row: load `plan` into the scenario.
    void planChosen(const rl::training::TrainingPlan& plan, const QString& label);

  protected:
    bool eventFilter(QObject* watched, QEvent* e) override;
    // Re-renders the explanation's sentences in the new language.
    void changeEvent(QEvent* e) override;

  private:
    QWidget* buildTimelineTab();
    QWidget* buildSearchTab();
    QWidget* buildSidePanel();
    void connectRunners();
    void fillKeyFigures();
    void fillBreakdown();
    void fillMemory();
    void fillCollectives();
    void fillExplanation();
    void updateRankBoxes();
    void searchFinished(std::shared_ptr<const rl::training::SearchResult> result);
    void setSearching(bool on);
    void pickSearchRow(int row);

    TrainingEngine engine_;
    TrainingInputs inputs_;
    bool haveInputs_ = false;
    std::string searchKey_;  // the inputs the search table (or the running search) is for
    std::shared_ptr<const TrainingSimulation> run_;
    std::shared_ptr<const rl::training::TrainingReport> report_;

    QLabel* figures_;
    QLabel* notice_;
    RunProgress* progress_;
    QTabWidget* tabs_;
    QSplitter* split_;
    TimelineView* timeline_ = nullptr;
    QSpinBox* dpIndex_ = nullptr;
    QSpinBox* tpIndex_ = nullptr;
    QSpinBox* cpIndex_ = nullptr;
    QLabel* ranksHint_ = nullptr;
    QCustomPlot* breakdown_;
    QCustomPlot* memory_;
    CollectiveTableModel* collectiveModel_;
    SearchTableModel* searchModel_;
    QTableView* searchView_ = nullptr;
    QPushButton* searchButton_ = nullptr;
    RunProgress* searchProgress_ = nullptr;
    QLabel* searchStatus_ = nullptr;
    QTextBrowser* explanation_ = nullptr;
    QTableWidget* whatIfs_ = nullptr;

    // Last: destroyed first, they wait for their jobs.
    JobRunner runner_;
    JobRunner searchRunner_;
};

}  // namespace views
}  // namespace rl

Q_DECLARE_METATYPE(rl::training::TrainingPlan)
