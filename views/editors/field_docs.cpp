#include "views/editors/field_docs.h"

#include "views/editors/field_schema.h"

namespace rl {
namespace views {
namespace {

// "/memory/*/bandwidth" -> "*": the segment before the key, or empty at the top.
std::string parentSegment(const std::string& pattern) {
    const auto last = pattern.rfind('/');
    if (last == 0 || last == std::string::npos) return {};
    const auto before = pattern.rfind('/', last - 1);
    return pattern.substr(before + 1, last - before - 1);
}

QString withUnit(const FieldSpec& spec) {
    QString text = spec.description();
    if (spec.kind == FieldKind::quantity && spec.defaultValue.is_string())
        text += QStringLiteral(" (") +
                QString::fromStdString(spec.defaultValue.get<std::string>()) + QStringLiteral(")");
    return text;
}

}  // namespace

QString fieldDoc(const QString& key, const QString& parentKey) {
    const std::string k = key.toStdString(), parent = parentKey.toStdString();
    const FieldSpec* byKey = nullptr;
    for (SchemaFormat f : {SchemaFormat::hardware, SchemaFormat::model, SchemaFormat::scenario}) {
        for (const FieldSpec& spec : allFieldSpecs(f)) {
            if (spec.key() != k) continue;
            const std::string p = parentSegment(spec.pattern);
            // Rows ("/memory/*/...") are named after their array.
            const std::string holder =
                p == "*" ? parentSegment(spec.pattern.substr(0, spec.pattern.rfind('/'))) : p;
            if (holder == parent || p == parent) return withUnit(spec);
            if (!byKey) byKey = &spec;
        }
    }
    return byKey ? withUnit(*byKey) : QString();
}

}  // namespace views
}  // namespace rl
