#pragma once
// Paints the systolic fold picture (SystolicFoldScene): the stationary
// operand's Sr x Sc matrix cut into folds, full folds in a checkerboard,
// partial ones in another colour, the hovered fold outlined with its rows,
// columns and cycles in a tooltip.
#include <QString>
#include <QWidget>
#include <optional>

#include "views/dataflow/systolic_fold_scene.h"

namespace rl::views {

class SystolicFoldWidget : public QWidget {
    Q_OBJECT
  public:
    explicit SystolicFoldWidget(QWidget* parent = nullptr);

    // `rowMeaning` / `colMeaning`: what the operand's rows and columns are
    // ("window R·S·C", "filters").
    void setResult(const dataflow::SystolicResult& r, int rows, int cols, const QString& rowMeaning,
                   const QString& colMeaning);
    void clear();
    SystolicFoldScene scene() const;
    // The tooltip text for a fold (what hovering it shows).
    QString foldText(const FoldRange& f) const;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    QRectF matrixArea() const;

    std::optional<dataflow::SystolicResult> result_;
    int rows_ = 1, cols_ = 1;
    QString rowMeaning_, colMeaning_;
    std::optional<FoldRange> hovered_;
};

}  // namespace rl::views
