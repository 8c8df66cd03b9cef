#pragma once
// One storage level's share of a mapping as a table: its loops outer to inner
// (one row per problem dimension, in loop order) with the temporal factor and
// the spatial factors over X and Y. The model shows what it is given and never
// changes it: an edit comes out as factorEdited(), which the mapping editor
// turns into an undoable edit of the mapping document.
#include "core/spec/accelerator_spec.h"
#include "views/dataflow/problem_cells_model.h"

namespace rl::views {

// What the document says about one level (0 = a factor the document gives
// but that is not a positive integer; the validator says why).
struct LevelLoops {
    DimArray temporal = kOnes;
    DimArray spatialX = kOnes;
    DimArray spatialY = kOnes;
    std::array<Dim, kDimCount> order = kAllDims;  // outer first
};

class LevelNestModel : public ProblemCellsModel {
    Q_OBJECT
  public:
    enum Column { Loop, Temporal, SpatialX, SpatialY, ColumnCount };

    explicit LevelNestModel(QObject* parent = nullptr);

    // `bounds`: the problem's loop bounds (nullptr when the problem is invalid).
    void setLoops(const LevelLoops& loops, const DimArray* bounds);
    const LevelLoops& loops() const { return loops_; }
    // Problems ("⚠ ..." lines) by (dimension, column): they stay with their loop when it moves.
    void setProblems(CellProblems problems) { setCellProblems(std::move(problems)); }
    QString problemsAt(Dim d, int column) const {
        return ProblemCellsModel::problemsAt(static_cast<int>(d), column);
    }
    int rowOf(Dim d) const;
    Dim dimAt(int row) const { return loops_.order[row]; }
    // The factor of `d` in `column` (Temporal, SpatialX or SpatialY).
    std::int64_t factor(Dim d, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

  Q_SIGNALS:
    void factorEdited(rl::Dim dim, int column, int value);

  private:
    QVariant cellData(const QModelIndex& index, int role) const override;
    int problemKey(int row) const override { return static_cast<int>(dimAt(row)); }

    LevelLoops loops_;
    DimArray bounds_ = kOnes;
    bool boundsKnown_ = false;
};

// The name of a problem dimension with its meaning ("K: output channels").
QString dimMeaning(Dim d);

}  // namespace rl::views
