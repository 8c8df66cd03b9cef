#include "views/editors/spec_editor.h"

#include "views/common/elided_label.h"

#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/spec/model_facts.h"
#include "core/spec/spec_io.h"
#include "views/common/format.h"
#include "views/editors/diagnostic_text.h"
#include "views/editors/document_command.h"
#include "views/editors/field_marks.h"
#include "views/editors/field_schema.h"
#include "views/editors/json_pane.h"
#include "views/editors/quantity_field.h"
#include "views/start/sample_library.h"

namespace rl {
namespace views {
namespace {

QString prettyKey(const std::string& key) {
    QString s = QString::fromStdString(key);
    s.replace('_', ' ');
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

QString scalarText(const rl::Json& v) {
    if (v.is_string()) return QString::fromStdString(v.get<std::string>());
    if (v.is_null()) return {};
    return QString::fromStdString(v.dump());
}

QString listText(const rl::Json& v) {
    QStringList items;
    for (const auto& e : v) items << scalarText(e);
    return items.join(", ");
}

rl::Json textToJson(const QString& text, rl::Json::value_t type) {
    const QString t = text.trimmed();
    bool ok = false;
    switch (type) {
        case rl::Json::value_t::number_integer:
        case rl::Json::value_t::number_unsigned: {
            const qlonglong i = t.toLongLong(&ok);
            if (ok) return rl::Json(static_cast<std::int64_t>(i));
            const double d = t.toDouble(&ok);
            if (ok) return rl::Json(d);
            return rl::Json(text.toStdString());  // the validator explains what is wrong
        }
        case rl::Json::value_t::number_float: {
            const double d = t.toDouble(&ok);
            if (ok) return rl::Json(d);
            return rl::Json(text.toStdString());
        }
        case rl::Json::value_t::boolean:
            if (t == QLatin1String("true")) return rl::Json(true);
            if (t == QLatin1String("false")) return rl::Json(false);
            return rl::Json(text.toStdString());
        case rl::Json::value_t::null:
            if (t.isEmpty()) return rl::Json();
            return rl::Json(text.toStdString());
        default:
            return rl::Json(text.toStdString());
    }
}

// The JSON type a schema kind is written as (for fields the file lacks).
rl::Json::value_t typeOf(const FieldSpec* spec, const rl::Json* current) {
    if (spec) switch (spec->kind) {
            case FieldKind::integer:
                return rl::Json::value_t::number_integer;
            case FieldKind::number:
                return rl::Json::value_t::number_float;
            case FieldKind::boolean:
                return rl::Json::value_t::boolean;
            default:
                return rl::Json::value_t::string;
        }
    return current ? current->type() : rl::Json::value_t::string;
}

bool isRowArray(const rl::Json& v) { return v.is_array() && !v.empty() && v.front().is_object(); }

// The parent pointer of "/a/b/c" ("/a/b") and its last key ("c").
std::pair<std::string, std::string> splitPath(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return {"", path};
    return {path.substr(0, slash), path.substr(slash + 1)};
}

QToolButton* smallButton(QWidget* parent, const QString& text, const QString& tip) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

}  // namespace

SpecEditor::SpecEditor(Kind kind, QUndoStack* undo, QWidget* parent)
    : QWidget(parent), kind_(kind), undo_(undo) {
    setObjectName(QStringLiteral("specEditor_") + kindFolder(kind));
    auto* top = new QHBoxLayout;
    // The header shows as much of the file name as fits; it never asks for width.
    summary_ = new ElidedLabel(Qt::ElideMiddle, this);
    summary_->setObjectName(QStringLiteral("specEditorHeader"));
    QFont bold = summary_->font();
    bold.setBold(true);
    summary_->setFont(bold);
    top->addWidget(summary_, 1);
    status_ = new QLabel(this);
    top->addWidget(status_);
    library_ = new QToolButton(this);
    library_->setObjectName("specEditorLibrary");
    library_->setPopupMode(QToolButton::InstantPopup);
    library_->setMenu(new QMenu(library_));
    connect(library_->menu(), &QMenu::aboutToShow, this, &SpecEditor::showLibraryMenu);
    top->addWidget(library_);

    derived_ = new QLabel(this);
    derived_->setWordWrap(true);
    derived_->setVisible(kind == Kind::model);
    derived_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    tabs_ = new QTabWidget(this);
    scroll_ = new QScrollArea(tabs_);
    scroll_->setWidgetResizable(true);
    tabs_->addTab(scroll_, QString());
    json_ = new JsonPane(tabs_);
    tabs_->addTab(json_, QString());
    retranslate();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(derived_);
    layout->addWidget(tabs_, 1);

    connect(json_, &JsonPane::documentEdited, this, &SpecEditor::onJsonEdited);
    connect(json_, &JsonPane::syntaxError, this, [this](const rl::Diagnostics& d) {
        diag_ = d;
        Q_EMIT diagnosticsChanged();
    });
}

void SpecEditor::retranslate() {
    library_->setText(tr("Library"));
    library_->setToolTip(tr("Start from a sample or from your own library"));
    // An instant-popup tool button draws its menu arrow over the end of its text
    // ("Bibliothek" lost its "k"): room for the arrow beside the text.
    library_->setMinimumWidth(0);
    library_->setMinimumWidth(
        library_->sizeHint().width() +
        library_->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, library_));
    tabs_->setTabText(0, tr("Form"));
    tabs_->setTabText(1, tr("JSON"));
}

void SpecEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    retranslate();
    structure_.clear();  // every label and undo name comes from the schema again
    if (doc_.is_object()) {
        structure_ = structureOf(doc_);
        rebuildForm();
        validate();
    }
}

QString SpecEditor::kindFolder(Kind k) {
    switch (k) {
        case Kind::hardware:
            return QStringLiteral("hardware");
        case Kind::model:
            return QStringLiteral("models");
        case Kind::scenario:
            return QStringLiteral("scenarios");
    }
    return {};
}

SchemaFormat SpecEditor::format() const {
    switch (kind_) {
        case Kind::hardware:
            return SchemaFormat::hardware;
        case Kind::model:
            return SchemaFormat::model;
        case Kind::scenario:
            break;
    }
    return SchemaFormat::scenario;
}

void SpecEditor::setDocument(const rl::Json& doc, const QString& fileLabel) {
    fileLabel_ = fileLabel;
    json_->setFileLabel(fileLabel);
    loadedDoc_ = doc;
    structure_.clear();  // force a rebuild
    applyDocument(doc);
}

void SpecEditor::setFileLabel(const QString& fileLabel) {
    fileLabel_ = fileLabel;
    json_->setFileLabel(fileLabel);
    validate();
}

void SpecEditor::editDocument(const rl::Json& doc, const QString& description) {
    pushDocument(doc, description, -1);
}

void SpecEditor::replaceDocument(const rl::Json& doc, const QString& fileLabel,
                                 const QString& description) {
    // The state is the file, the document as read from it, and what is shown
    // (its edits): undo brings back the old file's name with its edits.
    auto state = [](const QString& file, const rl::Json& loaded, const rl::Json& shown) {
        return rl::Json{{"file", file.toStdString()}, {"loaded", loaded}, {"shown", shown}};
    };
    auto apply = [this](const rl::Json& s) {
        setDocument(s.at("loaded"), QString::fromStdString(s.at("file").get<std::string>()));
        if (s.at("shown") != s.at("loaded")) applyDocument(s.at("shown"));
    };
    pushCommand(new DocumentCommand(this, apply, state(fileLabel_, loadedDoc_, doc_),
                                    state(fileLabel, doc, doc), description, -1));
}

void SpecEditor::pushDocument(const rl::Json& doc, const QString& description, int mergePathId) {
    if (doc == doc_) return;
    pushCommand(new DocumentCommand(
        this, [this](const rl::Json& d) { applyDocument(d); }, doc_, doc, description,
        mergePathId));
}

void SpecEditor::pushCommand(QUndoCommand* cmd) {
    if (undo_)
        undo_->push(cmd);  // push() runs redo(), which applies it
    else {
        cmd->redo();
        delete cmd;
    }
}

void SpecEditor::applyDocument(const rl::Json& doc) {
    doc_ = doc;
    const auto structure = structureOf(doc_);
    if (structure != structure_) {
        structure_ = structure;
        rebuildForm();
    } else {
        refreshFormValues();
    }
    json_->showDocument(doc_);
    json_->clearStatus();
    validate();
    Q_EMIT documentChanged();
}

// What the form's layout depends on: the paths present, and the value of every
// choice (a kind or an arrival process decides which fields are offered).
std::vector<std::string> SpecEditor::structureOf(const rl::Json& doc) const {
    std::vector<std::string> out;
    std::function<void(const rl::Json&, const std::string&)> walk = [&](const rl::Json& v,
                                                                        const std::string& p) {
        if (v.is_object()) {
            out.push_back(p + "{");
            for (auto it = v.begin(); it != v.end(); ++it)
                walk(it.value(), rl::jsonPointerChild(p, it.key()));
        } else if (isRowArray(v)) {
            for (std::size_t i = 0; i < v.size(); ++i) walk(v[i], rl::jsonPointerChild(p, i));
        } else {
            const FieldSpec* spec = fieldSpec(format(), p);
            if (spec && spec->kind == FieldKind::choice && v.is_string())
                out.push_back(p + "=" + v.get<std::string>());
            else
                out.push_back(p + ":" + std::to_string(static_cast<int>(v.type())));
        }
    };
    walk(doc, "");
    return out;
}

void SpecEditor::rebuildForm() {
    ++formGeneration_;
    fields_.clear();
    rowBoxes_.clear();
    addButtons_.clear();
    const int scrolled = scroll_->verticalScrollBar()->value();
    if (QWidget* old = scroll_->takeWidget()) {
        // A combo box may be rebuilding the form from its own signal: delete later.
        old->hide();
        old->deleteLater();
    }
    forms_.clear();
    formHost_ = new QWidget;
    auto* v = new QVBoxLayout(formHost_);
    auto* generalBox = new QGroupBox(tr("General"), formHost_);
    auto* general = newForm(generalBox);
    v->addWidget(generalBox);
    if (doc_.is_object()) addObject(general, generalBox, doc_, "", v);
    v->addStretch(1);
    scroll_->setWidget(formHost_);
    refreshFormValues();
    labelsBesideWidth_ = formHost_->minimumSizeHint().width();
    fitFormToWidth();
    scroll_->verticalScrollBar()->setValue(scrolled);
}

QFormLayout* SpecEditor::newForm(QWidget* box) {
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    forms_.push_back(form);
    return form;
}

// Labels beside their fields while they fit; in a narrow dock (or with long
// German labels) every label goes above its field instead of a sideways scroll.
void SpecEditor::fitFormToWidth() {
    if (!formHost_) return;
    const bool narrow = scroll_->viewport()->width() < labelsBesideWidth_;
    const auto policy = narrow ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
    for (QFormLayout* form : forms_)
        if (form->rowWrapPolicy() != policy) form->setRowWrapPolicy(policy);
}

void SpecEditor::addObject(QFormLayout* form, QWidget* box, const rl::Json& obj,
                           const std::string& path, QVBoxLayout* top) {
    // The schema's fields first, in its order; then keys it does not know.
    std::vector<std::string> shown;
    for (const FieldSpec* spec : childSpecs(format(), path)) {
        const std::string key = spec->key();
        const std::string child = rl::jsonPointerChild(path, key);
        if (obj.contains(key)) {
            addEntry(form, box, obj, key, child, spec, top);
            shown.push_back(key);
        } else {
            addAbsent(form, child, *spec, obj);
        }
    }
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (std::find(shown.begin(), shown.end(), it.key()) != shown.end()) continue;
        addEntry(form, box, obj, it.key(), rl::jsonPointerChild(path, it.key()),
                 fieldSpec(format(), rl::jsonPointerChild(path, it.key())), top);
    }
}

void SpecEditor::addEntry(QFormLayout* form, QWidget* box, const rl::Json& obj,
                          const std::string& key, const std::string& path, const FieldSpec* spec,
                          QVBoxLayout* top) {
    const rl::Json& v = obj.at(key);
    const QString title = spec ? spec->label() : prettyKey(key);
    if (spec && spec->kind == FieldKind::rows ? v.is_array() : isRowArray(v)) {
        addRows(form, box, v, path, spec, top);
        return;
    }
    if (!v.is_object()) {
        addLeaf(form, key, spec, v, path);
        return;
    }
    auto* sub = new QGroupBox(title, top ? formHost_ : box);
    sub->setToolTip(spec ? spec->description() : QString());
    auto* subForm = newForm(sub);
    addObject(subForm, sub, v, path, nullptr);
    if (path.rfind('/') == 0) {  // a top-level section gets a box of its own
        top->addWidget(sub);
    } else {
        sub->setFlat(true);
        form->addRow(sub);
    }
}

QString SpecEditor::rowTitle(const QString& rowName, std::size_t index, const rl::Json& row) const {
    QString title = QStringLiteral("%1 %2").arg(rowName).arg(index + 1);
    if (!title.isEmpty()) title[0] = title[0].toUpper();
    if (row.is_object() && row.contains("name") && row["name"].is_string())
        title += ": " + QString::fromStdString(row["name"].get<std::string>());
    return title;
}

void SpecEditor::addRows(QFormLayout* form, QWidget* box, const rl::Json& rows,
                         const std::string& path, const FieldSpec* spec, QVBoxLayout* top) {
    const QString qpath = QString::fromStdString(path);
    const QString rowName = spec ? spec->rowNameText() : tr("row");
    auto* group = new QGroupBox(spec ? spec->label() : prettyKey(splitPath(path).second),
                                top ? formHost_ : box);
    group->setToolTip(spec ? spec->description() : QString());
    auto* groupLayout = new QVBoxLayout(group);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string rowPath = rl::jsonPointerChild(path, i);
        auto* rowBox = new QGroupBox(rowTitle(rowName, i, rows[i]), group);
        rowBox->setFlat(true);
        auto* rowForm = newForm(rowBox);
        // Move up, move down, remove: one undoable edit each.
        auto* tools = new QHBoxLayout;
        tools->addStretch(1);
        const int index = static_cast<int>(i);
        auto* up = smallButton(rowBox, QStringLiteral("▲"), tr("Move %1 up").arg(rowName));
        up->setEnabled(i > 0);
        connect(up, &QToolButton::clicked, this,
                [this, qpath, index] { moveRow(qpath, index, -1); });
        auto* down = smallButton(rowBox, QStringLiteral("▼"), tr("Move %1 down").arg(rowName));
        down->setEnabled(i + 1 < rows.size());
        connect(down, &QToolButton::clicked, this,
                [this, qpath, index] { moveRow(qpath, index, +1); });
        auto* remove = smallButton(rowBox, QStringLiteral("✕"), tr("Remove %1").arg(rowName));
        connect(remove, &QToolButton::clicked, this,
                [this, qpath, index] { removeRow(qpath, index); });
        tools->addWidget(up);
        tools->addWidget(down);
        tools->addWidget(remove);
        rowForm->addRow(tools);
        if (rows[i].is_object())
            addObject(rowForm, rowBox, rows[i], rowPath, nullptr);
        else
            addLeaf(rowForm, std::to_string(i), nullptr, rows[i], rowPath);
        groupLayout->addWidget(rowBox);
        rowBoxes_.push_back({rowBox, rowPath, rowName});
    }
    auto* add = new QPushButton(tr("Add %1").arg(rowName), group);
    add->setToolTip(spec ? spec->description() : QString());
    connect(add, &QPushButton::clicked, this, [this, qpath] { addRow(qpath); });
    auto* addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(add);
    addRowLayout->addStretch(1);
    groupLayout->addLayout(addRowLayout);
    addButtons_[path] = add;
    if (top)
        top->addWidget(group);
    else
        form->addRow(group);
}

void SpecEditor::addAbsent(QFormLayout* form, const std::string& path, const FieldSpec& spec,
                           const rl::Json& container) {
    if (!spec.addable || spec.kind == FieldKind::fixed) return;
    if (!spec.whenKey.empty()) {
        const auto it = container.find(spec.whenKey);
        if (it == container.end() || !it->is_string() ||
            std::find(spec.whenValues.begin(), spec.whenValues.end(), it->get<std::string>()) ==
                spec.whenValues.end())
            return;
    }
    Field f;
    f.path = path;
    f.spec = &spec;
    f.absent = true;
    f.undoName = undoNameOf(path, &spec, spec.key());
    const QString qpath = QString::fromStdString(path);
    const bool section = spec.kind == FieldKind::object || spec.kind == FieldKind::rows;
    const QString shownDefault = section                        ? QString()
                                 : spec.defaultValue.is_array() ? listText(spec.defaultValue)
                                                                : scalarText(spec.defaultValue);
    auto* row = new QWidget(formHost_);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* value = new QLabel(shownDefault.isEmpty() ? tr("(not set)") : shownDefault, row);
    value->setEnabled(false);  // greyed: the default applies, nothing is written
    value->setObjectName(qpath);
    h->addWidget(value, 1);
    auto* add = smallButton(row, tr("Add"),
                            spec.optional ? tr("Add %1 to the file").arg(spec.label())
                                          : tr("Add %1: the file needs it").arg(spec.label()));
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(add, &QToolButton::clicked, this, [this, qpath] { addField(qpath); });
    h->addWidget(add);
    f.label = new QLabel(spec.label(), formHost_);
    f.label->setEnabled(false);
    f.label->setWordWrap(true);
    f.baseTip = spec.description();
    f.label->setToolTip(f.baseTip);
    f.fixed = value;
    f.add = add;
    f.primary = value;
    addButtons_[path] = add;
    form->addRow(f.label, row);
    fields_.push_back(f);
}

QString SpecEditor::undoNameOf(const std::string& path, const FieldSpec* spec,
                               const std::string& key) const {
    const QString name = spec ? labelInSentence(*spec) : prettyKey(key).toLower();
    // Inside a named row ("/memory/0/bandwidth"), say which: "HBM2e bandwidth".
    std::string parent = splitPath(path).first;
    const rl::Json::json_pointer ptr(parent.empty() ? "" : parent);
    if (!parent.empty() && doc_.contains(ptr)) {
        const rl::Json& row = doc_.at(ptr);
        if (row.is_object() && row.contains("name") && row["name"].is_string() && key != "name")
            return tr("%1 %2", "row name, field")
                .arg(QString::fromStdString(row["name"].get<std::string>()), name);
    }
    return name;
}

QWidget* SpecEditor::leafWidget(Field& f, const rl::Json& v) {
    const QString qpath = QString::fromStdString(f.path);
    const int generation = formGeneration_;
    const FieldKind kind = f.spec           ? f.spec->kind
                           : v.is_boolean() ? FieldKind::boolean
                           : v.is_array()   ? FieldKind::list
                                            : FieldKind::text;
    switch (kind) {
        case FieldKind::fixed:
        case FieldKind::object:
        case FieldKind::rows: {
            f.fixed = new QLabel(formHost_);
            f.fixed->setTextInteractionFlags(Qt::TextSelectableByMouse);
            f.fixed->setObjectName(qpath);
            return f.fixed;
        }
        case FieldKind::boolean: {
            if (!v.is_boolean()) break;  // a wrong type is shown as text, to be fixed there
            f.check = new QCheckBox(formHost_);
            f.check->setObjectName(qpath);
            connect(f.check, &QCheckBox::toggled, this, [this, qpath, generation](bool on) {
                if (updatingForm_ || generation != formGeneration_) return;
                editField(qpath, on ? QStringLiteral("true") : QStringLiteral("false"));
            });
            return f.check;
        }
        case FieldKind::choice: {
            f.combo = new QComboBox(formHost_);
            f.combo->setObjectName(qpath);
            // Items show a display name and carry the file's value as data. An
            // open choice is typed into, so it shows the values as written.
            for (const auto& c : f.spec->choices)
                f.combo->addItem(
                    f.spec->openChoice ? QString::fromStdString(c) : choiceDisplayName(c),
                    QString::fromStdString(c));
            f.combo->setEditable(f.spec->openChoice);
            f.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            f.combo->setMinimumContentsLength(6);
            if (f.spec->openChoice) {
                connect(f.combo, &QComboBox::currentTextChanged, this,
                        [this, qpath, generation](const QString& text) {
                            if (updatingForm_ || generation != formGeneration_) return;
                            editField(qpath, text);
                        });
            } else {
                connect(f.combo, &QComboBox::currentIndexChanged, this,
                        [this, qpath, generation, combo = f.combo](int index) {
                            if (updatingForm_ || generation != formGeneration_ || index < 0) return;
                            editField(qpath, combo->itemData(index).toString());
                        });
            }
            return f.combo;
        }
        case FieldKind::quantity: {
            const bool slider = f.spec->dimension == rl::Dimension::bandwidth ||
                                f.spec->dimension == rl::Dimension::flop_rate;
            f.quantity = new QuantityField(f.spec->dimension, slider, formHost_);
            f.edit = f.quantity->numberEdit();
            f.edit->setObjectName(qpath);
            connect(f.quantity, &QuantityField::textEdited, this,
                    [this, qpath, generation](const QString& text) {
                        if (updatingForm_ || generation != formGeneration_) return;
                        editField(qpath, text);
                    });
            return f.quantity;
        }
        default:
            break;
    }
    f.edit = new QLineEdit(formHost_);
    f.edit->setObjectName(qpath);
    f.listOfScalars = v.is_array() || kind == FieldKind::list;
    connect(f.edit, &QLineEdit::textEdited, this, [this, qpath, generation](const QString& text) {
        if (generation == formGeneration_) editField(qpath, text);
    });
    return f.edit;
}

void SpecEditor::addLeaf(QFormLayout* form, const std::string& key, const FieldSpec* spec,
                         const rl::Json& v, const std::string& path) {
    Field f;
    f.path = path;
    f.spec = spec;
    f.type = typeOf(spec, &v);
    if (!spec || spec->kind == FieldKind::text || spec->kind == FieldKind::choice ||
        spec->kind == FieldKind::list)
        f.type = v.type();  // keep what the file has
    f.undoName = undoNameOf(path, spec, key);
    QWidget* widget = leafWidget(f, v);
    f.primary = f.edit ? static_cast<QWidget*>(f.edit) : widget;
    f.baseTip = spec ? spec->description() : QString();
    if (spec && spec->optional && spec->addable && spec->kind != FieldKind::fixed) {
        // An optional field can be taken out again (back to its default).
        auto* row = new QWidget(formHost_);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(2);
        h->addWidget(widget, 1);
        const QString qpath = QString::fromStdString(path);
        auto* remove = smallButton(row, QStringLiteral("✕"),
                                   tr("Remove %1 (the default applies)").arg(spec->label()));
        connect(remove, &QToolButton::clicked, this, [this, qpath] { removeField(qpath); });
        h->addWidget(remove);
        widget = row;
    }
    if (!f.baseTip.isEmpty()) f.primary->setToolTip(f.baseTip);
    f.label = new QLabel(spec ? spec->label() : prettyKey(key), formHost_);
    f.label->setWordWrap(true);
    f.label->setToolTip(f.baseTip);
    f.label->setBuddy(f.primary);
    form->addRow(f.label, widget);
    fields_.push_back(f);
}

void SpecEditor::editField(const QString& path, const QString& text) {
    const std::string p = path.toStdString();
    const Field* field = nullptr;
    for (const auto& f : fields_)
        if (f.path == p && !f.absent) field = &f;
    rl::Json doc = doc_;
    const rl::Json::json_pointer ptr(p);
    const FieldSpec* spec = field ? field->spec : fieldSpec(format(), p);
    const rl::Json* old = doc_.contains(ptr) ? &doc_.at(ptr) : nullptr;
    if ((field && field->listOfScalars) || (spec && spec->kind == FieldKind::list)) {
        rl::Json arr = rl::Json::array();
        auto elemType = old && old->is_array() && !old->empty() ? old->front().type()
                                                                : rl::Json::value_t::string;
        if (p.size() >= 5 && p.compare(p.size() - 5, 5, "/dims") == 0)
            elemType = rl::Json::value_t::number_integer;
        for (const QString& part : text.split(',', Qt::SkipEmptyParts))
            arr.push_back(textToJson(part.trimmed(), elemType));
        doc[ptr] = arr;
    } else {
        doc[ptr] = textToJson(text, field ? field->type : typeOf(spec, old));
    }
    const QString name = field ? field->undoName : undoNameOf(p, spec, splitPath(p).second);
    auto [it, inserted] = pathIds_.emplace(p, static_cast<int>(pathIds_.size()));
    pushDocument(doc, tr("Edit %1").arg(name), it->second);
}

void SpecEditor::addField(const QString& path) {
    const std::string p = path.toStdString();
    const FieldSpec* spec = fieldSpec(format(), p);
    const rl::Json::json_pointer ptr(p);
    if (!spec || doc_.contains(ptr)) return;
    rl::Json doc = doc_;
    doc[ptr] = spec->kind == FieldKind::rows
                   ? rl::Json::array({newRow(format(), p, rl::Json::array())})
                   : spec->defaultValue;
    pushDocument(doc, tr("Add %1").arg(labelInSentence(*spec)), -1);
}

void SpecEditor::removeField(const QString& path) {
    const std::string p = path.toStdString();
    const rl::Json::json_pointer ptr(p);
    if (p.empty() || !doc_.contains(ptr)) return;
    const auto [parent, key] = splitPath(p);
    rl::Json doc = doc_;
    rl::Json& container = parent.empty() ? doc : doc.at(rl::Json::json_pointer(parent));
    if (!container.is_object()) return;
    container.erase(key);
    const FieldSpec* spec = fieldSpec(format(), p);
    pushDocument(doc, tr("Remove %1").arg(spec ? labelInSentence(*spec) : prettyKey(key)), -1);
}

void SpecEditor::addRow(const QString& arrayPath) {
    const std::string p = arrayPath.toStdString();
    const rl::Json::json_pointer ptr(p);
    rl::Json doc = doc_;
    const rl::Json existing = doc_.contains(ptr) ? doc_.at(ptr) : rl::Json::array();
    if (!existing.is_array()) return;
    doc[ptr] = existing;
    doc[ptr].push_back(newRow(format(), p, existing));
    const FieldSpec* spec = fieldSpec(format(), p);
    pushDocument(doc, tr("Add %1").arg(spec ? spec->rowNameText() : tr("row")), -1);
}

void SpecEditor::removeRow(const QString& arrayPath, int index) {
    const rl::Json::json_pointer ptr(arrayPath.toStdString());
    if (!doc_.contains(ptr) || !doc_.at(ptr).is_array()) return;
    rl::Json doc = doc_;
    rl::Json& rows = doc[ptr];
    if (index < 0 || index >= static_cast<int>(rows.size())) return;
    rows.erase(rows.begin() + index);
    const FieldSpec* spec = fieldSpec(format(), arrayPath.toStdString());
    pushDocument(doc, tr("Remove %1").arg(spec ? spec->rowNameText() : tr("row")), -1);
}

void SpecEditor::moveRow(const QString& arrayPath, int index, int delta) {
    const rl::Json::json_pointer ptr(arrayPath.toStdString());
    if (!doc_.contains(ptr) || !doc_.at(ptr).is_array()) return;
    rl::Json doc = doc_;
    rl::Json& rows = doc[ptr];
    const int to = index + delta;
    if (index < 0 || to < 0 || index >= static_cast<int>(rows.size()) ||
        to >= static_cast<int>(rows.size()))
        return;
    std::swap(rows[index], rows[to]);
    const FieldSpec* spec = fieldSpec(format(), arrayPath.toStdString());
    const QString row = spec ? spec->rowNameText() : tr("row");
    pushDocument(doc, delta < 0 ? tr("Move %1 up").arg(row) : tr("Move %1 down").arg(row), -1);
}

void SpecEditor::refreshFormValues() {
    updatingForm_ = true;
    for (auto& f : fields_) {
        if (f.absent) continue;
        const rl::Json::json_pointer ptr(f.path);
        if (!doc_.contains(ptr)) continue;
        const rl::Json& v = doc_.at(ptr);
        if (f.quantity) {
            f.quantity->showValue(v);
        } else if (f.check && v.is_boolean()) {
            if (f.check->isChecked() != v.get<bool>()) f.check->setChecked(v.get<bool>());
        } else if (f.combo) {
            const QString text = scalarText(v);
            int index = f.combo->findData(text);
            if (index < 0 && !f.combo->isEditable()) {
                f.combo->addItem(text, text);  // a value the parser rejects: shown, and marked
                index = f.combo->count() - 1;
            }
            if (f.combo->isEditable()) {
                if (f.combo->currentText() != text) f.combo->setCurrentText(text);
            } else if (f.combo->currentIndex() != index) {
                f.combo->setCurrentIndex(index);
            }
        } else if (f.fixed) {
            f.fixed->setText(v.is_object() || v.is_array() ? tr("(edited elsewhere)")
                                                           : scalarText(v));
        } else if (f.edit) {
            const QString text = v.is_array() ? listText(v) : scalarText(v);
            // Keep what the user is typing ("2039 " is valid mid-edit text).
            if (f.edit->text().trimmed() != text.trimmed() || !f.edit->hasFocus()) {
                if (f.edit->text() != text) {
                    f.edit->setText(text);
                    f.edit->setCursorPosition(0);  // a long source reads from its start
                }
            }
        }
    }
    for (const auto& r : rowBoxes_) {
        const rl::Json::json_pointer ptr(r.path);
        if (!doc_.contains(ptr)) continue;
        const auto [parent, index] = splitPath(r.path);
        r.box->setTitle(rowTitle(r.rowName, std::stoul(index), doc_.at(ptr)));
    }
    updatingForm_ = false;
}

void SpecEditor::validate() {
    const std::string file = fileLabel_.toStdString();
    hardware_.reset();
    model_.reset();
    scenario_.reset();
    switch (kind_) {
        case Kind::hardware: {
            auto r = rl::parseHardware(doc_, file);
            diag_ = r.diagnostics;
            if (r.ok()) hardware_ = *r.value;
            break;
        }
        case Kind::model: {
            auto r = rl::parseModel(doc_, file);
            diag_ = r.diagnostics;
            if (r.ok()) model_ = *r.value;
            break;
        }
        case Kind::scenario: {
            auto r = rl::parseScenario(doc_, file);
            diag_ = r.diagnostics;
            if (r.ok()) scenario_ = *r.value;
            break;
        }
    }
    markFields();
    const int errors = diag_.errorCount();
    // Once edited, the header must not claim the document is still the file it came from.
    QString label = fileLabel_;
    if (doc_ != loadedDoc_) {
        const auto name = doc_.find("name");
        const QString specName = name != doc_.end() && name->is_string()
                                     ? QString::fromStdString(name->get<std::string>())
                                     : QString();
        label = specName.isEmpty() ? tr("%1 (edited)").arg(fileLabel_)
                                   : tr("%1 (edited from %2)").arg(specName, fileLabel_);
    }
    headerFull_ = label;
    status_->setText(errors == 0 ? tr("valid") : problemHtml(tr("%n problem(s)", nullptr, errors)));
    updateHeader();
    if (kind_ == Kind::model) {
        if (model_ && model_->kind == "transformer") {
            const auto facts = rl::transformerFacts(model_->transformer);
            derived_->setText(
                tr("Parameters: %1 (active per token %2) · KV cache: %3 per token at 16 bit · "
                   "%4 per token forward")
                    .arg(QString::number(facts.params / 1e9, 'f', 2) + " B",
                         QString::number(facts.activeParams / 1e9, 'f', 2) + " B",
                         fmtBytes(facts.kvBytesPerTokenPerByte * 2.0),
                         fmtFlops(facts.flopsPerTokenForward)));
        } else if (model_ && model_->kind == "cnn") {
            const auto facts = rl::cnnFacts(model_->cnn);
            derived_->setText(tr("Parameters: %1 M · %2 GMAC per image")
                                  .arg(facts.params / 1e6, 0, 'f', 2)
                                  .arg(facts.macs / 1e9, 0, 'f', 2));
        } else if (!model_) {
            derived_->setText(tr("Derived figures appear when the model is valid."));
        } else {
            derived_->clear();
        }
    }
    Q_EMIT diagnosticsChanged();
}

void SpecEditor::markFields() {
    for (auto& f : fields_) {
        QString problems;
        for (const auto& d : diag_.items()) {
            // A diagnostic belongs to the deepest field whose path prefixes it.
            if (d.path == f.path || (d.path.rfind(f.path + "/", 0) == 0 && !f.path.empty()))
                problems += problemLine(d);
        }
        markField(f.primary, f.baseTip, problems);
    }
}

void SpecEditor::onJsonEdited(const rl::Json& doc) {
    if (doc != doc_)
        pushDocument(doc, tr("Edit JSON"), -1);
    else
        validate();
}

QLineEdit* SpecEditor::lineEditFor(const QString& path) const {
    for (const auto& f : fields_)
        if (QString::fromStdString(f.path) == path) return f.edit;
    return nullptr;
}

QWidget* SpecEditor::fieldWidget(const QString& path) const {
    for (const auto& f : fields_)
        if (QString::fromStdString(f.path) == path) return f.primary;
    return nullptr;
}

QLabel* SpecEditor::labelFor(const QString& path) const {
    for (const auto& f : fields_)
        if (QString::fromStdString(f.path) == path) return f.label;
    return nullptr;
}

QComboBox* SpecEditor::unitBoxFor(const QString& path) const {
    for (const auto& f : fields_)
        if (QString::fromStdString(f.path) == path && f.quantity) return f.quantity->unitBox();
    return nullptr;
}

QSlider* SpecEditor::sliderFor(const QString& path) const {
    for (const auto& f : fields_)
        if (QString::fromStdString(f.path) == path && f.quantity) return f.quantity->slider();
    return nullptr;
}

QAbstractButton* SpecEditor::addButtonFor(const QString& path) const {
    const auto it = addButtons_.find(path.toStdString());
    return it == addButtons_.end() ? nullptr : it->second;
}

QString SpecEditor::headerText() const { return summary_->text(); }

void SpecEditor::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateHeader();
    fitFormToWidth();
}

void SpecEditor::updateHeader() { summary_->setFullText(headerFull_); }

bool SpecEditor::focusPath(const QString& path) {
    // The field itself, else the nearest field above it in the document.
    const std::string p = path.toStdString();
    const Field* best = nullptr;
    for (const auto& f : fields_)
        if (f.path == p) best = &f;
    if (!best)
        for (const auto& f : fields_)
            if (p.rfind(f.path, 0) == 0 || f.path.rfind(p + "/", 0) == 0) {
                best = &f;
                break;
            }
    if (!best) return false;
    tabs_->setCurrentIndex(0);
    QWidget* w = best->primary;
    scroll_->ensureWidgetVisible(w);
    w->setFocus(Qt::OtherFocusReason);
    if (best->edit) best->edit->selectAll();
    return true;
}

QString SpecEditor::derivedText() const { return derived_->text(); }

QPlainTextEdit* SpecEditor::jsonEdit() const { return json_->edit(); }

void SpecEditor::showLibraryMenu() {
    auto* menu = qobject_cast<QMenu*>(sender());
    if (!menu) return;
    menu->clear();
    const auto entries = libraryEntries(kindFolder(kind_));
    // Saving sits in the same menu: one button keeps the header narrow.
    connect(menu->addAction(tr("Save to my library")), &QAction::triggered, this,
            &SpecEditor::saveToLibrary);
    menu->addSeparator();
    if (entries.isEmpty()) menu->addAction(tr("(library is empty)"))->setEnabled(false);
    bool userSection = false;
    for (const auto& e : entries) {
        if (e.user && !userSection) {
            menu->addSection(tr("My library"));
            userSection = true;
        }
        QAction* a = menu->addAction(e.name);
        a->setToolTip(e.description);
        const QString path = e.path;
        connect(a, &QAction::triggered, this, [this, path, name = e.name] {
            rl::Diagnostics d;
            auto doc = rl::readJsonFile(path.toStdString(), d);
            if (!doc) {
                QMessageBox::warning(this, tr("Library"), diagnosticsText(d));
                return;
            }
            replaceDocument(*doc, QFileInfo(path).fileName(), tr("Load %1 from library").arg(name));
        });
    }
}

void SpecEditor::saveToLibrary() {
    QString error;
    const QString path = saveToUserLibrary(kindFolder(kind_), doc_, &error);
    if (path.isEmpty())
        QMessageBox::warning(this, tr("Save to my library"), error);
    else
        QMessageBox::information(this, tr("Save to my library"), tr("Saved as %1").arg(path));
}

}  // namespace views
}  // namespace rl
