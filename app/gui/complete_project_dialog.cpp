#include "app/gui/complete_project_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rl {
namespace gui {
namespace {
// The library item a picker starts on: a common data-centre GPU for hardware,
// a mid-sized transformer for a model (when the user opened hardware).
int preferredRow(NewDocumentKind kind, const QList<views::LibraryEntry>& items) {
    const QString wanted = kind == NewDocumentKind::hardware
                               ? QStringLiteral("nvidia-a100-sxm4-80gb")
                               : QStringLiteral("llama-2-7b");
    for (int i = 0; i < items.size(); ++i)
        if (QFileInfo(items[i].path).completeBaseName() == wanted) return i;
    return 0;
}
}  // namespace

CompleteProjectDialog::CompleteProjectDialog(NewDocumentKind given, const QString& givenName,
                                             QWidget* parent)
    : QDialog(parent) {
    setObjectName("completeProjectDialog");
    setWindowTitle(tr("Open as a new project"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(windowTitle().toHtmlEscaped()), this));
    const QString what = given == NewDocumentKind::model      ? tr("the model %1")
                         : given == NewDocumentKind::hardware ? tr("the hardware %1")
                                                              : tr("the scenario %1");
    auto* intro = new QLabel(tr("No project is open. To predict %1, choose what to run it on; the "
                                "result opens as a new, unsaved project.")
                                 .arg(what.arg(givenName)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    for (NewDocumentKind kind :
         {NewDocumentKind::hardware, NewDocumentKind::model, NewDocumentKind::scenario}) {
        if (kind == given) continue;
        Choice c{kind, new QComboBox(this), libraryItems(kind), kind == NewDocumentKind::scenario};
        c.combo->setObjectName(templateKey(kind) + "Picker");
        // Long sample names must not widen the dialog past the screen.
        c.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c.combo->setMinimumContentsLength(34);
        if (c.hasDefault)
            c.combo->addItem(
                tr("Default inference (batch 1, 512 prompt + 128 generated tokens, "
                   "fp16)"));
        for (const auto& e : c.items) {
            c.combo->addItem(e.user ? tr("%1 (my library)").arg(e.name) : e.name);
            c.combo->setItemData(c.combo->count() - 1, e.description.left(300), Qt::ToolTipRole);
        }
        if (!c.hasDefault) c.combo->setCurrentIndex(preferredRow(kind, c.items));
        form->addRow(kind == NewDocumentKind::hardware ? tr("Hardware:")
                     : kind == NewDocumentKind::model  ? tr("Model:")
                                                       : tr("Scenario:"),
                     c.combo);
        choices_.push_back(c);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Predict"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Room for the default scenario's description in German without eliding it.
    setMinimumWidth(640);
}

const CompleteProjectDialog::Choice* CompleteProjectDialog::choiceOf(NewDocumentKind kind) const {
    for (const Choice& c : choices_)
        if (c.kind == kind) return &c;
    return nullptr;
}

QComboBox* CompleteProjectDialog::picker(NewDocumentKind kind) const {
    const Choice* c = choiceOf(kind);
    return c ? c->combo : nullptr;
}

rl::Json CompleteProjectDialog::document(NewDocumentKind kind, QString* error) const {
    const Choice* c = choiceOf(kind);
    if (!c) return {};
    const int row = c->combo->currentIndex() - (c->hasDefault ? 1 : 0);
    if (row < 0 || row >= c->items.size()) {
        // The default scenario is the blank template: a valid inference run.
        rl::Json doc = blankTemplate(kind);
        if (doc.is_discarded() || !doc.is_object()) {
            *error = tr("The blank %1 template is missing from this build.").arg(templateKey(kind));
            return {};
        }
        doc["name"] = tr("Default inference").toStdString();
        return doc;
    }
    const QString path = c->items.at(row).path;
    rl::Diagnostics d(path.toStdString());
    auto doc = rl::readJsonFile(path.toStdString(), d);
    if (!doc) {
        *error = QString::fromStdString(d.format());
        return {};
    }
    return *doc;
}

QString CompleteProjectDialog::sourceLabel(NewDocumentKind kind) const {
    const Choice* c = choiceOf(kind);
    if (!c) return {};
    const int row = c->combo->currentIndex() - (c->hasDefault ? 1 : 0);
    if (row < 0 || row >= c->items.size()) return tr("default scenario");
    return QFileInfo(c->items.at(row).path).fileName();
}

}  // namespace gui
}  // namespace rl
