#include "views/dataflow/doc_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include "views/dataflow/dataflow_doc_editor.h"
#include "views/editors/field_marks.h"

namespace rl::views {

bool pathAtOrBelow(const std::string& path, const std::string& pointer) {
    return path == pointer || (path.size() > pointer.size() && path.rfind(pointer, 0) == 0 &&
                               path[pointer.size()] == '/');
}

DocFields::DocFields(DataflowDocEditor* editor) : QObject(editor), editor_(editor) {}

DocFields::Field& DocFields::add(const QString& pointer, QWidget* w, Field::Type type, Json def,
                                 const QString& what, const QString& tip) {
    Field f;
    f.pointer = pointer.toStdString();
    f.widget = w;
    f.tip = tip;
    f.type = type;
    f.def = std::move(def);
    w->setToolTip(tip);
    w->setObjectName(pointer);
    fields_.push_back(f);
    whats_.push_back(what);
    return fields_.back();
}

void DocFields::edit(const Field& f, const Json& value) {
    Json doc = editor_->document();
    if (!doc.is_object()) doc = Json::object();
    try {
        doc[Json::json_pointer(f.pointer)] = value;
    } catch (const Json::exception&) {
        return;  // a parent in the document is not an object: the JSON pane is the way
    }
    QString what;
    for (std::size_t i = 0; i < fields_.size(); ++i)
        if (fields_[i].pointer == f.pointer) what = whats_[i];
    editor_->editDocument(doc, tr("Edit %1").arg(what), QString::fromStdString(f.pointer));
}

QSpinBox* DocFields::addInt(const QString& pointer, int def, int min, int max, const QString& what,
                            const QString& tip) {
    auto* box = new QSpinBox;
    box->setRange(min - 1, max);  // the extra value below shows "–"
    box->setSpecialValueText(QStringLiteral("–"));
    box->setValue(def);
    const Field& f = add(pointer, box, Field::Type::integer, def, what, tip);
    const std::string p = f.pointer;
    connect(box, &QSpinBox::valueChanged, this, [this, p, min](int v) {
        for (const auto& f : fields_)
            if (f.pointer == p && v >= min) edit(f, v);
    });
    return box;
}

QLineEdit* DocFields::addText(const QString& pointer, const QString& def, const QString& what,
                              const QString& tip) {
    auto* line = new QLineEdit;
    line->setText(def);
    const Field& f = add(pointer, line, Field::Type::text, def.toStdString(), what, tip);
    const std::string p = f.pointer;
    connect(line, &QLineEdit::textEdited, this, [this, p](const QString& text) {
        for (const auto& f : fields_)
            if (f.pointer == p) edit(f, text.toStdString());
    });
    return line;
}

QComboBox* DocFields::addChoice(const QString& pointer, const QString& def,
                                const std::vector<std::pair<QString, QString>>& choices,
                                const QString& what, const QString& tip) {
    auto* combo = new QComboBox;
    for (const auto& [value, label] : choices) combo->addItem(label, value);
    const Field& f = add(pointer, combo, Field::Type::choice, def.toStdString(), what, tip);
    const std::string p = f.pointer;
    connect(combo, &QComboBox::activated, this, [this, p, combo](int i) {
        for (const auto& f : fields_)
            if (f.pointer == p) edit(f, combo->itemData(i).toString().toStdString());
    });
    return combo;
}

QCheckBox* DocFields::addBool(const QString& pointer, bool def, const QString& label,
                              const QString& what, const QString& tip) {
    auto* check = new QCheckBox(label);
    check->setChecked(def);
    const Field& f = add(pointer, check, Field::Type::boolean, def, what, tip);
    const std::string p = f.pointer;
    connect(check, &QCheckBox::clicked, this, [this, p](bool on) {
        for (const auto& f : fields_)
            if (f.pointer == p) edit(f, on);
    });
    return check;
}

void DocFields::refresh(const Json& doc) {
    for (auto& f : fields_) {
        const Json::json_pointer ptr(f.pointer);
        const Json* v = &f.def;
        if (doc.is_object() && doc.contains(ptr)) v = &doc.at(ptr);
        const QSignalBlocker block(f.widget);
        switch (f.type) {
            case Field::Type::integer: {
                auto* box = static_cast<QSpinBox*>(f.widget);
                const bool fits = v->is_number_integer() &&
                                  v->get<std::int64_t>() >= box->minimum() &&
                                  v->get<std::int64_t>() <= box->maximum();
                const int shown = fits ? static_cast<int>(v->get<std::int64_t>()) : box->minimum();
                if (box->value() != shown) box->setValue(shown);
                break;
            }
            case Field::Type::text: {
                auto* line = static_cast<QLineEdit*>(f.widget);
                const QString text = v->is_string() ? QString::fromStdString(v->get<std::string>())
                                                    : QString::fromStdString(v->dump());
                if (line->text() != text) line->setText(text);
                break;
            }
            case Field::Type::choice: {
                auto* combo = static_cast<QComboBox*>(f.widget);
                const QString value =
                    v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
                combo->setCurrentIndex(combo->findData(value));
                break;
            }
            case Field::Type::boolean:
                static_cast<QCheckBox*>(f.widget)->setChecked(v->is_boolean() && v->get<bool>());
                break;
        }
    }
}

void DocFields::mark(const Diagnostics& diag, std::vector<bool>& placed) {
    placed.resize(diag.items().size(), false);
    for (auto& f : fields_) {
        QString problems;
        for (std::size_t i = 0; i < diag.items().size(); ++i)
            if (pathAtOrBelow(diag.items()[i].path, f.pointer)) {
                problems += problemLine(diag.items()[i]);
                placed[i] = true;
            }
        markField(f.widget, f.tip, problems);
    }
}

QWidget* DocFields::field(const QString& pointer) const {
    for (const auto& f : fields_)
        if (f.pointer == pointer.toStdString()) return f.widget;
    return nullptr;
}

}  // namespace rl::views
