#pragma once
// Opens a project's dataflow study on a DataflowPage: resolves it
// (core/dataflow/project_study.h), shows the design of the given mapping at
// once, or runs the mapper in the background (views/common/job_runner.h) and
// shows the best mapping it finds, and hands the page the lowered model for
// the whole-network view. The GUI window and `ridgeline-cli render` open
// projects through this one class, so both show the same design.
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "core/dataflow/design.h"
#include "core/dataflow/project_study.h"
#include "views/common/job_runner.h"

namespace rl::views {

class DataflowPage;

class DataflowSession : public QObject {
    Q_OBJECT
  public:
    // `page` outlives the session (the session is usually its child).
    explicit DataflowSession(DataflowPage* page, QObject* parent = nullptr);
    ~DataflowSession() override;

    // Starts showing `project`'s study. False (with the reason, naming the
    // project file and the JSON path, in `error` and on the page) when it
    // cannot be resolved or its mapping does not fit. With a mapping the
    // design is on the page when this returns; without one the mapper runs
    // and ready() follows.
    bool open(const Project& project, const QString& projectFile, QString* error = nullptr);
    // Searches again with the project's mapper options (a project without a mapping).
    void runMapper();
    void cancel();
    bool isMapping() const;
    void clear();  // nothing shown, nothing running

    const std::optional<dataflow::ResolvedStudy>& study() const { return study_; }
    // The documents the study was read from (for the editors). The mapping is
    // the project's, or the mapper's best once found (null before).
    const Json& architectureJson() const { return archJson_; }
    const Json& problemJson() const { return problemJson_; }
    Json mappingJson() const;
    QString architectureFile() const { return archFile_; }
    QString problemFile() const { return problemFile_; }
    QString mappingFile() const { return mappingFile_; }
    JobRunner* runner() const { return runner_; }
    // True while the session itself puts a design on the page (its
    // designChanged then comes from the project or the mapper, not a pick).
    bool isShowingItsDesign() const { return showing_; }

  Q_SIGNALS:
    // The first design of the study is on the page (after open() or the mapper).
    void ready();
    // No design could be made: why (also shown on the page).
    void failed(const QString& why);

  private:
    void onMapperFinished(quint64 job, JobResult result);
    void show(std::shared_ptr<const dataflow::DataflowDesign> design);

    DataflowPage* page_;
    JobRunner* runner_;
    std::optional<dataflow::ResolvedStudy> study_;
    Json archJson_, problemJson_, mappingJson_;
    QString archFile_, problemFile_, mappingFile_;
    QString projectFile_;
    bool showing_ = false;
};

}  // namespace rl::views
