#include "app/gui/new_document_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rl {
namespace gui {

QString NewDocumentDialog::title(NewDocumentKind kind) { return tr(newDocumentTitle(kind)); }

NewDocumentDialog::NewDocumentDialog(NewDocumentKind kind, const QString& whereItGoes,
                                     QWidget* parent)
    : QDialog(parent), kind_(kind), items_(libraryItems(kind)) {
    setObjectName("newDocumentDialog");
    setWindowTitle(title(kind));
    auto* layout = new QVBoxLayout(this);
    // Named inside too: window decorations are not always there (screenshots, some desktops).
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title(kind).toHtmlEscaped()), this);
    layout->addWidget(heading);
    blank_ = new QRadioButton(tr("Blank template"), this);
    blank_->setObjectName("blankTemplate");
    auto* blankNote = new QLabel(
        tr("A minimal valid document with every required field: fill in your own figures."), this);
    blankNote->setWordWrap(true);
    blankNote->setIndent(22);
    library_ = new QRadioButton(tr("A copy of a library item:"), this);
    library_->setObjectName("fromLibrary");
    list_ = new QListWidget(this);
    list_->setObjectName("libraryItems");
    for (const auto& e : items_) {
        auto* item =
            new QListWidgetItem(e.user ? tr("%1 (my library)").arg(e.name) : e.name, list_);
        item->setToolTip(e.description.isEmpty() ? QFileInfo(e.path).fileName()
                                                 : e.description.left(300));
    }
    auto* where = new QLabel(whereItGoes, this);
    where->setWordWrap(true);
    where->setObjectName("whereItGoes");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(blank_);
    layout->addWidget(blankNote);
    layout->addSpacing(6);
    layout->addWidget(library_);
    layout->addWidget(list_, 1);
    layout->addWidget(where);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Picking an item means "from the library"; a double click creates it.
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) library_->setChecked(true);
    });
    connect(list_, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(blank_, &QRadioButton::toggled, this, [this, buttons](bool) {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(blank_->isChecked() || list_->currentRow() >= 0);
    });
    connect(list_, &QListWidget::currentRowChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(blank_->isChecked() || list_->currentRow() >= 0);
    });
    library_->setEnabled(!items_.isEmpty());
    blank_->setChecked(true);
    resize(520, 480);
}

void NewDocumentDialog::choose(int libraryRow) {
    if (libraryRow < 0 || libraryRow >= items_.size()) {
        blank_->setChecked(true);
        return;
    }
    list_->setCurrentRow(libraryRow);
    library_->setChecked(true);
}

rl::Json NewDocumentDialog::document(QString* error) const {
    if (blank_->isChecked() || list_->currentRow() < 0) {
        rl::Json doc = blankTemplate(kind_);
        if (doc.is_discarded() || doc.is_null())
            *error =
                tr("The blank %1 template is missing from this build.").arg(templateKey(kind_));
        return doc.is_discarded() ? rl::Json() : doc;
    }
    const QString path = items_.at(list_->currentRow()).path;
    rl::Diagnostics d(path.toStdString());
    auto doc = rl::readJsonFile(path.toStdString(), d);
    if (!doc) {
        *error = QString::fromStdString(d.format());
        return {};
    }
    return *doc;
}

QString NewDocumentDialog::sourceLabel() const {
    if (blank_->isChecked() || list_->currentRow() < 0) return tr("blank template");
    return QFileInfo(items_.at(list_->currentRow()).path).fileName();
}

QString NewDocumentDialog::chosenName() const {
    if (blank_->isChecked() || list_->currentRow() < 0) return title(kind_);
    return items_.at(list_->currentRow()).name;
}

}  // namespace gui
}  // namespace rl
