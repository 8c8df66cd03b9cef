#pragma once
// Tooltips explaining spec fields, keyed by the JSON key.
#include <QString>

namespace rl {
namespace views {
// An explanation of the field (what it means, its unit, an example); empty if unknown.
QString fieldDoc(const QString& key, const QString& parentKey);
}  // namespace views
}  // namespace rl
