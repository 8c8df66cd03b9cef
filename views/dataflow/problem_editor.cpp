#include "views/dataflow/problem_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "views/common/format.h"
#include "views/dataflow/doc_fields.h"
#include "views/dataflow/level_nest_model.h"

namespace rl::views {
namespace {

constexpr int kMaxBound = 1 << 24;  // core's limit on a loop bound

// The dimension's meaning, with its role when the problem is a GEMM.
QString dimDoc(char d) {
    const QString meaning = dimMeaning(*parseDim(d));
    switch (d) {
        case 'K':
            return ProblemEditor::tr("%1 (Timeloop's M; GEMM: N)").arg(meaning);
        case 'C':
            return ProblemEditor::tr("%1 (GEMM: the reduction K)").arg(meaning);
        case 'P':
            return ProblemEditor::tr("%1 (GEMM: M)").arg(meaning);
        default:
            return meaning;
    }
}

}  // namespace

ProblemEditor::ProblemEditor(QUndoStack* undo, QWidget* parent) : DataflowDocEditor(undo, parent) {
    setObjectName(QStringLiteral("problemEditor"));
    QVBoxLayout* v = formLayout();

    auto* general = addNameRow(v, tr("problem name"), tr("Display name of the problem."));
    general->addRow(
        tr("Kind"),
        fields()->addChoice(
            "/kind", "conv",
            {{"conv", tr("Convolution")},
             {"depthwise", tr("Depthwise convolution")},
             {"gemm", tr("GEMM (P = M, K = N, C = K)")},
             {"batched_matmul", tr("Batched matmul")}},
            tr("problem kind"),
            tr("conv: the 7-D convolution. depthwise: weights and outputs indexed by C, K must "
               "be 1. gemm: a matrix product written as a 1x1 convolution. batched_matmul: "
               "like gemm, both operands vary with N.")));

    auto* dimsBox = new QGroupBox(tr("Loop bounds"), formPage());
    auto* grid = new QGridLayout(dimsBox);
    int i = 0;
    for (char d : std::string("NKCPQRS")) {
        const QString letter(QChar::fromLatin1(d));
        auto* label = new QLabel(letter, dimsBox);
        label->setToolTip(dimDoc(d));
        auto* box = fields()->addInt("/dims/" + letter, 1, 1, kMaxBound,
                                     tr("dimension %1").arg(letter), dimDoc(d));
        grid->addWidget(label, i % 4, (i / 4) * 2);
        grid->addWidget(box, i % 4, (i / 4) * 2 + 1);
        ++i;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    v->addWidget(dimsBox);

    auto* stepBox = new QGroupBox(tr("Strides and dilations"), formPage());
    auto* steps = new QFormLayout(stepBox);
    // Field, row label, noun for undo entries, tooltip (marked for lupdate here,
    // translated when shown).
    static const char* const kSteps[][4] = {
        {"/stride_p", QT_TR_NOOP("Stride along P"), QT_TR_NOOP("stride P"),
         QT_TR_NOOP("Input columns between neighbouring outputs along P.")},
        {"/stride_q", QT_TR_NOOP("Stride along Q"), QT_TR_NOOP("stride Q"),
         QT_TR_NOOP("Input rows between neighbouring outputs along Q.")},
        {"/dilation_r", QT_TR_NOOP("Dilation of R"), QT_TR_NOOP("dilation R"),
         QT_TR_NOOP("Input columns between neighbouring filter taps along R.")},
        {"/dilation_s", QT_TR_NOOP("Dilation of S"), QT_TR_NOOP("dilation S"),
         QT_TR_NOOP("Input rows between neighbouring filter taps along S.")},
    };
    for (const auto& step : kSteps)
        steps->addRow(tr(step[1]), fields()->addInt(step[0], 1, 1, 1024, tr(step[2]), tr(step[3])));
    v->addWidget(stepBox);

    auto* more = new QFormLayout;
    more->addRow(fields()->addBool(
        "/weights_per_batch", false, tr("Weights per batch (batched matmul)"),
        tr("weights per batch"),
        tr("Weights are indexed by N too: each batch element has its own second operand.")));
    more->addRow(tr("Word bits"),
                 fields()->addInt("/word_bits", 16, 1, 1024, tr("word bits"),
                                  tr("Bits per word (informational; capacities are in words).")));
    v->addLayout(more);
    derived_ = new QLabel(formPage());
    derived_->setWordWrap(true);
    v->addWidget(derived_);
    v->addStretch(1);
}

void ProblemEditor::refreshForm() {
    fields()->refresh(document());
    double macs = 1;
    const Json& doc = document();
    if (doc.is_object() && doc.contains("dims") && doc["dims"].is_object())
        for (const auto& [key, value] : doc["dims"].items())
            if (value.is_number_integer()) macs *= static_cast<double>(value.get<std::int64_t>());
    derived_->setText(tr("Multiply-accumulates: %1").arg(fmtExact(macs)));
}

QString ProblemEditor::markProblems() {
    std::vector<bool> placed;
    fields()->mark(problems(), placed);
    return unplacedLines(placed);
}

}  // namespace rl::views
