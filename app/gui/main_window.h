#pragma once
// The workbench window: start page, results tabs (roofline, traffic,
// explanation), dockable spec editors, operator table and messages; file
// handling with atomic saves, unsaved-changes prompt and crash recovery;
// background runs that follow every edit.
#include <QMainWindow>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

#include "app/gui/run_controller.h"
#include "core/spec/json_reader.h"
#include "views/common/op_selection.h"
#include "views/common/result_store.h"

class QAction;
class QCustomPlot;
class QDockWidget;
class QLabel;
class QMenu;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace rl {
struct Project;
struct DataflowStudy;
enum class SpecKind;
namespace views {
class DataflowEditors;
class ElidedLabel;
class DataflowPage;
class DataflowSession;
class ExplanationView;
class LearnedModelsPage;
class OperatorTableView;
class RooflineView;
class ServingPage;
class ExplorePage;
class TrainingPage;
class PredictionTimeline;
class SpecEditor;
class StaleBanner;
class StartPage;
class TrafficView;
struct SweepPointName;
struct WhatIfEdit;
}  // namespace views
}  // namespace rl

namespace rl {
namespace gui {

class PredictorChooser;
enum class NewDocumentKind;  // (no ": int" here: lupdate reads that as a class and loses the
                             // namespace)

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project file (or a single spec file into its editor). With
    // `asUntitled` the project becomes a new, unsaved copy (samples).
    bool openFile(const QString& path, bool asUntitled = false);
    // File > New <kind> once the document is chosen (main_window_new.cpp): a
    // spec of the open project is replaced as one undoable edit; anything
    // else starts a new unsaved project (after the unsaved-changes prompt).
    bool createDocument(NewDocumentKind kind, const rl::Json& doc, const QString& source);
    bool saveTo(const QString& path);
    // Saves the window to a PNG once the next result is shown, then quits.
    void screenshotAfterFirstResult(const QString& png, const QString& tab);
    // Offers to restore autosaved edits after a crash; returns true if restored.
    bool offerRecovery();
    // Start-up: opens `file` (if not empty), then offers the autosaved edits
    // of an earlier session whether or not a file was given (the next
    // autosave would overwrite them). False if `file` could not be opened.
    bool openAtStartup(const QString& file);

    // For tests and automation.
    views::ResultStore* results() { return &store_; }
    views::OpSelection* selection() { return &selection_; }
    RunController* runs() { return &runs_; }
    QUndoStack* undoStack() const { return undo_; }
    views::SpecEditor* hardwareEditor() const { return hwEditor_; }
    views::SpecEditor* modelEditor() const { return modelEditor_; }
    views::SpecEditor* scenarioEditor() const { return scenarioEditor_; }
    views::RooflineView* roofline() const { return roofline_; }
    views::TrafficView* traffic() const { return traffic_; }
    views::ExplanationView* explanation() const { return explanation_; }
    views::OperatorTableView* operatorTable() const { return table_; }
    QListWidget* messages() const { return messages_; }
    views::StaleBanner* staleBanner() const { return stale_; }
    QTabWidget* resultTabs() const { return tabs_; }
    views::LearnedModelsPage* learnedModelsPage() const { return learned_; }
    views::ServingPage* servingPage() const { return serving_; }
    views::TrainingPage* trainingPage() const { return training_; }
    // --tab dataflow-<state> beyond the page's views, reached by a scripted click:
    // mapper-compare, editor-architecture, editor-problem, editor-mapping, editor-invalid.
    static QStringList scriptedDataflowTabs();
    views::ExplorePage* explorePage() const { return explore_; }
    // Projects with a dataflow study (main_window_dataflow.cpp).
    views::DataflowPage* dataflowPage() const { return dataflow_; }
    views::DataflowSession* dataflowSession() const { return dataflowSession_; }
    views::DataflowEditors* dataflowEditors() const { return dataflowEditors_; }
    PredictorChooser* predictorChooser() const { return predictor_; }
    QString filePath() const { return filePath_; }
    bool isModified() const;
    QString recoveryFile() const;
    // Builds the project document from the editors (specs embedded unless unchanged references).
    rl::Json projectDocument() const;
    void runNow();
    void pinBaseline();
    void compareWithHardware(const QString& hardwarePath);
    // Serving projects: the highest arrival rate meeting the scenario's SLOs.
    void findServingCapacity();

  protected:
    void closeEvent(QCloseEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

  private:
    // Why a file did not open: a dialog, but a --screenshot run never waits
    // for a person (a modal box held it until its 3-minute guard): stderr.
    void refuseOpen(const QString& why);
    void buildActions();
    void buildDocks();
    void newProject();
    void openDialog();
    // New documents and lone spec files (main_window_new.cpp).
    void addNewDocumentActions(QMenu* file);
    void newDocument(NewDocumentKind kind);
    bool openLoneDocument(rl::SpecKind kind, const rl::Json& doc, const QString& path);
    bool openDataflowDocument(NewDocumentKind kind, const rl::Json& doc);
    bool openUntitledProject(const rl::Project& project, const QString* labels);
    // Replaces a spec as one undo step that also renames the editor's file.
    void replaceSpec(int which, const rl::Json& doc, const QString& label,
                     const QString& description);
    void showSpecDock(int which);  // the new document's editor in front
    bool save();
    bool saveAs();
    bool maybeSave();
    void scheduleRun();
    RunController::Work makeWork() const;
    RunController::Work makeServingWork(bool capacitySearch) const;
    QString scenarioKind() const;
    // Training projects run on the training page's own job runner: true if
    // this one does (now, or after the edit throttle).
    bool runOnTrainingPage(bool now);
    void showOperatorViews(bool show);  // off for serving projects
    // Under the explore and dataflow pages (no operators) the operators dock steps aside;
    // beside a sweep without a project, the empty editors too, and under a sweep the
    // Messages dock while it has none.
    void fitOperatorsDockToPage();
    void onSpecEdited(int which);
    void onResult(quint64 job, PredictionPtr result, double seconds);
    // The --screenshot of a result (or of the notice that replaces it), then exit.
    void takeScheduledScreenshot();
    void updateMessages();
    void updateTitle();
    void updateStatus();
    void addRecent(const QString& path);
    QStringList recentFiles() const;
    void writeRecovery();
    void removeRecovery();
    void applyWhatIf(const rl::WhatIf& w);
    void applyWhatIfEdit(const views::WhatIfEdit& edit, const QString& label);
    // Exploration page: a sweep point opened as an untitled project; a sweep
    // built on the current project (saved, or a snapshot of its edits).
    void openSweepPoint(const rl::Project& project, const views::SweepPointName& name);
    void buildSweepFromProject();
    // A save dialog for exports, starting in (and remembering) the last export folder.
    QString exportPath(const QString& title, const QString& filter);
    void exportChart();
    void copyChart();
    void exportTable();
    void exportResultJson();
    void showPreferences();
    void showAbout();
    QCustomPlot* currentChart() const;
    // The result tab named as for --tab; false if there is none of that name.
    bool selectTab(const QString& tab);

    // Dataflow studies (main_window_dataflow.cpp): the page and its editors'
    // dock are built once; a project with a "dataflow" object opens on the
    // page, one without hides it.
    void buildDataflowPage();
    void openDataflowStudy(const rl::Project& project, const QString& path, bool asUntitled);
    // A project without hardware, model and scenario is never analysed: the
    // analytical views and spec editors are put away and say why.
    void setAnalysable(bool analysable);
    // The project's "dataflow" object as it would be saved (edited documents
    // embedded); `embedAll` embeds every document (the recovery file).
    void fillDataflow(rl::Project& p, bool embedAll) const;
    bool dataflowModified() const;
    void markDataflowSaved();
    bool isDataflowTab(const QString& tab) const { return tab.startsWith("dataflow"); }
    // The --tab states a screenshot reaches by a scripted click (an A/B comparison,
    // an editor raised or an invalid edit): made now; false if the tab names none.
    bool stageDataflowScreenshot();

    views::ResultStore store_;
    views::OpSelection selection_;
    RunController runs_;
    QUndoStack* undo_;
    QStackedWidget* central_;
    views::StartPage* start_;
    QTabWidget* tabs_;
    views::StaleBanner* stale_ = nullptr;  // above tabs_: the result no longer matches the specs
    views::LearnedModelsPage* learned_ = nullptr;
    views::ServingPage* serving_ = nullptr;
    views::ExplorePage* explore_ = nullptr;
    views::PredictionTimeline* timeline_ = nullptr;
    QWidget* results_ = nullptr;  // holds tabs_
    views::TrainingPage* training_ = nullptr;
    bool capacityRun_ = false;  // the job being started is a capacity search
    PredictorChooser* predictor_ = nullptr;
    views::RooflineView* roofline_;
    views::TrafficView* traffic_;
    views::ExplanationView* explanation_;
    views::OperatorTableView* table_;
    views::SpecEditor* hwEditor_;
    views::SpecEditor* modelEditor_;
    views::SpecEditor* scenarioEditor_;
    QDockWidget* hwDock_;
    QDockWidget* modelDock_;
    QDockWidget* scenarioDock_;
    QDockWidget* tableDock_;
    bool tableHiddenForServing_ = false;  // restore the operators dock only if we hid it
    bool tableHiddenForExplore_ = false;
    bool editorsHiddenForExplore_ = false;   // no project: nothing to edit beside a sweep
    bool messagesHiddenForExplore_ = false;  // no messages: the sweep's chart takes the height
    QTimer fitDocksLater_;                   // one fit per burst of message rows
    QListWidget* messages_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    views::ElidedLabel* statusSpecs_;
    QLabel* statusRun_;
    QTimer* recoveryTimer_;

    QString filePath_;
    QString projectDir_;
    QString projectName_;
    // An untitled project opened from a sweep point has a made name: it is made
    // again in a new language while the project still bears the one made last.
    std::function<QString()> pointName_;
    QString pointNameMade_;
    QString projectDescription_;
    rl::Json viewSettings_ = rl::Json::object();
    QString refs_[3];  // hardware, model, scenario references as written; empty = embedded
    bool loading_ = false;
    QString runError_;
    QString screenshotPath_, screenshotTab_;
    bool haveProject_ = false;

    views::DataflowPage* dataflow_ = nullptr;
    views::DataflowSession* dataflowSession_ = nullptr;
    views::DataflowEditors* dataflowEditors_ = nullptr;
    QDockWidget* dataflowDock_ = nullptr;
    std::shared_ptr<rl::DataflowStudy> study_;  // the open project's; null without one
    rl::Json savedDataflowDocs_;                // the editors' documents as last saved
    bool analysable_ = true;
    bool editorsAhead_ = false;  // the page's design came from the editors
    QString dataflowError_;
};

}  // namespace gui
}  // namespace rl
