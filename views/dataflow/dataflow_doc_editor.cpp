#include "views/dataflow/dataflow_doc_editor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "views/dataflow/doc_fields.h"
#include "views/editors/diagnostic_text.h"
#include "views/editors/document_command.h"
#include "views/editors/field_marks.h"
#include "views/editors/json_pane.h"

namespace rl::views {

DataflowDocEditor::DataflowDocEditor(QUndoStack* undo, QWidget* parent)
    : QWidget(parent), undo_(undo) {
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    json_ = new JsonPane(tabs_);
    formPage_ = new QWidget;
    formLayout_ = new QVBoxLayout(formPage_);
    auto* scroll = new QScrollArea(tabs_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formPage_);
    tabs_->addTab(scroll, tr("Form"));
    tabs_->addTab(json_, tr("JSON"));
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setObjectName(QStringLiteral("message"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_, 1);
    layout->addWidget(message_);
    connect(json_, &JsonPane::documentEdited, this, [this](const Json& doc) {
        if (doc != doc_) editDocument(doc, tr("Edit JSON"));
    });
    connect(json_, &JsonPane::syntaxError, this,
            [this](const Diagnostics& d) { Q_EMIT syntaxError(diagnosticsText(d)); });
    fields_ = new DocFields(this);
}

QWidget* DataflowDocEditor::field(const QString& pointer) const { return fields_->field(pointer); }

QFormLayout* DataflowDocEditor::addNameRow(QVBoxLayout* form, const QString& what,
                                           const QString& tip) {
    auto* rows = new QFormLayout;
    // A field too wide beside its label goes under it, not past the dock's edge.
    rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    rows->addRow(tr("Name"), fields_->addText("/name", {}, what, tip));
    form->addLayout(rows);
    return rows;
}

QPlainTextEdit* DataflowDocEditor::jsonEdit() const { return json_->edit(); }

void DataflowDocEditor::showTab(int index) { tabs_->setCurrentIndex(index); }

void DataflowDocEditor::setDocument(const Json& doc, const QString& fileLabel) {
    fileLabel_ = fileLabel;
    json_->setFileLabel(fileLabel);
    loadedDoc_ = doc;
    applyDocument(doc);
}

void DataflowDocEditor::editDocument(const Json& doc, const QString& description,
                                     const QString& mergeKey) {
    if (doc == doc_) return;
    int mergeId = -1;
    if (!mergeKey.isEmpty())
        mergeId = mergeIds_.emplace(mergeKey, static_cast<int>(mergeIds_.size())).first->second;
    auto* cmd = new DocumentCommand(
        this, [this](const Json& d) { applyDocument(d); }, doc_, doc, description, mergeId);
    if (undo_) {
        undo_->push(cmd);  // push() runs redo(), which applies it
    } else {
        cmd->redo();
        delete cmd;
    }
}

void DataflowDocEditor::applyDocument(const Json& doc) {
    doc_ = doc;
    refreshing_ = true;
    refreshForm();
    refreshing_ = false;
    json_->showDocument(doc_);
    json_->clearStatus();
    Q_EMIT documentChanged();
}

void DataflowDocEditor::setProblems(const Diagnostics& diag) {
    problems_ = diag;
    const QString unplaced = markProblems().trimmed();
    message_->setText(unplaced.isEmpty() ? QString() : problemHtml(unplaced));
    message_->setVisible(!unplaced.isEmpty());
}

QString DataflowDocEditor::unplacedLines(const std::vector<bool>& placed) const {
    QString rest;
    for (std::size_t i = 0; i < problems_.items().size(); ++i)
        if (i >= placed.size() || !placed[i]) rest += problemLine(problems_.items()[i]);
    return rest;
}

QString DataflowDocEditor::messageText() const { return message_->text(); }

}  // namespace rl::views
