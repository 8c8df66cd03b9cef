// Convolutions as cuDNN runs them: an implicit GEMM (M = batch x output
// pixels, N = output channels, K = input channels x kernel area) that never
// splits K, so a conv with few output tiles keeps only their CTAs busy while
// each walks the whole of K; and, for a 3 x 3 stride-1 fp32 conv, the fastest
// of that and the Winograd algorithms, as cudnn.benchmark keeps
// (conv_algorithms.h). Figures by hand (docs/analytical.md, "Convolutions"),
// then NeuSight's conv2d rows when ../shared/data is present.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "core/analytical/conv_algorithms.h"
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

double fp32Peak(const RooflineDevice& d) { return d.peak[static_cast<std::size_t>(DType::fp32)]; }

bool near(double a, double b, double rel = 1e-12) {
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

// An algorithm's GEMM kernel: its occupancy, and its math at that occupancy
// and the algorithm's efficiency.
bool gemmKernelIs(const ConvAlgorithmTime& t, const RooflineDevice& d, double flops,
                  double occupancy, double efficiency) {
    return t.applies && near(t.occupancy, occupancy) &&
           near(t.computeTime, flops / (fp32Peak(d) * occupancy) / efficiency);
}

// The algorithm a NeuSight row's main kernel belongs to; false for the others
// (FFT's gcgemm, the legacy *_convolve_sgemm kernels).
bool kernelAlgorithm(const std::string& kernel, ConvAlgorithm& a) {
    if (kernel.find("winograd") != std::string::npos) {
        a = ConvAlgorithm::winogradFused;
    } else if (kernel.find("convolve_sgemm") != std::string::npos ||
               kernel.find("gcgemm") != std::string::npos) {
        return false;
    } else if (kernel.find("sgemm_") != std::string::npos) {
        a = ConvAlgorithm::winogradNonfused;  // the 36 batched SGEMMs
    } else if (kernel.find("scudnn_") != std::string::npos) {
        a = ConvAlgorithm::implicitGemm;
    } else {
        return false;
    }
    return true;
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

        // In half precision (tensor cores: the implicit GEMM alone, no Winograd).
        Operator op = conv3x3(1, 806, 219, 5);
        op.mathType = DType::fp16;
        RooflineResult r;
        evaluateRoofline(op, v100_, nullptr, r);
        QVERIFY(std::fabs(r.occupancy - padding * 4 / 80) < 1e-12);
        // The compute bound is 20x the split-K one: 79.4 MFLOP on 4 SMs' share.
        const double flops = 2.0 * 25 * 219 * 7254;
        QCOMPARE(r.flops, flops);
        // (Plus at most one wave's DRAM round trip, 500 ns, if the GEMM prologue is costed.)
        const double math =
            flops /
            (RooflineDevice(v100_).peak[static_cast<std::size_t>(DType::fp16)] * r.occupancy);
        QVERIFY(r.computeTime >= math * (1 - 1e-12));
        QVERIFY(r.computeTime <= math + 0.5e-6 * (1 + 1e-9));
    }

    void fullGridsAreUnchanged() {
        // B 32, 256 -> 256, 14 x 14: M = 6272, N = 256 -> 49 x 2 = 98 tiles of 128 x 128 over
        // 80 SMs (2 waves), no split either way.
        // (Half precision: the implicit GEMM; fp32 may run Winograd, below.)
        Operator op = conv3x3(32, 256, 256, 14);
        op.mathType = DType::fp16;
        RooflineResult r;
        evaluateRoofline(op, v100_, nullptr, r);
        QVERIFY(std::fabs(r.occupancy - chooseGemmTile(6272, 256, 2304, 1, 80).occupancy) < 1e-12);
    }

    void winogradAppliesTo3x3Stride1Fp32OnGpus() {
        const RooflineDevice v100(v100_);
        Operator op = conv3x3(8, 64, 64, 28);
        QVERIFY(winogradApplies(op, v100));
        op.conv.strideH = op.conv.strideW = 2;
        QVERIFY(!winogradApplies(op, v100));
        op = conv3x3(8, 64, 64, 28);
        op.conv.kernelH = op.conv.kernelW = 1;
        op.conv.padH = op.conv.padW = 0;
        QVERIFY(!winogradApplies(op, v100));
        op = conv3x3(8, 64, 64, 28);
        op.conv.groups = 64;
        QVERIFY(!winogradApplies(op, v100));
        op = conv3x3(8, 64, 64, 28);
        op.mathType = DType::fp16;  // tensor-core convs: implicit GEMM
        QVERIFY(!winogradApplies(op, v100));
        // Not a GPU: the roofline's implicit GEMM alone.
        const Hardware tpu = test::sampleHardware("google-tpu-v4.json");
        QVERIFY(!winogradApplies(conv3x3(8, 64, 64, 28), RooflineDevice(tpu)));
    }

    void fusedWinogradByHand() {
        // B 32, 256 -> 256, 14 x 14 on a V100: F(2x2, 3x3) gives 32 x 7 x 7 = 1568
        // image tiles; CTAs of 32 tiles x 32 channels: 49 x 8 = 392 over 80 SMs =
        // 5 waves, 392 / 400 busy. 16 products per tile: 2.25x fewer FLOPs than direct.
        const RooflineDevice v100(v100_);
        const ConvAlgorithmTime t = winogradFusedTime(conv3x3(32, 256, 256, 14), v100);
        const double flops = 2.0 * 16 * 1568 * 256 * 256;
        QVERIFY(near(2.0 * 6272 * 256 * 2304 / flops, 2.25));
        QVERIFY(gemmKernelIs(t, v100, flops, 392.0 / 400, kFusedWinogradEfficiency));
        // Input, filters and output cross main memory once.
        QVERIFY(near(t.dramBytes, 4.0 * (32 * 256 * 196 + 9 * 256 * 256 + 32 * 196 * 256)));
        QVERIFY(!t.memoryBound);
        QVERIFY(near(t.seconds, t.computeTime));
        // A small grid keeps its 32 x 32 CTAs (no narrow Winograd kernel): B 1, 806 ->
        // 219, 5 x 5 is 9 tiles, 7 CTAs each padded to 32 tiles.
        const ConvAlgorithmTime s = winogradFusedTime(conv3x3(1, 806, 219, 5), v100);
        QVERIFY(near(s.occupancy, (9.0 * 219 / (32 * 32 * 7)) * 7 / 80));
    }

    void nonfusedWinogradByHand() {
        // The same conv by F(4x4, 3x3): 32 x 4 x 4 = 512 tiles of 6 x 6; 36 batched
        // SGEMMs of 512 x 256 x 256 (4x fewer multiplies than direct); the
        // transformed filters, inputs and outputs go through main memory.
        // SGEMM tiles of at least 32: 64 x 64 gives 36 x 8 x 4 = 1152 CTAs, 15 waves
        // of 80 (128 x 64: 576 CTAs in 8 waves, 90% busy).
        const RooflineDevice v100(v100_);
        const ConvAlgorithmTime t = winogradNonfusedTime(conv3x3(32, 256, 256, 14), v100);
        QVERIFY(gemmKernelIs(t, v100, 2.0 * 36 * 512 * 256 * 256, 1152.0 / 1200,
                             kNonfusedWinogradEfficiency));
        const double in = 32.0 * 256 * 196, out = 32.0 * 196 * 256;
        const double bytes =
            4.0 * (256.0 * 256 * (9 + 36) + in + 36.0 * 512 * 256 + 36.0 * 512 * 256 + out +
                   36.0 * (512.0 * 256 + 256.0 * 256 + 512.0 * 256));
        QVERIFY(near(t.dramBytes, bytes));
        // Four kernels: never faster than its GEMM alone.
        QVERIFY(t.seconds > t.computeTime);
    }

    void benchmarkKeepsTheFastest() {
        const RooflineDevice v100(v100_);
        const Operator op = conv3x3(32, 256, 256, 14);
        const double fused = winogradFusedTime(op, v100).seconds;
        const double nonfused = winogradNonfusedTime(op, v100).seconds;
        // A bound below both Winograd times: the implicit GEMM stays, r untouched.
        RooflineResult r;
        r.computeTime = 1e-9;
        double worst = 1e-9;
        QCOMPARE(applyFastestConvAlgorithm(op, v100, r, worst), ConvAlgorithm::implicitGemm);
        QCOMPARE(worst, 1e-9);
        QCOMPARE(r.computeTime, 1e-9);
        // Above both: the faster Winograd replaces the bound.
        worst = 1.0;
        const ConvAlgorithm a = applyFastestConvAlgorithm(op, v100, r, worst);
        QCOMPARE(worst, std::min(fused, nonfused));
        QCOMPARE(
            a, fused <= nonfused ? ConvAlgorithm::winogradFused : ConvAlgorithm::winogradNonfused);
        // The roofline takes the fastest of the three: never slower than either Winograd.
        RooflineResult full;
        evaluateRoofline(op, v100, full);
        QVERIFY(full.timeEach - full.launchTime <= std::min(fused, nonfused) * (1 + 1e-12));
        // What the views read is the algorithm's: its main-memory bytes, and no
        // bound above the time (the implicit GEMM's bytes stayed before).
        const ConvAlgorithmTime kept =
            fused <= nonfused ? winogradFusedTime(op, v100) : winogradNonfusedTime(op, v100);
        const double time = full.timeEach - full.launchTime;
        QVERIFY(near(time, kept.seconds));  // this conv keeps a Winograd algorithm
        QVERIFY(near(full.levelTotal(0), kept.dramBytes));
        QVERIFY(full.computeTime <= time * (1 + 1e-12));
        QVERIFY(full.levelTime[0] <= time * (1 + 1e-12));
        if (full.binding == BindingKind::memory) QVERIFY(near(full.levelTime[0], time));
        // A stride-2 conv is the implicit GEMM, as before.
        Operator s2 = conv3x3(32, 256, 256, 28);
        s2.conv.strideH = s2.conv.strideW = 2;
        evaluateRoofline(s2, v100, full);
        QVERIFY(near(full.occupancy, chooseGemmTile(6272, 256, 2304, 1, 80, false).occupancy));
    }

    void neusightRowsPerGpu() {
        // NeuSight's conv2d rows (fp32, 3 x 3, stride 1, cudnn.benchmark on): the
        // roofline with the shipped specs against the measured time, and the
        // algorithm it keeps against the row's main kernel. Implicit GEMM alone
        // gave 47 / 35 / 54 / 36% MAPE (P100 / P4 / T4 / V100).
        const std::string path = std::string(RIDGELINE_SHARED_DATA) + "/neusight/conv2d_fp32.csv";
        std::ifstream f(path);
        if (!f) QSKIP("../shared/data/neusight is not present");
        const std::map<std::string, std::string> specs{
            {"Tesla P100-PCIE-16GB", "nvidia-p100-pcie-16gb.json"},
            {"Tesla P4", "nvidia-p4.json"},
            {"Tesla T4", "nvidia-t4.json"},
            {"Tesla V100-PCIE-32GB", "nvidia-v100-pcie-32gb.json"}};
        // MAPE at most, and share of rows whose kernel family the choice matches at least.
        const std::map<std::string, std::pair<double, double>> bounds{
            {"Tesla P100-PCIE-16GB", {0.31, 0.50}},
            {"Tesla P4", {0.30, 0.50}},
            {"Tesla T4", {0.28, 0.50}},
            {"Tesla V100-PCIE-32GB", {0.31, 0.50}}};
        std::map<std::string, std::vector<Hardware>> hw;
        for (const auto& [name, file] : specs) hw[name].push_back(test::sampleHardware(file));
        std::map<std::string, double> ape, rows, agree, known;
        std::string line;
        std::getline(f, line);
        while (std::getline(f, line)) {
            std::vector<std::string> v;
            std::stringstream ss(line);
            for (std::string c; std::getline(ss, c, ',');) v.push_back(c);
            if (v.size() < 11 || !specs.count(v[1])) continue;
            Operator op =
                conv3x3(std::stoll(v[2]), std::stoll(v[3]), std::stoll(v[4]), std::stoll(v[6]));
            op.conv.kernelH = op.conv.kernelW = std::stoi(v[5]);
            op.conv.strideH = op.conv.strideW = std::stoi(v[7]);
            op.conv.padH = op.conv.padW = std::stoi(v[8]);
            const double measured = std::stod(v[9]) * 1e-3;
            const RooflineDevice dev(hw[v[1]].front());
            RooflineResult r;
            evaluateRoofline(op, dev, r);
            ape[v[1]] += std::fabs(r.timeEach / measured - 1);
            rows[v[1]] += 1;
            // evaluateRoofline kept the fastest: which one it was.
            const double kept = r.timeEach - r.launchTime;
            const ConvAlgorithm chosen = near(kept, winogradFusedTime(op, dev).seconds, 1e-9)
                                             ? ConvAlgorithm::winogradFused
                                         : near(kept, winogradNonfusedTime(op, dev).seconds, 1e-9)
                                             ? ConvAlgorithm::winogradNonfused
                                             : ConvAlgorithm::implicitGemm;
            ConvAlgorithm data;
            if (kernelAlgorithm(v[10], data)) {
                known[v[1]] += 1;
                agree[v[1]] += chosen == data;
            }
        }
        for (const auto& [name, n] : rows) {
            const double mape = ape[name] / n, share = agree[name] / known[name];
            qInfo(
                "%s: %.0f rows, roofline MAPE %.1f%%, algorithm agrees with the kernel on "
                "%.1f%% of %.0f",
                name.c_str(), n, 100 * mape, 100 * share, known[name]);
            QVERIFY2(mape <= bounds.at(name).first, name.c_str());
            QVERIFY2(share >= bounds.at(name).second, name.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TstConvCosting)
#include "tst_conv_costing.moc"
