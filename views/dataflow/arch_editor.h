#pragma once
// The architecture editor: name, technology and clock; the storage levels as
// a table (outermost first; rows added, removed and moved from the tool
// buttons beside it); the MAC array. Form and JSON in sync, every edit
// undoable, problems marked at the cell or field they concern.
#include "views/dataflow/dataflow_doc_editor.h"

class QComboBox;
class QTableView;
class QLabel;

namespace rl::views {

class ArchLevelsModel;
class ColumnFitter;

class ArchEditor : public DataflowDocEditor {
    Q_OBJECT
  public:
    explicit ArchEditor(QUndoStack* undo, QWidget* parent = nullptr);

    ArchLevelsModel* levelsModel() const { return model_; }
    QTableView* levelsTable() const { return table_; }

    // Row edits, each one undoable step. addLevel duplicates `row` (its
    // energy table and mesh) under a new name just below it.
    void addLevel(int row);
    void removeLevel(int row);
    void moveLevel(int row, int delta);
    // Shows the Name column and one group of the others, as the column choice
    // lists them (memory first); the last, or any out of range, shows them all.
    void showColumnGroup(int group);
    static int columnGroupCount();

  Q_SIGNALS:
    // A level was renamed (newName set) or removed (newName empty), so the
    // mapping can follow within the same undo step: structureEditStarted and
    // structureEditFinished bracket the edit.
    void levelNameChanged(const QString& oldName, const QString& newName);
    void structureEditStarted(const QString& description);
    void structureEditFinished();

  protected:
    void refreshForm() override;
    QString markProblems() override;

  private:
    void editLevels(const Json& doc, const QString& description, const QString& mergeKey,
                    int selectRow);
    int currentRow() const;
    QString levelName(int row) const;

    ArchLevelsModel* model_;
    QTableView* table_;
    ColumnFitter* fitter_;
    QLabel* macMesh_;
    QComboBox* columnGroup_;
};

}  // namespace rl::views
