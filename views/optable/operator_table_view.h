#pragma once
// The operator table widget: a filter box and a sortable table whose current
// row follows (and drives) the shared operator selection.
#include <QWidget>

#include "views/common/result_store.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rl {
namespace views {

class OpSelection;
class OperatorTableModel;

class OperatorTableView : public QWidget {
    Q_OBJECT
  public:
    OperatorTableView(ResultStore* store, OpSelection* selection, QWidget* parent = nullptr);

    OperatorTableModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }
    QLineEdit* filterEdit() const { return filter_; }
    // Writes the table as CSV; returns an error message or empty.
    QString exportCsv(const QString& path) const;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;  // the table's viewport resizes

  private:
    void followSelection(int opIndex);
    // Columns as wide as their contents; where they add up to more than the
    // table is wide (long operator names, German phase words), the name and
    // phase columns give way, elided, so the last column is never cut off.
    void fitColumns();
    OperatorTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
    OpSelection* selection_;
    bool fitting_ = false;
};

}  // namespace views
}  // namespace rl
