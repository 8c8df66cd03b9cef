#include "app/gui/main_window.h"

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
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include "app/gui/predictor_chooser.h"
#include "core/analytical/analyze.h"
#include "core/learned/learned_model.h"
#include "core/result/export.h"
#include "core/spec/spec_io.h"
#include "views/common/chart_export.h"
#include "views/common/format.h"
#include "views/common/qcp.h"
#include "views/common/theme.h"
#include "views/editors/spec_editor.h"
#include "views/editors/what_if_apply.h"
#include "views/explanation/explanation_view.h"
#include "views/learned/learned_models_page.h"
#include "views/optable/operator_table_view.h"
#include "views/roofline/roofline_view.h"
#include "views/start/sample_library.h"
#include "views/start/start_page.h"
#include "views/traffic/traffic_view.h"

// Resources live in a static library: register them explicitly.
static void initResources() { Q_INIT_RESOURCE(ridgeline); }

namespace rl {
namespace gui {
namespace {
constexpr int kMaxRecent = 8;
const char* kSpecKeys[3] = {"hardware", "model", "scenario"};
}  // namespace

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
    // Fitting and validating learned predictors needs no project: its own tab.
    learned_ = new views::LearnedModelsPage(tabs_);
    tabs_->addTab(learned_, tr("Learned models"));
    central_->addWidget(start_);
    central_->addWidget(tabs_);
    setCentralWidget(central_);

    buildDocks();
    buildActions();

    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(160);
    progress_->setVisible(false);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setVisible(false);
    statusSpecs_ = new QLabel(this);
    statusRun_ = new QLabel(this);
    statusBar()->addWidget(statusSpecs_, 1);
    statusBar()->addPermanentWidget(statusRun_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, &runs_, &RunController::cancel);

    connect(&runs_, &RunController::started, this, [this](quint64) {
        progress_->setValue(0);
        progress_->setVisible(true);
        cancel_->setVisible(true);
        statusRun_->setText(tr("Predicting…"));
    });
    connect(&runs_, &RunController::progress, this,
            [this](quint64 job, double f, const QString& what) {
                if (job != runs_.latestJob()) return;
                progress_->setValue(static_cast<int>(f * 1000));
                if (!what.isEmpty()) statusRun_->setText(what);
            });
    connect(&runs_, &RunController::finished, this, &MainWindow::onResult);
    connect(&runs_, &RunController::failed, this, [this](quint64, const QString& msg) {
        progress_->setVisible(false);
        cancel_->setVisible(false);
        runError_ = msg;
        statusRun_->setText(tr("Prediction failed"));
        updateMessages();
    });
    connect(&runs_, &RunController::cancelled, this, [this](quint64) {
        progress_->setVisible(false);
        cancel_->setVisible(false);
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

    connect(start_, &views::StartPage::openSampleRequested, this,
            [this](const QString& p) { openFile(p, true); });
    connect(start_, &views::StartPage::openFileRequested, this, [this](const QString& p) {
        if (maybeSave()) openFile(p);
    });
    connect(start_, &views::StartPage::openDialogRequested, this, &MainWindow::openDialog);
    connect(start_, &views::StartPage::newProjectRequested, this, &MainWindow::newProject);
    start_->setRecentFiles(recentFiles());

    recoveryTimer_ = new QTimer(this);
    recoveryTimer_->setSingleShot(true);
    recoveryTimer_->setInterval(1500);
    connect(recoveryTimer_, &QTimer::timeout, this, &MainWindow::writeRecovery);

    QSettings settings;
    resize(1400, 900);
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
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
    auto* tableDock = makeDock(tr("Operators"), "operatorsDock", table_, Qt::BottomDockWidgetArea);
    messages_ = new QListWidget(this);
    messages_->setObjectName("messages");
    auto* messagesDock =
        makeDock(tr("Messages"), "messagesDock", messages_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(tableDock, messagesDock);
    tableDock->raise();
    resizeDocks({hwDock_}, {420}, Qt::Horizontal);
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
    QAction* undoA = undo_->createUndoAction(this, tr("&Undo"));
    undoA->setShortcut(QKeySequence::Undo);
    QAction* redoA = undo_->createRedoAction(this, tr("&Redo"));
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
    add(view, tr("&Results"), QKeySequence(), [this] { central_->setCurrentWidget(tabs_); });
    add(view, tr("Reset &zoom"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { roofline_->resetZoom(); });
    add(view, tr("&Undo zoom"), QKeySequence(Qt::CTRL | Qt::Key_Backspace),
        [this] { roofline_->undoZoom(); });
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
        QMessageBox::warning(this, tr("Open"), QString::fromStdString(diag.format()));
        return false;
    }
    const rl::SpecKind kind = rl::detectSpecKind(*doc);
    views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
    if (kind == rl::SpecKind::hardware || kind == rl::SpecKind::model ||
        kind == rl::SpecKind::scenario) {
        const int which =
            kind == rl::SpecKind::hardware ? 0 : (kind == rl::SpecKind::model ? 1 : 2);
        editors[which]->editDocument(*doc, tr("Load %1").arg(QFileInfo(path).fileName()));
        return true;
    }
    if (kind != rl::SpecKind::project) {
        QMessageBox::warning(this, tr("Open"),
                             tr("%1 is not a Ridgeline project or spec file.").arg(path));
        return false;
    }
    // Read the project leniently: each spec goes into its editor even when it
    // has errors, so the user sees and fixes them instead of a refusal.
    const QString dir = QFileInfo(path).absolutePath();
    rl::Json specs[3];
    QString labels[3], refs[3];
    for (int i = 0; i < 3; ++i) {
        const rl::Json& v = doc->contains(kSpecKeys[i]) ? (*doc)[kSpecKeys[i]] : rl::Json();
        if (v.is_string()) {
            refs[i] = QString::fromStdString(v.get<std::string>());
            const QString file = QDir(dir).absoluteFilePath(refs[i]);
            rl::Diagnostics d(file.toStdString());
            auto spec = rl::readJsonFile(file.toStdString(), d);
            if (!spec) {
                QMessageBox::warning(this, tr("Open"), QString::fromStdString(d.format()));
                return false;
            }
            specs[i] = *spec;
            labels[i] = QFileInfo(file).fileName();
        } else if (v.is_object()) {
            specs[i] = v;
            labels[i] = tr("%1 (embedded)").arg(kSpecKeys[i]);
        } else {
            QMessageBox::warning(
                this, tr("Open"),
                tr("%1: /%2: expected a file name or an embedded spec").arg(path, kSpecKeys[i]));
            return false;
        }
    }
    loading_ = true;
    for (int i = 0; i < 3; ++i) editors[i]->setDocument(specs[i], labels[i]);
    loading_ = false;
    projectName_ = QString::fromStdString(doc->value("name", std::string()));
    projectDescription_ = QString::fromStdString(doc->value("description", std::string()));
    viewSettings_ = doc->contains("views") && (*doc)["views"].is_object() ? (*doc)["views"]
                                                                          : rl::Json::object();
    for (int i = 0; i < 3; ++i) refs_[i] = asUntitled ? QString() : refs[i];
    filePath_ = asUntitled ? QString() : QFileInfo(path).absoluteFilePath();
    projectDir_ = dir;
    haveProject_ = true;
    undo_->clear();
    undo_->setClean();
    if (!asUntitled) addRecent(filePath_);
    store_.clearBaseline();
    selection_.clear();
    central_->setCurrentWidget(tabs_);
    updateTitle();
    updateStatus();
    runNow();
    return true;
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
    openFile(samples.front().path, true);
    projectName_ = tr("Untitled project");
    updateTitle();
}

void MainWindow::openDialog() {
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project or spec"),
        filePath_.isEmpty() ? views::samplesDir() + "/projects" : projectDir_,
        tr("Ridgeline files (*.json);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

rl::Json MainWindow::projectDocument() const {
    rl::Json doc = rl::Json::object();
    doc["format"] = "ridgeline.project";
    doc["version"] = rl::kFormatVersion;
    doc["name"] =
        projectName_.isEmpty() ? std::string("Untitled project") : projectName_.toStdString();
    if (!projectDescription_.isEmpty()) doc["description"] = projectDescription_.toStdString();
    const views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
    for (int i = 0; i < 3; ++i)
        doc[kSpecKeys[i]] =
            refs_[i].isEmpty() ? editors[i]->document() : rl::Json(refs_[i].toStdString());
    rl::Json views = viewSettings_;
    views["roofline_level"] = roofline_->level();
    doc["views"] = views;
    return doc;
}

bool MainWindow::saveTo(const QString& path) {
    // References are relative to the project file: moving it elsewhere embeds them.
    if (QFileInfo(path).absolutePath() != projectDir_)
        for (auto& r : refs_) r.clear();
    const std::string err = rl::saveJsonAtomically(path.toStdString(), projectDocument());
    if (!err.empty()) {
        QMessageBox::critical(this, tr("Save"), QString::fromStdString(err));
        return false;
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

bool MainWindow::isModified() const { return !undo_->isClean(); }

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
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent) files.removeLast();
    QSettings().setValue("recentFiles", files);
    start_->setRecentFiles(files);
}

QStringList MainWindow::recentFiles() const {
    return QSettings().value("recentFiles").toStringList();
}

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
    for (int i = 0; i < 3; ++i) doc[kSpecKeys[i]] = editors[i]->document();
    if (rl::saveJsonAtomically(recoveryFile().toStdString(), doc).empty()) {
        QSettings s;
        s.setValue("recovery/originalPath", filePath_);
        s.setValue("recovery/time", QDateTime::currentDateTime());
    }
}

void MainWindow::removeRecovery() {
    recoveryTimer_->stop();
    QFile::remove(recoveryFile());
    QSettings().remove("recovery");
}

bool MainWindow::offerRecovery() {
    if (!QFile::exists(recoveryFile())) return false;
    QSettings s;
    const QString original = s.value("recovery/originalPath").toString();
    const QDateTime when = s.value("recovery/time").toDateTime();
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
    if (!maybeSave()) {
        e->ignore();
        return;
    }
    removeRecovery();
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
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

RunController::Work MainWindow::makeWork() const {
    const rl::Hardware hw = *hwEditor_->hardware();
    const rl::ModelSpec model = *modelEditor_->model();
    const rl::Scenario scenario = *scenarioEditor_->scenario();
    std::shared_ptr<const rl::LearnedModel> learned = predictor_->model();
    return [hw, model, scenario, learned](const rl::Progress& progress) {
        rl::AnalysisOptions options;
        options.progress = progress;
        if (learned) {  // "hybrid" or "learned", as the CLI and the JSON export name them
            options.refine = rl::makeRefiner(learned);
            options.predictorName = rl::toString(learned->kind());
        }
        return rl::analyze(hw, model, scenario, options);
    };
}

void MainWindow::scheduleRun() {
    if (!hwEditor_->hardware() || !modelEditor_->model() || !scenarioEditor_->scenario()) return;
    runs_.request(makeWork());
}

void MainWindow::runNow() {
    if (!hwEditor_->hardware() || !modelEditor_->model() || !scenarioEditor_->scenario()) {
        statusRun_->setText(tr("Fix the errors in Messages to predict"));
        return;
    }
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
    const int keep = selection_.current();
    store_.setResult(result);
    if (keep >= static_cast<int>(result->ops.size()))
        selection_.clear();
    else if (keep >= 0)
        Q_EMIT selection_.currentChanged(keep);  // views re-show the same op
    statusRun_->setText(tr("%1 predicted in %2 ms (%3)")
                            .arg(views::fmtTime(result->totalTime))
                            .arg(seconds * 1000, 0, 'f', 1)
                            .arg(predictor_->predictorName()));
    updateMessages();
    if (!screenshotPath_.isEmpty()) {
        const QString path = screenshotPath_;
        screenshotPath_.clear();
        QTimer::singleShot(300, this, [this, path] {
            const QPixmap shot = grab();
            const bool ok = shot.save(path);
            if (!ok) qWarning("could not write %s", qPrintable(path));
            QApplication::exit(ok ? 0 : 1);
        });
    }
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
        QMessageBox::warning(this, tr("Compare"), QString::fromStdString(d.format()));
        return;
    }
    pinBaseline();
    hwEditor_->editDocument(*doc, tr("Compare with %1").arg(QFileInfo(hardwarePath).fileName()));
    runNow();
}

void MainWindow::applyWhatIf(const rl::WhatIf& w) {
    const auto edit =
        views::applyWhatIfToSpecs(w, hwEditor_->document(), scenarioEditor_->document());
    if (edit.target == views::WhatIfEdit::Target::none) {
        QMessageBox::information(
            this, tr("What-if"),
            tr("Cannot apply \"%1\": %2").arg(QString::fromStdString(w.label), edit.error));
        return;
    }
    if (store_.result() && !store_.baseline()) store_.pinCurrentAsBaseline();
    auto* editor = edit.target == views::WhatIfEdit::Target::hardware ? hwEditor_ : scenarioEditor_;
    editor->editDocument(edit.document, tr("What-if: %1").arg(QString::fromStdString(w.label)));
    runNow();
}

// ---------------------------------------------------------------- messages, status

void MainWindow::updateMessages() {
    messages_->clear();
    const views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
    for (int i = 0; i < 3; ++i) {
        for (const auto& d : editors[i]->diagnostics().items()) {
            auto* item = new QListWidgetItem(QString::fromStdString(d.format()), messages_);
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
    if (const auto& p = store_.result())
        for (const auto& w : p->warnings) {
            auto* item =
                new QListWidgetItem(tr("warning: %1").arg(QString::fromStdString(w)), messages_);
            item->setData(Qt::UserRole, -1);
        }
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
        statusSpecs_->setText(tr("No project open"));
        return;
    }
    statusSpecs_->setText(tr("Hardware: %1  ·  Model: %2  ·  Scenario: %3")
                              .arg(name(hwEditor_->document()), name(modelEditor_->document()),
                                   name(scenarioEditor_->document())));
}

// ---------------------------------------------------------------- export

QCustomPlot* MainWindow::currentChart() const {
    if (tabs_->currentWidget() == traffic_) return traffic_->plot();
    return roofline_->plot();
}

void MainWindow::exportChart() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), views::chartFileFilter());
    if (path.isEmpty()) return;
    const QString err = views::exportChart(currentChart(), path);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Export chart"), err);
}

void MainWindow::copyChart() { views::copyChartToClipboard(currentChart()); }

void MainWindow::exportTable() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export operator table"), QString(),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    const QString err = table_->exportCsv(path);
    if (!err.isEmpty()) QMessageBox::warning(this, tr("Export"), err);
}

void MainWindow::exportResultJson() {
    if (!store_.result()) return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export result"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty()) return;
    const std::string err =
        rl::saveJsonAtomically(path.toStdString(), rl::predictionToJson(*store_.result()));
    if (!err.empty()) QMessageBox::warning(this, tr("Export"), QString::fromStdString(err));
}

// ---------------------------------------------------------------- dialogs

void MainWindow::showPreferences() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    auto* theme = new QComboBox(&dialog);
    theme->addItem(tr("Light"), "light");
    theme->addItem(tr("Dark"), "dark");
    QSettings settings;
    theme->setCurrentIndex(settings.value("ui/theme", "light").toString() == "dark" ? 1 : 0);
    auto* language = new QComboBox(&dialog);
    language->addItem(QStringLiteral("English"), "en");
    language->addItem(QStringLiteral("简体中文"), "zh_CN");
    language->addItem(QStringLiteral("Deutsch"), "de");
    language->setCurrentIndex(std::max(0, language->findData(settings.value("ui/language", "en"))));
    auto* debounce = new QComboBox(&dialog);
    for (int ms : {50, 150, 300, 600}) debounce->addItem(tr("%1 ms").arg(ms), ms);
    debounce->setCurrentIndex(std::max(0, debounce->findData(runs_.debounceMs())));
    form->addRow(tr("Theme:"), theme);
    form->addRow(tr("Language (after restart):"), language);
    form->addRow(tr("Re-run delay after an edit:"), debounce);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString themeName = theme->currentData().toString();
    settings.setValue("ui/theme", themeName);
    views::Theme::instance().apply(views::Theme::fromName(themeName));
    if (settings.value("ui/language", "en").toString() != language->currentData().toString()) {
        settings.setValue("ui/language", language->currentData());
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The language changes when Ridgeline restarts."));
    }
    runs_.setDebounceMs(debounce->currentData().toInt());
    settings.setValue("run/debounceMs", runs_.debounceMs());
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Ridgeline"),
        tr("<h3>Ridgeline 0.1</h3><p>A workbench that predicts, explains and explores the "
           "performance of ML workloads on hardware.</p><p>Built with Qt %1 and QCustomPlot.</p>")
            .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::screenshotAfterFirstResult(const QString& png, const QString& tab) {
    screenshotPath_ = png;
    screenshotTab_ = tab;
    if (tab == "traffic")
        tabs_->setCurrentWidget(traffic_);
    else if (tab == "explanation")
        tabs_->setCurrentWidget(explanation_);
    else if (tab == "learned")
        tabs_->setCurrentWidget(learned_);
    else
        tabs_->setCurrentWidget(roofline_);
}

}  // namespace gui
}  // namespace rl
