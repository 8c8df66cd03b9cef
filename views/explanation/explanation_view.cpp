#include "views/explanation/explanation_view.h"

#include <algorithm>

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "views/common/format.h"
#include "views/common/op_selection.h"
#include "views/common/read_only_table.h"
#include "views/explanation/message_text.h"
#include "views/explanation/predictor_name.h"
#include "views/optable/op_name.h"

namespace rl {
namespace views {
namespace {
// The explanation in the user's language: its typed messages where the
// engine gave one per sentence, its English sentences otherwise.
QString sentencesHtml(const rl::Explanation& e) {
    return MessageText::sentencesHtml(e.sentences, e.messages);
}

// What-if columns: the label takes the room left (elided on one line, the
// full label in its tooltip), the numbers and the button their own width.
void sizeWhatIfColumns(QTableWidget* table) {
    auto* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < table->columnCount() - 1; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(table->columnCount() - 1, QHeaderView::Fixed);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
}
}  // namespace

ExplanationView::ExplanationView(ResultStore* store, OpSelection* selection, QWidget* parent)
    : QWidget(parent), store_(store), selection_(selection) {
    setObjectName("explanationView");
    auto* runBox = new QGroupBox(tr("Whole run"), this);
    runText_ = new QTextBrowser(runBox);
    runWhatIfs_ =
        makeReadOnlyTable({QString(), QString(), QString(), QString(), QString()}, runBox);
    sizeWhatIfColumns(runWhatIfs_);
    auto* runLayout = new QVBoxLayout(runBox);
    runLayout->addWidget(runText_, 3);
    runLayout->addWidget(runWhatIfs_, 2);

    auto* opBox = new QGroupBox(tr("Selected operator"), this);
    opTitle_ =
        new QLabel(tr("Click an operator in the roofline, the traffic chart or the table."), opBox);
    opTitle_->setWordWrap(true);
    opText_ = new QTextBrowser(opBox);
    opBounds_ =
        makeReadOnlyTable({tr("Resource"), tr("Lower bound on time"), tr("vs binding")}, opBox);
    // Number columns as wide as their header or values, the name column takes the rest:
    // stretching the last column squeezed "Lower bound on time" when the table was empty.
    opBounds_->horizontalHeader()->setStretchLastSection(false);
    opBounds_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    opBounds_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    opBounds_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    opWhatIfs_ = makeReadOnlyTable({QString(), QString(), QString(), QString(), QString()}, opBox);
    sizeWhatIfColumns(opWhatIfs_);
    setWhatIfHeaders();
    auto* opLayout = new QVBoxLayout(opBox);
    opLayout->addWidget(opTitle_);
    opLayout->addWidget(opText_, 2);
    opLayout->addWidget(opBounds_, 2);
    opLayout->addWidget(opWhatIfs_, 2);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(runBox);
    split->addWidget(opBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);

    connect(store_, &ResultStore::resultChanged, this, [this] {
        refreshRun();
        refreshOp();
    });
    connect(selection_, &OpSelection::currentChanged, this, &ExplanationView::refreshOp);
    refreshRun();
    refreshOp();
}

void ExplanationView::fillWhatIfs(QTableWidget* table, const std::vector<rl::WhatIf>& whatIfs) {
    table->setRowCount(0);
    table->setRowCount(static_cast<int>(whatIfs.size()));
    for (int r = 0; r < static_cast<int>(whatIfs.size()); ++r) {
        const rl::WhatIf w = whatIfs[r];
        const QString label = MessageText::whatIfLabel(w);
        auto* labelItem = new QTableWidgetItem(label);
        labelItem->setToolTip(label);  // the full label where the column elides it
        table->setItem(r, 0, labelItem);
        table->setItem(r, 1, new QTableWidgetItem(fmtTime(w.newTime)));
        auto* latency = new QTableWidgetItem(MessageText::factor(w.latencyRatio));
        latency->setToolTip(w.latencyRatio > 1 ? tr("Each step takes longer")
                                               : tr("Each step takes less time"));
        table->setItem(r, 2, latency);
        table->setItem(r, 3, new QTableWidgetItem(MessageText::factor(w.throughputGain)));
        // A tool button: as wide as its text, leaving the room to the labels.
        auto* apply = new QToolButton(table);
        apply->setText(tr("Apply"));
        using Target = rl::ResourceEdit::Target;
        const bool onScenario =
            w.edit.target == Target::precision || w.edit.target == Target::batch;
        apply->setToolTip(onScenario ? tr("Apply %1 to the scenario spec (undoable)").arg(label)
                                     : tr("Apply %1 to the hardware spec (undoable)").arg(label));
        connect(apply, &QToolButton::clicked, this, [this, w] { Q_EMIT applyWhatIf(w); });
        table->setCellWidget(r, 4, apply);
        table->setColumnWidth(4, apply->sizeHint().width());  // the button, not a default width
    }
}

void ExplanationView::setWhatIfHeaders() {
    for (QTableWidget* table : {runWhatIfs_, opWhatIfs_}) {
        const QStringList headers{tr("What if"), tr("New time"), tr("Latency"), tr("Throughput"),
                                  QString()};
        for (int c = 0; c < headers.size(); ++c) {
            auto* item = new QTableWidgetItem(headers[c]);
            if (c == 2) item->setToolTip(tr("New time per step / old time: above 1× is slower"));
            if (c == 3) item->setToolTip(tr("Work done per second, new / old"));
            table->setHorizontalHeaderItem(c, item);
        }
    }
}

void ExplanationView::changeEvent(QEvent* event) {
    // Sentences are rendered from the engine's messages: re-render them in
    // the new language instead of waiting for the next result.
    if (event->type() == QEvent::LanguageChange) {
        setWhatIfHeaders();
        refreshRun();
        refreshOp();
    }
    QWidget::changeEvent(event);
}

void ExplanationView::refreshRun() {
    const auto& p = store_->result();
    if (!p) {
        runText_->setHtml("<p>" + tr("No result yet.") + "</p>");
        fillWhatIfs(runWhatIfs_, {});
        return;
    }
    QString html =
        "<h3>" + tr("%1 on %2").arg(qstr(p->model), qstr(p->hardware)).toHtmlEscaped() + "</h3>";
    html += "<p>" +
            tr("Predicted time: <b>%1</b>, %2, %3 (predictor: %4).")
                .arg(fmtTime(p->totalTime), fmtFlops(p->totalFlops), fmtEnergy(p->totalEnergy),
                     predictorName(p->predictor)) +
            "</p>";
    std::vector<rl::WhatIf> runWhatIfs;
    for (const auto& e : p->explanations) {
        if (e.kind == rl::ExplanationScope::op) continue;  // shown when its op is selected
        if (e.kind == rl::ExplanationScope::run) runWhatIfs = e.whatIfs;
        if (e.kind == rl::ExplanationScope::phase)
            html += "<h4>" + MessageText::phase(e.phase).toHtmlEscaped() + "</h4>";
        html += sentencesHtml(e);
    }
    for (const QString& w : MessageText::warnings(*p))
        html += "<p style='color:#c62828'>⚠ " + w.toHtmlEscaped() + "</p>";
    runText_->setHtml(html);
    fillWhatIfs(runWhatIfs_, runWhatIfs);
}

void ExplanationView::refreshOp() {
    const auto& p = store_->result();
    const int i = selection_->current();
    opBounds_->setRowCount(0);
    if (!p || i < 0 || i >= static_cast<int>(p->ops.size())) {
        opTitle_->setText(tr("Click an operator in the roofline, the traffic chart or the table."));
        opText_->clear();
        fillWhatIfs(opWhatIfs_, {});
        return;
    }
    const auto& op = p->ops[i];
    opTitle_->setText(tr("<b>%1</b>: %2 × %3 = %4, %5 of the run")
                          .arg(opName(op).toHtmlEscaped(), fmtTime(op.timeEach))
                          .arg(op.count)
                          .arg(fmtTime(op.time), fmtPercent(op.share)));
    const rl::Explanation* e = nullptr;
    for (const auto& x : p->explanations)
        if (x.kind == rl::ExplanationScope::op && x.opIndex == i) e = &x;
    QString html;
    if (e)
        html = sentencesHtml(*e);
    else
        html = "<p>" + tr("Bound by %1.").arg(MessageText::resource(op.binding).toHtmlEscaped()) +
               "</p>";
    if (!op.note.empty()) html += "<p><i>" + MessageText::note(op).toHtmlEscaped() + "</i></p>";
    opText_->setHtml(html);
    std::vector<rl::Bound> bounds = op.bounds;
    std::sort(bounds.begin(), bounds.end(),
              [](const rl::Bound& a, const rl::Bound& b) { return a.time > b.time; });
    const double top = bounds.empty() ? 0 : bounds.front().time;
    opBounds_->setRowCount(static_cast<int>(bounds.size()));
    for (int r = 0; r < static_cast<int>(bounds.size()); ++r) {
        opBounds_->setItem(r, 0, new QTableWidgetItem(MessageText::resource(bounds[r].resource)));
        opBounds_->setItem(r, 1, new QTableWidgetItem(fmtTime(bounds[r].time)));
        opBounds_->setItem(
            r, 2,
            new QTableWidgetItem(top > 0 ? fmtPercent(bounds[r].time / top, 0) : QString("–")));
    }
    opBounds_->resizeColumnsToContents();
    fillWhatIfs(opWhatIfs_, e ? e->whatIfs : std::vector<rl::WhatIf>{});
}

}  // namespace views
}  // namespace rl
