#pragma once
// File > New <kind>: start from the blank template (a minimal valid document
// with every required field) or from an item of the library (the samples and
// the user's own specs). The dialog only chooses; the window decides where
// the document goes (main_window_new.cpp).
#include <QDialog>
#include <QList>

#include "app/gui/spec_templates.h"

class QListWidget;
class QRadioButton;

namespace rl {
namespace gui {

class NewDocumentDialog : public QDialog {
    Q_OBJECT
  public:
    NewDocumentDialog(NewDocumentKind kind, const QString& whereItGoes, QWidget* parent = nullptr);

    // The chosen document (read now: a library file may have changed);
    // null with `error` set when it cannot be read.
    rl::Json document(QString* error) const;
    // Where the document came from, for the editor's header: "blank template"
    // or the library file's name.
    QString sourceLabel() const;
    // The document's name as the user will read it.
    QString chosenName() const;

    // For tests: row -1 picks the blank template, else that library row.
    void choose(int libraryRow);
    int libraryCount() const { return items_.size(); }

    static QString title(NewDocumentKind kind);

  private:
    NewDocumentKind kind_;
    QList<views::LibraryEntry> items_;
    QRadioButton* blank_;
    QRadioButton* library_;
    QListWidget* list_;
};

}  // namespace gui
}  // namespace rl
