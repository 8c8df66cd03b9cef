#pragma once
// Building a sweep from the current project: the spec tree of its hardware,
// model and scenario (numbers, quantities and names are selectable), the
// values each chosen field takes (a list, or a linear or log range with a
// step count), the sampling, the predictor and the objectives. The result is
// a "ridgeline.sweep" document, read back by core's sweep reader so that
// every mistake is reported as it would be for a file.
#include <optional>

#include <QDialog>

#include "core/explore/sweep_spec.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace rl {
namespace views {

class SweepBuilderDialog : public QDialog {
    Q_OBJECT
  public:
    // `projectPath`: the base project's file (the sweep names it).
    SweepBuilderDialog(const QString& projectPath, QWidget* parent = nullptr);

    // The sweep document from the current choices.
    rl::Json sweepDocument() const;
    // Reads sweepDocument() with core's reader and the base project; on
    // errors shows them and returns nothing.
    std::optional<rl::explore::LoadedSweep> read();
    // Saves sweepDocument() to a file the user picks.
    void saveAs();

    // Parts, for tests.
    QTreeWidget* fieldTree() const { return tree_; }
    QTableWidget* axesTable() const { return axes_; }
    QListWidget* objectiveList() const { return objectives_; }
    QComboBox* predictorCombo() const { return predictor_; }
    QLabel* errorLabel() const { return errors_; }
    // Checks the field at `pointer` (as a click on its box does).
    bool chooseField(const QString& pointer);
    // Sets the values of a chosen field: kind 0 list, 1 linear, 2 log.
    void setAxisValues(const QString& pointer, int kind, const QString& list, const QString& from,
                       const QString& to, int steps);

  private:
    void fillTree(QTreeWidgetItem* parent, const rl::Json& value, const QString& pointer,
                  const QString& key, const QString& parentKey);
    void onFieldToggled(QTreeWidgetItem* item);
    void fillObjectives();
    int axisRow(const QString& pointer) const;

    QString projectPath_;
    rl::Json design_;
    QLineEdit* name_;
    QTreeWidget* tree_;
    QTableWidget* axes_;
    QComboBox* sampling_;
    QSpinBox* count_;
    QSpinBox* seed_;
    QComboBox* predictor_;
    QListWidget* objectives_;
    QLabel* errors_;
};

}  // namespace views
}  // namespace rl
