#pragma once
// The serving page: what the serving simulator found, for people. A summary
// strip; latency CDFs with SLO lines; batch size, KV-cache use and queue
// length over time; the per-request table (a click selects the request's span
// on the timeline below it); throughput and goodput; the explanation with an Apply
// button per what-if; capacity search with its trials plotted as they finish.
//
// The page runs nothing itself: the window's RunController runs the
// simulator and drives runStarted / runProgress / showPartial /
// addCapacityTrial / runEnded; the final result arrives through the
// ResultStore. What is drawn comes from serving_charts_model.h.
#include <memory>
#include <vector>

#include <QWidget>

#include "core/result/serving_report.h"
#include "core/spec/scenario.h"
#include "views/common/result_store.h"
#include "views/common/run_progress.h"
#include "views/common/widgets_fwd.h"
#include "views/serving/serving_charts_model.h"

class QCPAxisRect;

namespace rl {
namespace views {

class RequestTableModel;
class TimelineView;
class WhatIfPanel;

class ServingPage : public QWidget {
    Q_OBJECT
  public:
    enum class RunKind { simulation, capacitySearch };

    explicit ServingPage(ResultStore* store, QWidget* parent = nullptr);

    // The scenario's SLOs (lines on the CDFs and the capacity chart).
    void setSlo(const rl::ServingSlo& slo);
    const rl::ServingSlo& slo() const { return slo_; }

    // Run state, driven by the window's job runner.
    void runStarted(RunKind kind);
    void runProgress(double fraction, const QString& what);
    // The run ended (finished, failed or cancelled); `message` is shown if not empty.
    void runEnded(const QString& message);
    bool isRunning() const { return running_; }
    // Results so far while a run is going (ignored when no run is going).
    void showPartial(std::shared_ptr<const rl::ServingReport> report);
    // A capacity-search trial that just finished.
    void addCapacityTrial(const rl::CapacityTrial& trial);

    // The report shown (the final one, or the latest partial one), or null.
    const std::shared_ptr<const rl::ServingReport>& report() const { return report_; }
    bool showsPartial() const { return partial_; }
    // Selects a request (ServingReport::requests index): its table row and its timeline span.
    void selectRequest(int request);
    const RequestSpan& selectedSpan() const { return span_; }

    // Parts, for tests and the window's chart export.
    QCustomPlot* requestLatencyPlot() const { return requestCdf_; }
    QCustomPlot* tokenLatencyPlot() const { return tokenCdf_; }
    QCustomPlot* seriesPlot() const { return series_; }
    QCustomPlot* capacityPlot() const { return capacity_; }
    // The chart on the visible tab (null on the requests tab).
    QCustomPlot* currentPlot() const;
    QTabWidget* tabs() const { return tabs_; }
    QTableView* requestTable() const { return requestView_; }
    TimelineView* timeline() const { return timeline_; }
    QSortFilterProxyModel* requestProxy() const { return proxy_; }
    RequestTableModel* requestModel() const { return model_; }
    QTableWidget* summaryTable() const { return summary_; }
    QTableWidget* whatIfTable() const;
    QTextBrowser* explanationText() const;
    QLabel* summaryStripLabel() const { return strip_; }
    QLabel* noticeLabel() const { return notice_; }
    QPushButton* capacityButton() const { return capacityButton_; }
    QPushButton* cancelButton() const { return progress_->cancelButton(); }
    QProgressBar* progressBar() const { return progress_->bar(); }
    int capacityTrialCount() const { return static_cast<int>(trials_.size()); }

  Q_SIGNALS:
    void cancelRequested();
    void capacitySearchRequested();
    // The user asked to apply this what-if to the scenario and re-run.
    void applyWhatIf(const rl::ServingWhatIf& whatIf);
    // A request was selected: its replica and time span on the timeline.
    void requestSelected(const rl::views::RequestSpan& span);

  protected:
    bool eventFilter(QObject* watched, QEvent* e) override;
    // Re-renders the explanation's sentences in the new language.
    void changeEvent(QEvent* e) override;

  private:
    void onResultChanged();
    void show(std::shared_ptr<const rl::ServingReport> report);
    void rebuildCharts();
    void rebuildLatency(QCustomPlot* plot, const std::vector<LatencyMetric>& metrics,
                        bool tbtMarkersToo);
    void setupSeriesRects();
    void rebuildSeries();
    void rebuildCapacity();
    void fillSummary();
    void updateStrip();
    void fillExplanation();
    void showSpan();

    ResultStore* store_;
    rl::ServingSlo slo_;
    std::shared_ptr<const rl::ServingReport> report_;
    bool partial_ = false;
    bool running_ = false;
    RunKind runKind_ = RunKind::simulation;
    std::vector<rl::CapacityTrial> trials_;
    RequestSpan span_;

    QLabel* strip_;
    QLabel* notice_;
    QPushButton* capacityButton_;
    RunProgress* progress_;
    QTabWidget* tabs_;
    QSplitter* mainSplit_;
    QSplitter* latencySplit_;
    QCustomPlot* requestCdf_;
    QCustomPlot* tokenCdf_;
    QCustomPlot* series_;
    QCPAxisRect* seriesRects_[3] = {};
    QCustomPlot* capacity_;
    QTableView* requestView_;
    RequestTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QLabel* spanLabel_;
    QSplitter* requestSplit_;  // the request table above the timeline
    TimelineView* timeline_;
    QTableWidget* summary_;
    WhatIfPanel* why_;
};

}  // namespace views
}  // namespace rl

Q_DECLARE_METATYPE(rl::ServingWhatIf)
Q_DECLARE_METATYPE(rl::views::RequestSpan)
