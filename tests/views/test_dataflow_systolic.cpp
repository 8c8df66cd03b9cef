// The dataflow Systolic view on SCALE-Sim's AlexNet conv1 reference (32 x 32
// weight-stationary, stall-free: 112,283 cycles, 36 folds; docs/dataflow.md):
// the view's figures equal simulateSystolic's, the fold picture's partial last
// row of folds is drawn smaller, hovering names a fold's range, CSV rows per
// operand, the array from the architecture's MAC mesh, stalls in words.
#include <QSignalSpy>
#include <QtTest>

#include <limits>

#include "core/dataflow/load_specs.h"
#include "core/dataflow/mapper.h"
#include "tests/dataflow/sample_designs.h"
#include "views/common/format.h"
#include "views/dataflow/systolic_fold_widget.h"
#include "views/dataflow/systolic_traffic_chart.h"
#include "views/dataflow/systolic_view.h"

using namespace rl;
using namespace rl::views;
using namespace rl::dataflow;

namespace {

// AlexNet conv1 as a problem: 55 x 55 outputs of 96 11 x 11 x 3 filters, stride 4.
std::shared_ptr<const DataflowDesign> alexnetConv1() {
    Diagnostics diag;
    auto arch = loadAcceleratorArch(testing::acceleratorSample("systolic-32x32.json"), diag);
    if (!arch) throw std::runtime_error(diag.format());
    DataflowProblem p;
    p.name = "AlexNet conv1";
    for (Dim d : kAllDims) p.bounds[static_cast<int>(d)] = 1;
    p.bounds[static_cast<int>(Dim::K)] = 96;
    p.bounds[static_cast<int>(Dim::C)] = 3;
    p.bounds[static_cast<int>(Dim::P)] = 55;
    p.bounds[static_cast<int>(Dim::Q)] = 55;
    p.bounds[static_cast<int>(Dim::R)] = 11;
    p.bounds[static_cast<int>(Dim::S)] = 11;
    p.strideP = p.strideQ = 4;
    MapperOptions o;
    o.evaluations = 3000;
    const auto found = searchMappings(*arch, p, o);
    if (!found.found) throw std::runtime_error("no mapping for AlexNet conv1");
    auto design = makeDesign(arch, p, found.best, diag);
    if (!design) throw std::runtime_error(diag.format());
    return design;
}

SystolicArray scaleSimDefault() {
    SystolicArray a;
    a.rows = a.cols = 32;
    a.dataflow = SystolicDataflow::ws;
    a.ifmapSramWords = a.filterSramWords = a.ofmapSramWords = 64 * 1024;
    a.dramWordsPerCycle = 0;  // stall-free
    return a;
}

bool waitForResult(SystolicView& view, const SystolicArray& a) {
    QSignalSpy changed(&view, &SystolicView::resultChanged);
    view.setArray(a);
    return changed.wait(60'000);
}

}  // namespace

class TestDataflowSystolic : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() { alexnet_ = alexnetConv1(); }

    // Counts keep every digit: the integer overload, not a round trip through double
    // (2^53 + 1 read "9,007,199,254,740,992" that way).
    void exactCountsKeepEveryDigit() {
        QCOMPARE(fmtExact(std::int64_t{5505024}), QStringLiteral("5,505,024"));
        QCOMPARE(fmtExact(168), QStringLiteral("168"));
        QCOMPARE(fmtExact(-1234567LL), QStringLiteral("-1,234,567"));
        QCOMPARE(fmtExact(std::int64_t{9007199254740993}), QStringLiteral("9,007,199,254,740,993"));
        QCOMPARE(fmtExact(std::numeric_limits<long long>::min()),
                 QStringLiteral("-9,223,372,036,854,775,808"));
        QCOMPARE(fmtExact(std::size_t{1000}), QStringLiteral("1,000"));
        QCOMPARE(fmtExact(26666.667, 2), QStringLiteral("26,666.67"));  // the double one
    }

    void alexnetConv1MatchesTheReference() {
        // Numbers read "112,283" in every language (the one formatter), not German
        // "112.283" beside "91.68 %".
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        SystolicView view;
        view.setDesign(alexnet_);
        QVERIFY(waitForResult(view, scaleSimDefault()));
        QVERIFY(view.result());
        const auto& r = *view.result();
        const auto direct = simulateSystolic(scaleSimDefault(), toSystolicLayer(alexnet_->problem));
        QCOMPARE(r.totalCycles, direct.totalCycles);
        QCOMPARE(r.folds, direct.folds);
        QCOMPARE(r.totalCycles, 112283);
        QCOMPARE(r.stallCycles, 0);
        QCOMPARE(r.folds, 36);
        QCOMPARE(r.sramIfmapReads, 3294225);
        QCOMPARE(r.sramFilterReads, 34848);
        QCOMPARE(r.sramOfmapWrites, 3484800);
        const QString text = view.summaryText();
        QLocale::setDefault(QLocale::system());
        QVERIFY2(text.contains(QString("112,283")), qPrintable(text));
        QVERIFY2(text.contains(QString("91.68")), qPrintable(text));
        // The figures' column wraps between figures, never between a number and its unit.
        QVERIFY2(text.contains(QStringLiteral("91.68\u00A0%")), qPrintable(text));
        QVERIFY2(text.contains(QString("94.53")), qPrintable(text));
        QVERIFY2(text.contains(QString("90.78")), qPrintable(text));
        QVERIFY(text.contains(QString("Weights are stationary")));
        QVERIFY(text.contains(QString("Unlimited DRAM bandwidth")));
        // SRAM 3.3 M ifmap reads against 35 k filter reads: a log axis.
        QVERIFY(view.trafficChart()->logarithmic());
    }

    void theFoldPictureShowsPartialFoldsSmaller() {
        SystolicView view;
        view.resize(1200, 700);
        view.setDesign(alexnet_);
        QVERIFY(waitForResult(view, scaleSimDefault()));
        SystolicFoldWidget* w = view.foldWidget();
        w->resize(600, 500);
        const SystolicFoldScene s = w->scene();
        QVERIFY(s.valid());
        // Sr = 11*11*3 = 363 rows: 11 folds of 32 and a last one of 11; Sc = 96: 3 of 32.
        QCOMPARE(s.rowFolds(), 12);
        QCOMPARE(s.colFolds(), 3);
        const FoldRange last = s.range(11, 2);
        QCOMPARE(last.firstRow, 352);
        QCOMPARE(last.lastRow, 362);
        QCOMPARE(last.rows(), 11);
        QCOMPARE(last.cols(), 32);
        const double full = s.foldRect(0, 0).height(), partial = s.foldRect(11, 0).height();
        QVERIFY(std::abs(partial / full - 11.0 / 32.0) < 1e-9);
        QCOMPARE(s.foldRect(0, 0).width(), s.foldRect(11, 2).width());
        // Hovering the middle of the last fold finds it and names its range.
        const auto hit = s.foldAt(s.foldRect(11, 2).center());
        QVERIFY(hit);
        QCOMPARE(hit->index(s.colFolds()), 35);
        const QString tip = w->foldText(*hit);
        QVERIFY2(tip.contains(QString("rows 352–362")), qPrintable(tip));
        QVERIFY2(tip.contains(QString("11 × 32 of 32 × 32 PEs")), qPrintable(tip));
        QVERIFY2(tip.contains(QString("3,119 cycles")), qPrintable(tip));
        QVERIFY(!s.foldAt(QPointF(-5, -5)));
    }

    void csvRowsPerOperand() {
        SystolicView view;
        view.setDesign(alexnet_);
        QVERIFY(waitForResult(view, scaleSimDefault()));
        const auto rows = view.csvRows();
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[2][0], std::string("filter"));
        QCOMPARE(rows[2][1], std::string("stationary"));
        QCOMPARE(rows[1][2], std::string("3294225"));
        QCOMPARE(rows[3][2], std::string("3484800"));
    }

    void shortDramBandwidthAddsStalls() {
        SystolicView view;
        view.setDesign(alexnet_);
        SystolicArray a = scaleSimDefault();
        a.dramWordsPerCycle = 1;
        QVERIFY(waitForResult(view, a));
        const auto& r = *view.result();
        const auto direct = simulateSystolic(a, toSystolicLayer(alexnet_->problem));
        QCOMPARE(r.stallCycles, direct.stallCycles);
        QVERIFY(r.stallCycles > 0);
        QVERIFY2(view.summaryText().contains(fmtExact(double(r.stallCycles)) + " stall cycles"),
                 qPrintable(view.summaryText()));
    }

    void everyDataflowMatchesTheModel() {
        SystolicView view;
        view.setDesign(alexnet_);
        struct Case {
            SystolicDataflow dataflow;
            const char* sentence;
        };
        for (const Case c : {Case{SystolicDataflow::os, "Outputs are stationary"},
                             Case{SystolicDataflow::is, "Inputs are stationary"}}) {
            SystolicArray a = scaleSimDefault();
            a.dataflow = c.dataflow;
            QVERIFY(waitForResult(view, a));
            const auto direct = simulateSystolic(a, toSystolicLayer(alexnet_->problem));
            QCOMPARE(view.result()->totalCycles, direct.totalCycles);
            QCOMPARE(view.result()->folds, direct.folds);
            QCOMPARE(view.foldWidget()->scene().rowFolds(), direct.rowFolds);
            QVERIFY(view.summaryText().contains(QString(c.sentence)));
        }
    }

    void theArrayComesFromTheMacMesh() {
        auto vgg = testing::eyerissVggDesign(20'000);
        SystolicView view;
        QSignalSpy changed(&view, &SystolicView::resultChanged);
        view.setDesign(vgg);
        QVERIFY(changed.wait(60'000));
        QCOMPARE(view.array().cols, vgg->arch->mac.meshX);
        QCOMPARE(view.array().rows, vgg->arch->mac.meshY());
        QCOMPARE(view.result()->folds, view.result()->rowFolds * view.result()->colFolds);
        view.setDesign(nullptr);
        QVERIFY(!view.result());
        QVERIFY(view.csvRows().empty());
    }

  private:
    std::shared_ptr<const DataflowDesign> alexnet_;
};

QTEST_MAIN(TestDataflowSystolic)
#include "test_dataflow_systolic.moc"
