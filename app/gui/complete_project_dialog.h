#pragma once
// Opening one spec on its own (a Hugging Face config.json, a hardware or a
// scenario file) when no project is open: the user picks the two missing
// specs (library items, or the default inference scenario) and the window
// shows the result at once as a new unsaved project.
#include <QDialog>
#include <QList>

#include "app/gui/spec_templates.h"

class QComboBox;

namespace rl {
namespace gui {

class CompleteProjectDialog : public QDialog {
    Q_OBJECT
  public:
    // `given` is the kind that was opened (hardware, model or scenario);
    // `givenName` names it for the user ("Llama 6.7B").
    CompleteProjectDialog(NewDocumentKind given, const QString& givenName,
                          QWidget* parent = nullptr);

    // The chosen document of a missing kind (null with `error` set when it
    // cannot be read) and where it came from (file name, or "default ...").
    rl::Json document(NewDocumentKind kind, QString* error) const;
    QString sourceLabel(NewDocumentKind kind) const;
    // For tests: the picker of a missing kind (null for the given one).
    QComboBox* picker(NewDocumentKind kind) const;

  private:
    struct Choice {
        NewDocumentKind kind;
        QComboBox* combo;
        QList<views::LibraryEntry> items;  // combo row 0 is the default, row i+1 is items[i]
        bool hasDefault;
    };
    const Choice* choiceOf(NewDocumentKind kind) const;
    QList<Choice> choices_;
};

}  // namespace gui
}  // namespace rl
