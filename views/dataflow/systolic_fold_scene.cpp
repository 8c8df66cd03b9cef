#include "views/dataflow/systolic_fold_scene.h"

#include <algorithm>
#include <cmath>

namespace rl::views {

namespace {
// A side drawn shorter than this share of the area would be unreadable.
constexpr double kMinSideShare = 0.3;
}  // namespace

SystolicFoldScene::SystolicFoldScene(const dataflow::SystolicResult& r, int rows, int cols,
                                     const QRectF& area)
    : sr_(r.sr),
      sc_(r.sc),
      rows_(std::max(1, rows)),
      cols_(std::max(1, cols)),
      rowFolds_(r.rowFolds),
      colFolds_(r.colFolds) {
    if (!valid() || area.width() <= 0 || area.height() <= 0) return;
    // Scaled so the folds' full R x C slots fit: a partial fold then shows
    // against the slot it leaves partly empty.
    const double slotRows = static_cast<double>(rowFolds_ * rows_);
    const double slotCols = static_cast<double>(colFolds_ * cols_);
    const double uniform = std::min(area.width() / slotCols, area.height() / slotRows);
    double w = uniform * slotCols, h = uniform * slotRows;
    if (w < kMinSideShare * area.width()) {
        w = kMinSideShare * area.width();
        toScale_ = false;
    }
    if (h < kMinSideShare * area.height()) {
        h = kMinSideShare * area.height();
        toScale_ = false;
    }
    slots_ = QRectF(area.left() + (area.width() - w) / 2, area.top(), w, h);
    pxPerRow_ = h / slotRows;
    pxPerCol_ = w / slotCols;
    matrix_ = QRectF(slots_.topLeft(), QSizeF(static_cast<double>(sc_) * pxPerCol_,
                                              static_cast<double>(sr_) * pxPerRow_));
}

FoldRange SystolicFoldScene::range(std::int64_t rowFold, std::int64_t colFold) const {
    FoldRange f;
    f.rowFold = rowFold;
    f.colFold = colFold;
    f.firstRow = rowFold * rows_;
    f.lastRow = std::min(sr_, (rowFold + 1) * rows_) - 1;
    f.firstCol = colFold * cols_;
    f.lastCol = std::min(sc_, (colFold + 1) * cols_) - 1;
    return f;
}

QRectF SystolicFoldScene::foldRect(std::int64_t rowFold, std::int64_t colFold) const {
    const FoldRange f = range(rowFold, colFold);
    return QRectF(matrix_.left() + static_cast<double>(f.firstCol) * pxPerCol_,
                  matrix_.top() + static_cast<double>(f.firstRow) * pxPerRow_,
                  static_cast<double>(f.cols()) * pxPerCol_,
                  static_cast<double>(f.rows()) * pxPerRow_);
}

std::optional<FoldRange> SystolicFoldScene::foldAt(const QPointF& p) const {
    if (!valid() || !matrix_.contains(p)) return std::nullopt;
    const auto row = std::clamp<std::int64_t>(
        static_cast<std::int64_t>((p.y() - matrix_.top()) / pxPerRow_), 0, sr_ - 1);
    const auto col = std::clamp<std::int64_t>(
        static_cast<std::int64_t>((p.x() - matrix_.left()) / pxPerCol_), 0, sc_ - 1);
    return range(row / rows_, col / cols_);
}

std::int64_t SystolicFoldScene::rowLineStep() const {
    const double foldPx = pxPerRow_ * static_cast<double>(rows_);
    return foldPx >= kMinFoldPixels ? 1
                                    : static_cast<std::int64_t>(std::ceil(kMinFoldPixels / foldPx));
}

std::int64_t SystolicFoldScene::colLineStep() const {
    const double foldPx = pxPerCol_ * static_cast<double>(cols_);
    return foldPx >= kMinFoldPixels ? 1
                                    : static_cast<std::int64_t>(std::ceil(kMinFoldPixels / foldPx));
}

}  // namespace rl::views
