#pragma once
// What the architecture, problem and mapping editors share: one JSON document
// as the single truth, a form tab and a JSON tab kept in sync, every edit an
// undoable step on the shared stack, and the document's diagnostics (handed
// in by DataflowEditors, which validates the three together) marked on the
// form. Subclasses build the form and map diagnostic paths to its fields.
#include <QString>
#include <QWidget>
#include <map>
#include <string>
#include <vector>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QUndoStack;
class QVBoxLayout;

namespace rl::views {

class DocFields;
class JsonPane;

class DataflowDocEditor : public QWidget {
    Q_OBJECT
  public:
    DataflowDocEditor(QUndoStack* undo, QWidget* parent = nullptr);

    // Replaces the document without an undo step (opening a project).
    void setDocument(const Json& doc, const QString& fileLabel);
    // Replaces the document as one undoable step; consecutive edits with the
    // same mergeKey (one field) merge into one step.
    void editDocument(const Json& doc, const QString& description, const QString& mergeKey = {});
    const Json& document() const { return doc_; }
    const QString& fileLabel() const { return fileLabel_; }
    bool isModified() const { return doc_ != loadedDoc_; }
    QPlainTextEdit* jsonEdit() const;
    // Shows the Form (0) or JSON (1) tab.
    void showTab(int index);

    // The problems of this document (paths relative to its root); marks them.
    void setProblems(const Diagnostics& diag);
    const Diagnostics& problems() const { return problems_; }
    // The text of the message line under the form (every problem no field shows).
    QString messageText() const;
    // The form widget bound to a JSON pointer such as "/dims/K" (tests), nullptr if none.
    QWidget* field(const QString& pointer) const;

  Q_SIGNALS:
    // The document changed (an edit, undo/redo, load, the JSON pane).
    void documentChanged();
    // The JSON pane holds text that does not parse.
    void syntaxError(const QString& reason);

  protected:
    // The Form tab's page and its column, top to bottom: the subclass's
    // constructor fills it (its last item a stretch, so the rows stay on top).
    QWidget* formPage() const { return formPage_; }
    QVBoxLayout* formLayout() const { return formLayout_; }
    // The form's widgets bound to the document's pointers (the subclass adds them).
    DocFields* fields() const { return fields_; }
    // The form's first row, the document's name ("/name"), in a form layout
    // added to `form` for the rows that follow: `what` names the name in undo
    // entries ("architecture name"), `tip` says what it is.
    QFormLayout* addNameRow(QVBoxLayout* form, const QString& what, const QString& tip);
    // doc_ -> form, without emitting edits.
    virtual void refreshForm() = 0;
    // problems_ -> fields. Returns the problems no field showed.
    virtual QString markProblems() = 0;
    bool refreshing() const { return refreshing_; }
    // "⚠ ..." lines of the problems not placed at a field (placed[i] false).
    QString unplacedLines(const std::vector<bool>& placed) const;

  private:
    void applyDocument(const Json& doc);

    QUndoStack* undo_;
    Json doc_ = Json::object();
    Json loadedDoc_ = Json::object();
    QString fileLabel_;
    Diagnostics problems_;
    QTabWidget* tabs_;
    QWidget* formPage_;
    QVBoxLayout* formLayout_;
    JsonPane* json_;
    QLabel* message_;
    DocFields* fields_;
    std::map<QString, int> mergeIds_;
    bool refreshing_ = false;
};

}  // namespace rl::views
