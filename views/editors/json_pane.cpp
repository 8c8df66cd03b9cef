#include "views/editors/json_pane.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include "views/editors/diagnostic_text.h"
#include "views/editors/field_marks.h"

namespace rl {
namespace views {

JsonPane::JsonPane(QWidget* parent) : QWidget(parent) {
    edit_ = new QPlainTextEdit(this);
    edit_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit_->setLineWrapMode(QPlainTextEdit::NoWrap);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_, 1);
    layout->addWidget(status_);

    // Parse once the user pauses: half-typed JSON is always a syntax error.
    timer_ = new QTimer(this);
    timer_->setSingleShot(true);
    timer_->setInterval(400);
    connect(timer_, &QTimer::timeout, this, &JsonPane::parseText);
    connect(edit_, &QPlainTextEdit::textChanged, this, [this] {
        if (!updating_) timer_->start();
    });
}

void JsonPane::showDocument(const rl::Json& doc) {
    if (edit_->hasFocus() && timer_->isActive()) return;
    updating_ = true;
    const QString text = QString::fromStdString(doc.dump(2));
    if (edit_->toPlainText() != text) edit_->setPlainText(text);
    updating_ = false;
}

void JsonPane::clearStatus() { status_->clear(); }

void JsonPane::parseText() {
    rl::Diagnostics d(fileLabel_.toStdString());
    auto parsed = rl::parseJsonDocument(edit_->toPlainText().toStdString(), d);
    if (!parsed) {
        status_->setText(problemHtml(diagnosticsText(d).trimmed()));
        Q_EMIT syntaxError(d);
        return;
    }
    status_->clear();
    Q_EMIT documentEdited(*parsed);
}

}  // namespace views
}  // namespace rl
