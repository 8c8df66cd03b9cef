#include "views/dataflow/systolic_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "views/common/format.h"
#include "views/common/job_runner.h"
#include "views/dataflow/systolic_fold_widget.h"
#include "views/dataflow/systolic_traffic_chart.h"

namespace rl::views {

namespace {

using dataflow::SystolicDataflow;

constexpr std::int64_t kWordsPerSpinUnit = 1024;  // SRAM sizes are set in Ki words

struct Computed {
    dataflow::SystolicResult result;
    dataflow::SystolicArray array;
};

QString dataflowName(SystolicDataflow d) {
    switch (d) {
        case SystolicDataflow::os:
            return SystolicView::tr("output stationary");
        case SystolicDataflow::is:
            return SystolicView::tr("input stationary");
        case SystolicDataflow::ws:
            break;
    }
    return SystolicView::tr("weight stationary");
}

// What the Sr rows and Sc columns of the stationary matrix are.
std::pair<QString, QString> operandMeaning(SystolicDataflow d) {
    switch (d) {
        case SystolicDataflow::os:
            return {SystolicView::tr("output pixels"), SystolicView::tr("filters")};
        case SystolicDataflow::is:
            return {SystolicView::tr("window R·S·C"), SystolicView::tr("output pixels")};
        case SystolicDataflow::ws:
            break;
    }
    return {SystolicView::tr("window R·S·C"), SystolicView::tr("filters")};
}

QString rolesText(SystolicDataflow d, const dataflow::SystolicResult& r, int rows, int cols) {
    const QString t = fmtExact(r.t);
    switch (d) {
        case SystolicDataflow::os:
            return SystolicView::tr(
                       "Outputs are stationary: each of the %1 × %2 PEs accumulates one output "
                       "(an output pixel of one filter). Input rows stream in from the left and "
                       "filter weights from the top, one window element per cycle for T = %3 "
                       "cycles; the finished outputs drain at the end of each fold.")
                .arg(rows)
                .arg(cols)
                .arg(t);
        case SystolicDataflow::is:
            return SystolicView::tr(
                       "Inputs are stationary: each fold preloads a %1 × %2 block of the input "
                       "windows (window element × output pixel) into the PEs. Filter weights "
                       "stream in from the left, one filter per cycle for T = %3 cycles; "
                       "partial sums flow down the columns into the ofmap SRAM.")
                .arg(rows)
                .arg(cols)
                .arg(t);
        case SystolicDataflow::ws:
            break;
    }
    return SystolicView::tr(
               "Weights are stationary: each fold preloads a %1 × %2 block of filter weights "
               "(window element × filter) into the PEs. Input windows stream in from the left, "
               "one output pixel per cycle for T = %3 cycles; partial sums flow down the "
               "columns into the ofmap SRAM.")
        .arg(rows)
        .arg(cols)
        .arg(t);
}

QString stallText(const dataflow::SystolicResult& r, const dataflow::SystolicArray& a) {
    QString text;
    if (r.bandwidthMode == dataflow::SystolicBandwidthMode::calc) {
        text = SystolicView::tr(
                   "Stall-free (SCALE-Sim's CALC mode): to keep up, DRAM would have "
                   "to move up to %1 words/cycle (on average ifmap %2, filter %3, "
                   "ofmap %4).")
                   .arg(fmtNumber(r.peakDramBandwidth), fmtNumber(r.avgDramIfmapBandwidth),
                        fmtNumber(r.avgDramFilterBandwidth), fmtNumber(r.avgDramOfmapBandwidth));
    } else if (a.dramWordsPerCycle <= 0) {
        text = SystolicView::tr("Unlimited DRAM bandwidth: no stall cycles.");
    } else if (r.stallCycles > 0) {
        text =
            SystolicView::tr("DRAM bandwidth of %1 words/cycle adds %2 stall cycles (+%3).")
                .arg(fmtNumber(a.dramWordsPerCycle), fmtExact(r.stallCycles),
                     fmtPercent(static_cast<double>(r.stallCycles) /
                                static_cast<double>(std::max<std::int64_t>(1, r.computeCycles))));
    } else {
        text = SystolicView::tr("DRAM bandwidth of %1 words/cycle keeps up: no stall cycles.")
                   .arg(fmtNumber(a.dramWordsPerCycle));
    }
    if (r.prefetchCycles > 0)
        text +=
            QLatin1Char(' ') + SystolicView::tr(
                                   "Filling the SRAMs before the first fold takes %1 cycles (not "
                                   "in the total, as in SCALE-Sim).")
                                   .arg(fmtExact(r.prefetchCycles));
    if (r.bandwidthMode == dataflow::SystolicBandwidthMode::user && a.dramWordsPerCycle > 0 &&
        !r.memoryReplayed)
        text += QLatin1Char(' ') + SystolicView::tr(
                                       "(Stalls estimated per fold: the layer is "
                                       "too large to replay SCALE-Sim's memory "
                                       "system, or the rate is not a whole number.)");
    return text;
}

QSpinBox* sramSpin(QWidget* owner) {
    auto* s = new QSpinBox(owner);
    s->setRange(1, 1 << 20);
    s->setSuffix(SystolicView::tr(" Ki words"));
    s->setGroupSeparatorShown(true);
    return s;
}

}  // namespace

SystolicView::SystolicView(QWidget* parent)
    : DataflowView(parent),
      runner_(new JobRunner(this)),
      rows_(new QSpinBox(this)),
      cols_(new QSpinBox(this)),
      dataflow_(new QComboBox(this)),
      ifmapSram_(sramSpin(this)),
      filterSram_(sramSpin(this)),
      ofmapSram_(sramSpin(this)),
      dram_(new QDoubleSpinBox(this)),
      stallFree_(new QCheckBox(tr("Stall-free: report the rate needed"), this)),
      header_(new QLabel(this)),
      folds_(new SystolicFoldWidget(this)),
      traffic_(new SystolicTrafficChart(this)),
      roles_(new QLabel(this)),
      stalls_(new QLabel(this)),
      figures_(new QLabel(this)) {
    for (QSpinBox* s : {rows_, cols_}) s->setRange(1, 4096);
    for (auto d : {SystolicDataflow::ws, SystolicDataflow::os, SystolicDataflow::is})
        dataflow_->addItem(dataflowName(d), static_cast<int>(d));
    dram_->setRange(0, 1e6);
    dram_->setDecimals(2);
    dram_->setSpecialValueText(tr("unlimited"));
    dram_->setSuffix(tr(" words/cycle"));
    dram_->setToolTip(tr("DRAM words per cycle per operand interface; 0 = unlimited"));
    stallFree_->setToolTip(
        tr("SCALE-Sim's CALC mode: no stalls; the view reports the DRAM "
           "bandwidth each operand would need"));

    auto* panel = new QGroupBox(tr("Systolic array"), this);
    auto* form = new QFormLayout(panel);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Rows"), rows_);
    form->addRow(tr("Columns"), cols_);
    form->addRow(tr("Dataflow"), dataflow_);
    form->addRow(tr("Ifmap SRAM"), ifmapSram_);
    form->addRow(tr("Filter SRAM"), filterSram_);
    form->addRow(tr("Ofmap SRAM"), ofmapSram_);
    form->addRow(tr("DRAM"), dram_);
    form->addRow(stallFree_);
    auto* reset = new QPushButton(tr("From the architecture"), panel);
    reset->setToolTip(tr("Rows and columns of the architecture's MAC mesh, default SRAMs"));
    form->addRow(reset);
    figures_->setWordWrap(true);
    figures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(figures_);
    panel->setFixedWidth(270);

    header_->setWordWrap(true);
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* l : {roles_, stalls_}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(roles_);
    sideLayout->addWidget(traffic_, 1);
    sideLayout->addWidget(stalls_);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(folds_);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* centre = new QVBoxLayout;
    centre->addWidget(header_);
    centre->addWidget(split, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(panel);
    layout->addLayout(centre, 1);

    for (QSpinBox* s : {rows_, cols_, ifmapSram_, filterSram_, ofmapSram_})
        connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &SystolicView::recompute);
    connect(dram_, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            &SystolicView::recompute);
    connect(dataflow_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &SystolicView::recompute);
    connect(stallFree_, &QCheckBox::toggled, this, &SystolicView::recompute);
    connect(reset, &QPushButton::clicked, this, [this] {
        if (design_ && design_->arch) setArray(defaultArray(*design_->arch));
    });
    connect(runner_, &JobRunner::finished, this, [this](quint64, JobResult r, double) {
        const auto out = resultAs<Computed>(r);
        showResult(out->result, out->array);
    });
    connect(runner_, &JobRunner::failed, this, [this](quint64, const QString& message) {
        showMessage(tr("The systolic model refused this layer: %1").arg(message));
    });
    setArray(dataflow::SystolicArray{});
    setDesign(nullptr);
}

dataflow::SystolicArray SystolicView::defaultArray(const AcceleratorArch& arch) {
    dataflow::SystolicArray a;
    a.cols = std::max(1, arch.mac.meshX);
    a.rows = std::max(1, arch.mac.meshY());
    return a;
}

dataflow::SystolicArray SystolicView::array() const {
    dataflow::SystolicArray a;
    a.rows = rows_->value();
    a.cols = cols_->value();
    a.dataflow = static_cast<SystolicDataflow>(dataflow_->currentData().toInt());
    a.ifmapSramWords = ifmapSram_->value() * kWordsPerSpinUnit;
    a.filterSramWords = filterSram_->value() * kWordsPerSpinUnit;
    a.ofmapSramWords = ofmapSram_->value() * kWordsPerSpinUnit;
    a.dramWordsPerCycle = dram_->value();
    a.bandwidthMode = stallFree_->isChecked() ? dataflow::SystolicBandwidthMode::calc
                                              : dataflow::SystolicBandwidthMode::user;
    return a;
}

void SystolicView::setArray(const dataflow::SystolicArray& a) {
    const QSignalBlocker b1(rows_), b2(cols_), b3(dataflow_), b4(ifmapSram_), b5(filterSram_),
        b6(ofmapSram_), b7(dram_), b8(stallFree_);
    rows_->setValue(a.rows);
    cols_->setValue(a.cols);
    dataflow_->setCurrentIndex(dataflow_->findData(static_cast<int>(a.dataflow)));
    ifmapSram_->setValue(
        static_cast<int>(std::max<std::int64_t>(1, a.ifmapSramWords / kWordsPerSpinUnit)));
    filterSram_->setValue(
        static_cast<int>(std::max<std::int64_t>(1, a.filterSramWords / kWordsPerSpinUnit)));
    ofmapSram_->setValue(
        static_cast<int>(std::max<std::int64_t>(1, a.ofmapSramWords / kWordsPerSpinUnit)));
    dram_->setValue(a.dramWordsPerCycle);
    stallFree_->setChecked(a.bandwidthMode == dataflow::SystolicBandwidthMode::calc);
    recompute();
}

void SystolicView::setDesign(std::shared_ptr<const dataflow::DataflowDesign> design) {
    design_ = std::move(design);
    if (!design_ || !design_->arch) {
        showMessage(
            tr("No valid design: open an accelerator project, or fix the architecture, "
               "problem or mapping (the editors say what is wrong)."));
        return;
    }
    layer_ = dataflow::toSystolicLayer(design_->problem);
    if (layer_.name.empty()) layer_.name = design_->problemLabel;
    // A new architecture suggests its own array; the same one keeps the user's edits.
    if (design_->arch != defaultsFrom_) {
        defaultsFrom_ = design_->arch;
        setArray(defaultArray(*design_->arch));
    } else {
        recompute();
    }
}

void SystolicView::recompute() {
    if (!design_ || !design_->arch) return;
    const auto a = array();
    const auto l = layer_;
    runner_->request(typedWork<Computed>([a, l](const Progress&) {
        return Computed{dataflow::simulateSystolic(a, l), a};
    }));
}

void SystolicView::showMessage(const QString& text) {
    result_.reset();
    header_->setText(text);
    folds_->clear();
    traffic_->clear();
    roles_->clear();
    stalls_->clear();
    figures_->clear();
}

void SystolicView::showResult(const dataflow::SystolicResult& r, const dataflow::SystolicArray& a) {
    result_ = r;
    resultArray_ = a;
    const auto [rowMeaning, colMeaning] = operandMeaning(a.dataflow);
    header_->setText(
        tr("%1 (ifmap %2 × %3 × %4, %5 × %6 filters, %7 filters, stride %8) as a GEMM on a %9 × "
           "%10 %11 array: the stationary matrix is Sr = %12 × Sc = %13, streamed for T = %14 "
           "cycles per fold.")
            .arg(qstr(layer_.name), fmtExact(layer_.ifmapH), fmtExact(layer_.ifmapW),
                 fmtExact(layer_.channels), fmtExact(layer_.filterH), fmtExact(layer_.filterW),
                 fmtExact(layer_.filters), QString::number(layer_.strideH))
            .arg(a.rows)
            .arg(a.cols)
            .arg(dataflowName(a.dataflow), fmtExact(r.sr), fmtExact(r.sc), fmtExact(r.t)));
    folds_->setResult(r, a.rows, a.cols, rowMeaning, colMeaning);
    traffic_->setResult(r);
    roles_->setText(rolesText(a.dataflow, r, a.rows, a.cols));
    stalls_->setText(stallText(r, a));
    QString figures =
        tr("Utilisation: overall %1, mapping efficiency %2, compute %3.\n"
           "Cycles: %4 = %5 compute + %6 stall.\n%7 folds (%8 × %9) of %10 cycles; %11 MACs.")
            .arg(fmtPercent(r.overallUtilization, 2), fmtPercent(r.mappingEfficiency, 2),
                 fmtPercent(r.computeUtilization, 2), fmtExact(r.totalCycles),
                 fmtExact(r.computeCycles), fmtExact(r.stallCycles), fmtExact(r.folds),
                 fmtExact(r.rowFolds), fmtExact(r.colFolds))
            .arg(fmtExact(r.cyclesPerFold), fmtNumber(static_cast<double>(r.macs)));
    // The narrow column wraps between figures, never inside one ("925" / "M MACs").
    static const QRegularExpression numberThenUnit(QStringLiteral("(\\d) (?=[%\\p{L}])"));
    figures_->setText(figures.replace(numberThenUnit, QStringLiteral("\\1\u00A0")));
    Q_EMIT resultChanged();
}

QString SystolicView::summaryText() const {
    return header_->text() + QLatin1Char('\n') + roles_->text() + QLatin1Char('\n') +
           stalls_->text() + QLatin1Char('\n') + figures_->text();
}

std::vector<std::vector<std::string>> SystolicView::csvRows() const {
    if (!result_) return {};
    const auto& r = *result_;
    const auto& a = resultArray_;
    const char* stationary = a.dataflow == SystolicDataflow::ws   ? "filter"
                             : a.dataflow == SystolicDataflow::is ? "ifmap"
                                                                  : "ofmap";
    auto role = [&](const std::string& operand) -> std::string {
        if (operand == stationary) return "stationary";
        return operand == "ofmap" ? "output (drained)" : "streamed";
    };
    // DRAM transfers: block fetches (ifmap, filter) and write-back bursts (ofmap).
    std::vector<std::vector<std::string>> rows{{"operand", "role", "sram_accesses_words",
                                                "dram_words", "dram_transfers",
                                                "avg_dram_words_per_cycle", "sram_size_words"}};
    auto row = [&](const char* operand, std::int64_t sram, std::int64_t dram,
                   std::int64_t transfers, double bandwidth, std::int64_t size) {
        rows.push_back({operand, role(operand), std::to_string(sram), std::to_string(dram),
                        std::to_string(transfers), QString::number(bandwidth, 'g', 6).toStdString(),
                        std::to_string(size)});
    };
    row("ifmap", r.sramIfmapReads, r.dramIfmapReads, r.dramIfmapFetches, r.avgDramIfmapBandwidth,
        a.ifmapSramWords);
    row("filter", r.sramFilterReads, r.dramFilterReads, r.dramFilterFetches,
        r.avgDramFilterBandwidth, a.filterSramWords);
    row("ofmap", r.sramOfmapWrites, r.dramOfmapWrites, r.ofmapDrains, r.avgDramOfmapBandwidth,
        a.ofmapSramWords);
    return rows;
}

}  // namespace rl::views
