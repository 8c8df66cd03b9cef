#include "views/editors/spec_editor.h"

#include <cmath>

#include <QCheckBox>
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
#include <QSlider>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/spec/model_facts.h"
#include "core/spec/spec_io.h"
#include "core/spec/units.h"
#include "views/common/format.h"
#include "views/editors/document_command.h"
#include "views/editors/field_docs.h"
#include "views/editors/field_marks.h"
#include "views/editors/json_pane.h"
#include "views/start/sample_library.h"

namespace rl {
namespace views {
namespace {

constexpr int kSliderSteps = 100;  // slider spans 0.1x .. 10x in 100 steps per decade

QString prettyKey(const QString& key) {
    QString s = key;
    s.replace('_', ' ');
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

std::optional<rl::Dimension> sliderDimension(const QString& key, const QString& parentKey) {
    if (key == "bandwidth" || key == "link_bandwidth") return rl::Dimension::bandwidth;
    if (parentKey == "peak") return rl::Dimension::flop_rate;
    return std::nullopt;
}

QString scalarText(const rl::Json& v) {
    if (v.is_string()) return QString::fromStdString(v.get<std::string>());
    if (v.is_null()) return {};
    return QString::fromStdString(v.dump());
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
        case rl::Json::value_t::null:
            if (t.isEmpty()) return rl::Json();
            return rl::Json(text.toStdString());
        default:
            return rl::Json(text.toStdString());
    }
}

}  // namespace

SpecEditor::SpecEditor(Kind kind, QUndoStack* undo, QWidget* parent)
    : QWidget(parent), kind_(kind), undo_(undo) {
    setObjectName(QStringLiteral("specEditor_") + kindFolder(kind));
    auto* top = new QHBoxLayout;
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    top->addWidget(summary_, 1);
    auto* library = new QToolButton(this);
    library->setText(tr("Library"));
    library->setToolTip(tr("Start from a sample or from your own library"));
    library->setPopupMode(QToolButton::InstantPopup);
    library->setMenu(new QMenu(library));
    connect(library->menu(), &QMenu::aboutToShow, this, &SpecEditor::showLibraryMenu);
    top->addWidget(library);
    auto* save = new QToolButton(this);
    save->setText(tr("Save to my library"));
    connect(save, &QToolButton::clicked, this, &SpecEditor::saveToLibrary);
    top->addWidget(save);

    derived_ = new QLabel(this);
    derived_->setWordWrap(true);
    derived_->setVisible(kind == Kind::model);
    derived_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    tabs_ = new QTabWidget(this);
    scroll_ = new QScrollArea(tabs_);
    scroll_->setWidgetResizable(true);
    tabs_->addTab(scroll_, tr("Form"));
    json_ = new JsonPane(tabs_);
    tabs_->addTab(json_, tr("JSON"));

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

void SpecEditor::setDocument(const rl::Json& doc, const QString& fileLabel) {
    fileLabel_ = fileLabel;
    json_->setFileLabel(fileLabel);
    loadedDoc_ = doc;
    structure_.clear();  // force a rebuild
    applyDocument(doc);
}

void SpecEditor::editDocument(const rl::Json& doc, const QString& description) {
    pushDocument(doc, description, -1);
}

void SpecEditor::pushDocument(const rl::Json& doc, const QString& description, int mergePathId) {
    if (doc == doc_) return;
    auto* cmd = new DocumentCommand(
        this, [this](const rl::Json& d) { applyDocument(d); }, doc_, doc, description, mergePathId);
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

std::vector<std::string> SpecEditor::structureOf(const rl::Json& doc) const {
    std::vector<std::string> out;
    std::function<void(const rl::Json&, const std::string&)> walk = [&](const rl::Json& v,
                                                                        const std::string& p) {
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                walk(it.value(), rl::jsonPointerChild(p, it.key()));
        } else if (v.is_array() && !v.empty() && v.front().is_object()) {
            for (std::size_t i = 0; i < v.size(); ++i) walk(v[i], rl::jsonPointerChild(p, i));
        } else {
            out.push_back(p);
        }
    };
    walk(doc, "");
    return out;
}

void SpecEditor::rebuildForm() {
    fields_.clear();
    formHost_ = new QWidget;
    auto* v = new QVBoxLayout(formHost_);
    auto* generalBox = new QGroupBox(tr("General"), formHost_);
    auto* general = new QFormLayout(generalBox);
    v->addWidget(generalBox);
    if (doc_.is_object()) {
        for (auto it = doc_.begin(); it != doc_.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const std::string path = rl::jsonPointerChild("", it.key());
            const rl::Json& val = it.value();
            if (val.is_object()) {
                auto* box = new QGroupBox(prettyKey(key), formHost_);
                auto* form = new QFormLayout(box);
                addFields(box, form, val, path, key, 1);
                v->addWidget(box);
            } else if (val.is_array() && !val.empty() && val.front().is_object()) {
                for (std::size_t i = 0; i < val.size(); ++i) {
                    QString title = QStringLiteral("%1 %2").arg(prettyKey(key)).arg(i + 1);
                    if (val[i].is_object() && val[i].contains("name") && val[i]["name"].is_string())
                        title += ": " + QString::fromStdString(val[i]["name"].get<std::string>());
                    auto* box = new QGroupBox(title, formHost_);
                    auto* form = new QFormLayout(box);
                    addFields(box, form, val[i], rl::jsonPointerChild(path, i), key, 1);
                    v->addWidget(box);
                }
            } else {
                addLeaf(general, key, QString(), val, path);
            }
        }
    }
    v->addStretch(1);
    scroll_->setWidget(formHost_);  // deletes the previous form
}

void SpecEditor::addFields(QWidget* box, QFormLayout* form, const rl::Json& obj,
                           const std::string& path, const QString& parentKey, int depth) {
    if (!obj.is_object()) return;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const std::string child = rl::jsonPointerChild(path, it.key());
        if (it.value().is_object()) {
            auto* sub = new QGroupBox(prettyKey(key), box);
            sub->setFlat(true);
            auto* subForm = new QFormLayout(sub);
            addFields(sub, subForm, it.value(), child, key, depth + 1);
            form->addRow(sub);
        } else if (it.value().is_array() && !it.value().empty() && it.value().front().is_object()) {
            for (std::size_t i = 0; i < it.value().size(); ++i) {
                auto* sub =
                    new QGroupBox(QStringLiteral("%1 %2").arg(prettyKey(key)).arg(i + 1), box);
                sub->setFlat(true);
                auto* subForm = new QFormLayout(sub);
                addFields(sub, subForm, it.value()[i], rl::jsonPointerChild(child, i), key,
                          depth + 1);
                form->addRow(sub);
            }
        } else {
            addLeaf(form, key, parentKey, it.value(), child);
        }
    }
}

void SpecEditor::addLeaf(QFormLayout* form, const QString& key, const QString& parentKey,
                         const rl::Json& v, const std::string& path) {
    Field f;
    f.path = path;
    f.type = v.type();
    f.baseTip = fieldDoc(key, parentKey);
    const QString qpath = QString::fromStdString(path);
    QWidget* widget = nullptr;
    if (v.is_boolean()) {
        f.check = new QCheckBox(formHost_);
        f.check->setChecked(v.get<bool>());
        connect(f.check, &QCheckBox::toggled, this, [this, qpath](bool on) {
            if (updatingForm_) return;
            rl::Json doc = doc_;
            doc[rl::Json::json_pointer(qpath.toStdString())] = on;
            pushDocument(doc, tr("Change %1").arg(qpath), -1);
        });
        widget = f.check;
    } else {
        f.edit = new QLineEdit(formHost_);
        f.edit->setObjectName(qpath);
        if (v.is_array()) {
            f.listOfScalars = true;
            QStringList items;
            for (const auto& e : v) items << scalarText(e);
            f.edit->setText(items.join(", "));
        } else {
            f.edit->setText(scalarText(v));
        }
        if (key == "format" && path == "/format") f.edit->setReadOnly(true);
        connect(f.edit, &QLineEdit::textEdited, this,
                [this, qpath](const QString& text) { editField(qpath, text); });
        widget = f.edit;
        if (auto dim = sliderDimension(key, parentKey); dim && v.is_string()) {
            auto parsed = rl::parseQuantity(v.get<std::string>(), *dim);
            if (auto* value = std::get_if<double>(&parsed); value && *value > 0) {
                f.sliderReference = *value;
                f.slider = new QSlider(Qt::Horizontal, formHost_);
                f.slider->setRange(-kSliderSteps, kSliderSteps);
                f.slider->setValue(0);
                f.slider->setToolTip(tr("Scale from 0.1× to 10× of %1").arg(scalarText(v)));
                f.slider->setMinimumWidth(80);
                const rl::Dimension d = *dim;
                const double ref = *value;
                QLineEdit* edit = f.edit;
                connect(f.slider, &QSlider::valueChanged, this,
                        [this, qpath, d, ref, edit](int step) {
                            if (updatingForm_) return;
                            const double scaled = ref * std::pow(10.0, double(step) / kSliderSteps);
                            const QString text =
                                QString::fromStdString(rl::formatQuantity(scaled, d, 4));
                            edit->setText(text);
                            editField(qpath, text);
                        });
                auto* row = new QWidget(formHost_);
                auto* h = new QHBoxLayout(row);
                h->setContentsMargins(0, 0, 0, 0);
                h->addWidget(f.edit, 2);
                h->addWidget(f.slider, 1);
                widget = row;
            }
        }
    }
    if (!f.baseTip.isEmpty()) widget->setToolTip(f.baseTip);
    auto* label = new QLabel(prettyKey(key), formHost_);
    label->setToolTip(f.baseTip);
    form->addRow(label, widget);
    fields_.push_back(f);
}

void SpecEditor::editField(const QString& path, const QString& text) {
    const std::string p = path.toStdString();
    const Field* field = nullptr;
    for (const auto& f : fields_)
        if (f.path == p) field = &f;
    rl::Json doc = doc_;
    const rl::Json::json_pointer ptr(p);
    if (field && field->listOfScalars) {
        rl::Json arr = rl::Json::array();
        const rl::Json& old = doc_.contains(ptr) ? doc_.at(ptr) : rl::Json();
        const auto elemType =
            old.is_array() && !old.empty() ? old.front().type() : rl::Json::value_t::string;
        for (const QString& part : text.split(',', Qt::SkipEmptyParts))
            arr.push_back(textToJson(part.trimmed(), elemType));
        doc[ptr] = arr;
    } else {
        doc[ptr] = textToJson(text, field ? field->type : rl::Json::value_t::string);
    }
    auto [it, inserted] = pathIds_.emplace(p, static_cast<int>(pathIds_.size()));
    pushDocument(doc, tr("Edit %1").arg(path), it->second);
}

void SpecEditor::refreshFormValues() {
    updatingForm_ = true;
    for (auto& f : fields_) {
        const rl::Json::json_pointer ptr(f.path);
        if (!doc_.contains(ptr)) continue;
        const rl::Json& v = doc_.at(ptr);
        if (f.check && v.is_boolean()) {
            if (f.check->isChecked() != v.get<bool>()) f.check->setChecked(v.get<bool>());
        } else if (f.edit) {
            QString text;
            if (v.is_array()) {
                QStringList items;
                for (const auto& e : v) items << scalarText(e);
                text = items.join(", ");
            } else {
                text = scalarText(v);
            }
            // Keep what the user is typing ("2039 " is valid mid-edit text).
            if (f.edit->text().trimmed() != text.trimmed() || !f.edit->hasFocus()) {
                if (f.edit->text() != text) f.edit->setText(text);
            }
        }
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
    summary_->setText(
        errors == 0
            ? tr("<b>%1</b> · valid").arg(label.toHtmlEscaped())
            : tr("<b>%1</b> · <span style='color:#d32f2f'>%n problem(s)</span>", nullptr, errors)
                  .arg(label.toHtmlEscaped()));
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
        markField(f.edit ? static_cast<QWidget*>(f.edit) : static_cast<QWidget*>(f.check),
                  f.baseTip, problems);
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
    QWidget* w =
        best->edit ? static_cast<QWidget*>(best->edit) : static_cast<QWidget*>(best->check);
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
                QMessageBox::warning(this, tr("Library"), QString::fromStdString(d.format()));
                return;
            }
            editDocument(*doc, tr("Load %1 from library").arg(name));
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
