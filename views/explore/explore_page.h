#pragma once
// The exploration page: a sweep (opened from a "ridgeline.sweep" file or
// built from the current project) run in the background with progress and
// cancel, its points growing live on a Pareto plot (two figures on axes that
// can be log, a third as colour, the front joined, dominated points dimmed)
// and in a sortable table; brushing the plot selects table rows and selecting
// rows rings points; a point's details list its differences from the base,
// and a double click opens it as a project. The tornado chart shows the
// sensitivity of one objective to each axis. Plot and table export.
//
// The page runs no engine itself: the window hands it a SweepRunner
// (app/gui/explore_runner.h) and opens the projects it asks for.
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <QWidget>

#include "core/explore/sweep_points.h"
#include "core/explore/sweep_spec.h"
#include "core/result/progress.h"
#include "core/result/sweep_result.h"
#include "views/common/job_runner.h"
#include "views/common/run_progress.h"
#include "views/common/widgets_fwd.h"
#include "views/explore/sweep_plot_data.h"

namespace rl {
namespace views {

class ParetoPlot;
class PointsTable;
class SweepTableModel;
class TornadoPlot;

// The name of a project opened from a sweep's point: made, not written, so it
// reads in the interface language (and the window makes it again when the
// language changes while the project is untitled).
struct SweepPointName {
    std::string sweep;                  // the sweep's English title
    rl::NameTranslations translations;  // its title in other languages
    std::uint64_t index = 0;            // the point
    QString text() const;               // "<title>, point <index>"
};

// Runs a sweep keeping every point, calling onPoint for each in index order
// (from a worker thread) with the typed reason of a point that failed with one
// (else nullptr), so a streamed row reads in the user's language at once.
// Throws rl::Cancelled when cancelled, and a std::exception saying why when
// the sweep cannot run.
using SweepRunner = std::function<rl::SweepResult(
    const rl::explore::SweepSpec&, const rl::explore::SweepBase&, const rl::Progress&,
    const std::function<void(const rl::SweepPoint&, const rl::Message* reason)>& onPoint)>;

class ExplorePage : public QWidget {
    Q_OBJECT
  public:
    explicit ExplorePage(QWidget* parent = nullptr);
    ~ExplorePage() override;

    void setRunner(SweepRunner runner) { runner_ = std::move(runner); }

    // Loads a sweep file (and its base project) and runs it, or shows the
    // finished sweep whose sweep.json (a "ridgeline.sweep-result") `path` is.
    // Returns "" or the diagnostics that stopped it (also shown on the page).
    QString openSweep(const QString& path);
    // The same for the document already read from `path` (read once).
    QString openSweep(const QString& path, const rl::Json& doc);
    // Shows the points of a finished sweep's output folder as they were
    // written (ridgeline-cli sweep --out), failed points with the typed
    // reasons points.jsonl keeps; nothing is run. "" or why it cannot.
    QString openResults(const QString& folder);
    // Shows a sweep already read (the builder's) and runs it.
    void setSweep(rl::explore::SweepSpec spec, rl::explore::SweepBase base);
    // Lets the user build a sweep on the project in `projectPath`, then runs it.
    void buildSweep(const QString& projectPath);
    void run();
    void cancel();
    bool isRunning() const;
    bool hasSweep() const { return sweep_ != nullptr; }
    // Shows a sweep (one to run, or one read from its folder).
    bool showsSweep() const { return sweep_ != nullptr || !resultsFolder_.isEmpty(); }

    // Selects points (rows of the table model) as brushing does.
    void selectRows(const std::vector<int>& rows);
    std::vector<int> selectedRows() const;
    // Asks the window to open a point (a table model row) as a project.
    void openPoint(int row);
    // Lines "pointer: base → point" of a point's differences from the base.
    QStringList differenceLines(int row) const;

    // Export: the visible chart as PNG/SVG/PDF, the table as CSV. "" or an error.
    QString exportTableCsv(const QString& path) const;
    QCustomPlot* currentPlot() const;

    // Parts, for tests and the window.
    ParetoPlot* paretoPlot() const { return pareto_; }
    TornadoPlot* tornadoPlot() const { return tornado_; }
    SweepTableModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* table() const;
    QComboBox* xCombo() const { return xCombo_; }
    QComboBox* yCombo() const { return yCombo_; }
    QComboBox* colourCombo() const { return colourCombo_; }
    QCheckBox* logXBox() const { return logX_; }
    QCheckBox* logYBox() const { return logY_; }
    QTabWidget* tabs() const { return tabs_; }
    QLabel* summaryLabel() const { return strip_; }
    QLabel* noticeLabel() const { return notice_; }
    QTextBrowser* detailsText() const { return details_; }

  Q_SIGNALS:
    // A sweep run ended: finished (true) or failed/cancelled (false).
    void sweepFinished(bool ok);
    // Open this point's design as an untitled project named `name.text()`.
    void openProjectRequested(const rl::Project& project, const rl::views::SweepPointName& name);
    // The user wants to build a sweep from the current project.
    void buildFromProjectRequested();

  private:
    struct Sweep;
    struct LiveBuffer;
    // The open sweep's frame (its columns, no points yet), or none.
    void showSweep();
    // The table, charts, summary and details afresh for these rows.
    void showSweep(rl::SweepResult rows);
    void onRunFinished(rl::views::JobResult result);
    void onRunEnded(const QString& message);
    void drainLive();
    void refillSeriesCombos();
    void rebuildPareto(bool resetView);
    void rebuildTornado();
    void updateSummary();
    void showDetails();
    void syncTableFromPlot(const std::vector<int>& rows);
    void chooseSeriesFromCombos();
    void exportPlot();
    void exportTable();
    void showNotice(const QString& text);

    SweepRunner runner_;
    std::shared_ptr<Sweep> sweep_;
    std::shared_ptr<LiveBuffer> live_;
    JobRunner* jobs_;
    QTimer* liveTimer_;
    ParetoChoice choice_;
    std::vector<SweepSeries> series_;  // what the x, y and colour combos offer
    bool syncing_ = false;
    int hiddenPoints_ = 0;  // points the plot cannot place
    bool autoLog_ = true;   // log axes follow the data until the user sets them
    QString lastMessage_;
    QString resultsFolder_;  // the finished sweep's folder shown, when no spec is open

    QLabel* strip_;
    QLabel* notice_;
    QPushButton* openButton_;
    QPushButton* buildButton_;
    QPushButton* runButton_;
    RunProgress* progress_;
    QTabWidget* tabs_;
    QSplitter* split_;
    ParetoPlot* pareto_;
    TornadoPlot* tornado_;
    QComboBox* xCombo_;
    QComboBox* yCombo_;
    QComboBox* colourCombo_;
    QCheckBox* logX_;
    QCheckBox* logY_;
    QComboBox* tornadoObjective_;
    SweepTableModel* model_;
    QSortFilterProxyModel* proxy_;
    PointsTable* table_;
    QTextBrowser* details_;
    QPushButton* openPointButton_;
};

}  // namespace views
}  // namespace rl

Q_DECLARE_METATYPE(rl::Project)
Q_DECLARE_METATYPE(rl::views::SweepPointName)
