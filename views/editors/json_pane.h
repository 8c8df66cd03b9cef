#pragma once
// The raw-JSON side of a spec editor: a monospace text pane that shows the
// document and, a moment after the user stops typing, parses what was typed.
// Syntax errors are shown under the text (with line and column); a document
// that parses is handed back to the editor, which validates it like any edit.
#include <QString>
#include <QWidget>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace rl {
namespace views {

class JsonPane : public QWidget {
    Q_OBJECT
  public:
    explicit JsonPane(QWidget* parent = nullptr);

    // Shows `doc` unless the user is in the middle of typing here.
    void showDocument(const rl::Json& doc);
    // The file named in syntax errors.
    void setFileLabel(const QString& label) { fileLabel_ = label; }
    void clearStatus();
    QPlainTextEdit* edit() const { return edit_; }

  Q_SIGNALS:
    // The text parses; `doc` may equal the shown document.
    void documentEdited(const rl::Json& doc);
    // The text does not parse.
    void syntaxError(const rl::Diagnostics& diag);

  private:
    void parseText();

    QPlainTextEdit* edit_;
    QLabel* status_;
    QTimer* timer_;
    QString fileLabel_;
    bool updating_ = false;
};

}  // namespace views
}  // namespace rl
