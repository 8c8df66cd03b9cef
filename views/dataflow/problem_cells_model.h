#pragma once
// The table model of a dataflow editor whose cells can carry problems: the
// validator's "⚠ ..." lines filed at a (key, column) cell paint it red with
// black text and follow its tooltip. The storage-levels table and a level's
// loop table share that look, and the filing of problems, through this base.
#include <QAbstractTableModel>
#include <QString>
#include <map>
#include <utility>

namespace rl::views {

class ProblemCellsModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    // Problem lines by (key, column); a key is what problemKey() gives for a row.
    using CellProblems = std::map<std::pair<int, int>, QString>;

    int columnCount(const QModelIndex& parent = {}) const override;
    // The cell as cellData() gives it, with its problems shown over it.
    QVariant data(const QModelIndex& index, int role) const override;
    // The problems shown at a cell ("⚠ ..." lines), empty if none.
    QString problemsAt(int key, int column) const;

  protected:
    ProblemCellsModel(int columnCount, QObject* parent);
    // What a cell of the table (a valid index) shows when it has no problems.
    virtual QVariant cellData(const QModelIndex& index, int role) const = 0;
    // The key a row's problems are filed under: the row itself unless the
    // rows of a model move while their problems stay.
    virtual int problemKey(int row) const { return row; }
    // Replaces every cell's problems and repaints the table.
    void setCellProblems(CellProblems problems);

  private:
    int columnCount_;
    CellProblems problems_;
};

}  // namespace rl::views
