#include "views/dataflow/mapper_view.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/dataflow/report.h"
#include "views/common/chart_export.h"
#include "views/common/format.h"
#include "views/common/job_runner.h"
#include "views/common/plot_page.h"
#include "views/common/qcp.h"
#include "views/common/run_progress.h"
#include "views/common/theme.h"
#include "views/dataflow/mapper_compare.h"
#include "views/explore/pareto_plot.h"

namespace rl::views {
namespace {

using dataflow::Objective;

// The architecture and the problem the points of a search belong to, by
// value (editors rebuild the architecture when a mapping is loaded): a design
// with another key makes the points meaningless.
std::string spaceKeyOf(const dataflow::DataflowDesign& d) {
    return toJson(*d.arch).dump() + "|" + toJson(d.problem).dump();
}

QLabel* addLabelled(QHBoxLayout* bar, const QString& label, QWidget* field) {
    auto* l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    bar->addWidget(l);
    bar->addWidget(field);
    return l;
}

QPlainTextEdit* newNestText(QWidget* parent) {
    auto* t = new QPlainTextEdit(parent);
    t->setReadOnly(true);
    t->setLineWrapMode(QPlainTextEdit::NoWrap);
    t->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return t;
}

}  // namespace

QString MapperView::objectiveName(dataflow::Objective o) {
    switch (o) {
        case dataflow::Objective::cycles:
            return tr("cycles");
        case dataflow::Objective::energy:
            return tr("energy");
        case dataflow::Objective::edp:
            return tr("EDP");
    }
    return {};
}

MapperView::MapperView(QWidget* parent) : DataflowView(parent) {
    stack_ = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(stack_);

    emptyMessage_ = new QLabel(stack_);
    emptyMessage_->setAlignment(Qt::AlignCenter);
    emptyMessage_->setWordWrap(true);
    emptyMessage_->setText(
        tr("No valid design to search: the mapper needs an accelerator "
           "architecture and a problem without errors."));
    stack_->addWidget(emptyMessage_);

    auto* content = new QWidget(stack_);
    stack_->addWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    // The search's settings, the run and its progress.
    QHBoxLayout* bar = newPlotToolBar();
    objective_ =
        addLabelledCombo(bar, tr("Objective"),
                         tr("What the search minimises; every mapping seen is drawn."), content);
    objective_->addItem(objectiveName(Objective::edp), static_cast<int>(Objective::edp));
    objective_->addItem(objectiveName(Objective::cycles), static_cast<int>(Objective::cycles));
    objective_->addItem(objectiveName(Objective::energy), static_cast<int>(Objective::energy));
    seed_ = new QSpinBox(content);
    seed_->setRange(1, 999'999'999);
    seed_->setToolTip(tr("The same seed and budget find the same mappings."));
    addLabelled(bar, tr("Seed"), seed_);
    evaluations_ = new QSpinBox(content);
    evaluations_->setRange(1000, 2'000'000'000);
    evaluations_->setSingleStep(100'000);
    evaluations_->setValue(1'000'000);
    evaluations_->setGroupSeparatorShown(true);
    evaluations_->setToolTip(tr("Mappings to evaluate over the whole search."));
    addLabelled(bar, tr("Evaluations"), evaluations_);
    timeLimit_ = new QDoubleSpinBox(content);
    timeLimit_->setRange(0, 3600);
    timeLimit_->setDecimals(1);
    timeLimit_->setSuffix(tr(" s"));
    timeLimit_->setSpecialValueText(tr("none"));
    timeLimit_->setToolTip(tr("Stop after this many seconds and keep the best so far."));
    addLabelled(bar, tr("Time limit"), timeLimit_);
    runButton_ = new QPushButton(tr("Run"), content);
    bar->addWidget(runButton_);
    progress_ = new RunProgress(RunProgress::TextPlacement::TextAsTooltip, content);
    bar->addWidget(progress_);
    bar->addStretch(1);
    layout->addLayout(bar);
    status_ = new QLabel(content);
    status_->setWordWrap(true);
    status_->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(status_);

    tabs_ = new QTabWidget(content);
    layout->addWidget(tabs_, 1);
    plot_ = new ParetoPlot(tabs_);
    plot_->setObjectName("mapperScatter");
    plot_->setDescriber([this](int p) { return describePoint(p); });
    tabs_->addTab(plot_, tr("Mappings seen"));

    // The comparison: A and B's loop nests side by side over the table.
    auto* compareTab = new QWidget(tabs_);
    auto* cv = new QVBoxLayout(compareTab);
    auto* buttons = new QHBoxLayout;
    auto* useA = new QPushButton(tr("Use the design as A"), compareTab);
    auto* swap = new QPushButton(tr("Swap A and B"), compareTab);
    buttons->addWidget(useA);
    buttons->addWidget(swap);
    buttons->addStretch(1);
    cv->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical, compareTab);
    auto* nests = new QWidget(split);
    auto* nl = new QHBoxLayout(nests);
    nl->setContentsMargins(0, 0, 0, 0);
    auto addNest = [&](QLabel*& title, QPlainTextEdit*& text) {
        auto* col = new QVBoxLayout;
        title = new QLabel(nests);
        title->setWordWrap(true);
        text = newNestText(nests);
        col->addWidget(title);
        col->addWidget(text, 1);
        nl->addLayout(col, 1);
    };
    addNest(aTitle_, aNest_);
    addNest(bTitle_, bNest_);
    compare_ = new MapperCompareModel(this);
    table_ = new QTableView(split);
    table_->setModel(compare_);
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setSectionResizeMode(MapperCompareModel::quantity,
                                                     QHeaderView::Stretch);
    // Compact rows: the table is read down a long list of levels and tensors.
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    table_->setAlternatingRowColors(true);
    split->addWidget(nests);
    split->addWidget(table_);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    cv->addWidget(split, 1);
    tabs_->addTab(compareTab, tr("Compare A and B"));

    runner_ = new JobRunner(this);
    drainTimer_ = new QTimer(this);
    drainTimer_->setInterval(100);  // live, yet a redraw costs little next to it

    connect(runButton_, &QPushButton::clicked, this, &MapperView::run);
    connect(progress_, &RunProgress::cancelClicked, this, &MapperView::cancel);
    connect(useA, &QPushButton::clicked, this, &MapperView::useDesignAsA);
    connect(swap, &QPushButton::clicked, this, &MapperView::swapAAndB);
    connect(plot_, &ParetoPlot::pointClicked, this, &MapperView::choosePoint);
    connect(drainTimer_, &QTimer::timeout, this, &MapperView::drainSink);
    connect(runner_, &JobRunner::progress, this,
            [this](quint64, double f, const QString&) { progress_->setProgress(f); });
    connect(runner_, &JobRunner::finished, this, [this](quint64, JobResult r, double) {
        onFinished(*resultAs<dataflow::MapperResult>(r));
    });
    connect(runner_, &JobRunner::failed, this, [this](quint64, const QString& message) {
        endRun();
        status_->setText(tr("The search failed: %1").arg(message));
    });
    connect(runner_, &JobRunner::cancelled, this, [this](quint64) {
        endRun();
        refreshStatus();
    });
    connect(&Theme::instance(), &Theme::changed, this, [this] { refreshPlot(false); });
    setDesign(nullptr);
}

MapperView::~MapperView() = default;

dataflow::MapperOptions MapperView::options() const {
    dataflow::MapperOptions o;
    o.objective = static_cast<Objective>(objective_->currentData().toInt());
    o.seed = static_cast<std::uint64_t>(seed_->value());
    o.evaluations = evaluations_->value();
    o.timeLimitSeconds = timeLimit_->value();
    o.keepBestOnCancel = true;  // Cancel keeps what was found
    return o;
}

void MapperView::setOptions(const dataflow::MapperOptions& o) {
    objective_->setCurrentIndex(objective_->findData(static_cast<int>(o.objective)));
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(o.seed, 999'999'999)));
    evaluations_->setValue(static_cast<int>(std::min<std::int64_t>(o.evaluations, 2'000'000'000)));
    timeLimit_->setValue(o.timeLimitSeconds);
}

bool MapperView::isRunning() const { return running_; }

void MapperView::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    const std::string key = design && design->arch ? spaceKeyOf(*design) : std::string();
    const bool newSpace = key != spaceKey_;
    if (newSpace) {
        if (running_) runner_->cancel();  // its result is for the old space: dropped
        scatter_.clear();
        result_.reset();
        a_.reset();
        b_.reset();
        spaceKey_ = key;
    }
    design_ = key.empty() ? nullptr : std::move(design);
    runButton_->setEnabled(design_ && !running_);
    if (!design_) {
        stack_->setCurrentWidget(emptyMessage_);
        return;
    }
    stack_->setCurrentIndex(1);
    scatter_.setMacs(design_->problem.macs());
    scatter_.setCurrent(design_->mapping, design_->evaluation.cycles, design_->evaluation.energyJ);
    if (!a_) {
        a_ = design_->mapping;
        aLabel_ = tr("the design (%1)").arg(qstr(design_->mappingLabel));
    }
    refreshPlot(newSpace);
    refreshCompare();
    refreshStatus();
    autoRun();  // shown before the design arrived (a project opening on this tab)
}

void MapperView::showEvent(QShowEvent* e) {
    DataflowView::showEvent(e);
    autoRun();
}

void MapperView::autoRun() {
    // The tab opens on the design's mapping space rather than an empty chart.
    if (autoRunDone_ || !isVisible() || !design_ || running_ || result_) return;
    autoRunDone_ = true;
    QTimer::singleShot(0, this, &MapperView::run);
}

void MapperView::run() {
    if (!design_ || running_) return;
    autoRunDone_ = true;
    dataflow::MapperOptions o = options();
    auto sink = std::make_shared<dataflow::MapperSink>();
    sink_ = sink;
    scatter_.clearSearch();
    result_.reset();
    running_ = true;
    runButton_->setEnabled(false);
    progress_->start(tr("Searching mappings"));
    auto arch = design_->arch;
    DataflowProblem problem = design_->problem;
    const std::string key = spaceKey_;
    runner_->runNow(
        typedWork<dataflow::MapperResult>([arch, problem, o, sink](const rl::Progress& p) mutable {
            o.sink = sink.get();
            return dataflow::searchMappings(*arch, problem, o, p);
        }));
    // Results of this run are only shown while the design stays in its space.
    runKey_ = key;
    drainTimer_->start();
    refreshPlot(true);
    refreshStatus();
}

void MapperView::cancel() { runner_->cancel(); }

void MapperView::drainSink() {
    if (!sink_ || runKey_ != spaceKey_) return;
    auto got = sink_->drain();
    if (got.empty()) return;
    scatter_.add(std::move(got));
    refreshPlot(false);
    refreshStatus();
}

void MapperView::onFinished(const dataflow::MapperResult& result) {
    if (runKey_ == spaceKey_) {
        drainSink();  // the rest of what the tasks sent
        scatter_.addFront(result.pareto);
        result_ = result;
    }
    endRun();
    refreshPlot(false);
    refreshStatus();
    Q_EMIT searchFinished();
}

void MapperView::endRun() {
    running_ = false;
    sink_.reset();
    drainTimer_->stop();
    progress_->finish();
    runButton_->setEnabled(design_ != nullptr);
}

int MapperView::bIndex() const {
    if (!b_ || !design_) return -1;
    const auto e = dataflow::LoopNestModel(*design_->arch, design_->problem).evaluate(*b_);
    return scatter_.find(e.cycles, e.energyJ);
}

void MapperView::refreshPlot(bool resetView) {
    ParetoScene scene;
    scene.set(scatter_.sceneInput());
    const QString title =
        design_ ? tr("Mappings of %1 seen by the mapper").arg(qstr(design_->problemLabel))
                : QString();
    plot_->setScene(scene, title, tr("cycles"), tr("energy per MAC (pJ/MAC)"), QString(),
                    resetView);
    // The design's mapping, over the points.
    const int cur = scatter_.current();
    if (scene.isDrawn(cur)) {
        auto* g = plot_->plot()->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        // Hollow, so the point under it (often on the front) stays visible.
        g->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssDiamond, QPen(Theme::instance().category(3), 2.5), Qt::NoBrush, 18));
        g->setData(QVector<double>{scene.input().x[cur]}, QVector<double>{scene.input().y[cur]});
        g->setName(tr("the design's mapping"));
    }
    const int b = bIndex();
    plot_->setSelected(b >= 0 ? std::vector<int>{b} : std::vector<int>{});
}

void MapperView::refreshCompare() {
    if (!design_) return;
    const dataflow::LoopNestModel model(*design_->arch, design_->problem);
    auto show = [&](const std::optional<dataflow::MappingNest>& m, const QString& name,
                    const QString& label, QLabel* title, QPlainTextEdit* text) {
        if (!m) {
            title->setText(tr("%1: none").arg(name));
            text->setPlainText(tr("Click a point of the scatter to compare its mapping with A."));
            return dataflow::Evaluation{};
        }
        const dataflow::Evaluation e = model.evaluate(*m);
        title->setText(tr("%1: %2\n%3 cycles, %4 (%5 per MAC), utilisation %6")
                           .arg(name, label, fmtExact(static_cast<double>(e.cycles)),
                                fmtEnergy(e.energyJ), fmtEnergy(e.energyPerMacJ()),
                                fmtPercent(e.utilization)));
        text->setPlainText(qstr(dataflow::loopNestText(*m, *design_->arch)));
        return e;
    };
    const auto ea = show(a_, QStringLiteral("A"), aLabel_, aTitle_, aNest_);
    const auto eb = show(b_, QStringLiteral("B"), bLabel_, bTitle_, bNest_);
    compare_->setRows(a_ && b_ ? compareEvaluations(ea, eb, *design_->arch)
                               : std::vector<MapperCompareRow>{});
    table_->resizeColumnsToContents();
}

void MapperView::refreshStatus() {
    if (!design_) return;
    const int shown = scatter_.count();
    if (running_) {
        status_->setText(tr("Searching: %1 mappings drawn so far.").arg(fmtExact(shown)));
        return;
    }
    if (!result_) {
        status_->setText(
            tr("Run searches the mapping space and draws the mappings it sees; "
               "click a point to load it into every view and compare it with A."));
        return;
    }
    const auto& r = *result_;
    QString text = tr("%1 mappings drawn of %2 evaluated (%3 valid) in %4. Best by %5: "
                      "%6 cycles, %7 per MAC.")
                       .arg(fmtExact(shown), fmtExact(static_cast<double>(r.evaluations)),
                            fmtExact(static_cast<double>(r.valid)), fmtTime(r.seconds),
                            objectiveName(options().objective),
                            fmtExact(static_cast<double>(r.bestEval.cycles)),
                            fmtEnergy(r.bestEval.energyPerMacJ()));
    if (r.partial) text += QLatin1Char(' ') + tr("Stopped early: the best so far is shown.");
    if (!r.found) text = tr("The search found no mapping that fits this architecture.");
    status_->setText(text);
}

QString MapperView::pointLabel(int point) const {
    const auto& p = scatter_.point(point);
    return tr("mapper point (%1 cycles, %2 per MAC)")
        .arg(fmtExact(static_cast<double>(p.cycles)),
             fmtEnergy(p.energyJ / std::max<double>(1, static_cast<double>(scatter_.macs()))));
}

QString MapperView::describePoint(int point) const {
    if (point < 0 || point >= scatter_.count()) return {};
    const auto& p = scatter_.point(point);
    QStringList lines{
        tr("%1 cycles").arg(fmtExact(static_cast<double>(p.cycles))),
        tr("energy %1 (%2 pJ/MAC)")
            .arg(fmtEnergy(p.energyJ), fmtNumber(scatter_.energyPerMacPJ(p.energyJ)))};
    if (scatter_.onFront(point)) lines << tr("on the Pareto front");
    if (point == scatter_.current()) lines << tr("the design's mapping");
    lines << tr("Click: load it into every view and compare it with A.");
    return lines.join(QLatin1Char('\n'));
}

void MapperView::choosePoint(int point) {
    if (point < 0 || point >= scatter_.count() || !design_) return;
    const dataflow::MappingNest chosen = scatter_.point(point).mapping;
    b_ = chosen;
    bLabel_ = pointLabel(point);
    refreshCompare();
    Q_EMIT mappingChosen(chosen, bLabel_);  // the page makes it the design
    refreshPlot(false);
}

void MapperView::useDesignAsA() {
    if (!design_) return;
    a_ = design_->mapping;
    aLabel_ = tr("the design (%1)").arg(qstr(design_->mappingLabel));
    refreshCompare();
}

void MapperView::swapAAndB() {
    if (!b_) return;
    std::swap(a_, b_);
    std::swap(aLabel_, bLabel_);
    refreshCompare();
    refreshPlot(false);
}

void MapperView::showCompare(bool compare) { tabs_->setCurrentIndex(compare ? 1 : 0); }

std::vector<std::vector<std::string>> MapperView::csvRows() const { return scatter_.csvRows(); }

QString MapperView::exportTo(const QString& path, int width, int height) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool image = suffix == "png" || suffix == "svg" || suffix == "pdf";
    if (image && design_ && tabs_->currentIndex() == 0)
        return exportChart(plot_->plot(), path, width, height);
    return DataflowView::exportTo(path, width, height);
}

}  // namespace rl::views
