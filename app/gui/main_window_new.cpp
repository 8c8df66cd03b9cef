// New documents and lone spec files in the workbench window: File > New
// <kind> from a blank template or a library item; a hardware, model (a
// Hugging Face config.json included), scenario, accelerator, problem or
// mapping file opened on its own. A spec of an open project is replaced as
// one undoable edit whose header names the new file; anything else starts a
// new unsaved project, after the unsaved-changes prompt.
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>
#include <optional>

#include "app/gui/complete_project_dialog.h"
#include "app/gui/explore_runner.h"
#include "app/gui/main_window.h"
#include "app/gui/new_document_dialog.h"
#include "app/gui/spec_templates.h"
#include "core/spec/hf_config.h"
#include "core/spec/hf_model_name.h"
#include "core/spec/project.h"
#include "core/spec/spec_io.h"
#include "views/dataflow/dataflow_editors.h"
#include "views/editors/spec_editor.h"

namespace rl {
namespace gui {
namespace {

int editorIndex(NewDocumentKind kind) {
    return kind == NewDocumentKind::hardware ? 0 : kind == NewDocumentKind::model ? 1 : 2;
}

QString nameOf(const rl::Json& doc, const QString& fallback) {
    const auto it = doc.find("name");
    return it != doc.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                              : fallback;
}

// A Hugging Face config.json as downloaded becomes a model document named
// from its architecture and size ("Llama 6.7B"), not from the file. A config
// that does not parse stays as it is: the model editor shows its errors.
rl::Json modelDocumentOf(const rl::Json& doc, const QString& file) {
    if (!doc.is_object() || doc.contains("format") || !doc.contains("model_type")) return doc;
    rl::Diagnostics ignored;
    const auto config = rl::parseTransformerConfig(doc, "", ignored);
    if (!config) return doc;
    return rl::Json{{"format", "ridgeline.model"},
                    {"version", rl::kFormatVersion},
                    {"name", rl::modelNameFromHfConfig(doc, *config)},
                    {"source", "Hugging Face " + file.toStdString()},
                    {"transformer", doc}};
}
}  // namespace

void MainWindow::addNewDocumentActions(QMenu* file) {
    auto add = [this](QMenu* menu, NewDocumentKind kind) {
        QAction* a = menu->addAction(NewDocumentDialog::title(kind) + QStringLiteral("…"));
        a->setObjectName(QStringLiteral("new-") + templateKey(kind));
        connect(a, &QAction::triggered, this, [this, kind] { newDocument(kind); });
    };
    for (NewDocumentKind kind :
         {NewDocumentKind::hardware, NewDocumentKind::model, NewDocumentKind::scenario})
        add(file, kind);
    QMenu* dataflow = file->addMenu(tr("New accelerator, problem or mapping"));
    for (NewDocumentKind kind :
         {NewDocumentKind::accelerator, NewDocumentKind::problem, NewDocumentKind::mapping})
        add(dataflow, kind);
}

void MainWindow::newDocument(NewDocumentKind kind) {
    QString where;
    if (!isDataflowKind(kind))
        where = haveProject_ && analysable_
                    ? (kind == NewDocumentKind::hardware
                           ? tr("It replaces the open project's hardware as one edit: Edit > "
                                "Undo brings the old one back.")
                       : kind == NewDocumentKind::model
                           ? tr("It replaces the open project's model as one edit: Edit > Undo "
                                "brings the old one back.")
                           : tr("It replaces the open project's scenario as one edit: Edit > "
                                "Undo brings the old one back."))
                    : tr("It opens as a new, unsaved project; the other specs start from their "
                         "blank templates, so a result shows at once.");
    else
        where = study_ ? tr("It opens as a new, unsaved project with the open study's other "
                            "documents; without a mapping, the mapper finds one.")
                       : tr("It opens as a new, unsaved accelerator study; what it lacks comes "
                            "from the blank templates, and the mapper finds a mapping.");
    NewDocumentDialog dialog(kind, where, this);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    const rl::Json doc = dialog.document(&error);
    if (doc.is_null()) {
        QMessageBox::warning(this, NewDocumentDialog::title(kind), error);
        return;
    }
    createDocument(kind, doc, dialog.sourceLabel());
}

bool MainWindow::createDocument(NewDocumentKind kind, const rl::Json& doc, const QString& source) {
    if (isDataflowKind(kind)) {
        if (kind == NewDocumentKind::mapping && !study_ && doc != blankTemplate(kind)) {
            // A library mapping belongs to its own accelerator and problem.
            QMessageBox::information(
                this, NewDocumentDialog::title(kind),
                tr("A mapping needs the accelerator and the problem it maps, and no accelerator "
                   "study is open. Open the accelerator (or a project with it) first."));
            return false;
        }
        return maybeSave() && openDataflowDocument(kind, doc);
    }
    const int which = editorIndex(kind);
    if (haveProject_ && analysable_) {
        replaceSpec(which, doc, source,
                    tr("New %1 from %2").arg(nameOf(doc, templateKey(kind)), source));
        showSpecDock(which);
        return true;
    }
    if (!maybeSave()) return false;
    rl::Project project;
    project.name = tr("Untitled project").toStdString();
    rl::Json* docs[3] = {&project.hardwareJson, &project.modelJson, &project.scenarioJson};
    QString labels[3];
    for (NewDocumentKind k :
         {NewDocumentKind::hardware, NewDocumentKind::model, NewDocumentKind::scenario}) {
        const int i = editorIndex(k);
        *docs[i] = k == kind ? doc : blankTemplate(k);
        labels[i] = k == kind ? source : tr("blank template");
    }
    if (!openUntitledProject(project, labels)) return false;
    showSpecDock(which);
    return true;
}

bool MainWindow::openLoneDocument(rl::SpecKind specKind, const rl::Json& raw, const QString& path) {
    const auto kind = newDocumentKindOf(specKind);
    if (!kind) return false;
    // "llama-2-7b/config.json": a downloaded config's folder says which one it is.
    const QFileInfo info(path);
    const QString file = info.fileName() == QLatin1String("config.json")
                             ? info.dir().dirName() + QLatin1Char('/') + info.fileName()
                             : info.fileName();
    if (isDataflowKind(*kind)) {
        if (*kind == NewDocumentKind::mapping && !study_) {
            refuseOpen(
                tr("%1 is a mapping: it needs the accelerator and the problem it maps, and no "
                   "accelerator study is open. Open the accelerator (or a project with it) first, "
                   "then open the mapping.")
                    .arg(file));
            return false;
        }
        return openDataflowDocument(*kind, raw);
    }
    const int which = editorIndex(*kind);
    const rl::Json doc = *kind == NewDocumentKind::model ? modelDocumentOf(raw, file) : raw;
    if (haveProject_ && analysable_) {
        replaceSpec(which, doc, file, tr("Load %1").arg(file));
        showSpecDock(which);
        return true;
    }
    // Nothing to put it in: ask for the two missing specs, show the result at once.
    CompleteProjectDialog dialog(*kind, nameOf(doc, file), this);
    // Automation (--screenshot) takes the dialog's defaults: nobody is there to answer.
    if (screenshotPath_.isEmpty() && dialog.exec() != QDialog::Accepted) return false;
    rl::Project project;
    rl::Json* docs[3] = {&project.hardwareJson, &project.modelJson, &project.scenarioJson};
    QString labels[3];
    for (NewDocumentKind k :
         {NewDocumentKind::hardware, NewDocumentKind::model, NewDocumentKind::scenario}) {
        const int i = editorIndex(k);
        if (k == *kind) {
            *docs[i] = doc;
            labels[i] = file;
            continue;
        }
        QString error;
        *docs[i] = dialog.document(k, &error);
        if (docs[i]->is_null()) {
            QMessageBox::warning(this, tr("Open"), error);
            return false;
        }
        labels[i] = dialog.sourceLabel(k);
    }
    project.name = tr("%1 on %2")
                       .arg(nameOf(project.modelJson, tr("Model")),
                            nameOf(project.hardwareJson, tr("Hardware")))
                       .toStdString();
    if (!openUntitledProject(project, labels)) return false;
    showSpecDock(which);
    return true;
}

bool MainWindow::openDataflowDocument(NewDocumentKind kind, const rl::Json& doc) {
    rl::DataflowStudy study;
    if (study_) {
        // The open study's other documents, as edited.
        study.architectureJson = dataflowEditors_->archJson();
        study.problemJson = dataflowEditors_->problemJson();
        study.mappingJson = dataflowEditors_->mappingJson();
    }
    if (kind == NewDocumentKind::mapping) {
        study.mappingJson = doc;
    } else {
        (kind == NewDocumentKind::accelerator ? study.architectureJson : study.problemJson) = doc;
        study.mappingJson = rl::Json();  // another accelerator or problem: the mapper maps it
    }
    if (!study.architectureJson.is_object())
        study.architectureJson = blankTemplate(NewDocumentKind::accelerator);
    if (!study.problemJson.is_object()) study.problemJson = blankTemplate(NewDocumentKind::problem);
    rl::Project project;
    project.name = tr("Untitled accelerator study").toStdString();
    project.dataflow = study;
    return openUntitledProject(project, nullptr);
}

bool MainWindow::openUntitledProject(const rl::Project& project, const QString* labels) {
    QString error;
    const QString path = writeStandaloneProject(project, &error);
    if (path.isEmpty()) {
        refuseOpen(error);
        return false;
    }
    const bool opened = openFile(path, true);
    QFile::remove(path);
    if (!opened) return false;
    projectName_ = QString::fromStdString(project.name);
    if (labels) {
        // The headers name where each spec came from, not "(embedded)".
        views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
        loading_ = true;
        for (int i = 0; i < 3; ++i) {
            if (labels[i].isEmpty()) continue;
            editors[i]->setDocument(editors[i]->document(), labels[i]);
        }
        loading_ = false;
        updateMessages();
    }
    updateTitle();
    updateStatus();
    return true;
}

void MainWindow::showSpecDock(int which) {
    QDockWidget* docks[3] = {hwDock_, modelDock_, scenarioDock_};
    docks[which]->show();
    docks[which]->raise();
}

void MainWindow::replaceSpec(int which, const rl::Json& doc, const QString& label,
                             const QString& description) {
    // The editor's own library menu takes the same path: one undo step that
    // also swaps the file its header names.
    views::SpecEditor* editors[3] = {hwEditor_, modelEditor_, scenarioEditor_};
    editors[which]->replaceDocument(doc, label, description);
}

}  // namespace gui
}  // namespace rl
