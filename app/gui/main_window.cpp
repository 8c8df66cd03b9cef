#include "app/gui/main_window.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <iostream>

#include "app/gui/dock_tab_titles.h"
#include "app/gui/explore_runner.h"
#include "app/gui/language_switch.h"
#include "app/gui/predictor_chooser.h"
#include "app/gui/project_document.h"
#include "app/gui/settings.h"
#include "app/gui/training_engine.h"
#include "core/analytical/analyze.h"
#include "core/explore/sweep_manifest.h"
#include "core/learned/learned_model.h"
#include "core/result/export.h"
#include "core/sim/serving/serving_sim.h"
#include "core/spec/format_field.h"
#include "core/spec/project.h"
#include "core/spec/spec_io.h"
#include "views/common/chart_export.h"
#include "views/common/elided_label.h"
#include "views/common/format.h"
#include "views/common/qcp.h"
#include "views/common/save_error_text.h"
#include "views/common/stale_banner.h"
#include "views/common/theme.h"
#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/dataflow_session.h"
#include "views/dataflow/dataflow_view.h"
#include "views/dataflow/mapper_view.h"
#include "views/editors/diagnostic_text.h"
#include "views/editors/spec_editor.h"
#include "views/editors/what_if_apply.h"
#include "views/explanation/explanation_view.h"
#include "views/explanation/message_text.h"
#include "views/explore/explore_page.h"
#include "views/learned/learned_models_page.h"
#include "views/optable/operator_table_view.h"
#include "views/roofline/roofline_view.h"
#include "views/serving/serving_page.h"
#include "views/serving/serving_what_if_apply.h"
#include "views/start/sample_library.h"
#include "views/start/start_page.h"
#include "views/timeline/prediction_timeline.h"
#include "views/traffic/traffic_view.h"
#include "views/training/search_table_model.h"
#include "views/training/training_page.h"
#include "views/training/training_plan_apply.h"
#include "views/training/training_search_tab.h"

// Resources live in a static library: register them explicitly.
static void initResources() { Q_INIT_RESOURCE(ridgeline); }

namespace rl {
namespace gui {
namespace {
const char* kSpecKeys[3] = {"hardware", "model", "scenario"};
}  // namespace

void MainWindow::refuseOpen(const QString& why) {
    if (!screenshotPath_.isEmpty())
        std::cerr << "ridgeline: " << why.toStdString() << "\n";
    else
        QMessageBox::warning(this, tr("Open"), why);
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), undo_(new QUndoStack(this)) {
    initResources();
    setObjectName("mainWindow");
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    setWindowIcon(QIcon(":/icons/ridgeline.svg"));

    central_ = new QStackedWidget(this);
    start_ = new views::StartPage(central_);
    tabs_ = new QTabWidget(central_);
    tabs_->setObjectName("resultTabs");
    tabs_->setDocumentMode(true);
    roofline_ = new views::RooflineView(&store_, &selection_, tabs_);
    traffic_ = new views::TrafficView(&store_, &selection_, tabs_);
    explanation_ = new views::ExplanationView(&store_, &selection_, tabs_);
    tabs_->addTab(roofline_, tr("Roofline"));
    tabs_->addTab(traffic_, tr("Memory traffic"));
    tabs_->addTab(explanation_, tr("Explanation"));
    timeline_ = new views::PredictionTimeline(&store_, &selection_, tabs_);
    tabs_->addTab(timeline_, tr("Timeline"));
    // Fitting and validating learned predictors needs no project: its own tab.
    learned_ = new views::LearnedModelsPage(tabs_);
    learned_->setTrainer(rl::trainAndEvaluate);
    tabs_->addTab(learned_, tr("Learned models"));
    // Serving projects run the serving simulator and open on this page.
    serving_ = new views::ServingPage(&store_, tabs_);
    tabs_->addTab(serving_, tr("Serving"));
    tabs_->setTabVisible(tabs_->indexOf(serving_), false);
    // Training projects run the training simulator on their own page.
    training_ = new views::TrainingPage(tabs_);
    training_->setEngine(trainingEngine());
    tabs_->addTab(training_, tr("Training"));
    tabs_->setTabVisible(tabs_->indexOf(training_), false);
    // Sweeps: the exploration page, with or without a project open.
    explore_ = new views::ExplorePage(tabs_);
    explore_->setRunner(runSweepForPage);
    tabs_->addTab(explore_, tr("Explore"));
    results_ = new QWidget(central_);
    auto* resultsLayout = new QVBoxLayout(results_);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    stale_ = new views::StaleBanner(results_);  // says when the result no longer matches the specs
    resultsLayout->addWidget(stale_);
    resultsLayout->addWidget(tabs_, 1);
    central_->addWidget(start_);
    central_->addWidget(results_);
    setCentralWidget(central_);

    buildDocks();
    const QList<QWidget*> resultPages = {roofline_, traffic_, explanation_,
                                         timeline_, serving_, training_};
    stale_->watch(tabs_, resultPages, resultPages + QList<QWidget*>{table_});
    // "Go to the field" does what clicking the error in Messages does.
    connect(stale_, &views::StaleBanner::goToField, this, [this](int which, const QString& path) {
        for (int row = 0; row < messages_->count(); ++row) {
            QListWidgetItem* item = messages_->item(row);
            if (item->data(Qt::UserRole).toInt() == which &&
                item->data(Qt::UserRole + 1).toString() == path)
                return Q_EMIT messages_->itemActivated(item);
        }
    });
    buildDataflowPage();  // main_window_dataflow.cpp
    buildActions();

    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(160);
    progress_->setVisible(false);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setVisible(false);
    // Long spec names must not set the window's minimum width: the line is
    // cut with "…" at the status bar's edge and its tooltip holds all of it.
    statusSpecs_ = new views::ElidedLabel(Qt::ElideRight, this);
    statusRun_ = new QLabel(this);
    statusBar()->addWidget(statusSpecs_, 1);
    statusBar()->addPermanentWidget(statusRun_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, &runs_, &RunController::cancel);

    connect(&runs_, &RunController::started, this, [this](quint64) {
        if (scenarioKind() == "serving")
            serving_->runStarted(capacityRun_ ? views::ServingPage::RunKind::capacitySearch
                                              : views::ServingPage::RunKind::simulation);
        progress_->setValue(0);
        progress_->setVisible(true);
        cancel_->setVisible(true);
        statusRun_->setText(tr("Predicting…"));
    });
    connect(&runs_, &RunController::progress, this,
            [this](quint64 job, double f, const QString& what) {
                if (job != runs_.latestJob()) return;
                if (serving_->isRunning()) serving_->runProgress(f, what);
                progress_->setValue(static_cast<int>(f * 1000));
                if (!what.isEmpty()) statusRun_->setText(what);
            });
    connect(&runs_, &RunController::predictionReady, this, &MainWindow::onResult);
    connect(&runs_, &RunController::failed, this, [this](quint64, const QString& msg) {
        progress_->setVisible(false);
        cancel_->setVisible(false);
        runError_ = msg;
        if (serving_->isRunning()) serving_->runEnded(tr("Simulation failed: %1").arg(msg));
        statusRun_->setText(tr("Prediction failed"));
        updateMessages();
        takeScheduledScreenshot();  // a screenshot run shows why it failed, too
    });
    connect(&runs_, &RunController::cancelled, this, [this](quint64) {
        progress_->setVisible(false);
        cancel_->setVisible(false);
        if (serving_->isRunning())
            serving_->runEnded(tr("Cancelled: the results shown are from the last complete run."));
        statusRun_->setText(tr("Cancelled"));
    });

    for (auto* editor : {hwEditor_, modelEditor_, scenarioEditor_}) {
        const int which = editor == hwEditor_ ? 0 : (editor == modelEditor_ ? 1 : 2);
        connect(editor, &views::SpecEditor::documentChanged, this,
                [this, which] { onSpecEdited(which); });
        connect(editor, &views::SpecEditor::diagnosticsChanged, this, &MainWindow::updateMessages);
    }
    connect(undo_, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(explanation_, &views::ExplanationView::applyWhatIf, this, &MainWindow::applyWhatIf);
    connect(serving_, &views::ServingPage::cancelRequested, &runs_, &RunController::cancel);
    connect(serving_, &views::ServingPage::capacitySearchRequested, this,
            &MainWindow::findServingCapacity);
    connect(serving_, &views::ServingPage::applyWhatIf, this, [this](const rl::ServingWhatIf& w) {
        // The undo entry names the change (clause 0), in the user's language.
        applyWhatIfEdit(views::applyServingWhatIf(w, scenarioEditor_->document()),
                        w.message.clauses.empty()
                            ? QString::fromStdString(w.label)
                            : views::MessageText::text(w.message.clauses.front()));
    });
    connect(training_, &views::TrainingPage::resultReady, this,
            [this](std::shared_ptr<const rl::Prediction> p, double seconds) {
                if (scenarioKind() == "training") onResult(0, std::move(p), seconds);
            });
    connect(training_, &views::TrainingPage::runFailed, this, [this](const QString& message) {
        runError_ = message;
        statusRun_->setText(tr("Prediction failed"));
        updateMessages();
    });
    connect(training_, &views::TrainingPage::planChosen, this,
            [this](const rl::training::TrainingPlan& plan, const QString& label) {
                applyWhatIfEdit(views::applyTrainingPlan(plan, scenarioEditor_->document()), label);
            });

    connect(start_, &views::StartPage::openSampleRequested, this,
            [this](const QString& p) { openFile(p, true); });
    connect(start_, &views::StartPage::openFileRequested, this, [this](const QString& p) {
        if (maybeSave()) openFile(p);
    });
    connect(start_, &views::StartPage::openDialogRequested, this, &MainWindow::openDialog);
    connect(start_, &views::StartPage::newProjectRequested, this, &MainWindow::newProject);
    connect(explore_, &views::ExplorePage::openProjectRequested, this, &MainWindow::openSweepPoint);
    connect(explore_, &views::ExplorePage::buildFromProjectRequested, this,
            &MainWindow::buildSweepFromProject);
    connect(explore_, &views::ExplorePage::sweepFinished, this, [this] {
        if (tabs_->currentWidget() == explore_) takeScheduledScreenshot();
    });
    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::fitOperatorsDockToPage);
    // Messages come and go in bursts (cleared, then refilled): the docks are
    // fitted once the burst is over, so the Messages dock does not flicker.
    fitDocksLater_.setSingleShot(true);
    fitDocksLater_.setInterval(0);
    connect(&fitDocksLater_, &QTimer::timeout, this, &MainWindow::fitOperatorsDockToPage);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(messages_->model(), signal, &fitDocksLater_, qOverload<>(&QTimer::start));
    connect(messages_->model(), &QAbstractItemModel::modelReset, &fitDocksLater_,
            qOverload<>(&QTimer::start));
    start_->setRecentFiles(recentFiles());
    // Texts built from results or state are made again in the new language
    // (static texts were re-translated by LanguageSwitch): as after a re-run.
    connect(&LanguageSwitch::instance(), &LanguageSwitch::languageChanged, this, [this] {
        if (pointName_ && filePath_.isEmpty() && projectName_ == pointNameMade_)
            projectName_ = pointNameMade_ = pointName_();
        updateTitle();
        updateStatus();
        updateMessages();
        if (store_.result()) Q_EMIT store_.resultChanged();
        Q_EMIT views::Theme::instance().changed();
    });

    recoveryTimer_ = new QTimer(this);
    recoveryTimer_->setSingleShot(true);
    recoveryTimer_->setInterval(1500);
    connect(recoveryTimer_, &QTimer::timeout, this, &MainWindow::writeRecovery);

    installExportMemory();  // every export dialog starts in the last export folder
    const Settings settings = Settings::load();
    resize(1400, 900);
    restoreGeometry(settings.windowGeometry);
    restoreState(settings.windowState);
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks() {
    auto makeDock = [this](const QString& title, const QString& name, QWidget* w,
                           Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(w);
        addDockWidget(area, dock);
        return dock;
    };
    hwEditor_ = new views::SpecEditor(views::SpecEditor::Kind::hardware, undo_, this);
    modelEditor_ = new views::SpecEditor(views::SpecEditor::Kind::model, undo_, this);
    scenarioEditor_ = new views::SpecEditor(views::SpecEditor::Kind::scenario, undo_, this);
    hwDock_ = makeDock(tr("Hardware"), "hardwareDock", hwEditor_, Qt::LeftDockWidgetArea);
    modelDock_ = makeDock(tr("Model"), "modelDock", modelEditor_, Qt::LeftDockWidgetArea);
    scenarioDock_ =
        makeDock(tr("Scenario"), "scenarioDock", scenarioEditor_, Qt::LeftDockWidgetArea);
    tabifyDockWidget(hwDock_, modelDock_);
    tabifyDockWidget(modelDock_, scenarioDock_);
    hwDock_->raise();
    table_ = new views::OperatorTableView(&store_, &selection_, this);
    tableDock_ = makeDock(tr("Operators"), "operatorsDock", table_, Qt::BottomDockWidgetArea);
    auto* tableDock = tableDock_;
    messages_ = new QListWidget(this);
    messages_->setObjectName("messages");
    auto* messagesDock =
        makeDock(tr("Messages"), "messagesDock", messages_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(tableDock, messagesDock);
    tableDock->raise();
    keepDockTabTitlesWhole(this);
    resizeDocks({hwDock_}, {340}, Qt::Horizontal);  // leaves the results room at 1280 px
    resizeDocks({tableDock}, {260}, Qt::Vertical);
    connect(messages_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int which = item->data(Qt::UserRole).toInt();
        const QString path = item->data(Qt::UserRole + 1).toString();
        QDockWidget* docks[3] = {hwDock_, modelDock_, scenarioDock_};
        views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
        if (which < 0 || which > 2) return;
        docks[which]->show();
        docks[which]->raise();
        editors[which]->focusPath(path);
    });
    connect(messages_, &QListWidget::itemClicked, messages_, &QListWidget::itemActivated);
}

void MainWindow::buildActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QToolBar* tb = addToolBar(tr("Main"));
    tb->setObjectName("mainToolBar");
    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = menu->addAction(text);
        if (!key.isEmpty()) a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction* newA = add(file, tr("&New project"), QKeySequence::New, [this] { newProject(); });
    addNewDocumentActions(file);  // New hardware / model / scenario / accelerator...
    QAction* openA = add(file, tr("&Open…"), QKeySequence::Open, [this] { openDialog(); });
    QAction* saveA = add(file, tr("&Save"), QKeySequence::Save, [this] { save(); });
    add(file, tr("Save &as…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    add(file, tr("Export chart…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportChart(); });
    add(file, tr("Copy chart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        [this] { copyChart(); });
    add(file, tr("Export operator table (CSV)…"), QKeySequence(), [this] { exportTable(); });
    add(file, tr("Export result (JSON)…"), QKeySequence(), [this] { exportResultJson(); });
    file->addSeparator();
    add(file, tr("Preferences…"), QKeySequence::Preferences, [this] { showPreferences(); });
    add(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Not QUndoStack::createUndoAction: its "&Undo" prefix is fixed at creation
    // and would stay in the first language after a language switch.
    auto undoAction = [this](bool redo) {
        auto* a = new QAction(this);
        auto label = [this, a, redo] {
            const QString what = redo ? undo_->redoText() : undo_->undoText();
            a->setText(what.isEmpty() ? (redo ? tr("&Redo") : tr("&Undo"))
                                      : (redo ? tr("&Redo %1") : tr("&Undo %1")).arg(what));
        };
        label();
        a->setEnabled(redo ? undo_->canRedo() : undo_->canUndo());
        connect(a, &QAction::triggered, undo_, redo ? &QUndoStack::redo : &QUndoStack::undo);
        connect(undo_, redo ? &QUndoStack::canRedoChanged : &QUndoStack::canUndoChanged, a,
                &QAction::setEnabled);
        connect(undo_, redo ? &QUndoStack::redoTextChanged : &QUndoStack::undoTextChanged, a,
                label);
        return a;
    };
    QAction* undoA = undoAction(false);
    undoA->setShortcut(QKeySequence::Undo);
    QAction* redoA = undoAction(true);
    redoA->setShortcut(QKeySequence::Redo);
    edit->addAction(undoA);
    edit->addAction(redoA);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    QAction* runA = add(run, tr("&Predict now"), QKeySequence(Qt::Key_F5), [this] { runNow(); });
    add(run, tr("&Cancel"), QKeySequence(Qt::Key_Escape), [this] { runs_.cancel(); });

    QMenu* compare = menuBar()->addMenu(tr("&Compare"));
    QAction* pinA = add(compare, tr("&Pin result as baseline"), QKeySequence(Qt::CTRL | Qt::Key_B),
                        [this] { pinBaseline(); });
    add(compare, tr("&Clear baseline"), QKeySequence(), [this] { store_.clearBaseline(); });
    add(compare, tr("Compare with other &hardware…"), QKeySequence(), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Hardware to compare"),
                                                          views::samplesDir() + "/hardware",
                                                          tr("Hardware spec (*.json)"));
        if (!path.isEmpty()) compareWithHardware(path);
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    add(view, tr("&Start page"), QKeySequence(), [this] { central_->setCurrentWidget(start_); });
    add(view, tr("&Results"), QKeySequence(), [this] { central_->setCurrentWidget(results_); });
    // The zoom every operator view shares (views/common/focus_stack.h).
    add(view, tr("Reset &zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] {
        selection_.focus()->reset();
        roofline_->resetZoom();
    });
    add(view, tr("&Back"), QKeySequence(QKeySequence::Back), [this] {
        if (tabs_->currentWidget() == roofline_)
            roofline_->undoZoom();  // its own wheel and drag steps first
        else
            selection_.focus()->back();
    });
    add(view, tr("Zoom &out"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
        [this] { selection_.focus()->zoomOut(); });
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About Ridgeline"), QKeySequence(), [this] { showAbout(); });

    newA->setIcon(QIcon(":/icons/new.svg"));
    openA->setIcon(QIcon(":/icons/open.svg"));
    saveA->setIcon(QIcon(":/icons/save.svg"));
    undoA->setIcon(QIcon(":/icons/undo.svg"));
    redoA->setIcon(QIcon(":/icons/redo.svg"));
    runA->setIcon(QIcon(":/icons/run.svg"));
    pinA->setIcon(QIcon(":/icons/pin.svg"));
    for (QAction* a : {newA, openA, saveA, undoA, redoA, runA, pinA}) tb->addAction(a);
    // The predictor of project runs: roofline, the model trained on the
    // Learned models page, or a saved model file.
    tb->addSeparator();
    tb->addWidget(new QLabel(tr("Predictor:"), tb));
    predictor_ = new PredictorChooser(tb);
    tb->addWidget(predictor_);
    connect(predictor_, &PredictorChooser::predictorChanged, this, [this] {
        if (hwEditor_->hardware() && modelEditor_->model() && scenarioEditor_->scenario()) runNow();
    });
    connect(predictor_, &PredictorChooser::loadFailed, this, [this](const QString& error) {
        statusRun_->setText(tr("Model not loaded: %1").arg(error));
    });
    connect(learned_, &views::LearnedModelsPage::trainingFinished, this, [this](bool ok) {
        if (ok) predictor_->setTrainedModel(learned_->sharedModel());
    });
}

// ---------------------------------------------------------------- files

bool MainWindow::openFile(const QString& path, bool asUntitled) {
    rl::Diagnostics diag(path.toStdString());
    auto doc = rl::readJsonFile(path.toStdString(), diag);
    if (!doc) {
        refuseOpen(views::diagnosticsText(diag));
        return false;
    }
    const std::string format = rl::formatField(*doc);
    if (format == "ridgeline.sweep" || format == rl::explore::kSweepResultFormat) {
        // A sweep (or a finished one's sweep.json) opens on the exploration
        // page, which shows why if it cannot run.
        central_->setCurrentWidget(results_);
        tabs_->setCurrentWidget(explore_);
        return explore_->openSweep(path, *doc).isEmpty();
    }
    const rl::SpecKind kind = rl::detectSpecKind(*doc);
    views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
    // A spec on its own goes into the open project, or becomes a new one.
    if (kind != rl::SpecKind::project && kind != rl::SpecKind::unknown)
        return openLoneDocument(kind, *doc, path);
    if (kind != rl::SpecKind::project) {
        refuseOpen(tr("%1 is not a Ridgeline project or spec file.").arg(path));
        return false;
    }
    // Through core's project reader: each spec goes into its editor even when
    // it has errors, so the user sees and fixes them; specs that do not fit
    // together are refused (a recovery file keeps whatever the user had).
    const QString dir = QFileInfo(path).absolutePath();
    const bool recovering = QFileInfo(path) == QFileInfo(recoveryFile());
    const OpenedProject opened = openProject(path, recovering);
    if (!opened.error.isEmpty()) {
        refuseOpen(opened.error);
        return false;
    }
    const rl::Project& project = opened.project;
    const rl::Json* specs[3] = {&project.hardwareJson, &project.modelJson, &project.scenarioJson};
    const std::string* refs[3] = {&project.hardwareRef, &project.modelRef, &project.scenarioRef};
    loading_ = true;
    for (int i = 0; i < 3; ++i) {
        editors[i]->setDocument(*specs[i], opened.labels[i]);
    }
    loading_ = false;
    projectName_ = QString::fromStdString(project.name);
    projectDescription_ = QString::fromStdString(project.description);
    viewSettings_ = project.viewSettings;
    for (int i = 0; i < 3; ++i)
        refs_[i] = asUntitled ? QString() : QString::fromStdString(*refs[i]);
    filePath_ = asUntitled ? QString() : QFileInfo(path).absoluteFilePath();
    projectDir_ = dir;
    haveProject_ = true;
    undo_->clear();
    undo_->setClean();
    if (!asUntitled) addRecent(filePath_);
    store_.clearBaseline();
    selection_.clear();
    selection_.focus()->reset();  // op indices of another project mean other ops
    central_->setCurrentWidget(results_);
    tabs_->setTabVisible(tabs_->indexOf(serving_), scenarioKind() == "serving");
    tabs_->setTabVisible(tabs_->indexOf(training_), scenarioKind() == "training");
    if (scenarioKind() == "serving") tabs_->setCurrentWidget(serving_);
    if (scenarioKind() == "training") tabs_->setCurrentWidget(training_);
    showOperatorViews(scenarioKind() != "serving" && scenarioKind() != "training");
    openDataflowStudy(project, path, asUntitled);  // the Dataflow tab, for a "dataflow" object
    if (!screenshotPath_.isEmpty()) selectTab(screenshotTab_);
    updateTitle();
    updateStatus();
    runNow();
    return true;
}

void MainWindow::fitOperatorsDockToPage() {
    // Only the page shown sets how narrow the results may get: hidden pages (the
    // German sweep and roofline pages need ~1000 px) squeezed the docks beside the
    // others (the dataflow dock to 267 px, whose forms then scrolled sideways).
    for (int i = 0; i < tabs_->count(); ++i) {
        QSizePolicy policy = tabs_->widget(i)->sizePolicy();
        policy.setHorizontalPolicy(i == tabs_->currentIndex() ? QSizePolicy::Preferred
                                                              : QSizePolicy::Ignored);
        tabs_->widget(i)->setSizePolicy(policy);
    }
    // The exploration and dataflow pages need the height of the operators dock
    // (they have no operators; at 720 px the loop nest got 200 px under it); the
    // dock comes back when another tab is shown.
    const bool exploring =
        tabs_->currentWidget() == explore_ || tabs_->currentWidget() == dataflow_;
    if (exploring && !tableDock_->isHidden()) {
        tableDock_->hide();
        tableHiddenForExplore_ = true;
        if (auto* messagesDock = qobject_cast<QDockWidget*>(messages_->parentWidget()))
            resizeDocks({messagesDock}, {110}, Qt::Vertical);
    } else if (!exploring && tableHiddenForExplore_) {
        tableHiddenForExplore_ = false;
        // A project opened meanwhile may have no operators (serving, training or a
        // dataflow study alone): the dock then stays aside for that project.
        if (analysable_ && scenarioKind() != "serving" && scenarioKind() != "training")
            tableDock_->show();
        else
            tableHiddenForServing_ = true;
    }
    // Without a project the editors are empty: beside a sweep (which names its own
    // base files) they step aside too, and come back with a project or another tab.
    const bool bare = tabs_->currentWidget() == explore_ && !haveProject_;
    if (bare != editorsHiddenForExplore_) {
        editorsHiddenForExplore_ = bare;
        for (QDockWidget* dock : {hwDock_, modelDock_, scenarioDock_})
            dock->setVisible(!bare && analysable_);
    }
    // An empty Messages dock took about 110 px of the sweep's chart at 720 px: it
    // steps aside there until a message arrives, and comes back on other pages.
    auto* messagesDock = qobject_cast<QDockWidget*>(messages_->parentWidget());
    const bool quiet = tabs_->currentWidget() == explore_ && messages_->count() == 0;
    if (quiet && !messagesDock->isHidden()) {
        messagesDock->hide();
        messagesHiddenForExplore_ = true;
    } else if (!quiet && messagesHiddenForExplore_) {
        messagesDock->show();
        messagesHiddenForExplore_ = false;
        if (tabs_->currentWidget() == explore_) resizeDocks({messagesDock}, {110}, Qt::Vertical);
    }
}

void MainWindow::showOperatorViews(bool show) {
    // The simulators report requests or iterations, not operators: per-operator
    // views would be empty, so they are disabled and say why.
    const QString why = show ? QString()
                             : tr("Serving and training projects are simulated, not analysed "
                                  "operator by operator: see the Serving or Training tab.");
    for (QWidget* page : {static_cast<QWidget*>(roofline_), static_cast<QWidget*>(traffic_)}) {
        // Training predictions carry per-phase traffic records (weights,
        // activations, gradients, optimizer state): their traffic tab stays on.
        const bool on = show || (page == traffic_ && scenarioKind() == "training");
        tabs_->setTabEnabled(tabs_->indexOf(page), on);
        tabs_->setTabToolTip(tabs_->indexOf(page), on ? QString() : why);
    }
    if (!show && !tableDock_->isHidden()) {
        tableDock_->hide();
        tableHiddenForServing_ = true;
        // Messages alone need little height: give it to the serving page (at 720 px its
        // what-if table showed two rows under 110 px of empty messages).
        if (auto* messagesDock = qobject_cast<QDockWidget*>(messages_->parentWidget()))
            resizeDocks({messagesDock}, {70}, Qt::Vertical);
    } else if (show && tableHiddenForServing_) {
        tableDock_->show();
        tableHiddenForServing_ = false;
    }
}

void MainWindow::newProject() {
    if (!maybeSave()) return;
    // A new project starts from the first sample, as an untitled copy.
    const auto samples = views::libraryEntries("projects");
    if (samples.isEmpty()) {
        QMessageBox::warning(this, tr("New project"),
                             tr("No sample projects found in %1.").arg(views::samplesDir()));
        return;
    }
    // The first analysable sample (an accelerator study has no hardware to edit).
    auto first = std::find_if(samples.begin(), samples.end(),
                              [](const views::LibraryEntry& e) { return !e.dataflow; });
    openFile(first != samples.end() ? first->path : samples.front().path, true);
    projectName_ = tr("Untitled project");
    updateTitle();
}

void MainWindow::openDialog() {
    if (!maybeSave()) return;
    // The open project's folder, else the last one opened from, else the samples.
    const QString lastFolder = Settings::load().openFolder;
    const QString start = !filePath_.isEmpty()    ? projectDir_
                          : !lastFolder.isEmpty() ? lastFolder
                                                  : views::samplesDir() + "/projects";
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project or spec"), start, tr("Ridgeline files (*.json);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

rl::Json MainWindow::projectDocument() const {
    rl::Project p;  // written by core, as the CLI writes projects
    p.name = projectName_.isEmpty() ? std::string("Untitled project") : projectName_.toStdString();
    p.description = projectDescription_.toStdString();
    const views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
    rl::Json* docs[3] = {&p.hardwareJson, &p.modelJson, &p.scenarioJson};
    std::string* refs[3] = {&p.hardwareRef, &p.modelRef, &p.scenarioRef};
    // A dataflow study alone has no hardware, model and scenario to save.
    for (int i = 0; i < 3 && analysable_; ++i) {
        *docs[i] = editors[i]->document();
        *refs[i] = refs_[i].toStdString();
    }
    fillDataflow(p, false);
    p.viewSettings = viewSettings_;
    p.viewSettings["roofline_level"] = roofline_->level();
    return rl::toJson(p);
}

bool MainWindow::saveTo(const QString& path) {
    // References are relative to the project file: moving it elsewhere embeds them.
    if (QFileInfo(path).absolutePath() != projectDir_) {
        for (auto& r : refs_) r.clear();
        if (study_) study_->architectureRef = study_->problemRef = study_->mappingRef = {};
    }
    const rl::Json document = projectDocument();
    const rl::SaveError err = rl::saveJsonTyped(path.toStdString(), document);
    if (!err.ok()) {
        QMessageBox::critical(this, tr("Save"), views::saveErrorText(err));
        return false;
    }
    if (study_) {
        // What was embedded stays embedded in the next save.
        rl::Project saved;
        fillDataflow(saved, false);
        *study_ = *saved.dataflow;
        markDataflowSaved();
    }
    filePath_ = QFileInfo(path).absoluteFilePath();
    projectDir_ = QFileInfo(path).absolutePath();
    undo_->setClean();
    addRecent(filePath_);
    removeRecovery();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(filePath_), 4000);
    return true;
}

bool MainWindow::save() { return filePath_.isEmpty() ? saveAs() : saveTo(filePath_); }

bool MainWindow::saveAs() {
    QString suggested = filePath_;
    if (suggested.isEmpty())
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + "/" +
                    (projectName_.isEmpty() ? QStringLiteral("project") : projectName_)
                        .toLower()
                        .replace(' ', '-') +
                    ".json";
    const QString path = QFileDialog::getSaveFileName(this, tr("Save project"), suggested,
                                                      tr("Ridgeline project (*.json)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::isModified() const { return !undo_->isClean() || dataflowModified(); }

bool MainWindow::maybeSave() {
    if (!isModified()) return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    if (answer == QMessageBox::Discard) {
        removeRecovery();
        return true;
    }
    return false;
}

void MainWindow::addRecent(const QString& path) {
    Settings settings = Settings::load();
    settings.addRecent(path);
    settings.rememberOpenFolder(path);
    settings.save();
    start_->setRecentFiles(settings.recentFiles);
}

QStringList MainWindow::recentFiles() const { return Settings::load().recentFiles; }

QString MainWindow::recoveryFile() const {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           "/recovery/unsaved-project.json";
}

void MainWindow::writeRecovery() {
    if (!isModified()) return;
    QDir().mkpath(QFileInfo(recoveryFile()).absolutePath());
    rl::Json doc = projectDocument();
    // Everything embedded: the recovery file must stand alone.
    const views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
    for (int i = 0; i < 3 && analysable_; ++i) doc[kSpecKeys[i]] = editors[i]->document();
    if (study_) {
        rl::Project study;
        fillDataflow(study, true);
        doc["dataflow"] = rl::toJson(study)["dataflow"];
    }
    if (rl::saveJsonAtomically(recoveryFile().toStdString(), doc).empty()) {
        Settings s = Settings::load();
        s.recoveryOriginalPath = filePath_;
        s.recoveryTime = QDateTime::currentDateTime();
        s.save();
    }
}

void MainWindow::removeRecovery() {
    recoveryTimer_->stop();
    QFile::remove(recoveryFile());
    Settings s = Settings::load();
    s.recoveryOriginalPath.clear();
    s.recoveryTime = QDateTime();
    s.save();
}

bool MainWindow::openAtStartup(const QString& file) {
    const bool opened = file.isEmpty() || openFile(file);
    offerRecovery();
    return opened;
}

bool MainWindow::offerRecovery() {
    if (!QFile::exists(recoveryFile())) return false;
    const Settings s = Settings::load();
    const QString original = s.recoveryOriginalPath;
    const QDateTime when = s.recoveryTime;
    const auto answer =
        QMessageBox::question(this, tr("Restore unsaved edits?"),
                              tr("Ridgeline was closed with unsaved edits (%1, %2). Restore them?")
                                  .arg(original.isEmpty() ? tr("untitled project") : original,
                                       when.toString(Qt::ISODate)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        removeRecovery();
        return false;
    }
    if (!openFile(recoveryFile(), true)) return false;
    filePath_ = original;
    if (!original.isEmpty()) projectDir_ = QFileInfo(original).absolutePath();
    // Mark as modified so the user is asked to save the restored edits.
    hwEditor_->editDocument(hwEditor_->document(), tr("Restored edits"));
    undo_->resetClean();
    updateTitle();
    return true;
}

void MainWindow::closeEvent(QCloseEvent* e) {
    if (!maybeSave() || !learned_->maybeSaveModel()) {
        e->ignore();
        return;
    }
    removeRecovery();
    // The docks a page or a kind of project set aside are saved shown: the next
    // start may open another page or another project.
    if (tableHiddenForExplore_ || tableHiddenForServing_) tableDock_->show();
    if (messagesHiddenForExplore_) messages_->parentWidget()->show();
    if (editorsHiddenForExplore_ || !analysable_)
        for (QDockWidget* dock : {hwDock_, modelDock_, scenarioDock_}) dock->show();
    Settings settings = Settings::load();
    settings.windowGeometry = saveGeometry();
    settings.windowState = saveState();
    settings.save();
    runs_.cancel();
    e->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (!e->mimeData()->hasUrls()) return;
    for (const QUrl& u : e->mimeData()->urls())
        if (u.isLocalFile() && u.toLocalFile().endsWith(".json", Qt::CaseInsensitive)) {
            e->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* e) {
    for (const QUrl& u : e->mimeData()->urls())
        if (u.isLocalFile()) openFile(u.toLocalFile());
    e->acceptProposedAction();
}

// ---------------------------------------------------------------- runs

QString MainWindow::scenarioKind() const {
    const auto& sc = scenarioEditor_->scenario();
    return sc ? QString::fromStdString(sc->kind) : QString();
}

bool MainWindow::runOnTrainingPage(bool now) {
    if (scenarioKind() != "training") {
        training_->cancel();  // a result of another project must not arrive
        return false;
    }
    runs_.cancel();
    training_->simulate(trainingInputs(*hwEditor_->hardware(), *modelEditor_->model(),
                                       *scenarioEditor_->scenario(), predictor_->costModel()),
                        now);
    statusRun_->setText(tr("Simulating the training iteration…"));
    return true;
}

RunController::Work MainWindow::makeServingWork(bool capacitySearch) const {
    const rl::Hardware hw = *hwEditor_->hardware();
    const rl::ModelSpec model = *modelEditor_->model();
    const rl::Scenario scenario = *scenarioEditor_->scenario();
    std::shared_ptr<const rl::OperatorCostModel> predictor = predictor_->costModel();
    views::ServingPage* page = serving_;  // outlives every job: ~RunController waits for them
    return [hw, model, scenario, predictor, page, capacitySearch](const rl::Progress& progress) {
        rl::ServingOptions options;
        options.progress = progress;
        options.refine = rl::refineHook(predictor);
        options.predictorName = predictor->name();
        const std::atomic<bool>* cancel = progress.cancel;
        // Partial reports of a superseded job are dropped here; the page
        // drops any that arrive after its run ended.
        options.partial = [page, cancel](const rl::ServingReport& r) {
            if (cancel && cancel->load()) return;
            auto copy = std::make_shared<const rl::ServingReport>(r);
            QMetaObject::invokeMethod(
                page, [page, copy] { page->showPartial(copy); }, Qt::QueuedConnection);
        };
        if (!capacitySearch) return rl::simulateServing(hw, model, scenario, options);
        options.partial = nullptr;  // trials are the partial results of a search
        return rl::searchCapacity(
            hw, model, scenario, options, [page, cancel](const rl::CapacityTrial& t) {
                if (cancel && cancel->load()) return;
                QMetaObject::invokeMethod(
                    page, [page, t] { page->addCapacityTrial(t); }, Qt::QueuedConnection);
            });
    };
}

void MainWindow::findServingCapacity() {
    if (!hwEditor_->hardware() || !modelEditor_->model() || scenarioKind() != "serving") return;
    capacityRun_ = true;
    runs_.runNow(makeServingWork(true));
    capacityRun_ = false;
}

RunController::Work MainWindow::makeWork() const {
    if (scenarioKind() == "serving") return makeServingWork(false);
    const rl::Hardware hw = *hwEditor_->hardware();
    const rl::ModelSpec model = *modelEditor_->model();
    const rl::Scenario scenario = *scenarioEditor_->scenario();
    std::shared_ptr<const rl::OperatorCostModel> predictor = predictor_->costModel();
    return [hw, model, scenario, predictor](const rl::Progress& progress) {
        rl::AnalysisOptions options;
        options.progress = progress;
        options.refine = rl::refineHook(predictor);  // none for the roofline
        options.predictorName = predictor->name();   // as the CLI and the JSON export name it
        return rl::analyze(hw, model, scenario, options);
    };
}

void MainWindow::scheduleRun() {
    if (!hwEditor_->hardware() || !modelEditor_->model() || !scenarioEditor_->scenario()) return;
    if (runOnTrainingPage(false)) return;
    runs_.request(makeWork());
}

void MainWindow::runNow() {
    if (!analysable_) {
        // Nothing to analyse; a study without a mapping searches again.
        if (study_ && !study_->mapping && !dataflowModified() && !dataflowSession_->isMapping() &&
            dataflow_->design())
            dataflowSession_->runMapper();
        statusRun_->setText(tr("Dataflow study: see the Dataflow tab"));
        return;
    }
    if (!hwEditor_->hardware() || !modelEditor_->model() || !scenarioEditor_->scenario()) {
        statusRun_->setText(tr("Fix the errors in Messages to predict"));
        return;
    }
    if (runOnTrainingPage(true)) return;
    runs_.runNow(makeWork());
}

void MainWindow::onSpecEdited(int which) {
    if (loading_) return;
    // An edited spec no longer matches its referenced file: saving embeds it.
    refs_[which].clear();
    runError_.clear();
    updateStatus();
    updateTitle();
    recoveryTimer_->start();  // writeRecovery() checks isModified() once the edit is on the stack
    scheduleRun();
}

void MainWindow::onResult(quint64, PredictionPtr result, double seconds) {
    progress_->setVisible(false);
    cancel_->setVisible(false);
    runError_.clear();
    if (const auto& sc = scenarioEditor_->scenario()) serving_->setSlo(sc->serving.slo);
    const bool wasServing = serving_->isRunning();
    const int keep = selection_.current();
    store_.setResult(result);
    stale_->clear();  // updateMessages() marks it again if a spec turned invalid meanwhile
    if (wasServing) serving_->runEnded(QString());
    if (keep >= static_cast<int>(result->ops.size()))
        selection_.clear();
    else if (keep >= 0)
        Q_EMIT selection_.currentChanged(keep);  // views re-show the same op
    statusRun_->setText(tr("%1 predicted in %2 (%3)")
                            .arg(views::fmtTime(result->totalTime), views::fmtTime(seconds),
                                 predictor_->predictorName()));
    updateMessages();
    // A dataflow tab's screenshot waits for the dataflow design instead.
    if (!isDataflowTab(screenshotTab_)) takeScheduledScreenshot();
}

void MainWindow::takeScheduledScreenshot() {
    if (screenshotPath_.isEmpty()) return;
    const QString path = screenshotPath_;
    screenshotPath_.clear();
    const auto save = [this, path] {
        // A state reached by a click (dataflow-mapper-compare, -editor-invalid ...):
        // made once the search is done, shot once drawn.
        QTimer::singleShot(stageDataflowScreenshot() ? 300 : 0, this, [this, path] {
            const QPixmap shot = grab();
            const bool ok = shot.save(path);
            if (!ok) qWarning("could not write %s", qPrintable(path));
            QApplication::exit(ok ? 0 : 1);
        });
    };
    QTimer::singleShot(300, this, [this, save] {
        // A tab that shows a search is shot with the search done, not at "0 %": the
        // Mapper's whole cloud and front, the training page's plans (searched here).
        auto* mapper = tabs_->currentWidget() == dataflow_
                           ? qobject_cast<views::MapperView*>(dataflow_->currentView())
                           : nullptr;
        views::TrainingSearchTab* plans = training_->searchTab();
        if (tabs_->currentWidget() != training_ || training_->tabs()->currentWidget() != plans)
            plans = nullptr;
        if (plans && plans->model()->rowCount() == 0 && !plans->isSearching()) plans->search();
        const auto busy = [mapper, plans] {
            return (mapper && mapper->isRunning()) || (plans && plans->isSearching());
        };
        if (!busy()) return save();
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll, busy, save] {
            if (busy()) return;
            poll->stop();
            poll->deleteLater();
            QTimer::singleShot(300, this, save);
        });
        poll->start(200);
    });
}

void MainWindow::pinBaseline() {
    if (!store_.result()) return;
    store_.pinCurrentAsBaseline();
    statusBar()->showMessage(tr("Pinned the current result as the baseline"), 4000);
}

void MainWindow::compareWithHardware(const QString& hardwarePath) {
    rl::Diagnostics d(hardwarePath.toStdString());
    auto doc = rl::readJsonFile(hardwarePath.toStdString(), d);
    if (!doc) {
        QMessageBox::warning(this, tr("Compare"), views::diagnosticsText(d));
        return;
    }
    pinBaseline();
    // The header then names the compared file, not the one it replaced.
    replaceSpec(0, *doc, QFileInfo(hardwarePath).fileName(),
                tr("Compare with %1").arg(QFileInfo(hardwarePath).fileName()));
    runNow();
}

void MainWindow::applyWhatIf(const rl::WhatIf& w) {
    applyWhatIfEdit(
        views::applyWhatIfToSpecs(w, hwEditor_->document(), scenarioEditor_->document()),
        views::MessageText::whatIfLabel(w));
}

// One path for every what-if (analytical or serving): pin the current result as
// the baseline, make the edit undoable in its spec editor, run again.
void MainWindow::applyWhatIfEdit(const views::WhatIfEdit& edit, const QString& label) {
    if (edit.target == views::WhatIfEdit::Target::none) {
        QMessageBox::information(this, tr("What-if"),
                                 tr("Cannot apply \"%1\": %2").arg(label, edit.error));
        return;
    }
    if (store_.result() && !store_.baseline()) store_.pinCurrentAsBaseline();
    auto* editor = edit.target == views::WhatIfEdit::Target::hardware ? hwEditor_ : scenarioEditor_;
    editor->editDocument(edit.document, tr("What-if: %1").arg(label));
    runNow();
}

// ---------------------------------------------------------------- messages, status

void MainWindow::updateMessages() {
    messages_->clear();
    const views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
    for (int i = 0; i < 3 && analysable_; ++i) {
        for (const auto& d : editors[i]->diagnostics().items()) {
            auto* item = new QListWidgetItem(views::diagnosticLine(d), messages_);
            item->setData(Qt::UserRole, i);
            item->setData(Qt::UserRole + 1, QString::fromStdString(d.path));
            item->setForeground(d.severity == rl::Diagnostic::Severity::error
                                    ? QColor(0xd3, 0x2f, 0x2f)
                                    : QColor(0xef, 0x6c, 0x00));
            item->setToolTip(tr("Click to go to the field"));
        }
    }
    if (!runError_.isEmpty())
        new QListWidgetItem(tr("prediction failed: %1").arg(runError_), messages_);
    if (!dataflowError_.isEmpty()) {
        auto* item = new QListWidgetItem(dataflowError_, messages_);
        item->setData(Qt::UserRole, -1);
        item->setForeground(QColor(0xd3, 0x2f, 0x2f));
    }
    if (const auto& p = store_.result())
        for (const QString& w : views::MessageText::warnings(*p)) {
            auto* item = new QListWidgetItem(tr("warning: %1").arg(w), messages_);
            item->setData(Qt::UserRole, -1);
        }
    // The result on screen is stale while a spec has an error; a new result clears the mark.
    for (int i = 0; i < 3 && analysable_ && haveProject_; ++i)
        for (const auto& d : editors[i]->diagnostics().items())
            if (d.severity == rl::Diagnostic::Severity::error)
                return stale_->setSpecError(i, QString::fromStdString(d.file),
                                            QString::fromStdString(d.path),
                                            store_.result() != nullptr);
    if (!runError_.isEmpty() && store_.result())
        stale_->setRunFailed();
    else
        stale_->setRerunning();  // valid again: marked until the new result arrives
}

void MainWindow::updateTitle() {
    QString name = filePath_.isEmpty()
                       ? (projectName_.isEmpty() ? tr("Untitled project") : projectName_)
                       : QFileInfo(filePath_).fileName();
    setWindowTitle(QStringLiteral("%1[*] — Ridgeline").arg(name));
    setWindowModified(isModified());
}

void MainWindow::updateStatus() {
    auto name = [](const rl::Json& doc) {
        return QString::fromStdString(doc.value("name", std::string("?")));
    };
    if (!haveProject_) {
        statusSpecs_->setFullText(tr("No project open"));
        return;
    }
    if (!analysable_) {
        statusSpecs_->setFullText(tr("Dataflow study: %1").arg(projectName_));
        return;
    }
    statusSpecs_->setFullText(tr("Hardware: %1  ·  Model: %2  ·  Scenario: %3")
                                  .arg(name(hwEditor_->document()), name(modelEditor_->document()),
                                       name(scenarioEditor_->document())));
}

// ---------------------------------------------------------------- export

QCustomPlot* MainWindow::currentChart() const {
    if (tabs_->currentWidget() == explore_) return explore_->currentPlot();
    if (tabs_->currentWidget() == traffic_) return traffic_->plot();
    if (tabs_->currentWidget() == serving_ && serving_->currentPlot())
        return serving_->currentPlot();
    if (tabs_->currentWidget() == training_ && training_->currentPlot())
        return training_->currentPlot();
    return roofline_->plot();
}

// Export dialogs start in the last export folder and remember the one chosen.
QString MainWindow::exportPath(const QString& title, const QString& filter) {
    return views::askExportPath(this, title, filter);
}

void MainWindow::exportChart() {
    if (tabs_->currentWidget() == dataflow_ && dataflow_->currentView()) {
        // Dataflow views export themselves (PNG, SVG, PDF or their numbers as CSV).
        const views::ChartExportRequest request =
            views::askChartExport(this, tr("Export view"), dataflow_->currentView()->size(),
                                  tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf);;CSV (*.csv)"));
        if (request.path.isEmpty()) return;
        const QString err = dataflow_->currentView()->exportTo(request.path, request.options.width,
                                                               request.options.height);
        if (!err.isEmpty()) QMessageBox::warning(this, tr("Export view"), err);
        return;
    }
    views::exportChartInteractively(this, currentChart(), tr("Export chart"));
}

void MainWindow::copyChart() { views::copyChartToClipboard(currentChart()); }

void MainWindow::exportTable() {
    const QString path = exportPath(tr("Export operator table"), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    const QString err = table_->exportCsv(path);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Export"), err);
}

void MainWindow::exportResultJson() {
    if (!store_.result()) return;
    const QString path = exportPath(tr("Export result"), tr("JSON (*.json)"));
    if (path.isEmpty()) return;
    const rl::SaveError err =
        rl::saveJsonTyped(path.toStdString(), rl::predictionToJson(*store_.result()));
    if (!err.ok()) QMessageBox::warning(this, tr("Export"), views::saveErrorText(err));
}

// ---------------------------------------------------------------- dialogs

void MainWindow::showPreferences() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    auto* theme = new QComboBox(&dialog);
    theme->addItem(tr("Light"), "light");
    theme->addItem(tr("Dark"), "dark");
    Settings settings = Settings::load();
    theme->setCurrentIndex(settings.theme == "dark" ? 1 : 0);
    auto* language = new QComboBox(&dialog);
    language->addItem(QStringLiteral("English"), "en");
    language->addItem(QStringLiteral("简体中文"), "zh_CN");
    language->addItem(QStringLiteral("Deutsch"), "de");
    language->setCurrentIndex(
        std::max(0, language->findData(LanguageSwitch::instance().current())));
    auto* debounce = new QComboBox(&dialog);
    for (int ms : {50, 150, 300, 600}) debounce->addItem(tr("%1 ms").arg(ms), ms);
    debounce->setCurrentIndex(std::max(0, debounce->findData(runs_.debounceMs())));
    form->addRow(tr("Theme:"), theme);
    form->addRow(tr("Language:"), language);
    form->addRow(tr("Re-run delay after an edit:"), debounce);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) return;
    settings.theme = theme->currentData().toString();
    views::Theme::instance().apply(views::Theme::fromName(settings.theme));
    // The language changes at once (language_switch.h); the project stays as it is.
    const QString chosenLanguage = language->currentData().toString();
    if (chosenLanguage != LanguageSwitch::instance().current() &&
        LanguageSwitch::instance().setLanguage(chosenLanguage))
        settings.language = chosenLanguage;
    runs_.setDebounceMs(debounce->currentData().toInt());
    settings.debounceMs = runs_.debounceMs();
    settings.save();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Ridgeline"),
        tr("<h3>Ridgeline 0.1</h3><p>A workbench that predicts, explains and explores the "
           "performance of ML workloads on hardware.</p><p>Built with Qt %1 and QCustomPlot.</p>")
            .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::openSweepPoint(const rl::Project& project, const views::SweepPointName& name) {
    if (!maybeSave()) return;
    QString error;
    const QString path = writeStandaloneProject(project, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Open design point"), error);
        return;
    }
    const bool opened = openFile(path, true);
    QFile::remove(path);
    if (!opened) return;
    pointName_ = [name] { return name.text(); };
    pointNameMade_ = projectName_;
    // The page keeps showing the point and its differences from the base; the
    // editors hold its specs, the other tabs its prediction.
    tabs_->setCurrentWidget(explore_);
    statusBar()->showMessage(
        tr("Opened %1 as an untitled project").arg(QString::fromStdString(project.name)), 8000);
}

void MainWindow::buildSweepFromProject() {
    if (!haveProject_) {
        QMessageBox::information(this, tr("New sweep"),
                                 tr("Open a project first: a sweep varies the fields of a base "
                                    "project."));
        return;
    }
    // A sweep names its base project by file: the saved one, else a snapshot
    // of the edits with every spec embedded.
    QString path = filePath_;
    if (path.isEmpty() || isModified()) {
        rl::Json doc = projectDocument();
        const views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
        for (int i = 0; i < 3; ++i) doc[kSpecKeys[i]] = editors[i]->document();
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/sweeps";
        QDir().mkpath(dir);
        path = dir + "/base-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss") + ".json";
        const rl::SaveError err = rl::saveJsonTyped(path.toStdString(), doc);
        if (!err.ok()) {
            QMessageBox::warning(this, tr("New sweep"), views::saveErrorText(err));
            return;
        }
    }
    explore_->buildSweep(path);
}

void MainWindow::screenshotAfterFirstResult(const QString& png, const QString& tab) {
    screenshotPath_ = png;
    screenshotTab_ = tab;
    selectTab(tab);
}

bool MainWindow::selectTab(const QString& tab) {
    if (isDataflowTab(tab)) {
        // dataflow-<key>: a view of the dataflow page (keys: DataflowPage::viewKeys()),
        // or a state on one (scriptedDataflowTabs(), staged before the screenshot).
        tabs_->setCurrentWidget(dataflow_);
        const QString key = tab.mid(9);
        if (scriptedDataflowTabs().contains(key))
            return dataflow_->showView(key == "mapper-compare" ? "mapper" : "loopnest");
        return tab == "dataflow" || dataflow_->showView(key);
    }
    if (tab == "traffic" || tab.startsWith("traffic-")) {
        // traffic-phases, traffic-layers, traffic-operators: the traffic view's grouping.
        tabs_->setCurrentWidget(traffic_);
        if (tab == "traffic-phases") traffic_->setGrouping(views::TrafficView::Grouping::phase);
        if (tab == "traffic-layers") traffic_->setGrouping(views::TrafficView::Grouping::layer);
        if (tab == "traffic-operators") traffic_->setGrouping(views::TrafficView::Grouping::op);
        return tab == "traffic" || traffic_->grouping() != views::TrafficView::Grouping::level;
    } else if (tab == "explanation")
        tabs_->setCurrentWidget(explanation_);
    else if (tab == "timeline")
        tabs_->setCurrentWidget(timeline_);
    else if (tab == "learned")
        tabs_->setCurrentWidget(learned_);
    else if (tab == "serving")
        tabs_->setCurrentWidget(serving_);
    else if (tab == "explore" || tab == "explore-sensitivity") {
        tabs_->setCurrentWidget(explore_);
        explore_->tabs()->setCurrentIndex(tab == "explore" ? 0 : 1);
    } else if (tab == "training" || tab.startsWith("training-")) {
        // training-memory, training-search, ...: a tab of the training page.
        tabs_->setCurrentWidget(training_);
        training_->selectSection(tab.mid(9));
    } else {
        tabs_->setCurrentWidget(roofline_);
        return tab == "roofline";
    }
    return true;
}

}  // namespace gui
}  // namespace rl
