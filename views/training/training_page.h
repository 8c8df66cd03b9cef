#pragma once
// The training page: what the training simulator found, for people. Key
// figures on top (iteration time, tokens/s, TFLOP/s per GPU, MFU/HFU, memory
// fit, time and cost to train); tabs with the per-rank timeline (the 1F1B
// picture across pipeline stages with the TP, EP, PP and DP streams under
// each rank), the step breakdown as a stacked bar, memory per GPU per stage
// against capacity, the collectives table and the configuration search;
// beside them the explanation with an Apply button per re-simulated what-if.
//
// The page runs its simulations on the one job runner (views/common/job_runner.h:
// newest job only, cancel, stale results dropped), and its search tab
// (training_search_tab.h) its searches on another, through the engine the app
// wires in (views/training/training_run.h).
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
class RankPicker;
class TimelineView;
class TrainingSearchTab;
class WhatIfPanel;

class TrainingPage : public QWidget {
    Q_OBJECT
  public:
    explicit TrainingPage(QWidget* parent = nullptr);

    void setEngine(TrainingEngine engine);
    // Simulates `inputs` in the background: now, or at the end of the
    // runner's throttle interval (edits arrive in bursts). A search whose
    // hardware, model or batch no longer match is cancelled and cleared.
    void simulate(TrainingInputs inputs, bool now);
    // Stops the simulation and the search.
    void cancel();
    bool isRunning() const { return runner_.isRunning(); }

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
    TrainingSearchTab* searchTab() const { return search_; }
    QTableWidget* whatIfTable() const;
    QTextBrowser* explanationText() const;
    QLabel* keyFiguresLabel() const { return figures_; }
    QLabel* noticeLabel() const { return notice_; }
    RankPicker* rankPicker() const { return ranks_; }

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
    QWidget* buildSidePanel();
    void connectRunner();
    void fillKeyFigures();
    void fillBreakdown();
    void fillMemory();
    void fillCollectives();
    void fillExplanation();

    TrainingEngine engine_;
    TrainingInputs inputs_;
    std::shared_ptr<const TrainingSimulation> run_;
    std::shared_ptr<const rl::training::TrainingReport> report_;

    QLabel* figures_ = nullptr;
    QLabel* notice_ = nullptr;
    RunProgress* progress_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QSplitter* split_ = nullptr;
    TimelineView* timeline_ = nullptr;
    RankPicker* ranks_ = nullptr;
    QCustomPlot* breakdown_ = nullptr;
    QCustomPlot* memory_ = nullptr;
    CollectiveTableModel* collectiveModel_ = nullptr;
    TrainingSearchTab* search_ = nullptr;
    WhatIfPanel* why_ = nullptr;

    JobRunner runner_;  // last: destroyed first, it waits for its job
};

}  // namespace views
}  // namespace rl

Q_DECLARE_METATYPE(rl::training::TrainingPlan)
