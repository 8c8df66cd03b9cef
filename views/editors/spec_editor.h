#pragma once
// Editor of one spec document (hardware, model or scenario): a form of grouped
// fields, and its raw JSON, kept in sync both ways. The form follows the field
// schema (field_schema.h): human labels, drop-downs for enums, quantities with
// a unit chooser, optional fields shown greyed with an "add" button, and rows
// (memory levels, interconnect dimensions, operators) added, removed, moved.
// Every change is an undoable command on a shared QUndoStack; every change is
// validated at once with the same parser the engine uses, and bad fields are
// marked with the diagnostic text. The document (JSON) is the single truth.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QWidget>

#include "core/spec/diagnostics.h"
#include "core/spec/hardware.h"
#include "core/spec/json_reader.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

class QAbstractButton;
class QCheckBox;
class QEvent;
class QToolButton;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QResizeEvent;
class QScrollArea;
class QSlider;
class QTabWidget;
class QTimer;
class QUndoCommand;
class QUndoStack;
class QVBoxLayout;

namespace rl {
namespace views {

class ElidedLabel;
class JsonPane;
class QuantityField;
struct FieldSpec;
enum class SchemaFormat;

class SpecEditor : public QWidget {
    Q_OBJECT
  public:
    enum class Kind { hardware, model, scenario };

    SpecEditor(Kind kind, QUndoStack* undo, QWidget* parent = nullptr);

    Kind kind() const { return kind_; }
    static QString kindFolder(Kind k);  // "hardware", "models", "scenarios"
    // Replaces the document without an undo step (opening a project).
    void setDocument(const rl::Json& doc, const QString& fileLabel);
    // Replaces the document as one undoable edit (what-ifs, drops).
    void editDocument(const rl::Json& doc, const QString& description);
    // Replaces the document and the file the header names as one undoable
    // edit (a library item, a new or opened file); undo brings back both.
    void replaceDocument(const rl::Json& doc, const QString& fileLabel, const QString& description);
    const QString& fileLabel() const { return fileLabel_; }
    const rl::Json& document() const { return doc_; }
    const rl::Diagnostics& diagnostics() const { return diag_; }
    bool isValid() const { return !diag_.hasErrors(); }
    const std::optional<rl::Hardware>& hardware() const { return hardware_; }
    const std::optional<rl::ModelSpec>& model() const { return model_; }
    const std::optional<rl::Scenario>& scenario() const { return scenario_; }

    // Form access by JSON pointer (tests, jumping from the messages pane).
    // The text box of a text, number, list or quantity field (its number).
    QLineEdit* lineEditFor(const QString& path) const;
    // The field's main widget: line edit, combo box, check box or read-only label;
    // for an absent optional field, its greyed default.
    QWidget* fieldWidget(const QString& path) const;
    QLabel* labelFor(const QString& path) const;
    QComboBox* unitBoxFor(const QString& path) const;
    QSlider* sliderFor(const QString& path) const;
    // The "add" button of an absent field or section, or of a rows field.
    QAbstractButton* addButtonFor(const QString& path) const;
    QString headerText() const;  // the file name as shown (maybe elided)
    void setFileLabel(const QString& fileLabel);

    // Form actions, each one undoable edit (the buttons call these).
    void addField(const QString& path);     // writes the schema's default
    void removeField(const QString& path);  // an optional field goes back to its default
    void addRow(const QString& arrayPath);
    void removeRow(const QString& arrayPath, int index);
    void moveRow(const QString& arrayPath, int index, int delta);
    bool focusPath(const QString& path);
    // The text of the derived-figures line (transformers: parameters, KV bytes per token).
    QString derivedText() const;
    QPlainTextEdit* jsonEdit() const;
    // Applies one field's new text as if the user typed it (undoable).
    void editField(const QString& path, const QString& text);

    // Called by the undo command.
    void applyDocument(const rl::Json& doc);

  Q_SIGNALS:
    // The document changed (by the user, undo/redo or a what-if).
    void documentChanged();
    void diagnosticsChanged();

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;  // a new language: labels rebuilt

  private:
    struct Field {
        std::string path;
        const FieldSpec* spec = nullptr;
        rl::Json::value_t type = rl::Json::value_t::string;
        bool listOfScalars = false;
        bool absent = false;  // an optional field the file lacks, shown greyed
        QLineEdit* edit = nullptr;
        QCheckBox* check = nullptr;
        QComboBox* combo = nullptr;
        QuantityField* quantity = nullptr;
        QLabel* fixed = nullptr;
        QLabel* label = nullptr;
        QAbstractButton* add = nullptr;
        QWidget* primary = nullptr;
        QString baseTip;
        QString undoName;  // "HBM2e bandwidth"
    };
    struct RowBox {
        QGroupBox* box;
        std::string path;  // of the row
        QString rowName;
    };
    SchemaFormat format() const;
    void rebuildForm();
    void addObject(QFormLayout* form, QWidget* box, const rl::Json& obj, const std::string& path,
                   QVBoxLayout* top);
    void addEntry(QFormLayout* form, QWidget* box, const rl::Json& obj, const std::string& key,
                  const std::string& path, const FieldSpec* spec, QVBoxLayout* top);
    void addRows(QFormLayout* form, QWidget* box, const rl::Json& rows, const std::string& path,
                 const FieldSpec* spec, QVBoxLayout* top);
    void addAbsent(QFormLayout* form, const std::string& path, const FieldSpec& spec,
                   const rl::Json& container);
    void addLeaf(QFormLayout* form, const std::string& key, const FieldSpec* spec,
                 const rl::Json& v, const std::string& path);
    QWidget* leafWidget(Field& f, const rl::Json& v);
    QString undoNameOf(const std::string& path, const FieldSpec* spec,
                       const std::string& key) const;
    QString rowTitle(const QString& rowName, std::size_t index, const rl::Json& row) const;
    void updateHeader();
    QFormLayout* newForm(QWidget* box);
    void fitFormToWidth();
    void retranslate();
    void refreshFormValues();
    void validate();
    void markFields();
    void onJsonEdited(const rl::Json& doc);
    void pushDocument(const rl::Json& doc, const QString& description, int mergePathId);
    void pushCommand(QUndoCommand* cmd);  // onto the stack, or applied at once without one
    std::vector<std::string> structureOf(const rl::Json& doc) const;
    void showLibraryMenu();
    void saveToLibrary();

    Kind kind_;
    QUndoStack* undo_;
    rl::Json doc_ = rl::Json::object();
    QString fileLabel_;
    rl::Json loadedDoc_ = rl::Json::object();  // as read from fileLabel_, to tell edits apart
    rl::Diagnostics diag_;
    std::optional<rl::Hardware> hardware_;
    std::optional<rl::ModelSpec> model_;
    std::optional<rl::Scenario> scenario_;

    QTabWidget* tabs_;
    QScrollArea* scroll_;
    QWidget* formHost_ = nullptr;
    ElidedLabel* summary_;  // the file, elided to fit
    QLabel* status_;        // valid / n problems
    QToolButton* library_;  // its menu also saves to the library
    QString headerFull_;
    QLabel* derived_;
    JsonPane* json_;
    bool updatingForm_ = false;
    std::vector<Field> fields_;
    std::vector<RowBox> rowBoxes_;
    std::vector<QFormLayout*> forms_;  // of the current form (owned by its boxes)
    int labelsBesideWidth_ = 0;        // the form's minimum width with labels beside fields
    std::map<std::string, QAbstractButton*> addButtons_;
    int formGeneration_ = 0;  // widgets of an older form ignore their signals
    std::vector<std::string> structure_;
    std::map<std::string, int> pathIds_;
};

}  // namespace views
}  // namespace rl
