#include "views/dataflow/loop_nest_view.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

#include "views/common/format.h"
#include "views/common/read_only_table.h"
#include "views/common/theme.h"

namespace rl::views {

namespace {

// "Conv1D K=32 R=3 P=16 · mapping 3-level: 1536 cycles, 100 % utilisation, 32.1 pJ per MAC".
QString designHeading(const dataflow::DataflowDesign& d) {
    const QString problem = qstr(d.problemLabel.empty() ? d.problem.name : d.problemLabel);
    const auto& e = d.evaluation;
    const QString figures = LoopNestView::tr("%1 cycles, %2 utilisation, %3 per MAC")
                                .arg(fmtNumber(static_cast<double>(e.cycles)),
                                     fmtPercent(e.utilization), fmtEnergy(e.energyPerMacJ()));
    if (d.mappingLabel.empty()) return QStringLiteral("%1 — %2").arg(problem, figures);
    return LoopNestView::tr("%1 · mapping %2 — %3").arg(problem, qstr(d.mappingLabel), figures);
}

}  // namespace

// Paints the scene's rows; reports hover and clicks to the view.
class LoopNestCanvas : public QWidget {
  public:
    LoopNestCanvas(LoopNestView* view, QWidget* parent) : QWidget(parent), view_(view) {
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        code_ = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        code_.setPointSizeF(font().pointSizeF());
    }

    // Lays the rows out for the current size: rows share the height (within
    // limits, else the scroll area scrolls) and the indent shrinks for deep nests.
    void relayout() {
        auto& scene = view_->scene_;
        const int rows = static_cast<int>(scene.rows().size());
        const QFontMetricsF fm(code_);
        // Level headers have two lines: name and capacity, then kept tensors.
        const double minRow = fm.height() * 1.25, maxRow = fm.height() * 1.8;
        const double headerLines = 2.4;
        const int viewportH = parentWidget() ? parentWidget()->height() : height();
        int headers = 0;
        for (const auto& r : scene.rows()) headers += r.kind == LoopNestRow::Kind::level;
        const double units = (rows - headers) + headers * headerLines / 1.25;
        const double rowH =
            rows > 0 ? std::clamp((viewportH - 2.0 * kMargin) / units, minRow, maxRow) : minRow;
        const double headerH = rowH * headerLines / 1.25;
        setMinimumHeight(static_cast<int>(units * minRow + 2 * kMargin));
        // The indent is as wide as lets every row's text fit (within limits).
        QFont bold = font();
        bold.setBold(true);
        const QFontMetricsF plain(font()), heading(bold);
        const double avail = width() - 2 * kMargin - 20;
        double indent = 20;
        for (const auto& r : scene.rows()) {
            if (r.depth == 0) continue;
            const double textW = r.kind == LoopNestRow::Kind::loop
                                     ? fm.horizontalAdvance(r.text) + kPill
                                     : std::max(heading.horizontalAdvance(r.text) + 14 +
                                                    plain.horizontalAdvance(r.detail),
                                                plain.horizontalAdvance(r.tensors));
            indent = std::min(indent, (avail - textW) / r.depth);
        }
        indent = std::max(indent, 6.0);
        scene.layout(kMargin, kMargin, width() - kMargin, rowH, headerH, indent);
    }

  protected:
    void resizeEvent(QResizeEvent*) override { relayout(); }

    void paintEvent(QPaintEvent*) override {
        const auto& scene = view_->scene_;
        const auto& theme = Theme::instance();
        const bool dark = theme.kind() == ThemeKind::dark;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), palette().color(QPalette::Base));
        const auto& rows = scene.rows();
        if (rows.empty()) return;
        const double bottom = rows.back().rect.bottom();
        // Each level is a box from its header down to the MACs, inside the box
        // of the level above: the nesting of the loops made visible.
        for (const auto& r : rows) {
            if (r.kind != LoopNestRow::Kind::level) continue;
            QColor c = theme.category(r.level);
            QRectF box(r.rect.left() - 6, r.rect.top(), r.rect.width() + 6, bottom - r.rect.top());
            QColor fill = c;
            fill.setAlpha(dark ? 48 : 30);
            p.fillRect(box, fill);
            p.fillRect(QRectF(box.left(), box.top(), 4, box.height()), c);
        }
        const QColor text = palette().color(QPalette::Text);
        QColor muted = text;
        muted.setAlpha(170);
        const QColor sel = theme.chart().selection;
        for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
            const auto& r = rows[i];
            const QRectF box = r.rect.adjusted(0, 1, 0, -1);
            if (i == view_->hovered_) {
                QColor h = sel;
                h.setAlpha(55);
                p.fillRect(box, h);
            }
            if (i == view_->selected_) {
                p.setPen(QPen(sel, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(box.adjusted(1, 1, -1, -1));
            }
            QRectF textBox = box.adjusted(8, 0, -6, 0);
            if (r.kind == LoopNestRow::Kind::level || r.kind == LoopNestRow::Kind::compute) {
                QFont bold = font();
                bold.setBold(true);
                p.setFont(bold);
                p.setPen(text);
                const QString name = r.kind == LoopNestRow::Kind::compute
                                         ? QStringLiteral("⟪ %1 ⟫").arg(r.text)
                                         : r.text;
                // Name and capacity on the first line; kept tensors under them.
                const bool twoLines = !r.tensors.isEmpty();
                const QRectF first = twoLines ? QRectF(textBox.left(), textBox.top() + 2,
                                                       textBox.width(), textBox.height() / 2 - 1)
                                              : textBox;
                p.drawText(first, Qt::AlignVCenter | Qt::AlignLeft, name);
                const double w = QFontMetricsF(bold).horizontalAdvance(name) + 14;
                p.setFont(font());
                p.setPen(muted);
                const QFontMetricsF plain(font());
                p.drawText(first.adjusted(w, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                           plain.elidedText(r.detail, Qt::ElideRight, first.width() - w));
                if (twoLines) {
                    const QRectF second(textBox.left(), first.bottom(), textBox.width(),
                                        textBox.bottom() - first.bottom() - 2);
                    p.drawText(second, Qt::AlignVCenter | Qt::AlignLeft,
                               plain.elidedText(r.tensors, Qt::ElideRight, second.width()));
                }
                continue;
            }
            const auto& loop = scene.loops()[r.loop];
            if (loop.spatial()) {
                // A pill with the axis: spatial loops run at once across PEs.
                const QColor c = theme.category(r.level);
                QRectF pill(textBox.left(), box.center().y() - 8, kPill - 6, 16);
                p.setPen(Qt::NoPen);
                p.setBrush(c);
                p.drawRoundedRect(pill, 8, 8);
                QFont small = font();
                small.setBold(true);
                small.setPointSizeF(font().pointSizeF() * 0.85);
                p.setFont(small);
                p.setPen(Qt::white);
                p.drawText(pill, Qt::AlignCenter,
                           loop.kind == dataflow::LoopKind::spatialX ? QStringLiteral("∥ X")
                                                                     : QStringLiteral("∥ Y"));
                textBox.setLeft(textBox.left() + kPill);
            }
            QFont f = code_;
            f.setItalic(loop.spatial());
            p.setFont(f);
            p.setPen(text);
            p.drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft, r.text);
        }
    }

    void mouseMoveEvent(QMouseEvent* e) override {
        const int row = view_->scene_.rowAt(e->position());
        view_->setHovered(row);
        // The whole header, for levels whose details are cut short.
        const auto& rows = view_->scene_.rows();
        setToolTip(row >= 0 && !rows[row].tensors.isEmpty()
                       ? QStringLiteral("%1: %2 · %3")
                             .arg(rows[row].text, rows[row].detail, rows[row].tensors)
                       : QString());
    }
    void leaveEvent(QEvent*) override { view_->setHovered(-1); }
    void mousePressEvent(QMouseEvent* e) override {
        setFocus();
        const int row = view_->scene_.rowAt(e->position());
        if (row >= 0) view_->selectRow(row);
    }
    void keyPressEvent(QKeyEvent* e) override {
        const int rows = static_cast<int>(view_->scene_.rows().size());
        if (rows == 0) return QWidget::keyPressEvent(e);
        if (e->key() == Qt::Key_Down)
            view_->selectRow(std::min(rows - 1, view_->selected_ + 1));
        else if (e->key() == Qt::Key_Up)
            view_->selectRow(std::max(0, view_->selected_ - 1));
        else
            QWidget::keyPressEvent(e);
    }

  private:
    static constexpr double kMargin = 10;
    static constexpr double kPill = 40;  // room for the spatial pill before the text
    LoopNestView* view_;
    QFont code_;
};

LoopNestView::LoopNestView(QWidget* parent) : DataflowView(parent) {
    auto* outer = new QVBoxLayout(this);
    empty_ = new QLabel(this);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    outer->addWidget(empty_);
    content_ = new QWidget(this);
    outer->addWidget(content_);
    auto* v = new QVBoxLayout(content_);
    v->setContentsMargins(0, 0, 0, 0);
    heading_ = new QLabel(content_);
    heading_->setWordWrap(true);
    heading_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(heading_);
    auto* h = new QHBoxLayout;
    v->addLayout(h, 1);
    scroll_ = new QScrollArea(content_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::StyledPanel);
    canvas_ = new LoopNestCanvas(this, scroll_->viewport());
    scroll_->setWidget(canvas_);
    h->addWidget(scroll_, 5);
    auto* panel = new QWidget(content_);
    auto* pv = new QVBoxLayout(panel);
    pv->setContentsMargins(4, 0, 0, 0);
    panelTitle_ = new QLabel(panel);
    panelTitle_->setWordWrap(true);
    QFont bold = panelTitle_->font();
    bold.setBold(true);
    panelTitle_->setFont(bold);
    pv->addWidget(panelTitle_);
    table_ = makeReadOnlyTable({tr("weights"), tr("inputs"), tr("outputs")}, panel);
    table_->verticalHeader()->setVisible(true);
    table_->setRowCount(3);
    // Equal columns that share the width (a stretched last section would
    // keep its default 100 px and push the table past the panel).
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->horizontalHeader()->setMinimumSectionSize(40);
    // The panel decides the width, not the table's contents.
    table_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    pv->addWidget(table_);
    // The extents go in a label, which wraps reliably; the table holds numbers.
    extents_ = new QLabel(panel);
    extents_->setWordWrap(true);
    extents_->setTextFormat(Qt::RichText);
    pv->addWidget(extents_);
    notes_ = new QLabel(panel);
    notes_->setWordWrap(true);
    notes_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    pv->addWidget(notes_);
    hint_ = new QLabel(tr("Hover over a loop, click it or use the arrow keys to see the tile "
                          "of each tensor it sweeps. Loops of factor 1 are not shown."),
                       panel);
    hint_->setWordWrap(true);
    QPalette hp = hint_->palette();
    hp.setColor(QPalette::WindowText, hp.color(QPalette::PlaceholderText));
    hint_->setPalette(hp);
    pv->addWidget(hint_);
    pv->addStretch(1);
    h->addWidget(panel, 4);
    connect(&Theme::instance(), &Theme::changed, canvas_, qOverload<>(&QWidget::update));
    setDesign(nullptr);
}

QWidget* LoopNestView::canvas() const { return canvas_; }

void LoopNestView::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    scene_.build(design_);
    hovered_ = -1;
    selected_ = -1;
    const bool show = design_ && !scene_.empty();
    empty_->setVisible(!show);
    content_->setVisible(show);
    empty_->setText(show ? QString()
                         : tr("No loop nest to show: the project has no accelerator, problem and "
                              "mapping that validate together. Open an accelerator sample from the "
                              "start page, or fix the errors the editors mark."));
    if (!show) return;
    heading_->setText(designHeading(*design_));
    canvas_->relayout();
    // Start on the outermost loop so the panel is never blank.
    selectRow(scene_.loops().empty() ? 0 : scene_.rowOfLoop(0));
}

QString LoopNestView::emptyText() const { return empty_->isHidden() ? QString() : empty_->text(); }

std::vector<std::vector<std::string>> LoopNestView::csvRows() const { return scene_.csvRows(); }

void LoopNestView::selectRow(int row) {
    if (row < 0 || row >= static_cast<int>(scene_.rows().size())) return;
    selected_ = row;
    showSweep();
    canvas_->update();
}

void LoopNestView::setHovered(int row) {
    if (row == hovered_) return;
    hovered_ = row;
    showSweep();
    canvas_->update();
}

QString LoopNestView::panelTitle() const { return panelTitle_->text(); }
QString LoopNestView::extentsText() const { return extents_->text(); }

void LoopNestView::showSweep() {
    const int row = hovered_ >= 0 ? hovered_ : selected_;
    const LoopSweep s = scene_.sweep(row);
    table_->setVisible(!s.title.isEmpty());
    extents_->setVisible(!s.title.isEmpty());
    notes_->setVisible(!s.title.isEmpty());
    if (s.title.isEmpty()) {
        panelTitle_->setText(row >= 0 ? tr("The MACs: one multiply-accumulate each per cycle.")
                                      : QString());
        return;
    }
    panelTitle_->setText(s.title);
    table_->setVerticalHeaderLabels({s.loop ? tr("Words swept") : tr("Words"), tr("Words per step"),
                                     tr("Held at %1").arg(s.level)});
    QStringList extents;
    for (int t = 0; t < kDataSpaceCount; ++t) {
        const auto& ts = s.tensors[t];
        extents << QStringLiteral("<b>%1</b>: %2")
                       .arg(ts.name.toHtmlEscaped(), ts.extents.toHtmlEscaped());
        const QStringList cells = {
            fmtNumber(static_cast<double>(ts.words)),
            s.loop ? fmtNumber(static_cast<double>(ts.stepWords)) : QStringLiteral("–"),
            ts.kept ? fmtNumber(static_cast<double>(ts.levelWords)) : tr("bypassed")};
        for (int r = 0; r < cells.size(); ++r) {
            auto* item = new QTableWidgetItem(cells[r]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, t, item);
        }
    }
    extents_->setText((s.loop ? tr("Tile swept") : tr("Tile")) + QStringLiteral("<br>") +
                      extents.join(QStringLiteral("<br>")));
    table_->resizeRowsToContents();
    table_->setFixedHeight(table_->verticalHeader()->length() +
                           table_->horizontalHeader()->height() + 2 * table_->frameWidth());
    QString notes = s.notes.join(QStringLiteral("\n"));
    if (s.loop)
        notes.prepend(tr("One pass of the loop covers the tile swept; each step covers the "
                         "loops inside it.") +
                      (notes.isEmpty() ? QString() : QStringLiteral("\n")));
    notes_->setText(notes);
}

}  // namespace rl::views
