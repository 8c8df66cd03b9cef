#include "views/dataflow/systolic_fold_widget.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

#include "views/common/format.h"
#include "views/common/theme.h"

namespace rl::views {

namespace {
// Folds drawn one by one up to this many; beyond, bands and every n-th line.
constexpr std::int64_t kMaxDrawnFolds = 20'000;
}  // namespace

SystolicFoldWidget::SystolicFoldWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(280, 220);
    connect(&Theme::instance(), &Theme::changed, this, qOverload<>(&QWidget::update));
}

void SystolicFoldWidget::setResult(const dataflow::SystolicResult& r, int rows, int cols,
                                   const QString& rowMeaning, const QString& colMeaning) {
    result_ = r;
    rows_ = rows;
    cols_ = cols;
    rowMeaning_ = rowMeaning;
    colMeaning_ = colMeaning;
    hovered_.reset();
    update();
}

void SystolicFoldWidget::clear() {
    result_.reset();
    hovered_.reset();
    update();
}

QRectF SystolicFoldWidget::matrixArea() const {
    const int line = fontMetrics().height();
    // Left: the rotated row title; top: the column title; bottom: the legend.
    // Left: the row title (two rotated lines); top: the column title (two
    // lines); bottom: the legend (up to three lines).
    return QRectF(line * 3.5, line * 3.2, width() - line * 4.5, height() - line * 8.2);
}

SystolicFoldScene SystolicFoldWidget::scene() const {
    if (!result_) return {};
    return SystolicFoldScene(*result_, rows_, cols_, matrixArea());
}

QString SystolicFoldWidget::foldText(const FoldRange& f) const {
    if (!result_) return {};
    const auto& r = *result_;
    return tr("Fold %1 of %2 (row fold %3, column fold %4)\n"
              "rows %5–%6, columns %7–%8: %9 × %10 of %11 × %12 PEs busy\n"
              "%13 cycles, as every fold")
        .arg(fmtNumber(static_cast<double>(f.index(r.colFolds) + 1)),
             fmtNumber(static_cast<double>(r.folds)), QString::number(f.rowFold + 1),
             QString::number(f.colFold + 1), QString::number(f.firstRow),
             QString::number(f.lastRow), QString::number(f.firstCol), QString::number(f.lastCol))
        .arg(f.rows())
        .arg(f.cols())
        .arg(rows_)
        .arg(cols_)
        .arg(fmtExact(r.cyclesPerFold));
}

void SystolicFoldWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const ChartColors& colors = Theme::instance().chart();
    p.fillRect(rect(), palette().color(QPalette::Base));
    const SystolicFoldScene s = scene();
    if (!s.valid()) return;
    const auto& r = *result_;
    const QColor full = Theme::instance().category(0);
    const QColor fullA = full.lighter(150), fullB = full.lighter(175);
    const QColor partial = Theme::instance().category(1).lighter(140);
    const QRectF m = s.matrix();
    const std::int64_t lastRow = s.rowFolds() - 1, lastCol = s.colFolds() - 1;
    const bool partialRows = s.range(lastRow, 0).rows() < rows_;
    const bool partialCols = s.range(0, lastCol).cols() < cols_;

    // The PE slots partial folds leave idle, hatched behind the matrix.
    if (s.slots() != m) {
        p.fillRect(s.slots(), QBrush(colors.grid, Qt::BDiagPattern));
        p.setPen(QPen(colors.grid, 0, Qt::DashLine));
        p.drawRect(s.slots());
    }
    if (r.folds <= kMaxDrawnFolds && s.rowLineStep() == 1 && s.colLineStep() == 1) {
        for (std::int64_t i = 0; i <= lastRow; ++i)
            for (std::int64_t j = 0; j <= lastCol; ++j) {
                const bool isPartial =
                    (partialRows && i == lastRow) || (partialCols && j == lastCol);
                p.fillRect(s.foldRect(i, j), isPartial ? partial : ((i + j) % 2 ? fullB : fullA));
            }
    } else {
        p.fillRect(m, fullA);
        if (partialRows)
            p.fillRect(s.foldRect(lastRow, 0).united(s.foldRect(lastRow, lastCol)), partial);
        if (partialCols)
            p.fillRect(s.foldRect(0, lastCol).united(s.foldRect(lastRow, lastCol)), partial);
    }
    // Fold boundaries (every n-th when folds are thinner than a few pixels).
    p.setPen(QPen(colors.foreground, 0));
    for (std::int64_t i = s.rowLineStep(); i <= lastRow; i += s.rowLineStep()) {
        const double y = s.foldRect(i, 0).top();
        p.drawLine(QPointF(m.left(), y), QPointF(m.right(), y));
    }
    for (std::int64_t j = s.colLineStep(); j <= lastCol; j += s.colLineStep()) {
        const double x = s.foldRect(0, j).left();
        p.drawLine(QPointF(x, m.top()), QPointF(x, m.bottom()));
    }
    p.setBrush(Qt::NoBrush);
    p.drawRect(m);
    if (hovered_) {
        p.setPen(QPen(colors.selection, 3));
        p.drawRect(s.foldRect(hovered_->rowFold, hovered_->colFold));
    }

    // Titles: columns above, rows to the left (rotated).
    const int line = fontMetrics().height();
    p.setPen(palette().color(QPalette::WindowText));
    const QString colTitle = tr("Sc = %1 columns (%2), cut into %3 fold(s) of ≤ %4 columns")
                                 .arg(fmtExact(r.sc), colMeaning_, fmtExact(r.colFolds))
                                 .arg(cols_);
    p.drawText(QRectF(line * 3.5, line * 0.3, width() - line * 4, line * 2.6),
               Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, colTitle);
    const QString rowTitle = tr("Sr = %1 rows (%2), cut into %3 fold(s) of ≤ %4 rows")
                                 .arg(fmtExact(r.sr), rowMeaning_, fmtExact(r.rowFolds))
                                 .arg(rows_);
    // Rotated along the left edge, wrapped to the widget's height.
    p.save();
    p.translate(line * 0.3, height() / 2.0);
    p.rotate(-90);
    p.drawText(QRectF(-height() / 2.0 + line, 0, height() - 2.0 * line, line * 2.6),
               Qt::AlignCenter | Qt::TextWordWrap, rowTitle);
    p.restore();

    // Legend under the slots, wrapped to a second line when it is too wide.
    double y = s.slots().bottom() + line * 0.8;
    double x = line * 3.5;
    auto swatch = [&](const QBrush& brush, const QString& text) {
        const double w = fontMetrics().horizontalAdvance(text);
        if (x > line * 3.5 && x + line + w > width() - 4) {
            x = line * 3.5;
            y += line * 1.2;
        }
        p.fillRect(QRectF(x, y + 2, line - 4, line - 4), brush);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(x + line, y, w + 4, line), Qt::AlignVCenter, text);
        x += line + w + line;
    };
    const bool anyFull = (s.rowFolds() > 1 || !partialRows) && (s.colFolds() > 1 || !partialCols);
    if (anyFull) swatch(fullA, tr("full fold (%1 × %2 PEs)").arg(rows_).arg(cols_));
    if (partialRows || partialCols) {
        swatch(partial, tr("partial fold (fewer PEs busy)"));
        swatch(QBrush(colors.foreground, Qt::BDiagPattern), tr("idle PEs of a partial fold"));
    }
    if (!s.toScale()) swatch(palette().color(QPalette::Base), tr("(thin side stretched)"));
}

void SystolicFoldWidget::mouseMoveEvent(QMouseEvent* event) {
    const auto f = scene().foldAt(event->position());
    const bool changed =
        f.has_value() != hovered_.has_value() ||
        (f && (f->rowFold != hovered_->rowFold || f->colFold != hovered_->colFold));
    hovered_ = f;
    if (changed) update();
    if (f)
        QToolTip::showText(event->globalPosition().toPoint(), foldText(*f), this);
    else
        QToolTip::hideText();
}

void SystolicFoldWidget::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    hovered_.reset();
    update();
}

}  // namespace rl::views
