#pragma once
// The small read-only tables of the explanation and serving pages (what-ifs,
// bounds, figures): cells shown, never edited or selected.
#include <QStringList>

class QTableWidget;
class QWidget;

namespace rl {
namespace views {

// An empty table with these column headers, no row header, and the last
// column stretched to the table's width.
QTableWidget* makeReadOnlyTable(const QStringList& headers, QWidget* parent);

}  // namespace views
}  // namespace rl
