#pragma once
// What the systolic view draws, computed without widgets: the GEMM's Sr x Sc
// stationary-operand matrix in a rectangle, cut into rowFolds x colFolds
// folds of at most R x C (the last row and column of folds smaller when R or
// C does not divide Sr or Sc, drawn inside the full slot they leave partly
// idle), and which fold lies under a point. Each axis
// is drawn to scale unless the matrix is so thin that it would vanish; then
// the thin side is stretched (and `toScale` says so).
#include <QRectF>
#include <cstdint>
#include <optional>

#include "core/dataflow/systolic.h"

namespace rl::views {

struct FoldRange {
    std::int64_t rowFold = 0, colFold = 0;   // 0-based
    std::int64_t firstRow = 0, lastRow = 0;  // operand rows covered (inclusive)
    std::int64_t firstCol = 0, lastCol = 0;  // operand columns covered (inclusive)
    std::int64_t rows() const { return lastRow - firstRow + 1; }
    std::int64_t cols() const { return lastCol - firstCol + 1; }
    std::int64_t index(std::int64_t colFolds) const { return rowFold * colFolds + colFold; }
};

class SystolicFoldScene {
  public:
    SystolicFoldScene() = default;
    // `area`: where the matrix may go; rows/cols: the array's R x C.
    SystolicFoldScene(const dataflow::SystolicResult& r, int rows, int cols, const QRectF& area);

    bool valid() const { return sr_ > 0 && sc_ > 0; }
    QRectF matrix() const { return matrix_; }
    // The rowFolds x colFolds full R x C slots; the matrix covers its top left.
    QRectF slots() const { return slots_; }
    bool toScale() const { return toScale_; }
    std::int64_t rowFolds() const { return rowFolds_; }
    std::int64_t colFolds() const { return colFolds_; }
    FoldRange range(std::int64_t rowFold, std::int64_t colFold) const;
    // The fold's rectangle (partial folds are smaller).
    QRectF foldRect(std::int64_t rowFold, std::int64_t colFold) const;
    std::optional<FoldRange> foldAt(const QPointF& p) const;
    // Fold boundaries are drawn individually while each is this far apart.
    static constexpr double kMinFoldPixels = 3.0;
    // Every n-th boundary along rows / columns (1 while folds are wide enough).
    std::int64_t rowLineStep() const;
    std::int64_t colLineStep() const;

  private:
    std::int64_t sr_ = 0, sc_ = 0, rows_ = 1, cols_ = 1, rowFolds_ = 0, colFolds_ = 0;
    QRectF matrix_, slots_;
    double pxPerRow_ = 0, pxPerCol_ = 0;
    bool toScale_ = true;
};

}  // namespace rl::views
