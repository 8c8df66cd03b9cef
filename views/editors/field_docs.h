#pragma once
// Tooltips explaining spec fields by JSON key, for views that know a key but
// not its full path (the sweep builder). The text comes from the field schema
// (field_schema.h), the one table of what each field means.
#include <QString>

namespace rl {
namespace views {
// The one-line description of the field `key` inside `parentKey` (the JSON
// key of the object holding it; empty at the top), with its unit; empty if unknown.
QString fieldDoc(const QString& key, const QString& parentKey);
}  // namespace views
}  // namespace rl
