#pragma once
// Editor of one spec document (hardware, model or scenario): a form of grouped
// fields built from the document, and its raw JSON, kept in sync both ways.
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

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSlider;
class QTabWidget;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace rl {
namespace views {

class JsonPane;

class SpecEditor : public QWidget {
    Q_OBJECT
  public:
    enum class Kind { hardware, model, scenario };

    SpecEditor(Kind kind, QUndoStack* undo, QWidget* parent = nullptr);

    Kind kind() const { return kind_; }
    static QString kindFolder(Kind k);  // "hardware", "models", "scenarios"
    // Replaces the document without an undo step (opening a project).
    void setDocument(const rl::Json& doc, const QString& fileLabel);
    // Replaces the document as one undoable edit (what-ifs, library, drops).
    void editDocument(const rl::Json& doc, const QString& description);
    const rl::Json& document() const { return doc_; }
    const rl::Diagnostics& diagnostics() const { return diag_; }
    bool isValid() const { return !diag_.hasErrors(); }
    const std::optional<rl::Hardware>& hardware() const { return hardware_; }
    const std::optional<rl::ModelSpec>& model() const { return model_; }
    const std::optional<rl::Scenario>& scenario() const { return scenario_; }

    // Form access by JSON pointer (tests, jumping from the messages pane).
    QLineEdit* lineEditFor(const QString& path) const;
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

  private:
    struct Field {
        std::string path;
        rl::Json::value_t type = rl::Json::value_t::string;
        bool listOfScalars = false;
        QLineEdit* edit = nullptr;
        QCheckBox* check = nullptr;
        QSlider* slider = nullptr;
        double sliderReference = 0;  // SI value at the slider's centre
        QString baseTip;
    };
    void rebuildForm();
    void addFields(QWidget* box, QFormLayout* form, const rl::Json& obj, const std::string& path,
                   const QString& parentKey, int depth);
    void addLeaf(QFormLayout* form, const QString& key, const QString& parentKey, const rl::Json& v,
                 const std::string& path);
    void refreshFormValues();
    void validate();
    void markFields();
    void onJsonEdited(const rl::Json& doc);
    void pushDocument(const rl::Json& doc, const QString& description, int mergePathId);
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
    QLabel* summary_;
    QLabel* derived_;
    JsonPane* json_;
    bool updatingForm_ = false;
    std::vector<Field> fields_;
    std::vector<std::string> structure_;
    std::map<std::string, int> pathIds_;
};

}  // namespace views
}  // namespace rl
