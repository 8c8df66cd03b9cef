#pragma once
// The explore page's table of points, fitted to the width it is given so it
// never scrolls sideways (a sweep of twelve axes at 1280 px, German titles):
// ColumnFitter with titles that may be cut (the whole title is the header's
// tooltip), numbers never narrower than their widest shown value. The last
// column (the error) fills the rest.
#include <QTableView>

namespace rl {
namespace views {

class ColumnFitter;
class SweepTableModel;

class PointsTable : public QTableView {
    Q_OBJECT
  public:
    // `source`: the model the view shows (directly or through a proxy that
    // keeps its columns), whose column layout tells numbers from text.
    explicit PointsTable(const SweepTableModel* source, QWidget* parent = nullptr);

    void fitColumns();
    // The fitter follows the model given after construction (setUpSortedTable's proxy).
    void setModel(QAbstractItemModel* model) override;

  private:
    ColumnFitter* fitter_;
};

}  // namespace views
}  // namespace rl
