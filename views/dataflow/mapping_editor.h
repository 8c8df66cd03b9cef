#pragma once
// The mapping editor: the loop nest of every storage level, outermost level
// first, each as a table of loops in order (temporal factor, spatial X and Y)
// with buttons to move a loop out or in, check boxes for the tensors the
// level keeps, and the tile it holds against its capacity. A factor that
// breaks the product, a spatial split wider than the fanout or a tile that
// overflows is marked at the cell (or the tile line) with the reason, from
// core's validateMapping.
#include <memory>
#include <optional>
#include <vector>

#include "core/spec/accelerator_spec.h"
#include "views/dataflow/dataflow_doc_editor.h"
#include "views/dataflow/level_nest_model.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace rl::views {

class MappingEditor : public DataflowDocEditor {
    Q_OBJECT
  public:
    explicit MappingEditor(QUndoStack* undo, QWidget* parent = nullptr);

    // The architecture and problem the mapping is for (either may be null
    // while it does not validate): they give the levels, the loop bounds, the
    // fanouts and the capacities.
    void setContext(std::shared_ptr<const AcceleratorArch> arch,
                    std::optional<DataflowProblem> problem);

    int levelCount() const { return static_cast<int>(levels_.size()); }
    QString levelName(int level) const;
    LevelNestModel* levelModel(int level) const;
    QTableView* levelTable(int level) const;
    QLabel* tileLabel(int level) const;
    // The problems at this level that no cell shows in full (shown under the table).
    QLabel* levelMessage(int level) const;
    QCheckBox* keepBox(int level, DataSpace tensor) const;

    // Edits as the form makes them, each one undoable step.
    void setFactor(int level, Dim d, int column, int value);
    void moveLoop(int level, Dim d, int delta);
    void setKeep(int level, DataSpace tensor, bool keep);
    // A level of the architecture was renamed (newName empty: removed).
    void renameTarget(const QString& oldName, const QString& newName);

  protected:
    void refreshForm() override;
    QString markProblems() override;

  private:
    struct Level {
        QString name;
        QGroupBox* box = nullptr;
        QLabel* fanout = nullptr;
        LevelNestModel* model = nullptr;
        QTableView* table = nullptr;
        std::array<QCheckBox*, kDataSpaceCount> keep{};
        QLabel* tile = nullptr;
        QLabel* message = nullptr;
    };
    struct LastEdit {
        int level = -1;
        Dim dim = Dim::N;
        int column = 0;
    };
    QStringList wantedLevels() const;
    void rebuildLevels();
    void buildLevel(int index);
    // The document's entry for a level, added when missing.
    Json& entryFor(Json& doc, const QString& target) const;
    const Json* entryOf(const QString& target) const;
    int documentIndexOf(const QString& target) const;
    LevelLoops loopsOf(int level) const;
    std::array<bool, kDataSpaceCount> keepsOf(int level) const;
    QString tileText(int level) const;

    QVBoxLayout* levelsLayout_;
    QLabel* contextNote_;
    QCheckBox* showTrivial_;
    std::vector<Level> levels_;
    std::shared_ptr<const AcceleratorArch> arch_;
    std::optional<DataflowProblem> problem_;
    LastEdit lastEdit_;
};

}  // namespace rl::views
