// Small (streaming) kernels on a GPU: Little's law caps the bandwidth a
// kernel with few threads reaches, a GPU-side launch + tail sets the floor,
// and a gather is issue-bound. Figures by hand from the sample specs
// (docs/analytical.md, "Small kernels").
#include <QtTest>

#include "core/analytical/roofline.h"
#include "test_specs.h"

using namespace rl;

namespace {

Operator rmsNorm(std::int64_t tokens, std::int64_t hidden) {
    Operator op;
    op.name = "norm";
    op.kind = OpKind::norm;
    op.elementwise = {tokens * hidden, 1, 4.0, hidden};
    return op;
}

RooflineResult cost(const Operator& op, const Hardware& hw) {
    RooflineResult r;
    evaluateRoofline(op, hw, nullptr, r);
    return r;
}

}  // namespace

class TstStreamingKernels : public QObject {
    Q_OBJECT
    Hardware a100_ = test::sampleHardware("nvidia-a100-sxm4-80gb.json");
    Hardware a40_ = test::sampleHardware("nvidia-a40.json");

  private Q_SLOTS:
    void oneTokenNormIsLatencyBound() {
        // 4096 threads x 2 B in flight over 500 ns: 16.4 GB/s; 24,576 B moved.
        const RooflineResult r = cost(rmsNorm(1, 4096), a100_);
        QCOMPARE(r.inflightBytes, 8192.0);
        const double dram = 24576.0 / (8192.0 / 500e-9) + 500e-9;
        QVERIFY(std::fabs(r.levelTime[0] - dram) < 1e-12);
        // + two round trips of GPU-side launch and tail; the host launch apart.
        QVERIFY(std::fabs(r.deviceTime - (dram + 1e-6)) < 1e-12);
        QVERIFY(std::fabs(r.timeEach - (dram + 4e-6)) < 1e-12);
        // VIDUR, Llama-2-7B, 1 token: 5 us (A100).
        QVERIFY2(r.deviceTime > 0.5 * 5e-6 && r.deviceTime < 1.5 * 5e-6,
                 qPrintable(QString::number(r.deviceTime * 1e6)));
    }

    void manyTokenNormFillsTheResidentThreads() {
        // 16K tokens: 108 SMs x 2048 threads x 2 B in flight = 885 GB/s,
        // below 85% of 2039 GB/s; the A40 (84 x 1536 threads) reaches 516 GB/s.
        for (const auto& [hw, threads] : {std::pair{&a100_, 108.0 * 2048}, {&a40_, 84.0 * 1536}}) {
            const RooflineResult r = cost(rmsNorm(16384, 4096), *hw);
            QCOMPARE(r.inflightBytes, threads * 2);
            const double bytes = 16384.0 * 4096 * 4 + 4096 * 2;
            const double bw = std::min(hw->memory[0].bandwidth * 0.85, threads * 2 / 500e-9);
            QVERIFY(std::fabs(r.levelTime[0] / (bytes / bw + 500e-9) - 1) < 1e-12);
        }
        // VIDUR, Llama-2-7B at 4096 tokens: A100 104 us, A40 177 us.
        const double a100 = cost(rmsNorm(4096, 4096), a100_).deviceTime;
        const double a40 = cost(rmsNorm(4096, 4096), a40_).deviceTime;
        QVERIFY2(std::fabs(a100 / 104e-6 - 1) < 0.3, qPrintable(QString::number(a100 * 1e6)));
        QVERIFY2(std::fabs(a40 / 177e-6 - 1) < 0.3, qPrintable(QString::number(a40 * 1e6)));
    }

    void vectorisedAddReachesTheStreamingEfficiency() {
        Operator add;
        add.name = "add";
        add.kind = OpKind::elementwise;
        add.elementwise = {4096LL * 4096, 2, 1.0, 0};
        const RooflineResult r = cost(add, a100_);
        // 16-byte loads of both inputs per 8 elements: 4 B in flight per element.
        QCOMPARE(r.inflightBytes, 108.0 * 2048 * 32);
        const double bytes = 4096.0 * 4096 * 6;
        QVERIFY(std::fabs(r.levelTime[0] / (bytes / (2039e9 * 0.85) + 500e-9) - 1) < 1e-12);
    }

    void gatherIsIssueBound() {
        Operator emb;
        emb.name = "embedding";
        emb.kind = OpKind::embedding;
        emb.elementwise = {4096LL * 4096, 1, 0.0, 4096LL * 4096};
        const RooflineResult r = cost(emb, a100_);
        // 2 cycles per element per SM at 1.41 GHz.
        const double issue = 4096.0 * 4096 * 2 / 108 / 1.41e9;
        QVERIFY(std::fabs(r.computeTime / issue - 1) < 1e-12);
        QVERIFY(r.computeTime > r.levelTime[0]);
    }

    void nonGpuDevicesKeepTheStreamingEfficiency() {
        Hardware tpu = a100_;
        tpu.kind = "tpu";
        const RooflineResult r = cost(rmsNorm(1, 4096), tpu);
        QCOMPARE(r.inflightBytes, 0.0);
        QVERIFY(std::fabs(r.levelTime[0] - (24576.0 / (2039e9 * 0.85) + 500e-9)) < 1e-15);
        QCOMPARE(r.deviceTime, r.timeEach - tpu.kernelLaunchS);
    }
};

QTEST_GUILESS_MAIN(TstStreamingKernels)
#include "tst_streaming_kernels.moc"
