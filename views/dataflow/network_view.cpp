#include "views/dataflow/network_view.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/spec/units.h"
#include "views/common/chart_export.h"
#include "views/common/format.h"
#include "views/common/job_runner.h"
#include "views/common/phrase_text.h"
#include "views/common/run_progress.h"
#include "views/dataflow/network_chart.h"
#include "views/dataflow/network_table_model.h"

namespace rl::views {

namespace {

constexpr int kDefaultEvaluations = 50'000;

bool sameProblem(const DataflowProblem& a, const DataflowProblem& b) {
    return toJson(a).dump() == toJson(b).dump();
}

bool sameOptions(const dataflow::MapperOptions& a, const dataflow::MapperOptions& b) {
    return a.objective == b.objective && a.evaluations == b.evaluations && a.seed == b.seed;
}

QString objectiveName(dataflow::Objective o) {
    switch (o) {
        case dataflow::Objective::cycles:
            return NetworkView::tr("cycles");
        case dataflow::Objective::energy:
            return NetworkView::tr("energy");
        case dataflow::Objective::edp:
            break;
    }
    return NetworkView::tr("EDP");
}

}  // namespace

NetworkView::NetworkView(QWidget* parent)
    : DataflowView(parent),
      runner_(new JobRunner(this)),
      model_(new NetworkTableModel(this)),
      sorted_(new QSortFilterProxyModel(this)),
      objective_(new QComboBox(this)),
      evaluations_(new QSpinBox(this)),
      mapButton_(new QPushButton(tr("Map network"), this)),
      progress_(new RunProgress(RunProgress::TextPlacement::TextBeside, this)),
      chart_(new NetworkChart(this)),
      table_(new QTableView(this)),
      note_(new QLabel(this)),
      totals_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Objective:"), this));
    for (auto o :
         {dataflow::Objective::edp, dataflow::Objective::cycles, dataflow::Objective::energy})
        objective_->addItem(objectiveName(o), static_cast<int>(o));
    objective_->setToolTip(tr("What the mapper minimises for every layer"));
    bar->addWidget(objective_);
    bar->addWidget(new QLabel(tr("Evaluations per layer:"), this));
    evaluations_->setRange(1000, 10'000'000);
    evaluations_->setSingleStep(10'000);
    evaluations_->setValue(kDefaultEvaluations);
    evaluations_->setGroupSeparatorShown(true);
    evaluations_->setToolTip(
        tr("The mapper's budget per distinct layer; identical layers share one search"));
    bar->addWidget(evaluations_);
    mapButton_->setToolTip(tr("Map every layer of the model again"));
    bar->addWidget(mapButton_);
    bar->addWidget(progress_, 1);
    bar->addStretch(0);
    layout->addLayout(bar);

    note_->setWordWrap(true);
    note_->setVisible(false);
    layout->addWidget(note_);

    sorted_->setSourceModel(model_);
    sorted_->setSortRole(Qt::UserRole);
    table_->setModel(sorted_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);  // model order until a header is clicked
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setToolTip(tr("Click a layer to open it with its mapping in every view"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(chart_);
    split->addWidget(table_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    totals_->setWordWrap(true);
    totals_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(totals_);

    connect(table_, &QTableView::clicked, this,
            [this](const QModelIndex& i) { chooseLayer(sorted_->mapToSource(i).row()); });
    connect(table_, &QTableView::activated, this,
            [this](const QModelIndex& i) { chooseLayer(sorted_->mapToSource(i).row()); });
    connect(chart_, &NetworkChart::layerClicked, this, &NetworkView::chooseLayer);
    connect(mapButton_, &QPushButton::clicked, this, &NetworkView::mapNow);
    connect(objective_, qOverload<int>(&QComboBox::activated), this, &NetworkView::scheduleMapping);
    connect(evaluations_, &QSpinBox::editingFinished, this, &NetworkView::scheduleMapping);
    connect(progress_, &RunProgress::cancelClicked, this, &NetworkView::cancel);

    connect(runner_, &JobRunner::progress, this,
            [this](quint64, double f, const QString& what) { progress_->setProgress(f, what); });
    connect(runner_, &JobRunner::finished, this, [this](quint64, JobResult r, double seconds) {
        progress_->finish();
        result_ = resultAs<dataflow::ModelMapping>(r);
        showResult();
        totals_->setText(totals_->text() + QLatin1Char(' ') +
                         tr("Mapped in %1.").arg(fmtTime(seconds)));
        Q_EMIT mappingFinished();
    });
    connect(runner_, &JobRunner::cancelled, this, [this](quint64) {
        progress_->finish();
        const QString why = tr("Mapping cancelled.");
        totals_->setText(
            result_ ? why + QLatin1Char(' ') + tr("The table shows the previous complete mapping.")
                    : why + QLatin1Char(' ') + tr("Press Map network to start again."));
        Q_EMIT mappingStopped(why);
    });
    connect(runner_, &JobRunner::failed, this, [this](quint64, const QString& message) {
        progress_->finish();
        totals_->setText(tr("Mapping failed: %1").arg(message));
        Q_EMIT mappingStopped(message);
    });
    setDesign(nullptr);
}

bool NetworkView::isMapping() const { return runner_->isRunning(); }

QString NetworkView::statusText() const {
    return note_->text() + QLatin1Char('\n') + totals_->text();
}

void NetworkView::setEvaluationsPerLayer(int evaluations) { evaluations_->setValue(evaluations); }

dataflow::MapperOptions NetworkView::options() const {
    dataflow::MapperOptions o;
    o.objective = static_cast<dataflow::Objective>(objective_->currentData().toInt());
    o.evaluations = evaluations_->value();
    o.seed = 1;
    return o;
}

QString NetworkView::mappingLabel() const {
    return tr("mapper (%1, %2 evaluations per layer)")
        .arg(objectiveName(resultOptions_.objective), fmtNumber(resultOptions_.evaluations));
}

void NetworkView::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    if (!design_ || !design_->arch) {
        cancel();
        note_->setText(
            tr("No valid design: open an accelerator project, or fix the "
               "architecture, problem or mapping (the editors say what is wrong)."));
        note_->setVisible(true);
        model_->setLayers({}, 0, 0);
        chart_->setLayers({}, QString());
        totals_->clear();
        return;
    }
    if (!source_) {
        showSingleProblem();
        return;
    }
    // A layer chosen here comes back as the page's design on the same
    // architecture: only a new architecture needs the model mapped again.
    if (result_ && design_->arch == resultArch_ && source_ == resultSource_)
        markCurrentLayer();
    else
        scheduleMapping();
}

void NetworkView::setModel(std::shared_ptr<const DataflowModelSource> model) {
    source_ = std::move(model);
    setDesign(design_);
}

void NetworkView::scheduleMapping() {
    if (!design_ || !source_) return;
    if (result_ && design_->arch == resultArch_ && source_ == resultSource_ &&
        sameOptions(options(), resultOptions_))
        return;
    // Mapping a model costs seconds of every core: only for a view on screen.
    if (isVisible())
        mapNow();
    else
        stale_ = true;
}

void NetworkView::showEvent(QShowEvent* event) {
    DataflowView::showEvent(event);
    if (stale_) mapNow();
}

void NetworkView::mapNow() {
    stale_ = false;
    if (!design_ || !design_->arch) return;
    if (!source_) {
        showSingleProblem();
        return;
    }
    note_->setVisible(false);
    auto arch = design_->arch;
    auto source = source_;
    if (!result_ || arch != resultArch_ || source != resultSource_) {
        // The rows on show belong to another model or architecture.
        result_.reset();
        model_->setLayers({}, 0, 0);
        chart_->setLayers({}, QString());
        totals_->clear();
    }
    const auto opts = options();
    progress_->start(tr("Mapping %1 (%2 layers)")
                         .arg(qstr(source->name))
                         .arg(static_cast<qulonglong>(source->operators.size())));
    runner_->runNow(typedWork<dataflow::ModelMapping>([arch, source, opts](const Progress& p) {
        return dataflow::mapModel(*arch, source->operators, opts, p);
    }));
    // What the result will have been mapped with (a newer run replaces it).
    resultArch_ = arch;
    resultSource_ = source;
    resultOptions_ = opts;
}

void NetworkView::cancel() { runner_->cancel(); }

void NetworkView::showResult() {
    if (!result_ || !design_ || !source_) return;
    const auto& arch = *design_->arch;
    const auto& m = *result_;
    chart_->setLayers(
        m.layers,
        tr("%1 on %2: cycles and energy per layer").arg(qstr(source_->name), qstr(arch.name)));
    model_->setLayers(m.layers, m.cycles, m.energyJ);
    QString text = tr("%1 layers (%2 distinct, each searched once); %3 of them mapped. Total: %4 "
                      "cycles (%5 at %6), %7.")
                       .arg(m.problems)
                       .arg(m.searches)
                       .arg(m.mapped)
                       .arg(fmtNumber(m.cycles), fmtTime(m.cycles / arch.clockHz),
                            fmtQuantity(arch.clockHz, Dimension::frequency), fmtEnergy(m.energyJ));
    for (const auto& l : m.layers)
        if (!l.found) {
            text += QLatin1Char(' ') +
                    tr("Not mapped: %1 (%2).")
                        .arg(qstr(l.problem.name), phraseText(l.whyUnmappedText, "EngineText"));
            break;
        }
    totals_->setText(text);
    markCurrentLayer();
}

void NetworkView::showSingleProblem() {
    cancel();
    result_.reset();
    const auto& d = *design_;
    dataflow::LayerMapping only;
    // No operator: a problem given on its own (the Operator column shows a dash).
    only.problem = d.problem;
    if (only.problem.name.empty()) only.problem.name = d.problemLabel;
    only.found = true;
    only.mapping = d.mapping;
    only.evaluation = d.evaluation;
    const std::vector<dataflow::LayerMapping> rows{only};
    model_->setLayers(rows, static_cast<double>(d.evaluation.cycles), d.evaluation.energyJ);
    chart_->setLayers(rows, tr("%1 on %2").arg(qstr(d.problemLabel), qstr(d.arch->name)));
    note_->setText(
        tr("This project has no model, so the table shows the current problem with "
           "its mapping. A project with a model (for example "
           "samples/projects/resnet50-on-eyeriss.json) shows every layer of the "
           "network here."));
    note_->setVisible(true);
    totals_->setText(tr("%1 cycles (%2), %3.")
                         .arg(fmtNumber(static_cast<double>(d.evaluation.cycles)),
                              fmtTime(static_cast<double>(d.evaluation.cycles) / d.arch->clockHz),
                              fmtEnergy(d.evaluation.energyJ)));
    table_->selectRow(0);
}

void NetworkView::markCurrentLayer() {
    int current = -1;
    if (design_)
        for (std::size_t i = 0; i < model_->layers().size(); ++i)
            if (sameProblem(model_->layers()[i].problem, design_->problem)) {
                current = static_cast<int>(i);
                break;
            }
    chart_->setCurrent(current);
    if (current < 0) {
        table_->clearSelection();
        return;
    }
    const QModelIndex at = sorted_->mapFromSource(model_->index(current, 0));
    table_->selectRow(at.row());
    table_->scrollTo(at);
}

void NetworkView::chooseLayer(int row) {
    if (row < 0 || row >= model_->rowCount() || !source_) return;
    const auto& l = model_->layers()[static_cast<std::size_t>(row)];
    if (!l.found) return;
    Q_EMIT layerChosen(l.problem, l.mapping,
                       tr("%1 %2").arg(qstr(source_->name), qstr(l.problem.name)), mappingLabel());
}

std::vector<std::vector<std::string>> NetworkView::csvRows() const {
    return model_->rowCount() > 0 ? model_->csvRows() : std::vector<std::vector<std::string>>{};
}

QString NetworkView::exportTo(const QString& path, int width, int height) {
    if (QFileInfo(path).suffix().toLower() == QLatin1String("csv"))
        return DataflowView::exportTo(path, width, height);
    return exportChart(chart_, path, width, height);
}

NetworkView* addNetworkView(DataflowPage* page) {
    auto* view = new NetworkView(page);
    page->addView(view, NetworkView::tr("Network"), QStringLiteral("network"));
    view->setModel(page->model());
    QObject::connect(page, &DataflowPage::modelChanged, view, &NetworkView::setModel);
    QObject::connect(view, &NetworkView::layerChosen, page, &DataflowPage::loadProblem);
    return view;
}

}  // namespace rl::views
