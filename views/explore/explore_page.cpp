#include "views/explore/explore_page.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "core/explore/design_specs.h"
#include "core/explore/sweep_files.h"
#include "core/explore/sweep_manifest.h"
#include "core/spec/atomic_save.h"
#include "core/spec/format_field.h"
#include "core/spec/json_reader.h"
#include "views/common/chart_export.h"
#include "views/common/flow_layout.h"
#include "views/common/format.h"
#include "views/common/page_frame.h"
#include "views/common/plot_page.h"
#include "views/common/qcp.h"
#include "views/common/save_error_text.h"
#include "views/common/sorted_table.h"
#include "views/common/theme.h"
#include "views/editors/diagnostic_text.h"
#include "views/explanation/message_text.h"
#include "views/explore/localized_name.h"
#include "views/explore/pareto_plot.h"
#include "views/explore/points_table.h"
#include "views/explore/sweep_builder_dialog.h"
#include "views/explore/sweep_format.h"
#include "views/explore/sweep_table_model.h"
#include "views/explore/tornado_plot.h"

namespace rl {
namespace views {

// The sweep shown: spec, base and the point space (which points at the spec,
// so the three live together and never move).
struct ExplorePage::Sweep {
    rl::explore::SweepSpec spec;
    rl::explore::SweepBase base;
    std::optional<rl::explore::PointSpace> space;
};

// Points handed over by the running sweep's worker thread, drained by the
// page's timer: the plot and the table grow a few times a second, not per point.
struct ExplorePage::LiveBuffer {
    std::mutex mutex;
    std::vector<rl::SweepPoint> points;
    std::vector<rl::SweepPointFailure> failures;  // typed reasons of failed points, in order
};

namespace {

constexpr int kLiveIntervalMs = 250;

// A JSON value as a person reads it: strings without quotes, a whole spec by its name.
QString showJson(const rl::Json& v) {
    if (v.is_null()) return QStringLiteral("–");
    if (v.is_string()) return qstr(v.get<std::string>());
    if (v.is_object()) {
        auto it = v.find("name");
        if (it != v.end() && it->is_string()) return qstr(it->get<std::string>());
        return QStringLiteral("{…}");
    }
    return qstr(v.dump());
}

QCheckBox* logBox(QWidget* owner, QHBoxLayout* bar) {
    auto* box = new QCheckBox(ExplorePage::tr("log"), owner);
    box->setToolTip(ExplorePage::tr("Logarithmic axis (decades)"));
    bar->addWidget(box);
    return box;
}

}  // namespace

QString SweepPointName::text() const {
    return ExplorePage::tr("%1, point %2")
        .arg(localizedName(sweep, translations))
        .arg(static_cast<qulonglong>(index));
}

ExplorePage::ExplorePage(QWidget* parent)
    : QWidget(parent), jobs_(new JobRunner(this)), liveTimer_(new QTimer(this)) {
    qRegisterMetaType<rl::Project>("rl::Project");
    setObjectName("explorePage");

    // Strip: what is shown, the run controls.
    strip_ = new QLabel(this);
    strip_->setObjectName("exploreSummary");
    strip_->setWordWrap(true);
    QFont sf = strip_->font();
    sf.setBold(true);
    strip_->setFont(sf);
    progress_ = new RunProgress(RunProgress::TextPlacement::TextBeside, this);
    runButton_ = new QPushButton(tr("Run"), this);
    runButton_->setToolTip(tr("Evaluate every point of the sweep again"));
    openButton_ = new QPushButton(tr("Open sweep…"), this);
    buildButton_ = new QPushButton(tr("New sweep…"), this);
    buildButton_->setToolTip(
        tr("Build a sweep from the current project: pick fields, give their values"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(strip_, 1);
    top->addWidget(progress_);
    top->addWidget(runButton_);
    top->addWidget(openButton_);
    top->addWidget(buildButton_);
    notice_ = new QLabel(this);
    notice_->setObjectName("exploreNotice");
    notice_->setWordWrap(true);
    notice_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notice_->setVisible(false);

    // Charts: the Pareto plot with its choices, the tornado chart.
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    auto* paretoTab = new QWidget(tabs_);
    // Wraps where the page is narrow: in one row German labels made it 1003 px wide.
    FlowLayout* paretoBar = newWrappingPlotToolBar();
    QHBoxLayout* xGroup = addToolGroup(paretoBar, paretoTab);
    xCombo_ =
        addLabelledCombo(xGroup, tr("X:"), tr("The figure along the horizontal axis"), paretoTab);
    logX_ = logBox(paretoTab, xGroup);
    QHBoxLayout* yGroup = addToolGroup(paretoBar, paretoTab);
    yCombo_ =
        addLabelledCombo(yGroup, tr("Y:"), tr("The figure along the vertical axis"), paretoTab);
    logY_ = logBox(paretoTab, yGroup);
    colourCombo_ = addLabelledCombo(addToolGroup(paretoBar, paretoTab), tr("Colour:"),
                                    tr("A third figure or an axis, shown as colour"), paretoTab);
    QHBoxLayout* chartGroup = addToolGroup(paretoBar, paretoTab);
    auto* resetButton = new QPushButton(tr("Reset view"), paretoTab);
    resetButton->setToolTip(tr("Show every point (the wheel zooms; drag to brush points)"));
    chartGroup->addWidget(resetButton);
    auto* exportPlotButton = new QPushButton(tr("Export chart…"), paretoTab);
    exportPlotButton->setToolTip(tr("Save the chart shown as PNG, SVG or PDF"));
    chartGroup->addWidget(exportPlotButton);
    pareto_ = new ParetoPlot(paretoTab);
    stackToolBarOver(paretoTab, paretoBar, pareto_);
    auto* tornadoTab = new QWidget(tabs_);
    auto* tornadoBar = newPlotToolBar();
    tornadoObjective_ = addLabelledCombo(
        tornadoBar, tr("Objective:"), tr("The objective whose sensitivity is shown"), tornadoTab);
    tornadoBar->addStretch(1);
    auto* exportTornadoButton = new QPushButton(tr("Export chart…"), tornadoTab);
    exportTornadoButton->setToolTip(tr("Save the chart shown as PNG, SVG or PDF"));
    tornadoBar->addWidget(exportTornadoButton);
    tornado_ = new TornadoPlot(tornadoTab);
    stackToolBarOver(tornadoTab, tornadoBar, tornado_);
    tabs_->addTab(paretoTab, tr("Pareto front"));
    tabs_->addTab(tornadoTab, tr("Sensitivity"));

    // The table of points and the selected point's details.
    model_ = new SweepTableModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    table_ = new PointsTable(model_, this);
    table_->setObjectName("explorePoints");
    setUpSortedTable(table_, proxy_, model_, SweepTableModel::kSortRole, 0, Qt::AscendingOrder,
                     QAbstractItemView::ExtendedSelection);
    auto* detailsBox = new QGroupBox(tr("Selected design"), this);
    details_ = new QTextBrowser(detailsBox);
    details_->setObjectName("exploreDetails");
    openPointButton_ = new QPushButton(tr("Open as project"), detailsBox);
    openPointButton_->setToolTip(
        tr("Open this design as an untitled project (also: double-click a point or a row)"));
    openPointButton_->setEnabled(false);
    auto* exportTableButton = new QPushButton(tr("Export table…"), detailsBox);
    details_->setMinimumHeight(40);
    table_->setMinimumHeight(60);
    // One above the other: the box beside the chart stays narrow in every language.
    auto* detailButtons = new QVBoxLayout;
    detailButtons->addWidget(openPointButton_, 0, Qt::AlignLeft);
    detailButtons->addWidget(exportTableButton, 0, Qt::AlignLeft);
    auto* dl = new QVBoxLayout(detailsBox);
    dl->setContentsMargins(4, 4, 4, 4);
    dl->addWidget(details_, 1);
    dl->addLayout(detailButtons);

    // The chart is the main thing: it and the selected design's details above
    // (the details need height more than width), the table under them across
    // the whole width (so its columns need not scroll sideways).
    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(tabs_);
    upper->addWidget(detailsBox);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 0);
    upper->setSizes({1000, 260});
    split_ = new QSplitter(Qt::Vertical, this);
    split_->addWidget(upper);
    split_->addWidget(table_);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 1);
    split_->setSizes({700, 230});  // the chart gets about three quarters of the height

    stackPageFrame(this, top, notice_, split_);

    liveTimer_->setInterval(kLiveIntervalMs);
    connect(liveTimer_, &QTimer::timeout, this, &ExplorePage::drainLive);
    connect(jobs_, &JobRunner::started, this, [this](quint64) {
        progress_->start(tr("Evaluating…"));
        runButton_->setEnabled(false);
    });
    connect(jobs_, &JobRunner::progress, this,
            [this](quint64, double f, const QString& what) { progress_->setProgress(f, what); });
    connect(jobs_, &JobRunner::finished, this,
            [this](quint64, JobResult r, double) { onRunFinished(std::move(r)); });
    connect(jobs_, &JobRunner::failed, this, [this](quint64, const QString& message) {
        drainLive();
        onRunEnded(tr("The sweep stopped: %1").arg(message));
        Q_EMIT sweepFinished(false);
    });
    connect(jobs_, &JobRunner::cancelled, this, [this](quint64) {
        drainLive();
        onRunEnded(tr("Cancelled after %1 of %2 points; the points so far are shown.")
                       .arg(model_->rowCount())
                       .arg(static_cast<qulonglong>(model_->descriptors().pointCount)));
        Q_EMIT sweepFinished(false);
    });
    connect(progress_, &RunProgress::cancelClicked, this, &ExplorePage::cancel);
    connect(runButton_, &QPushButton::clicked, this, &ExplorePage::run);
    connect(buildButton_, &QPushButton::clicked, this, &ExplorePage::buildFromProjectRequested);
    connect(openButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open sweep"), QString(), tr("Ridgeline sweep (*.json);;All files (*)"));
        if (!path.isEmpty()) openSweep(path);
    });
    for (QComboBox* c : {xCombo_, yCombo_, colourCombo_})
        connect(c, qOverload<int>(&QComboBox::activated), this, [this] {
            chooseSeriesFromCombos();
            rebuildPareto(true);
            updateSummary();
        });
    for (QCheckBox* b : {logX_, logY_})
        connect(b, &QCheckBox::toggled, this, [this] {
            autoLog_ = false;
            choice_.logX = logX_->isChecked();
            choice_.logY = logY_->isChecked();
            rebuildPareto(true);
            updateSummary();
        });
    connect(resetButton, &QPushButton::clicked, pareto_, &ParetoPlot::resetView);
    connect(tornadoObjective_, qOverload<int>(&QComboBox::activated), this,
            &ExplorePage::rebuildTornado);
    connect(pareto_, &ParetoPlot::brushed, this, &ExplorePage::syncTableFromPlot);
    connect(pareto_, &ParetoPlot::pointClicked, this, [this](int p) {
        syncTableFromPlot(p >= 0 ? std::vector<int>{p} : std::vector<int>{});
    });
    connect(pareto_, &ParetoPlot::pointActivated, this, &ExplorePage::openPoint);
    pareto_->setDescriber([this](int row) {
        return row < model_->rowCount()
                   ? describePoint(model_->descriptors(), model_->points()[row])
                   : QString();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (syncing_) return;
        pareto_->setSelected(selectedRows());
        showDetails();
    });
    connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        openPoint(proxy_->data(i, SweepTableModel::kRowRole).toInt());
    });
    connect(openPointButton_, &QPushButton::clicked, this, [this] {
        const auto rows = selectedRows();
        if (!rows.empty()) openPoint(rows.front());
    });
    connect(exportPlotButton, &QPushButton::clicked, this, &ExplorePage::exportPlot);
    connect(exportTornadoButton, &QPushButton::clicked, this, &ExplorePage::exportPlot);
    connect(exportTableButton, &QPushButton::clicked, this, &ExplorePage::exportTable);
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        rebuildPareto(false);
        rebuildTornado();
    });
    showSweep();
}

ExplorePage::~ExplorePage() = default;

QString ExplorePage::openSweep(const QString& path) {
    rl::Diagnostics diag(path.toStdString());
    const auto doc = rl::readJsonFile(path.toStdString(), diag);
    if (!doc) {
        const QString message = diagnosticsText(diag);
        showNotice(tr("Could not open the sweep:\n%1").arg(message));
        return message;
    }
    return openSweep(path, *doc);
}

QString ExplorePage::openSweep(const QString& path, const rl::Json& doc) {
    if (rl::formatField(doc) == rl::explore::kSweepResultFormat)
        return openResults(QFileInfo(path).absolutePath());
    rl::explore::LoadedSweep loaded = rl::explore::loadSweep(doc, path.toStdString());
    if (!loaded.ok()) {
        const QString message = diagnosticsText(loaded.diagnostics);
        showNotice(tr("Could not open the sweep:\n%1").arg(message));
        return message;
    }
    setSweep(std::move(*loaded.spec), std::move(*loaded.base));
    return {};
}

QString ExplorePage::openResults(const QString& folder) {
    rl::Diagnostics diag;
    auto read = rl::explore::readSweepFolder(folder.toStdString(), true, diag);
    if (!read) {
        const QString message = diagnosticsText(diag);
        showNotice(tr("Could not open the sweep's results:\n%1").arg(message));
        return message;
    }
    jobs_->cancel();
    liveTimer_->stop();
    live_.reset();
    sweep_.reset();
    resultsFolder_ = folder;
    notice_->setVisible(false);
    showSweep(std::move(*read));
    // After the caller's own set-up (a screenshot run waits for this).
    QTimer::singleShot(0, this, [this] { Q_EMIT sweepFinished(true); });
    return {};
}

void ExplorePage::setSweep(rl::explore::SweepSpec spec, rl::explore::SweepBase base) {
    resultsFolder_.clear();
    jobs_->cancel();
    liveTimer_->stop();
    live_.reset();
    auto sweep = std::make_shared<Sweep>();
    sweep->spec = std::move(spec);
    sweep->base = std::move(base);
    rl::Diagnostics diag;
    sweep->space = rl::explore::PointSpace::build(sweep->spec, diag);
    if (!sweep->space) {
        showNotice(tr("Could not build the sweep's points:\n%1").arg(diagnosticsText(diag)));
        return;
    }
    sweep_ = std::move(sweep);
    notice_->setVisible(false);
    showSweep();
    run();
}

void ExplorePage::buildSweep(const QString& projectPath) {
    SweepBuilderDialog dialog(projectPath, this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (auto loaded = dialog.read()) setSweep(std::move(*loaded->spec), std::move(*loaded->base));
}

void ExplorePage::showSweep() {
    const std::uint64_t count = sweep_ ? sweep_->space->size() : 0;
    showSweep(sweep_ ? rl::explore::describeSweep(sweep_->spec, count) : rl::SweepResult{});
}

void ExplorePage::showSweep(rl::SweepResult rows) {
    model_->reset(std::move(rows));
    refillSeriesCombos();
    runButton_->setEnabled(sweep_ != nullptr);
    openPointButton_->setEnabled(false);
    rebuildPareto(true);
    rebuildTornado();
    updateSummary();
    showDetails();
}

QTableView* ExplorePage::table() const { return table_; }

void ExplorePage::run() {
    if (!sweep_ || !runner_) return;
    live_ = std::make_shared<LiveBuffer>();
    model_->reset(rl::explore::describeSweep(sweep_->spec, sweep_->space->size()));
    notice_->setVisible(false);
    auto live = live_;
    auto sweep = sweep_;
    SweepRunner runner = runner_;
    jobs_->runNow(typedWork<rl::SweepResult>([live, sweep, runner](const rl::Progress& progress) {
        return runner(sweep->spec, sweep->base, progress,
                      [live](const rl::SweepPoint& p, const rl::Message* reason) {
                          std::lock_guard<std::mutex> lock(live->mutex);
                          live->points.push_back(p);
                          if (reason) live->failures.push_back({p.index, *reason});
                      });
    }));
    liveTimer_->start();
    rebuildPareto(true);
    updateSummary();
}

void ExplorePage::cancel() { jobs_->cancel(); }

bool ExplorePage::isRunning() const { return jobs_->isRunning(); }

void ExplorePage::drainLive() {
    if (!live_) return;
    std::vector<rl::SweepPoint> fresh;
    std::vector<rl::SweepPointFailure> failures;
    {
        std::lock_guard<std::mutex> lock(live_->mutex);
        fresh.swap(live_->points);
        failures.swap(live_->failures);
    }
    if (fresh.empty()) return;
    model_->append(std::move(fresh), std::move(failures));
    model_->setFront(sweepFront(model_->descriptors(), model_->points()));
    rebuildPareto(false);
    updateSummary();
}

void ExplorePage::onRunFinished(JobResult result) {
    auto r = resultAs<rl::SweepResult>(result);
    liveTimer_->stop();
    live_.reset();
    model_->reset(*r);  // every point, the front and the sensitivity as the engine found them
    onRunEnded(QString());
    if (r->points.empty())
        showNotice(tr("The sweep has no points to show."));
    else if (r->feasibleCount == 0)
        showNotice(
            tr("No point of the sweep is feasible: see the Error column and the "
               "constraints."));
    rebuildPareto(false);
    rebuildTornado();
    updateSummary();
    showDetails();
    Q_EMIT sweepFinished(true);
}

void ExplorePage::onRunEnded(const QString& message) {
    liveTimer_->stop();
    live_.reset();
    progress_->finish();
    runButton_->setEnabled(sweep_ != nullptr);
    if (!message.isEmpty()) showNotice(message);
    updateSummary();
}

void ExplorePage::showNotice(const QString& text) {
    notice_->setText(text);
    notice_->setVisible(!text.isEmpty());
}

void ExplorePage::refillSeriesCombos() {
    const rl::SweepResult& d = model_->descriptors();
    series_ = plottableSeries(d);
    const QSignalBlocker bx(xCombo_), by(yCombo_), bc(colourCombo_), bt(tornadoObjective_);
    xCombo_->clear();
    yCombo_->clear();
    colourCombo_->clear();
    tornadoObjective_->clear();
    colourCombo_->addItem(tr("none"));
    for (const SweepSeries& s : series_) {
        const QString title = seriesTitle(d, s);
        xCombo_->addItem(title);
        yCombo_->addItem(title);
        colourCombo_->addItem(title);
    }
    for (const auto& o : d.objectives) tornadoObjective_->addItem(objectiveTitle(o));
    // The first two objectives on the axes, a third figure (or the first numeric axis) as colour.
    choice_ = ParetoChoice{};
    const int n = static_cast<int>(series_.size());
    xCombo_->setCurrentIndex(n > 0 ? 0 : -1);
    yCombo_->setCurrentIndex(n > 1 ? 1 : (n > 0 ? 0 : -1));
    colourCombo_->setCurrentIndex(n > 2 ? 3 : 0);
    chooseSeriesFromCombos();
    // Log axes for figures spanning decades; the page cannot know before the
    // first points, so the axes of the sweep's log-spaced fields decide now.
    const QSignalBlocker lx(logX_), ly(logY_);
    logX_->setChecked(choice_.x.kind == SweepSeries::Kind::axis &&
                      d.axes[choice_.x.index].logScale);
    logY_->setChecked(choice_.y.kind == SweepSeries::Kind::axis &&
                      d.axes[choice_.y.index].logScale);
    choice_.logX = logX_->isChecked();
    choice_.logY = logY_->isChecked();
    autoLog_ = true;
}

void ExplorePage::chooseSeriesFromCombos() {
    auto pick = [this](QComboBox* c, int offset) {
        const int i = c->currentIndex() - offset;
        return i >= 0 && i < static_cast<int>(series_.size()) ? series_[i] : SweepSeries{};
    };
    choice_.x = pick(xCombo_, 0);
    choice_.y = pick(yCombo_, 0);
    choice_.colour = pick(colourCombo_, 1);
}

void ExplorePage::rebuildPareto(bool resetView) {
    const rl::SweepResult& d = model_->descriptors();
    const auto& points = model_->points();
    // Until the user chooses, figures spanning decades get log axes as they arrive.
    if (autoLog_ && !points.empty()) {
        const QSignalBlocker lx(logX_), ly(logY_);
        if (choice_.x.kind != SweepSeries::Kind::none)
            logX_->setChecked(prefersLog(d, seriesValues(d, points, choice_.x), choice_.x));
        if (choice_.y.kind != SweepSeries::Kind::none)
            logY_->setChecked(prefersLog(d, seriesValues(d, points, choice_.y), choice_.y));
        choice_.logX = logX_->isChecked();
        choice_.logY = logY_->isChecked();
    }
    ParetoScene scene;
    std::vector<std::size_t> sweepFrontRows;
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->onFront(r)) sweepFrontRows.push_back(r);
    scene.set(paretoInput(d, points, choice_, sweepFrontRows));
    const bool plotted =
        choice_.x.kind != SweepSeries::Kind::none && choice_.y.kind != SweepSeries::Kind::none;
    // Tick labels carry the unit, decade ticks show a log scale: the title is the name.
    auto titled = [&](const SweepSeries& s) {
        return s.kind == SweepSeries::Kind::none ? QString() : seriesTitle(d, s);
    };
    QString title;
    if (!showsSweep())
        title = tr("Open a sweep, or build one from the current project");
    else if (points.empty())
        title =
            isRunning() ? tr("%1: waiting for the first points").arg(sweepTitle(d)) : sweepTitle(d);
    else if (plotted)
        title = tr("%1 against %2").arg(seriesTitle(d, choice_.y), seriesTitle(d, choice_.x));
    hiddenPoints_ = points.empty() ? 0 : scene.hiddenCount();
    pareto_->setScene(scene, title, titled(choice_.x), titled(choice_.y), titled(choice_.colour),
                      resetView);
    pareto_->setSelected(selectedRows());
}

void ExplorePage::rebuildTornado() {
    const rl::SweepResult& d = model_->descriptors();
    const int objective = tornadoObjective_->currentIndex();
    const TornadoInput input = tornadoInput(d, objective);
    const TornadoScene scene = makeTornado(input);
    QString message;
    if (!showsSweep())
        message = tr("No sweep");
    else if (isRunning())
        message = tr("The sensitivity follows the finished sweep.");
    else if (d.sensitivity.empty())
        message =
            tr("This sweep has no sensitivity rows (\"sensitivity\": false, or it did not "
               "finish).");
    const QString objectiveName =
        objective >= 0 && objective < static_cast<int>(d.objectives.size())
            ? objectiveTitle(d.objectives[objective])
            : QString();
    // Rows whose ends have no value draw no bar: say why rather than show bare axes.
    if (message.isEmpty() && scene.bars.empty() && !objectiveName.isEmpty())
        message = std::isfinite(input.base)
                      ? tr("No axis has a value of %1 at both of its ends: those points failed "
                           "or have none (the table says why).")
                            .arg(objectiveName)
                      : tr("The base design has no value of %1 (it failed or has none), so "
                           "there is no change to show.")
                            .arg(objectiveName);
    const QString title = objectiveName.isEmpty()
                              ? tr("Sensitivity")
                              : tr("Sensitivity of %1 to each axis, the others at the base design")
                                    .arg(objectiveName);
    const QString valueTitle =
        scene.relative
            ? tr("Change of %1 from the base (%2)")
                  .arg(objectiveName, sweepFigureFormat(d.objectives[objective].metric,
                                                        d.objectives[objective].unit)(input.base))
            : tr("Change of %1 from the base").arg(objectiveName);
    tornado_->setScene(input, scene, title, objectiveName.isEmpty() ? QString() : valueTitle,
                       message);
}

void ExplorePage::updateSummary() {
    if (!showsSweep()) {
        strip_->setText(tr("No sweep open"));
        return;
    }
    const rl::SweepResult& d = model_->descriptors();
    int feasible = 0, errors = 0, front = 0;
    for (int r = 0; r < model_->rowCount(); ++r) {
        const auto& p = model_->points()[r];
        feasible += p.feasible ? 1 : 0;
        errors += p.error.empty() ? 0 : 1;
        front += model_->onFront(r) ? 1 : 0;
    }
    QString text = tr("%1 · %2 of %3 points · %4 feasible · %5 on the front · %6 errors")
                       .arg(sweepTitle(d))
                       .arg(model_->rowCount())
                       .arg(static_cast<qulonglong>(d.pointCount))
                       .arg(feasible)
                       .arg(front)
                       .arg(errors);
    if (hiddenPoints_ > 0)
        text +=
            tr(" · %1 not plotted (no value, or not positive on a log axis)").arg(hiddenPoints_);
    strip_->setText(text);
    strip_->setToolTip(sweep_ ? qstr(sweep_->spec.description)
                              : tr("Read from %1").arg(QDir::toNativeSeparators(resultsFolder_)));
}

std::vector<int> ExplorePage::selectedRows() const {
    std::vector<int> rows;
    for (const QModelIndex& i : table_->selectionModel()->selectedRows())
        rows.push_back(proxy_->data(i, SweepTableModel::kRowRole).toInt());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ExplorePage::selectRows(const std::vector<int>& rows) {
    QItemSelection selection;
    const int last = model_->columnCount() - 1;
    for (int r : rows) {
        if (r < 0 || r >= model_->rowCount()) continue;
        const QModelIndex a = proxy_->mapFromSource(model_->index(r, 0));
        const QModelIndex b = proxy_->mapFromSource(model_->index(r, last));
        selection.select(a, b);
    }
    table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) table_->scrollTo(selection.first().topLeft());
}

void ExplorePage::syncTableFromPlot(const std::vector<int>& rows) {
    syncing_ = true;
    selectRows(rows);
    syncing_ = false;
    pareto_->setSelected(rows);
    showDetails();
}

QStringList ExplorePage::differenceLines(int row) const {
    QStringList lines;
    if (!sweep_ || row < 0 || row >= model_->rowCount()) return lines;
    const rl::explore::PointSpace& space = *sweep_->space;
    const std::uint64_t index = model_->points()[row].index;
    if (index >= space.size()) return lines;
    std::vector<rl::explore::AxisSetting> settings(space.axisCount());
    space.settings(index, settings);
    for (const auto& e : rl::explore::differencesFromBase(space, sweep_->base, settings))
        lines << QStringLiteral("%1: %2 → %3")
                     .arg(qstr(e.pointer), showJson(e.before), showJson(e.after));
    return lines;
}

void ExplorePage::showDetails() {
    const auto rows = selectedRows();
    openPointButton_->setEnabled(rows.size() == 1 && sweep_);
    if (rows.empty()) {
        details_->setHtml("<p>" +
                          (model_->rowCount() > 0
                               ? tr("Click a point or a row to see its design; drag on the plot "
                                    "to select the points in a rectangle.")
                               : QString()) +
                          "</p>");
        return;
    }
    const rl::SweepResult& d = model_->descriptors();
    QString html;
    if (rows.size() > 1) html += "<p><b>" + tr("%1 points selected").arg(rows.size()) + "</b></p>";
    const int row = rows.front();
    html += "<p>" + describePoint(d, model_->points()[row]).toHtmlEscaped().replace('\n', "<br>") +
            "</p>";
    if (sweep_) {  // a sweep read from its folder has no base project to compare with
        const QStringList diff = differenceLines(row);
        html += "<p><b>" + tr("Differences from the base project") + "</b><br>";
        html += diff.isEmpty() ? tr("none: this is the base design")
                               : diff.join('\n').toHtmlEscaped().replace('\n', "<br>");
        html += "</p>";
    }
    details_->setHtml(html);
}

void ExplorePage::openPoint(int row) {
    if (!sweep_ || row < 0 || row >= model_->rowCount()) return;
    const rl::SweepPoint& p = model_->points()[row];
    rl::Diagnostics diag;
    std::optional<rl::Message> why;
    auto project = rl::explore::projectForPoint(sweep_->spec, sweep_->base, *sweep_->space, p.index,
                                                diag, &why);
    if (!project) {
        showNotice(tr("Point %1 cannot be opened as a project:\n%2")
                       .arg(static_cast<qulonglong>(p.index))
                       .arg(why ? MessageText::text(*why) : diagnosticsText(diag)));
        return;
    }
    const rl::SweepResult& d = model_->descriptors();
    const SweepPointName name{d.name, d.nameTranslations, p.index};
    project->name = name.text().toStdString();
    syncTableFromPlot({row});
    Q_EMIT openProjectRequested(*project, name);
}

QCustomPlot* ExplorePage::currentPlot() const {
    return tabs_->currentIndex() == 1 ? tornado_->plot() : pareto_->plot();
}

QString ExplorePage::exportTableCsv(const QString& path) const {
    const rl::SweepResult& d = model_->descriptors();
    std::string text = rl::explore::csvHeader(d);
    // In the order the table shows them.
    for (int r = 0; r < proxy_->rowCount(); ++r) {
        const int row = proxy_->data(proxy_->index(r, 0), SweepTableModel::kRowRole).toInt();
        text += rl::explore::csvRecord(d, model_->points()[row]);
    }
    return saveErrorText(rl::saveFileTyped(path.toStdString(), text));
}

void ExplorePage::exportPlot() {
    exportChartInteractively(this, currentPlot(), tr("Export chart"));
}

void ExplorePage::exportTable() {
    const QString path = askExportPath(this, tr("Export the points"), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    const QString err = exportTableCsv(path);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Export"), err);
}

}  // namespace views
}  // namespace rl
