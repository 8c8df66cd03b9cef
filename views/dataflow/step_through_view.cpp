#include "views/dataflow/step_through_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "views/common/format.h"
#include "views/common/theme.h"

namespace rl::views {

namespace {

constexpr int kSliderMax = 1'000'000;  // finer than any pixel; steps beyond map proportionally
constexpr int kFrameMs = 33;

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

}  // namespace

// Paints the scene: a cached background (frames, names, axes, the PE grid)
// redrawn only when the size, the design or the theme changes, and over it
// what moves with the step (indices, tiles, MAC points, counters).
class StepThroughCanvas : public QWidget {
  public:
    explicit StepThroughCanvas(StepThroughView* view) : QWidget(view), view_(view) {
        setAttribute(Qt::WA_OpaquePaintEvent);
        connect(&Theme::instance(), &Theme::changed, this, [this] { invalidate(); });
    }
    void invalidate() {
        background_ = QPixmap();
        if (!view_->scene_.empty())
            setMinimumHeight(static_cast<int>(
                view_->scene_.requiredHeight(minRow(), titleLines() + legendLines() - 2)));
        update();
    }
    // Rows never shorter than the text (the scene shrinks them to fit).
    double minRow() const { return fontMetrics().height() + 2; }
    // The loop nest's title and MAC legend wrap onto a second line rather
    // than lose words in a narrow column (German, Chinese).
    static QString shadedNote() {
        return StepThroughView::tr(
            "Shaded: moved during this step. After the last step "
            "these equal the Storage tab's counts.");
    }
    static QString nestTitle() { return StepThroughView::tr("Loop nest (outer first), index now"); }
    static QString macLegend() {
        return StepThroughView::tr("MACs: one multiply-accumulate each per step");
    }
    QFont boldFont() const {
        QFont bold = font();
        bold.setBold(true);
        return bold;
    }
    int titleLines() const {
        const double w = StepThroughScene::nestWidth(width());
        return QFontMetrics(boldFont()).horizontalAdvance(nestTitle()) > w ? 2 : 1;
    }
    int legendLines() const {
        const double w = StepThroughScene::nestWidth(width()) - 14;
        return fontMetrics().horizontalAdvance(macLegend()) > w ? 2 : 1;
    }

  protected:
    void resizeEvent(QResizeEvent*) override { invalidate(); }
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        const auto& scene = view_->scene_;
        if (scene.empty()) {
            p.fillRect(rect(), palette().color(QPalette::Window));
            return;
        }
        if (background_.size() != size() * devicePixelRatioF()) paintBackground();
        p.drawPixmap(0, 0, background_);
        p.setRenderHint(QPainter::Antialiasing, false);
        paintNest(p);
        paintTensors(p);
        paintPes(p);
        paintCounters(p);
    }

  private:
    QColor text() const { return palette().color(QPalette::Text); }
    QColor muted() const {
        QColor c = text();
        c.setAlpha(150);
        return c;
    }
    QColor accent() const { return Theme::instance().chart().selection; }
    QColor levelColor(int level) const { return Theme::instance().category(level); }

    void paintBackground() {
        auto& scene = view_->scene_;
        const int titleRows = titleLines(), legendRows = legendLines();
        scene.layout(size(), minRow(), titleRows + legendRows - 2);
        background_ = QPixmap(size() * devicePixelRatioF());
        background_.setDevicePixelRatio(devicePixelRatioF());
        background_.fill(palette().color(QPalette::Window));
        QPainter p(&background_);
        p.setRenderHint(QPainter::Antialiasing, true);
        const auto& st = scene.steps();
        const double rh = scene.rowHeight();
        QFont bold = font();
        bold.setBold(true);
        // Loop nest: level headers and loop texts.
        QRectF r = scene.nestArea();
        p.setFont(bold);
        p.setPen(text());
        p.drawText(QRectF(r.left(), r.top(), r.width(), rh * titleRows),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, nestTitle());
        p.setFont(font());
        double y = r.top() + rh * (titleRows + 0.4);
        int depth = 0;
        // Indent one step per enclosing loop, less when deep, so the deepest
        // loop's text still clears the index bars.
        const double indent =
            std::clamp((r.width() - 92 - 14 -
                        p.fontMetrics().horizontalAdvance(QStringLiteral("for K in [0, 16)"))) /
                           std::max(1, st.loopCount()),
                       0.0, 10.0);
        nestRows_.clear();
        for (int i = 0; i < st.levelCount(); ++i) {
            const QColor c = levelColor(i);
            p.fillRect(QRectF(r.left(), y + 3, 10, rh - 6), c);
            p.setPen(text());
            p.setFont(bold);
            p.drawText(QRectF(r.left() + 14, y, r.width() - 14, rh),
                       Qt::AlignLeft | Qt::AlignVCenter, view_->scene_.levelName(i));
            p.setFont(font());
            y += rh;
            for (int k = st.firstLoopOfLevel(i); k < st.firstLoopOfLevel(i + 1); ++k) {
                nestRows_.push_back({k, y, depth});
                p.setPen(text());
                p.drawText(QRectF(r.left() + 14 + depth * indent, y, r.width(), rh),
                           Qt::AlignLeft | Qt::AlignVCenter, scene.loopText(k));
                ++depth;
                y += rh;
            }
        }
        p.fillRect(QRectF(r.left(), y + 3, 10, rh - 6), text());
        p.setPen(text());
        p.drawText(QRectF(r.left() + 14, y, r.width() - 14, rh * legendRows),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, macLegend());
        y += rh * (legendRows + 0.3);
        // The explanation only where it fits whole.
        const QString note = StepThroughView::tr(
            "Rectangles: the tile each level holds now (thick: it moved this step; dashed: "
            "spread with gaps). Highlighted loops moved on entering this step.");
        const QRectF noteRect(r.left(), y, r.width(), r.bottom() - y);
        const QRect need =
            p.fontMetrics().boundingRect(noteRect.toRect(), Qt::AlignLeft | Qt::TextWordWrap, note);
        p.setPen(muted());
        if (need.height() <= noteRect.height()) {
            p.drawText(noteRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
            y += need.height() + 0.6 * rh;
        }
        // The counters' note under it where it fits, else after the list of
        // this step's moves (paintCounters).
        const QRectF shadedRect(r.left(), y, r.width(), r.bottom() - y);
        shadedInNest_ =
            p.fontMetrics()
                .boundingRect(shadedRect.toRect(), Qt::AlignLeft | Qt::TextWordWrap, shadedNote())
                .height() <= shadedRect.height();
        if (shadedInNest_)
            p.drawText(shadedRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, shadedNote());
        // Tensor panels: the whole index space, axes and a legend of levels.
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const QRectF a = scene.tensorArea(t);
            const QRectF g = scene.tensorGrid(t);
            const QString rowName = StepThroughScene::axisName(scene.rowAxis(t));
            const QString colName = StepThroughScene::axisName(scene.columnAxis(t));
            p.setFont(bold);
            p.setPen(text());
            p.drawText(QRectF(a.left(), a.top(), a.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                       StepThroughView::tr("%1: %2 × %3 (rows × columns)")
                           .arg(StepThroughScene::tensorName(t), rowName, colName));
            p.setFont(font());
            // The whole tensor, tinted as the outermost level that holds it.
            p.fillRect(g, palette().color(QPalette::Base));
            p.fillRect(g, withAlpha(levelColor(0), 30));
            p.setPen(QPen(muted(), 1));
            p.drawRect(g);
            p.setPen(muted());
            const auto rows = scene.axisSize(scene.rowAxis(t));
            const auto cols = scene.axisSize(scene.columnAxis(t));
            p.drawText(QRectF(a.left(), g.top(), 40, std::max(rh, g.height())),
                       Qt::AlignRight | (rows > 1 ? Qt::AlignTop : Qt::AlignVCenter),
                       QStringLiteral("%1 0").arg(rowName));
            if (rows > 1)
                p.drawText(QRectF(a.left(), g.bottom() - rh, 40, rh),
                           Qt::AlignRight | Qt::AlignVCenter, QString::number(rows - 1));
            p.drawText(QRectF(g.left(), g.bottom() + 1, 80, rh), Qt::AlignLeft | Qt::AlignTop,
                       QStringLiteral("%1 0").arg(colName));
            p.drawText(QRectF(g.right() - 80, g.bottom() + 1, 80, rh),
                       Qt::AlignRight | Qt::AlignTop, QString::number(cols - 1));
        }
        // PE grid: used MACs filled, idle ones outlined.
        const QRectF pe = scene.peArea();
        p.setFont(bold);
        p.setPen(text());
        std::int64_t used = st.utilizedInstances(st.levelCount());
        p.drawText(QRectF(pe.left(), pe.top(), pe.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                   StepThroughView::tr("PE array: %1 of %2 MACs busy")
                       .arg(used)
                       .arg(st.macColumns() * st.macRows()));
        p.setFont(font());
        p.setRenderHint(QPainter::Antialiasing, false);
        for (int yy = 0; yy < st.macRows(); ++yy)
            for (int xx = 0; xx < st.macColumns(); ++xx) {
                const QRectF c = scene.peCell(xx, yy);
                if (scene.peUsed(xx, yy))
                    p.fillRect(c, withAlpha(text(), 170));
                else
                    p.fillRect(c, withAlpha(muted(), 40));
            }
        // Counters header.
        const QRectF cr = scene.counterArea();
        p.setFont(bold);
        p.setPen(text());
        p.drawText(QRectF(cr.left(), cr.top(), cr.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                   StepThroughView::tr("Accesses so far (words, all instances)"));
        const QString heads[] = {StepThroughView::tr("Level"), StepThroughView::tr("Tensor"),
                                 StepThroughView::tr("Reads"), StepThroughView::tr("Fills"),
                                 StepThroughView::tr("Updates")};
        // Name columns as wide as their longest name (a level name is what a
        // student matches with the loop nest), the counts share the rest.
        const QFontMetrics fm(font()), bm(bold);
        double levelW = bm.horizontalAdvance(heads[0]), tensorW = bm.horizontalAdvance(heads[1]);
        for (const auto& row : scene.counterRows()) {
            levelW = std::max<double>(levelW, fm.horizontalAdvance(scene.levelName(row.level)));
            tensorW = std::max<double>(
                tensorW, fm.horizontalAdvance(StepThroughScene::tensorName(row.tensor)));
        }
        // Each count column as wide as its header or a five-digit count.
        const double digitsW = fm.horizontalAdvance(QStringLiteral("00,000"));
        double countW[3];
        for (int c = 0; c < 3; ++c)
            countW[c] = std::max<double>(bm.horizontalAdvance(heads[c + 2]), digitsW) + 12;
        tensorW = std::min(tensorW + 10, cr.width() * 0.26);
        // Spare width goes to the counts, evenly.
        const double spare =
            std::max(0.0, cr.width() - levelW - 10 - tensorW - countW[0] - countW[1] - countW[2]);
        for (double& c : countW) c += spare / 3;
        levelW = cr.width() - tensorW - countW[0] - countW[1] - countW[2];
        columns_ = {cr.left(),
                    cr.left() + levelW,
                    cr.left() + levelW + tensorW,
                    cr.left() + levelW + tensorW + countW[0],
                    cr.left() + levelW + tensorW + countW[0] + countW[1],
                    cr.right()};
        for (int c = 0; c < 5; ++c)
            p.drawText(QRectF(columns_[c], cr.top() + rh, columns_[c + 1] - columns_[c] - 4, rh),
                       (c < 2 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, heads[c]);
        p.setFont(font());
        double yy = cr.top() + 2 * rh;
        int lastLevel = -1;
        for (const auto& row : scene.counterRows()) {
            if (row.level != lastLevel) {
                p.setPen(QPen(withAlpha(muted(), 60), 1));
                p.drawLine(QPointF(cr.left(), yy), QPointF(cr.right(), yy));
                p.setPen(text());
                p.drawText(
                    QRectF(columns_[0], yy, columns_[1] - columns_[0] - 4, rh),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    p.fontMetrics().elidedText(scene.levelName(row.level), Qt::ElideRight,
                                               static_cast<int>(columns_[1] - columns_[0] - 4)));
                lastLevel = row.level;
            }
            p.setPen(text());
            p.drawText(QRectF(columns_[1], yy, columns_[2] - columns_[1] - 4, rh),
                       Qt::AlignLeft | Qt::AlignVCenter, StepThroughScene::tensorName(row.tensor));
            yy += rh;
        }
        macRowTop_ = yy + 4;
    }

    void paintNest(QPainter& p) {
        const auto& scene = view_->scene_;
        const auto& s = view_->state_;
        const QRectF r = scene.nestArea();
        const double rh = scene.rowHeight();
        for (const auto& row : nestRows_) {
            const auto& loop = scene.steps().loop(row.loop);
            const std::int64_t idx = s.index[static_cast<std::size_t>(row.loop)];
            // Narrower bars in a narrow column, so the loop texts stay clear.
            const double barW = r.width() < 280 ? 36 : 56;
            const QRectF box(r.right() - 36 - barW, row.y + 3, barW, rh - 6);
            if (row.loop >= s.firstChangedLoop)
                p.fillRect(QRectF(r.left() + 12, row.y, r.width() - 12, rh),
                           withAlpha(accent(), 45));
            // Progress through the loop, then the index.
            p.fillRect(box, withAlpha(muted(), 30));
            p.fillRect(QRectF(box.left(), box.top(),
                              box.width() * static_cast<double>(idx + 1) /
                                  static_cast<double>(loop.factor),
                              box.height()),
                       withAlpha(levelColor(loop.level), 170));
            p.setPen(text());
            p.drawText(QRectF(r.right() - 34, row.y, 34, rh), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(idx));
        }
    }

    void paintTensors(QPainter& p) {
        const auto& scene = view_->scene_;
        const auto& s = view_->state_;
        const auto& st = scene.steps();
        const double rh = scene.rowHeight();
        const int n = st.levelCount();
        for (int t = 0; t < kDataSpaceCount; ++t) {
            // Outer levels first, so inner tiles are drawn on top.
            for (int i = 1; i < n; ++i) {
                if (!st.keeps(i, t)) continue;
                const QRectF tile = scene.tileRect(s, i, t);
                const QColor c = levelColor(i);
                p.fillRect(tile, withAlpha(c, 70));
                QPen pen(c, s.tileChanged[i][t] ? 3 : 1.5);
                bool gaps = false;
                for (Dim d : kAllDims) gaps |= !st.spanContiguous(i, d);
                if (gaps) pen.setStyle(Qt::DashLine);
                p.setPen(pen);
                p.drawRect(tile);
            }
            // The points the MACs touch now.
            const QColor dot = text();
            for (const auto& point : view_->macPoints_)
                p.fillRect(scene.cellRect(t, scene.pointRange(point, scene.rowAxis(t)),
                                          scene.pointRange(point, scene.columnAxis(t))),
                           dot);
            const QRectF a = scene.tensorArea(t);
            const QString others = scene.otherAxesText(s, n, t);
            if (!others.isEmpty()) {
                p.setPen(muted());
                p.drawText(QRectF(a.left() + 44, a.bottom() - rh, a.width() - 44, rh),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           StepThroughView::tr("MACs now at %1").arg(others));
            }
        }
    }

    void paintPes(QPainter& p) {
        const auto& scene = view_->scene_;
        const auto& s = view_->state_;
        const auto& st = scene.steps();
        const QRectF pe = scene.peTextArea();
        const double rh = scene.rowHeight();
        double y = pe.top();
        p.setPen(text());
        if (st.spatialLoops().empty()) {
            p.drawText(pe, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       StepThroughView::tr("No spatial loops: one MAC computes."));
            return;
        }
        const auto& origin = s.origin[static_cast<std::size_t>(st.levelCount())];
        for (const auto& l : st.spatialLoops()) {
            if (y + rh > pe.bottom() + 1) break;
            const auto first = origin[static_cast<int>(l.dim)];
            const QString letter = QChar::fromLatin1(dimLetter(l.dim));
            const auto stride = l.coordinateStride;
            const auto lastValue = first + (l.factor - 1) * stride;
            QString values;
            if (stride == 1)
                values = QStringLiteral("%1–%2").arg(first).arg(lastValue);
            else if (l.factor == 2)
                values = QStringLiteral("%1, %2").arg(first).arg(lastValue);
            else if (l.factor == 3)
                values = QStringLiteral("%1, %2, %3").arg(first).arg(first + stride).arg(lastValue);
            else
                values =
                    QStringLiteral("%1, %2, …, %3").arg(first).arg(first + stride).arg(lastValue);
            const QString line = (l.alongX ? StepThroughView::tr("across X (%1): %2 %3")
                                           : StepThroughView::tr("across Y (%1): %2 %3"))
                                     .arg(scene.levelName(l.level), letter, values);
            // A slightly smaller font rather than losing the last values
            // beside the grid; elided only past that.
            QFont f = font();
            if (p.fontMetrics().horizontalAdvance(line) > pe.width())
                f.setPointSizeF(f.pointSizeF() * 0.88);
            p.setFont(f);
            p.drawText(
                QRectF(pe.left(), y, pe.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                p.fontMetrics().elidedText(line, Qt::ElideRight, static_cast<int>(pe.width())));
            p.setFont(font());
            y += rh;
        }
    }

    void paintCounters(QPainter& p) {
        const auto& scene = view_->scene_;
        const auto& s = view_->state_;
        const QRectF cr = scene.counterArea();
        const double rh = scene.rowHeight();
        double y = cr.top() + 2 * rh;
        for (const auto& row : scene.counterRows()) {
            const auto& now = s.counts.level[static_cast<std::size_t>(row.level)]
                                            [static_cast<std::size_t>(row.tensor)];
            const auto& moved = s.moved.level[static_cast<std::size_t>(row.level)]
                                             [static_cast<std::size_t>(row.tensor)];
            const std::int64_t values[] = {now.reads, now.fills, now.updates};
            const std::int64_t deltas[] = {moved.reads, moved.fills, moved.updates};
            for (int c = 0; c < 3; ++c) {
                const QRectF cell(columns_[c + 2], y, columns_[c + 3] - columns_[c + 2] - 4, rh);
                if (deltas[c] > 0) p.fillRect(cell.adjusted(-2, 1, 2, -1), withAlpha(accent(), 60));
                p.setPen(text());
                // Exact where it fits, else 3 digits (the CSV keeps them all).
                QString v = fmtExact(static_cast<double>(values[c]));
                if (p.fontMetrics().horizontalAdvance(v) > cell.width())
                    v = fmtNumber(static_cast<double>(values[c]));
                p.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, v);
            }
            y += rh;
        }
        const auto total = view_->design_->evaluation.macs;
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(text());
        p.drawText(QRectF(cr.left(), macRowTop_, cr.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                   StepThroughView::tr("MACs: %1 of %2 (%3)")
                       .arg(fmtExact(static_cast<double>(s.counts.macs)),
                            fmtExact(static_cast<double>(total)),
                            fmtPercent(static_cast<double>(s.counts.macs) /
                                       static_cast<double>(std::max<std::int64_t>(1, total)))));
        // The same step in words: what each level did.
        double y2 = macRowTop_ + 1.4 * rh;
        p.setFont(bold);
        p.setPen(text());
        p.drawText(QRectF(cr.left(), y2, cr.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                   StepThroughView::tr("During this step"));
        p.setFont(font());
        y2 += rh;
        for (const auto& row : scene.counterRows()) {
            if (y2 + rh > cr.bottom()) break;
            const auto& m = s.moved.level[static_cast<std::size_t>(row.level)]
                                         [static_cast<std::size_t>(row.tensor)];
            if (m.reads == 0 && m.fills == 0 && m.updates == 0) continue;
            QStringList parts;
            if (m.reads > 0)
                parts << StepThroughView::tr("%1 read").arg(fmtExact(static_cast<double>(m.reads)));
            if (m.fills > 0)
                parts
                    << StepThroughView::tr("%1 filled").arg(fmtExact(static_cast<double>(m.fills)));
            if (m.updates > 0)
                parts << StepThroughView::tr("%1 updated")
                             .arg(fmtExact(static_cast<double>(m.updates)));
            p.drawText(QRectF(cr.left(), y2, cr.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(StepThroughView::tr("%1, %2: %3")
                                                      .arg(scene.levelName(row.level),
                                                           StepThroughScene::tensorName(row.tensor),
                                                           parts.join(QStringLiteral(", "))),
                                                  Qt::ElideRight, static_cast<int>(cr.width())));
            y2 += rh;
        }
        if (y2 + rh <= cr.bottom())
            p.drawText(QRectF(cr.left(), y2, cr.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                       StepThroughView::tr("MACs computed: %1")
                           .arg(fmtExact(static_cast<double>(s.moved.macs))));
        y2 += rh * 1.3;
        if (!shadedInNest_) {
            const QRectF note(cr.left(), y2, cr.width(), cr.bottom() - y2);
            p.setPen(muted());
            if (p.fontMetrics()
                    .boundingRect(note.toRect(), Qt::AlignLeft | Qt::TextWordWrap, shadedNote())
                    .height() <= note.height())
                p.drawText(note, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, shadedNote());
        }
    }

    struct NestRow {
        int loop;
        double y;
        int depth;
    };
    StepThroughView* view_;
    QPixmap background_;
    std::vector<NestRow> nestRows_;
    std::array<double, 6> columns_{};
    double macRowTop_ = 0;
    bool shadedInNest_ = false;
};

StepThroughView::StepThroughView(QWidget* parent) : DataflowView(parent) {
    setMinimumWidth(800);  // narrower, the three columns would overlap
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    auto button = [&](QStyle::StandardPixmap icon, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    first_ = button(QStyle::SP_MediaSkipBackward, tr("First step"));
    back_ = button(QStyle::SP_MediaSeekBackward, tr("Step back"));
    play_ = button(QStyle::SP_MediaPlay, tr("Play / pause"));
    forward_ = button(QStyle::SP_MediaSeekForward, tr("Step forward"));
    last_ = button(QStyle::SP_MediaSkipForward, tr("Last step"));
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setToolTip(tr("Drag to skip through the steps"));
    bar->addWidget(slider_, 1);
    stepLabel_ = new QLabel(this);
    stepLabel_->setMinimumWidth(170);
    stepLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(stepLabel_);
    bar->addWidget(new QLabel(tr("Go to step:"), this));
    goTo_ = new QLineEdit(this);
    goTo_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), goTo_));
    goTo_->setMaximumWidth(90);
    goTo_->setToolTip(tr("Type a step number (1 is the first) and press Enter"));
    bar->addWidget(goTo_);
    bar->addWidget(new QLabel(tr("Speed:"), this));
    speed_ = new QComboBox(this);
    for (int v : speeds()) speed_->addItem(tr("%1 steps/s").arg(fmtNumber(v)), v);
    speed_->setCurrentIndex(3);
    bar->addWidget(speed_);
    outer->addLayout(bar);
    empty_ = new QLabel(this);
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    outer->addWidget(empty_);
    canvas_ = new StepThroughCanvas(this);
    // Scrolls rather than overlaps where a deep nest does not fit.
    scroll_ = new QScrollArea(this);
    scroll_->setWidget(canvas_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll_, 1);
    timer_ = new QTimer(this);
    timer_->setInterval(kFrameMs);

    connect(first_, &QToolButton::clicked, this, [this] { goToStep(0); });
    connect(last_, &QToolButton::clicked, this, [this] { goToStep(stepCount() - 1); });
    connect(back_, &QToolButton::clicked, this, &StepThroughView::stepBack);
    connect(forward_, &QToolButton::clicked, this, &StepThroughView::stepForward);
    connect(play_, &QToolButton::clicked, this, [this] { playing() ? pause() : play(); });
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        const std::int64_t last = stepCount() - 1;
        goToStep(last <= kSliderMax ? v : last * v / kSliderMax);
    });
    connect(goTo_, &QLineEdit::returnPressed, this,
            [this] { goToStep(goTo_->text().toLongLong() - 1); });
    connect(timer_, &QTimer::timeout, this, &StepThroughView::tick);
    setDesign(nullptr);
}

const std::vector<int>& StepThroughView::speeds() {
    static const std::vector<int> v = {1, 2, 5, 10, 30, 100, 1000, 10000, 100000};
    return v;
}

void StepThroughView::setSpeed(int stepsPerSecond) {
    const auto& v = speeds();
    const auto it = std::lower_bound(v.begin(), v.end(), stepsPerSecond);
    speed_->setCurrentIndex(static_cast<int>(
        std::min<std::ptrdiff_t>(it - v.begin(), static_cast<std::ptrdiff_t>(v.size()) - 1)));
}

QWidget* StepThroughView::canvas() const { return canvas_; }
bool StepThroughView::playing() const { return timer_->isActive(); }

std::int64_t StepThroughView::stepCount() const {
    return scene_.empty() ? 0 : scene_.steps().stepCount();
}

QString StepThroughView::emptyText() const { return scene_.empty() ? empty_->text() : QString(); }

void StepThroughView::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    pause();
    design_ = design;
    scene_.build(design);
    const bool ok = !scene_.empty();
    empty_->setText(ok ? QString()
                       : tr("Nothing to step through: the project needs an accelerator, a "
                            "problem and a mapping that validates (see the editors)."));
    empty_->setVisible(!ok);
    scroll_->setVisible(ok);
    for (QWidget* w : std::initializer_list<QWidget*>{first_, back_, play_, forward_, last_,
                                                      slider_, goTo_, speed_})
        w->setEnabled(ok);
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(
            0, ok ? static_cast<int>(std::min<std::int64_t>(stepCount() - 1, kSliderMax)) : 0);
    }
    state_ = dataflow::StepState{};
    macPoints_.clear();
    if (ok) {
        macPoints_.reserve(static_cast<std::size_t>(
            scene_.steps().utilizedInstances(scene_.steps().levelCount())));
        scene_.steps().stateAt(0, state_);
    }
    canvas_->invalidate();
    showState();
}

void StepThroughView::goToStep(std::int64_t step) {
    if (scene_.empty()) return;
    step = std::clamp<std::int64_t>(step, 0, stepCount() - 1);
    scene_.steps().stateAt(step, state_);
    showState();
}

void StepThroughView::renderStep(std::int64_t step) {
    goToStep(step);
    canvas_->repaint();
}

void StepThroughView::stepForward() { goToStep(state_.step + 1); }
void StepThroughView::stepBack() { goToStep(state_.step - 1); }

void StepThroughView::play() {
    if (scene_.empty()) return;
    if (state_.step >= stepCount() - 1) goToStep(0);
    pending_ = 0;
    clock_.start();
    timer_->start();
    play_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void StepThroughView::pause() {
    timer_->stop();
    play_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void StepThroughView::tick() {
    // Steps owed since the last tick at the chosen speed, so a slow frame
    // does not slow the play down.
    const double seconds = static_cast<double>(clock_.restart()) / 1000.0;
    pending_ += seconds * speed_->currentData().toDouble();
    const auto whole = static_cast<std::int64_t>(pending_);
    if (whole < 1) return;
    pending_ -= static_cast<double>(whole);
    goToStep(state_.step + whole);
    if (state_.step >= stepCount() - 1) pause();
}

void StepThroughView::showState() {
    if (scene_.empty()) {
        stepLabel_->clear();
        return;
    }
    scene_.macPoints(state_, macPoints_);
    stepLabel_->setText(tr("Step %1 of %2")
                            .arg(fmtExact(static_cast<double>(state_.step + 1)),
                                 fmtExact(static_cast<double>(stepCount()))));
    const std::int64_t last = stepCount() - 1;
    const int pos =
        static_cast<int>(last <= kSliderMax ? state_.step : state_.step * kSliderMax / last);
    {
        const QSignalBlocker block(slider_);
        slider_->setValue(pos);
    }
    canvas_->update();
}

std::vector<std::vector<std::string>> StepThroughView::csvRows() const {
    if (scene_.empty()) return {};
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"step", "level", "tensor", "reads", "fills", "updates", "macs"});
    const std::string step = std::to_string(state_.step + 1);
    static const char* tensors[] = {"weights", "inputs", "outputs"};
    for (const auto& r : scene_.counterRows()) {
        const auto& c =
            state_.counts
                .level[static_cast<std::size_t>(r.level)][static_cast<std::size_t>(r.tensor)];
        rows.push_back({step, scene_.levelName(r.level).toStdString(), tensors[r.tensor],
                        std::to_string(c.reads), std::to_string(c.fills), std::to_string(c.updates),
                        ""});
    }
    rows.push_back({step, "MAC", "", "", "", "", std::to_string(state_.counts.macs)});
    return rows;
}

}  // namespace rl::views
