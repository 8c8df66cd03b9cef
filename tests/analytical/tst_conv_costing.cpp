// Convolutions as cuDNN runs them: an implicit GEMM (M = batch x output
// pixels, N = output channels, K = input channels x kernel area) that never
// splits K, so a conv with few output tiles keeps only their CTAs busy while
// each walks the whole of K. Figures by hand (docs/analytical.md, "Convolutions").
#include <QtTest>

#include <cmath>

#include "core/analytical/gemm_waves.h"
#include "core/analytical/roofline.h"
#include "test_specs.h"

using namespace rl;

namespace {

Operator conv3x3(std::int64_t batch, std::int64_t cin, std::int64_t cout, std::int64_t hw) {
    Operator op;
    op.name = "conv";
    op.kind = OpKind::conv2d;
    op.mathType = op.weightType = op.activationType = op.kvType = DType::fp32;
    op.conv.batch = batch;
    op.conv.inChannels = cin;
    op.conv.outChannels = cout;
    op.conv.inHeight = op.conv.inWidth = hw;
    op.conv.kernelH = op.conv.kernelW = 3;
    op.conv.padH = op.conv.padW = 1;
    return op;
}

}  // namespace

class TstConvCosting : public QObject {
    Q_OBJECT
    Hardware v100_ = test::sampleHardware("nvidia-v100-pcie-32gb.json");

  private Q_SLOTS:
    void noSplitKLeavesUnitsIdle() {
        // NeuSight row: B 1, 806 -> 219 channels, 5 x 5, V100 (80 SMs): M = 25, N = 219,
        // K = 7254. Tiles narrow to 32 rows; 32 x 64 gives 4 CTAs, padding
        // 25 x 219 / (32 x 256) = 0.6685; without split-K 4 of 80 SMs work.
        const double padding = 25.0 * 219 / (32.0 * 256);
        const GemmWaves noSplit = chooseGemmTile(25, 219, 7254, 1, 80, false);
        QCOMPARE(noSplit.ctas, 4.0);
        QVERIFY(std::fabs(noSplit.occupancy - padding * 4 / 80) < 1e-12);
        // cuBLAS would split K 20 ways (80 / 4 units, K / 256 = 28 allows it): all busy.
        QVERIFY(std::fabs(chooseGemmTile(25, 219, 7254, 1, 80).occupancy - padding) < 1e-12);

        RooflineResult r;
        evaluateRoofline(conv3x3(1, 806, 219, 5), v100_, nullptr, r);
        QVERIFY(std::fabs(r.occupancy - padding * 4 / 80) < 1e-12);
        // The compute bound is 20x the split-K one: 79.4 MFLOP on 4 SMs' share.
        const double flops = 2.0 * 25 * 219 * 7254;
        QCOMPARE(r.flops, flops);
        QVERIFY(r.computeTime > 0);
        QVERIFY(
            std::fabs(r.computeTime * r.occupancy -
                      flops / RooflineDevice(v100_).peak[static_cast<std::size_t>(DType::fp32)]) <
            1e-15);
    }

    void fullGridsAreUnchanged() {
        // B 32, 256 -> 256, 14 x 14: M = 6272, N = 256 -> 49 x 2 = 98 tiles of 128 x 128 over
        // 80 SMs (2 waves), no split either way.
        RooflineResult r;
        evaluateRoofline(conv3x3(32, 256, 256, 14), v100_, nullptr, r);
        QVERIFY(std::fabs(r.occupancy - chooseGemmTile(6272, 256, 2304, 1, 80).occupancy) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TstConvCosting)
#include "tst_conv_costing.moc"
