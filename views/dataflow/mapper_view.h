#pragma once
// The mapper in the workbench: searches the mapping space of the current
// design in the background (objective, seed, evaluation and time budgets,
// progress, cancel that keeps the best so far), draws the mappings it sees as
// they arrive (a MapperSink drained on a timer) on a (cycles, energy per MAC)
// scatter with their Pareto front joined and the design's mapping marked, and
// compares two mappings side by side: their loop nests and, per level and
// tensor, the counts and energy with B - A and the relative change.
// Clicking a point makes it B and emits mappingChosen, which the page turns
// into the design every view shows; A stays as the baseline until changed.
// The first time it is shown with a design it runs a search on its own, so
// the tab opens on the design's mapping space.
#include <QString>
#include <memory>
#include <optional>

#include "core/dataflow/mapper.h"
#include "views/dataflow/dataflow_view.h"
#include "views/dataflow/mapper_scatter.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace rl::views {

class JobRunner;
class MapperCompareModel;
class ParetoPlot;
class RunProgress;

class MapperView : public DataflowView {
    Q_OBJECT
  public:
    explicit MapperView(QWidget* parent = nullptr);
    ~MapperView() override;

    void setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) override;
    std::vector<std::vector<std::string>> csvRows() const override;
    // The scatter through chart_export while it is shown, else the whole view.
    QString exportTo(const QString& path, int width = 0, int height = 0) override;

    // "EDP", "cycles", "energy" in the user's language.
    static QString objectiveName(dataflow::Objective o);
    // The search's settings (the controls), for the toolbar and for tests.
    dataflow::MapperOptions options() const;
    void setOptions(const dataflow::MapperOptions& options);
    bool isRunning() const;
    const MapperScatter& scatter() const { return scatter_; }
    // The last search's result (nullopt before one finished).
    const std::optional<dataflow::MapperResult>& lastResult() const { return result_; }
    MapperCompareModel* compareModel() const { return compare_; }
    ParetoPlot* plot() const { return plot_; }
    // The comparison's mappings: A (the baseline) and B (the point clicked).
    const std::optional<dataflow::MappingNest>& mappingA() const { return a_; }
    const std::optional<dataflow::MappingNest>& mappingB() const { return b_; }
    void showCompare(bool compare);  // the comparison tab, else the scatter

  public Q_SLOTS:
    void run();
    void cancel();
    // As a click on scatter point `point` does: B, and mappingChosen.
    void choosePoint(int point);
    void useDesignAsA();
    void swapAAndB();

  Q_SIGNALS:
    // Load this mapping into every view (the page connects it to loadMapping).
    void mappingChosen(const rl::dataflow::MappingNest& mapping, const QString& label);
    void searchFinished();

  protected:
    void showEvent(QShowEvent* e) override;

  private:
    void autoRun();  // once, when shown with a design
    void drainSink();
    void onFinished(const dataflow::MapperResult& result);
    void endRun();
    void refreshPlot(bool resetView);
    void refreshCompare();
    void refreshStatus();
    QString pointLabel(int point) const;
    QString describePoint(int point) const;
    int bIndex() const;  // B among the scatter's points, or -1

    std::shared_ptr<const dataflow::DataflowDesign> design_;
    std::string spaceKey_;  // the architecture and problem the points belong to
    std::string runKey_;    // the same for the running or last search
    MapperScatter scatter_;
    std::optional<dataflow::MapperResult> result_;
    std::shared_ptr<dataflow::MapperSink> sink_;
    std::optional<dataflow::MappingNest> a_, b_;
    QString aLabel_, bLabel_;
    bool autoRunDone_ = false;
    bool running_ = false;

    QStackedWidget* stack_;
    QLabel* emptyMessage_;
    QComboBox* objective_;
    QSpinBox* seed_;
    QSpinBox* evaluations_;
    QDoubleSpinBox* timeLimit_;
    QPushButton* runButton_;
    RunProgress* progress_;
    QLabel* status_;
    QTabWidget* tabs_;
    ParetoPlot* plot_;
    QLabel* aTitle_;
    QLabel* bTitle_;
    QPlainTextEdit* aNest_;
    QPlainTextEdit* bNest_;
    QTableView* table_;
    MapperCompareModel* compare_;
    JobRunner* runner_;
    QTimer* drainTimer_;
};

}  // namespace rl::views
