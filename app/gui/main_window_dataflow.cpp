// The dataflow part of the workbench window: projects with a "dataflow"
// object open on the dataflow page (views/dataflow), the architecture,
// problem and mapping in the editors' dock; the mapper runs in the
// background when the project has no mapping (views/dataflow/dataflow_session.h).
#include <QDockWidget>
#include <QFileInfo>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include "app/gui/main_window.h"
#include "core/dataflow/mapping_nest.h"
#include "core/spec/project.h"
#include "views/common/format.h"
#include "views/dataflow/arch_editor.h"
#include "views/dataflow/dataflow_editors.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_session.h"
#include "views/dataflow/dataflow_tabs.h"
#include "views/dataflow/mapper_view.h"
#include "views/dataflow/mapping_editor.h"
#include "views/dataflow/problem_editor.h"
#include "views/editors/spec_editor.h"
#include "views/explanation/explanation_view.h"
#include "views/roofline/roofline_view.h"
#include "views/timeline/prediction_timeline.h"
#include "views/traffic/traffic_view.h"

namespace rl {
namespace gui {

namespace {
// One document of a {"architecture", "problem", "mapping"} set; null if absent.
rl::Json documentOf(const rl::Json& docs, const char* key) {
    return docs.is_object() && docs.contains(key) ? docs.at(key) : rl::Json();
}

// Raises `editor` in the tab widget that holds it (the dock's Architecture, Problem, Mapping).
void raiseEditor(QWidget* editor) {
    for (QWidget* w = editor->parentWidget(); w; w = w->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            tabs->setCurrentWidget(editor);
            return;
        }
}

// B for a screenshot's A/B comparison: the front's point of least energy that is not
// the design's (A), else any other point; -1 if the search saw no other.
int comparisonPoint(const views::MapperScatter& scatter) {
    int best = -1;
    for (int i : scatter.front())
        if (i != scatter.current() &&
            (best < 0 || scatter.point(i).energyJ < scatter.point(best).energyJ))
            best = i;
    for (int i = 0; best < 0 && i < scatter.count(); ++i)
        if (i != scatter.current()) best = i;
    return best;
}

rl::Json editorDocuments(const views::DataflowEditors* e) {
    return rl::Json{{"architecture", e->archJson()},
                    {"problem", e->problemJson()},
                    {"mapping", e->mappingJson()}};
}
}  // namespace

void MainWindow::buildDataflowPage() {
    dataflow_ = new views::DataflowPage(tabs_);
    dataflow_->setObjectName("dataflowPage");
    views::addDataflowTabs(dataflow_);
    tabs_->addTab(dataflow_, tr("Dataflow"));
    tabs_->setTabVisible(tabs_->indexOf(dataflow_), false);
    dataflowSession_ = new views::DataflowSession(dataflow_, this);

    dataflowEditors_ = new views::DataflowEditors(this);
    // Titled like the result tab it edits: a short title, so its tab beside
    // Hardware, Model and Scenario is not cut to "Beschleuniger, Pr…".
    dataflowDock_ = new QDockWidget(tr("Dataflow"), this);
    dataflowDock_->setObjectName("dataflowEditorsDock");
    dataflowDock_->setWidget(dataflowEditors_);
    addDockWidget(Qt::LeftDockWidgetArea, dataflowDock_);
    // Beside the spec editors, not under them: a project with both keeps its room.
    tabifyDockWidget(scenarioDock_, dataflowDock_);
    dataflowDock_->hide();

    // The first design of a study (the project's mapping, or the mapper's):
    // the editors start from it.
    connect(dataflowSession_, &views::DataflowSession::ready, this, [this] {
        dataflowError_.clear();
        editorsAhead_ = false;
        // The editors validate what they load: the page keeps the session's
        // design (and its labels) rather than the editors' copy of it.
        const QSignalBlocker quiet(dataflowEditors_);
        dataflowEditors_->load(dataflowSession_->architectureJson(),
                               dataflowSession_->problemJson(), dataflowSession_->mappingJson(),
                               dataflowSession_->architectureFile(),
                               dataflowSession_->problemFile(), dataflowSession_->mappingFile());
        // The mapper's mapping counts as saved: the project reproduces it
        // (same seed and budget); it is written once the user edits it.
        markDataflowSaved();
        updateTitle();
        updateMessages();
        if (isDataflowTab(screenshotTab_)) takeScheduledScreenshot();
    });
    connect(dataflowSession_, &views::DataflowSession::failed, this, [this](const QString& why) {
        dataflowError_ = why;
        updateMessages();
        if (isDataflowTab(screenshotTab_)) takeScheduledScreenshot();
    });
    connect(dataflowEditors_, &views::DataflowEditors::designEdited, this,
            [this](std::shared_ptr<const rl::dataflow::DataflowDesign> design) {
                editorsAhead_ = true;
                dataflow_->setDesign(std::move(design));
                editorsAhead_ = false;
                updateTitle();
                recoveryTimer_->start();
            });
    connect(dataflowEditors_, &views::DataflowEditors::designInvalid, this,
            [this](const QString& reason) {
                if (dataflowSession_->isMapping()) return;  // no mapping yet: the mapper's notice
                dataflow_->markStale(reason);
                updateTitle();
            });
    // A mapping picked on the page (mapper scatter, network table) goes into
    // the mapping editor as one undoable edit; a layer of the model brings
    // its problem along (the editors then start from it).
    connect(dataflow_, &views::DataflowPage::designChanged, this,
            [this](std::shared_ptr<const rl::dataflow::DataflowDesign> design) {
                if (editorsAhead_ || dataflowSession_->isShowingItsDesign() || !design ||
                    !design->arch || dataflowSession_->isMapping())
                    return;
                const rl::Mapping mapping =
                    rl::dataflow::toMapping(design->mapping, *design->arch, design->mappingLabel);
                Diagnostics ignored;
                auto shown = rl::parseProblem(dataflowEditors_->problemJson(), "", ignored);
                if (shown && rl::toJson(*shown) == rl::toJson(design->problem)) {
                    if (rl::toJson(mapping) != dataflowEditors_->mappingJson())
                        dataflowEditors_->showMapping(mapping);
                } else {
                    dataflowEditors_->load(dataflowEditors_->archJson(),
                                           rl::toJson(design->problem), rl::toJson(mapping),
                                           dataflowSession_->architectureFile(), QString(),
                                           QString());
                }
                updateTitle();
            });
}

QStringList MainWindow::scriptedDataflowTabs() {
    return {"mapper-compare", "editor-architecture", "editor-problem", "editor-mapping",
            "editor-invalid"};
}

bool MainWindow::stageDataflowScreenshot() {
    const QString state = screenshotTab_.mid(9);  // after "dataflow-"
    if (tabs_->currentWidget() != dataflow_ || !scriptedDataflowTabs().contains(state))
        return false;
    if (state == "mapper-compare") {
        auto* mapper = qobject_cast<views::MapperView*>(dataflow_->currentView());
        if (!mapper) return false;
        const int b = comparisonPoint(mapper->scatter());
        if (b >= 0) mapper->choosePoint(b);
        mapper->showCompare(true);
        return true;
    }
    dataflowDock_->raise();
    if (state == "editor-architecture") raiseEditor(dataflowEditors_->archEditor());
    if (state == "editor-problem") raiseEditor(dataflowEditors_->problemEditor());
    if (state == "editor-mapping" || state == "editor-invalid")
        raiseEditor(dataflowEditors_->mappingEditor());
    const auto design = dataflow_->design();
    if (state == "editor-invalid" && design && design->arch) {
        // The first level's K factor halved (or doubled): the factors no longer
        // multiply to the problem's bound, as a slip of the hand would leave them.
        rl::Mapping m =
            rl::dataflow::toMapping(design->mapping, *design->arch, design->mappingLabel);
        for (auto& level : m.levels) {
            auto& k = level.temporal[static_cast<int>(rl::Dim::K)];
            if (k > 1) {
                k = k % 2 == 0 ? k / 2 : k * 2;
                break;
            }
        }
        dataflowEditors_->showMapping(m);
    }
    return true;
}

void MainWindow::openDataflowStudy(const rl::Project& project, const QString& path,
                                   bool asUntitled) {
    dataflowError_.clear();
    const int index = tabs_->indexOf(dataflow_);
    if (!project.dataflow) {
        study_.reset();
        dataflowSession_->clear();
        dataflowEditors_->load(rl::Json(), rl::Json(), rl::Json(), {}, {}, {});
        savedDataflowDocs_ = rl::Json();
        tabs_->setTabVisible(index, false);
        dataflowDock_->hide();
        setAnalysable(true);
        return;
    }
    study_ = std::make_shared<rl::DataflowStudy>(*project.dataflow);
    if (asUntitled) {
        // An untitled copy saves elsewhere: its documents are embedded.
        study_->architectureRef.clear();
        study_->problemRef.clear();
        study_->mappingRef.clear();
    }
    tabs_->setTabVisible(index, true);
    tabs_->setCurrentWidget(dataflow_);
    fitOperatorsDockToPage();  // the tab may be current already: showOperatorViews brought it back
    dataflowDock_->show();
    dataflowDock_->raise();
    // As wide as the docks were asked to be: a page shown before (the German sweep
    // page needs ~1000 px) may have narrowed them, and the levels and loop tables
    // need the room (at 267 px the German forms scrolled sideways).
    // Once the window has laid out without the hidden pages' widths.
    QTimer::singleShot(0, this, [this] { resizeDocks({dataflowDock_}, {340}, Qt::Horizontal); });
    setAnalysable(project.analysable());
    savedDataflowDocs_ = rl::Json();
    QString error;
    dataflowSession_->open(project, path, &error);
    if (!error.isEmpty()) dataflowError_ = error;
    if (!dataflow_->design()) {
        // The mapper is searching, or the study has errors: the editors show
        // its documents meanwhile (and mark what is wrong).
        const auto& s = *project.dataflow;
        const QSignalBlocker quiet(dataflowEditors_);
        dataflowEditors_->load(
            s.architectureFromHardware ? dataflowSession_->architectureJson() : s.architectureJson,
            s.modelLayer >= 0 ? dataflowSession_->problemJson() : s.problemJson, s.mappingJson,
            dataflowSession_->architectureFile(), dataflowSession_->problemFile(),
            dataflowSession_->mappingFile());
        markDataflowSaved();
    }
}

void MainWindow::setAnalysable(bool analysable) {
    analysable_ = analysable;
    // Runs after showOperatorViews(): serving and training projects keep
    // their per-operator views disabled with its reason.
    const bool operatorViews = scenarioKind() != "serving" && scenarioKind() != "training";
    const QString why =
        tr("This project is a dataflow study (an accelerator, a problem and a mapping) without "
           "hardware, model and scenario: see the Dataflow tab.");
    for (QWidget* page : {static_cast<QWidget*>(roofline_), static_cast<QWidget*>(traffic_),
                          static_cast<QWidget*>(explanation_), static_cast<QWidget*>(timeline_)}) {
        const int index = tabs_->indexOf(page);
        const bool perOperator =
            page == roofline_ || (page == traffic_ && scenarioKind() != "training");
        tabs_->setTabEnabled(index, analysable && (operatorViews || !perOperator));
        if (!analysable)
            tabs_->setTabToolTip(index, why);
        else if (!perOperator)
            tabs_->setTabToolTip(index, QString());
    }
    for (QDockWidget* dock : {hwDock_, modelDock_, scenarioDock_}) dock->setVisible(analysable);
    if (!analysable && !tableDock_->isHidden()) {
        tableDock_->hide();
        tableHiddenForServing_ = true;  // brought back by the next analysable project
        // Messages alone need little height: give it to the page.
        if (auto* messagesDock = qobject_cast<QDockWidget*>(messages_->parentWidget()))
            resizeDocks({messagesDock}, {70}, Qt::Vertical);
    }
    if (!analysable) store_.setResult(nullptr);
}

void MainWindow::fillDataflow(rl::Project& p, bool embedAll) const {
    if (!study_) return;
    rl::DataflowStudy s = *study_;
    // Edited documents are embedded (the referenced files stay as they were).
    const rl::Json docs = editorDocuments(dataflowEditors_);
    const rl::Json& saved = savedDataflowDocs_;
    auto edited = [&](const char* key) { return documentOf(saved, key) != documentOf(docs, key); };
    auto take = [&](const char* key, std::string& ref, rl::Json& json) {
        if (edited(key) || embedAll) {
            ref.clear();
            json = documentOf(docs, key);
        }
    };
    // An edited architecture of the hardware, or an edited layer of the
    // model, becomes the study's own document.
    if (s.architectureFromHardware && edited("architecture")) s.architectureFromHardware = false;
    if (s.modelLayer >= 0 && edited("problem")) s.modelLayer = -1;
    if (!s.architectureFromHardware) take("architecture", s.architectureRef, s.architectureJson);
    if (s.modelLayer < 0) take("problem", s.problemRef, s.problemJson);
    // The mapper's mapping is kept only once the user edited it or asks to save it.
    if (!documentOf(docs, "mapping").is_null()) take("mapping", s.mappingRef, s.mappingJson);
    p.dataflow = s;
}

bool MainWindow::dataflowModified() const {
    if (!study_) return false;
    const rl::Json docs = editorDocuments(dataflowEditors_);
    for (const char* key : {"architecture", "problem", "mapping"})
        if (documentOf(savedDataflowDocs_, key) != documentOf(docs, key)) return true;
    return false;
}

void MainWindow::markDataflowSaved() { savedDataflowDocs_ = editorDocuments(dataflowEditors_); }

}  // namespace gui
}  // namespace rl
