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

class ColumnFitter;
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

  private:
    void followSelection(int opIndex);
    OperatorTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
    OpSelection* selection_;
    ColumnFitter* fitter_;
};

}  // namespace views
}  // namespace rl
