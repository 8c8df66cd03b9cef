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

// The what-if table of the serving and training pages: a label column that
// stretches and wraps, each row as tall as its wrapped label at the column's
// current width (re-fitted when the panel is laid out or the splitter moves,
// not only when rows are filled), and a last column of Apply buttons.
QTableWidget* makeWhatIfTable(const QString& header, QWidget* parent);
// After the buttons are set: their column as wide as a button (cell widgets
// do not size their column).
void fitWhatIfButtonColumn(QTableWidget* table);

}  // namespace views
}  // namespace rl
