#include "views/dataflow/dataflow_session.h"

#include <QDir>
#include <QFileInfo>

#include "core/dataflow/mapping_nest.h"
#include "views/common/format.h"
#include "views/common/run_progress.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/mapper_view.h"
#include "views/editors/diagnostic_text.h"

namespace rl::views {

namespace {
QString fileLabel(const QString& projectFile, const std::string& ref) {
    if (ref.empty()) return {};
    return QFileInfo(QFileInfo(projectFile).absoluteDir(), QString::fromStdString(ref))
        .absoluteFilePath();
}
}  // namespace

DataflowSession::DataflowSession(DataflowPage* page, QObject* parent)
    : QObject(parent), page_(page), runner_(new JobRunner(this)) {
    connect(runner_, &JobRunner::started, this,
            [this](quint64) { page_->progress()->start(tr("Searching for the best mapping…")); });
    connect(runner_, &JobRunner::progress, this, [this](quint64, double f, const QString& what) {
        page_->progress()->setProgress(f, what);
    });
    connect(runner_, &JobRunner::finished, this,
            [this](quint64 job, JobResult r, double) { onMapperFinished(job, std::move(r)); });
    connect(runner_, &JobRunner::failed, this, [this](quint64, const QString& message) {
        page_->progress()->finish();
        const QString why = tr("The mapper failed: %1").arg(message);
        page_->setNotice(why);
        Q_EMIT failed(why);
    });
    connect(runner_, &JobRunner::cancelled, this, [this](quint64) {
        page_->progress()->finish();
        if (!page_->design())
            page_->setNotice(
                tr("The mapper was cancelled before it found a mapping: run it "
                   "again to see a design."));
    });
    connect(page_->progress(), &RunProgress::cancelClicked, runner_, &JobRunner::cancel);
}

DataflowSession::~DataflowSession() = default;

void DataflowSession::clear() {
    runner_->cancel();
    study_.reset();
    archJson_ = problemJson_ = mappingJson_ = Json();
    archFile_.clear();
    problemFile_.clear();
    mappingFile_.clear();
    page_->setModel(nullptr);
    show(nullptr);
    page_->setNotice({});
}

bool DataflowSession::open(const Project& project, const QString& projectFile, QString* error) {
    clear();
    projectFile_ = projectFile;
    auto fail = [&](const QString& why) {
        page_->setNotice(why);
        if (error) *error = why;
        Q_EMIT failed(why);
        return false;
    };
    Diagnostics diag(projectFile.toStdString());
    study_ = dataflow::resolveStudy(project, diag);
    if (!study_)
        return fail(
            tr("The project's dataflow study cannot be shown:\n%1").arg(diagnosticsText(diag)));
    const DataflowStudy& s = *project.dataflow;
    archJson_ = s.architectureFromHardware && project.hardware.accelerator
                    ? acceleratorBodyToJson(*project.hardware.accelerator)
                    : s.architectureJson;
    problemJson_ = s.modelLayer >= 0 ? toJson(study_->problem) : s.problemJson;
    mappingJson_ = s.mappingJson;
    archFile_ = fileLabel(projectFile,
                          s.architectureFromHardware ? project.hardwareRef : s.architectureRef);
    problemFile_ = fileLabel(projectFile, s.problemRef);
    mappingFile_ = fileLabel(projectFile, s.mappingRef);
    if (!study_->modelOperators.empty()) {
        auto source = std::make_shared<DataflowModelSource>();
        source->name = study_->modelName;
        source->operators = study_->modelOperators;
        page_->setModel(std::move(source));
    }
    if (!study_->mapping) {
        runMapper();
        return true;
    }
    auto design = dataflow::makeDesign(study_->arch, study_->problem, *study_->mapping, diag,
                                       "/dataflow/mapping");
    if (!design)
        return fail(tr("The project's mapping does not fit its architecture and problem:\n%1")
                        .arg(diagnosticsText(diag)));
    auto labelled = std::make_shared<dataflow::DataflowDesign>(*design);
    labelled->problemLabel = study_->problemLabel;
    labelled->mappingLabel = study_->mappingLabel;
    show(std::move(labelled));
    Q_EMIT ready();
    return true;
}

void DataflowSession::show(std::shared_ptr<const dataflow::DataflowDesign> design) {
    showing_ = true;
    page_->setDesign(std::move(design));
    showing_ = false;
}

void DataflowSession::runMapper() {
    if (!study_) return;
    page_->setNotice(tr("No mapping in the project: the mapper is searching for one (%1, seed "
                        "%2, %3 evaluations)…")
                         .arg(MapperView::objectiveName(study_->mapper.objective))
                         .arg(study_->mapper.seed)
                         .arg(fmtNumber(static_cast<double>(study_->mapper.evaluations))));
    const auto arch = study_->arch;
    const DataflowProblem problem = study_->problem;
    dataflow::MapperOptions options = study_->mapper;
    runner_->runNow(
        typedWork<dataflow::MapperResult>([arch, problem, options](const Progress& progress) {
            return dataflow::searchMappings(*arch, problem, options, progress);
        }));
}

void DataflowSession::cancel() { runner_->cancel(); }

bool DataflowSession::isMapping() const { return runner_->isRunning(); }

Json DataflowSession::mappingJson() const { return mappingJson_; }

void DataflowSession::onMapperFinished(quint64, JobResult result) {
    page_->progress()->finish();
    const auto found = resultAs<dataflow::MapperResult>(result);
    if (!study_) return;
    if (!found->found) {
        const QString why = tr("The mapper found no valid mapping of %1 on %2 (the tiles may not "
                               "fit the buffers).")
                                .arg(QString::fromStdString(study_->problemLabel),
                                     QString::fromStdString(study_->arch->name));
        page_->setNotice(why);
        Q_EMIT failed(why);
        return;
    }
    Diagnostics diag(projectFile_.toStdString());
    auto design = dataflow::makeDesign(study_->arch, study_->problem, found->best, diag);
    if (!design) {
        const QString why =
            tr("The mapper's best mapping does not validate:\n%1").arg(diagnosticsText(diag));
        page_->setNotice(why);
        Q_EMIT failed(why);
        return;
    }
    // The mapping file keeps the English label; the views show it translated.
    const std::string label = "mapper (" + std::string(toString(study_->mapper.objective)) +
                              ", seed " + std::to_string(study_->mapper.seed) + ")";
    auto labelled = std::make_shared<dataflow::DataflowDesign>(*design);
    labelled->problemLabel = study_->problemLabel;
    labelled->mappingLabel = tr("mapper (%1, seed %2)")
                                 .arg(MapperView::objectiveName(study_->mapper.objective))
                                 .arg(study_->mapper.seed)
                                 .toStdString();
    mappingJson_ = toJson(dataflow::toMapping(found->best, *study_->arch, label));
    page_->setNotice({});
    show(std::move(labelled));
    Q_EMIT ready();
}

}  // namespace rl::views
