// Small (streaming) kernels on a GPU: Little's law caps the bandwidth a
// kernel with few threads reaches, a GPU-side launch + tail sets the floor,
// and a gather keeps its library launch's threads in flight and issues its
// index arithmetic on the FP32 lanes. Row kernels (norms, RoPE, gated activations):
// one thread block per token that loops over its row, one round trip per
// pass; a gather of few tokens walks its indices. Figures by hand from the
// sample specs (A100: 108 SMs x 2048 threads, HBM 500 ns, L2 200 ns; A40: 84
// SMs x 1536 threads); docs/analytical.md, "Small kernels" and "Row kernels".
#include <QtTest>

#include <cmath>

#include "core/analytical/gather_kernel.h"
#include "core/analytical/roofline.h"
#include "core/analytical/row_kernels.h"
#include "core/workload/embedding_op.h"
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

Operator rowKernel(OpKind kind, const char* detail, std::int64_t rows, std::int64_t width,
                   int inputs = 1) {
    Operator op;
    op.name = detail;
    op.kind = kind;
    op.detail = detail;
    op.elementwise.elements = rows * width;
    op.elementwise.inputs = inputs;
    op.elementwise.flopsPerElement = 4.0;
    op.elementwise.weightElements = kind == OpKind::norm ? width : 0;
    op.elementwise.rowWidth = width;
    return op;
}

RooflineResult cost(const Operator& op, const Hardware& hw) {
    RooflineResult r;
    evaluateRoofline(op, hw, nullptr, r);
    return r;
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-12 + 1e-9 * std::fabs(b); }

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
        // 128 FP32-lane cycles per element on 64 lanes per SM (19.5 TFLOP/s / 2 /
        // 108 / 1.41 GHz = 64.03): 2 cycles per element per SM at 1.41 GHz.
        const double lanes = 19.5e12 / (2 * 108 * 1.41e9);
        const double issue = 4096.0 * 4096 * 128 / (108 * lanes) / 1.41e9;
        QVERIFY(std::fabs(issue / (4096.0 * 4096 * 2 / 108 / 1.41e9) - 1) < 1e-3);
        QVERIFY(std::fabs(r.computeTime / issue - 1) < 1e-12);
        QVERIFY(r.computeTime > r.levelTime[0]);
    }

    void gatherFollowsTheLibraryLaunchAndLanes() {
        // index_select's large-index kernel launches 8 blocks of 128 threads per
        // SM, not the SM's 1536-2048 resident threads, and its index arithmetic
        // issues on the FP32 lanes: 64 per A100 SM (19.5 TFLOP/s / 2 / 108 /
        // 1.41 GHz), 128 per A40 SM (37.4 / 2 / 84 / 1.74).
        QVERIFY(std::fabs(fp32LanesPerUnit(a100_) - 64.0) < 0.1);
        QVERIFY(std::fabs(fp32LanesPerUnit(a40_) - 128.0) < 0.1);
        QCOMPARE(gatherThreads(4096.0 * 4096, 84, 1536), 84.0 * 1024);
        QCOMPARE(gatherThreads(1000, 84, 1536), 1000.0);
        QCOMPARE(gatherThreads(1e9, 10, 512), 10.0 * 512);
        Operator emb;
        emb.name = "emb";
        makeEmbeddingLookup(emb, 4096, 4096);
        // A40, Llama-2-7B at 4096 tokens: 2 x 33.5 MB over 84 x 1024 threads x 2 B
        // per 500 ns (344 GB/s) = 195 us + 500 ns, above the issue bound of
        // 4096^2 x 128 / (84 x 128) cycles at 1.74 GHz (115 us): memory binds
        // (VIDUR measured 202 us; the old 2 cycles per element at 1536 threads
        // per SM: 230 us, issue-bound).
        const RooflineResult r = cost(emb, a40_);
        QCOMPARE(r.inflightBytes, 84.0 * 1024 * 2);
        const double lanes = 37.4e12 / (2 * 84 * 1.74e9);
        QVERIFY(near(r.computeTime, 4096.0 * 4096 * 128 / (84 * lanes) / 1.74e9));
        const double bytes = 4096.0 * 4096 * 2 * 2;
        QVERIFY(near(r.levelTime[0], bytes / (84.0 * 1024 * 2 / 500e-9) + 500e-9));
        QVERIFY(r.levelTime[0] > r.computeTime);
        QVERIFY(std::fabs(r.deviceTime / 202e-6 - 1) < 0.05);
        // A spec without an fp32 peak gets the A100's 64 lanes (2 cycles per element).
        Hardware bare = a40_;
        bare.compute.peakFlops.erase(DType::fp32);
        QVERIFY(near(gatherIssueCycles(84.0 * 1000, bare), 2000.0));
        // A compute what-if doubles the lanes as a spec with twice the peaks would.
        ResourceScale twice;
        twice.compute = 2;
        RooflineResult scaled;
        evaluateRoofline(emb, a40_, &twice, scaled);
        QVERIFY(near(scaled.computeTime, r.computeTime / 2));
    }

    void nonGpuDevicesKeepTheStreamingEfficiency() {
        Hardware tpu = a100_;
        tpu.kind = "tpu";
        const RooflineResult r = cost(rmsNorm(1, 4096), tpu);
        QCOMPARE(r.inflightBytes, 0.0);
        QVERIFY(std::fabs(r.levelTime[0] - (24576.0 / (2039e9 * 0.85) + 500e-9)) < 1e-15);
        QCOMPARE(r.deviceTime, r.timeEach - tpu.kernelLaunchS);
    }

    void geometryFollowsTheLaunchTemplates() {
        // RMSNorm of 8192: blocks of 1024 loop 8 times, the scaling pass re-reads from cache.
        RowKernelGeometry g = rowKernelGeometry(rowKernel(OpKind::norm, "rms", 1, 8192), 108, 2048);
        QCOMPARE(g.threadsPerBlock, 1024.0);
        QCOMPARE(g.passes, 8.0);
        QCOMPARE(g.cachedPasses, 8.0);
        QCOMPARE(g.waves, 1.0);
        // RoPE of Llama-2-7B at TP 1: (32 + 32) heads x 128 = 4096 pairs, blocks of 512.
        g = rowKernelGeometry(rowKernel(OpKind::elementwise, "rope", 1, 8192), 108, 2048);
        QCOMPARE(g.threadsPerBlock, 512.0);
        QCOMPARE(g.passes, 8.0);
        QCOMPARE(g.cachedPasses, 0.0);
        // 4096 tokens of a 4096-wide norm: two blocks of 1024 per A100 SM, 216 at once: 19 waves;
        // one block per A40 SM (1536 threads): 84 at once, 49 waves.
        QCOMPARE(rowKernelGeometry(rowKernel(OpKind::norm, "rms", 4096, 4096), 108, 2048).waves,
                 19.0);
        QCOMPARE(rowKernelGeometry(rowKernel(OpKind::norm, "rms", 4096, 4096), 84, 1536).waves,
                 49.0);
        // Flat kernels are no row kernels: a residual add, an ungated GELU, a layer norm.
        QCOMPARE(
            rowKernelGeometry(rowKernel(OpKind::elementwise, "add", 1, 4096, 2), 108, 2048).waves,
            0.0);
        QCOMPARE(
            rowKernelGeometry(rowKernel(OpKind::activation, "gelu", 1, 11008), 108, 2048).waves,
            0.0);
        QCOMPARE(rowKernelGeometry(rowKernel(OpKind::norm, "layer", 1, 8192), 108, 2048).waves,
                 0.0);
        // No row width: nothing known of the launch.
        Operator plain = rowKernel(OpKind::norm, "rms", 1, 8192);
        plain.elementwise.rowWidth = 0;
        QCOMPARE(rowKernelGeometry(plain, 108, 2048).waves, 0.0);
    }

    void oneTokenGatedActivationWaitsOnItsLoop() {
        // Llama-2-70B's SiLU x gate at TP 1, one token: 28672 wide, one block of 1024
        // threads, 28 passes of 500 ns = 14 us (+ 1 us GPU-side launch and tail).
        const RooflineResult r =
            cost(rowKernel(OpKind::activation, "silu*gate", 1, 28672, 2), a100_);
        QVERIFY(near(r.levelTime[0], 28 * 500e-9));
        QVERIFY(near(r.deviceTime, 28 * 500e-9 + 1e-6));
        QCOMPARE(r.binding, BindingKind::memory);
        QCOMPARE(r.bindingLevel, 0);
        // Without the loop Little's law alone says 28672 threads x 2 B in flight:
        // 172,032 B / (57,344 B / 500 ns) + 500 ns = 2 us; VIDUR measured 22 us (A100)
        // and 10-15 us (A40).
        Operator flat = rowKernel(OpKind::activation, "silu*gate", 1, 28672, 2);
        flat.elementwise.rowWidth = 0;
        QVERIFY(near(cost(flat, a100_).levelTime[0], 172032.0 / (57344.0 / 500e-9) + 500e-9));
        QVERIFY(r.deviceTime > 5 * cost(flat, a100_).levelTime[0]);
    }

    void oneTokenNormAddsItsCachedPass() {
        // 8192-wide RMSNorm, one token: 8 passes at 500 ns + 8 at the L2's 200 ns = 5.6 us.
        const RooflineResult r = cost(rowKernel(OpKind::norm, "rms", 1, 8192), a100_);
        QVERIFY(near(r.levelTime[0], 8 * 500e-9 + 8 * 200e-9));
        // VIDUR, Llama-2-70B, one token: 8 us (A100), 6 us (A40); the model: 6.6 us.
        QVERIFY(r.deviceTime > 0.7 * 8e-6 && r.deviceTime < 1.3 * 6e-6);
    }

    void oneTokenRopeOnBothDevices() {
        // Llama-2-7B at TP 1, one token: 16 KiB of q and k, in the L2. Its block runs on
        // one SM: 4096 pairs x 86 cycles on that SM's 64 INT32 lanes (3.9 us on the A100,
        // 3.2 us on the A40) + the position/cos-sin round trip + 1 us; VIDUR: 5 us (A100),
        // 4-5 us (A40). The 8 passes wait the L2 (8 x 200 ns), which does not bind.
        const Operator rope = rowKernel(OpKind::elementwise, "rope", 1, 8192);
        for (auto [hw, clock] : {std::pair{a100_, 1.41e9}, std::pair{a40_, 1.74e9}}) {
            hw.kernelLaunchS = 0;  // the host launch would hide what binds on the GPU
            const RooflineResult r = cost(rope, hw);
            const double issue = 4096.0 * 86 / (64 * clock) + 500e-9;
            QVERIFY(near(r.computeTime, issue));
            QVERIFY(near(r.deviceTime, issue + 1e-6));
            QCOMPARE(r.binding, BindingKind::compute);
            // No main-memory bytes and no main-memory time: the chain is the L2's.
            QCOMPARE(r.levelTotal(0), 0.0);
            QCOMPARE(r.levelTime[0], 0.0);
            QVERIFY(near(r.levelTime[1], 8 * 200e-9));
        }
    }

    void ropeInTheL2NeverReadsBoundByMainMemory() {
        // A row that moves no main-memory bytes binds on the L2 or the lanes, never on
        // main memory (the decode row of a Llama-2-7B project read "0 B, bound by
        // HBM2e"). With 8x the clock the lanes leave one token's 8 passes to the L2.
        Hardware a100 = a100_, a40 = a40_;
        a100.kernelLaunchS = a40.kernelLaunchS = 0;
        Hardware fast = a40;
        fast.compute.clockHz *= 8;
        for (const Hardware& hw : {a100, a40, fast})
            for (std::int64_t tokens : {1, 8, 64, 256, 1024})
                for (std::int64_t width : {1024, 2560, 8192}) {
                    const RooflineResult r =
                        cost(rowKernel(OpKind::elementwise, "rope", tokens, width), hw);
                    if (r.levelTotal(0) > 0) continue;
                    QVERIFY(r.binding != BindingKind::memory || r.bindingLevel == 1);
                }
        const RooflineResult r = cost(rowKernel(OpKind::elementwise, "rope", 1, 8192), fast);
        QCOMPARE(r.binding, BindingKind::memory);
        QCOMPARE(r.bindingLevel, 1);
        QVERIFY(near(r.levelTime[1], 8 * 200e-9));
        QVERIFY(near(rowKernelChainTime(rowKernel(OpKind::elementwise, "rope", 1, 8192),
                                        RooflineDevice(fast)),
                     8 * 200e-9));
        QCOMPARE(rowKernelChainLevel(rowKernel(OpKind::elementwise, "rope", 1, 8192),
                                     RooflineDevice(fast)),
                 1);
    }

    void inPlaceRopeThatFitsStaysInTheL2() {
        // Llama-2-7B at TP 8, 1024 tokens: (4 + 4) heads x 128 = 1024 wide, 2 MiB of q and
        // k rotated in place, within half the A40's 6 MiB L2 (tileCapacity). Main memory
        // sees no bytes; the passes wait the L2: 5 waves of one 512-thread block per token
        // (3 per SM x 84) x 200 ns. The L2 serves 4 MiB at 84 x 1536 x 2 B per 200 ns.
        const Operator rope = rowKernel(OpKind::elementwise, "rope", 1024, 1024);
        const RooflineDevice a40(a40_);
        QVERIFY(rowKernelStaysInCache(rope, a40));
        const RooflineResult r = cost(rope, a40_);
        QCOMPARE(r.levelTotal(0), 0.0);
        QCOMPARE(r.levelTime[0], 0.0);
        QCOMPARE(rowKernelChainLevel(rope, a40), 1);
        QVERIFY(near(rowKernelChainTime(rope, a40), 5 * 200e-9));
        const double bytes = 1024.0 * 1024 * 4;
        QVERIFY(near(r.levelTotal(1), bytes));
        QVERIFY(near(r.levelTime[1], bytes / (84.0 * 1536 * 2 / 200e-9) + 200e-9));
        // The L2 would allow 1.29 TB/s; the index arithmetic of 512 Ki pairs at 86
        // INT32-lane cycles each on 84 x 64 lanes at 1.74 GHz (+ one round trip) binds:
        // 5.3 us, 6.3 us on the GPU (VIDUR: 6 us; before: 9.6 us from main memory).
        const double issue = 524288.0 * 86 / (84 * 64 * 1.74e9) + 500e-9;
        QVERIFY(near(rowKernelIssueTime(rope, a40), issue));
        QVERIFY(near(r.computeTime, issue));
        QCOMPARE(r.binding, BindingKind::compute);
        QVERIFY(near(r.deviceTime, issue + 1e-6));
        // The A100 (20 MiB of its 40 MiB) keeps it too; its 64 INT32 lanes per SM at
        // 1.41 GHz give 5.1 us + 1 us (VIDUR: 6 us).
        QVERIFY(rowKernelStaysInCache(rope, RooflineDevice(a100_)));
        QVERIFY(near(cost(rope, a100_).deviceTime,
                     524288.0 * 86 / (108 * 64 * 1.41e9) + 500e-9 + 1e-6));
        // The INT32 lanes are no FLOP peak: a compute what-if leaves them, as a spec
        // with twice the peaks does (explain.cpp's what-if equals that edit).
        ResourceScale twice;
        twice.compute = 2;
        QVERIFY(near(rowKernelIssueTime(rope, RooflineDevice(a40_, &twice)), issue));
        Hardware doubled = a40_;
        for (auto& [type, peak] : doubled.compute.peakFlops) peak *= 2;
        QVERIFY(near(rowKernelIssueTime(rope, RooflineDevice(doubled)), issue));
    }

    void ropeBeyondTheL2StreamsFromMainMemory() {
        // 2048 tokens: 4 MiB of q and k, more than half the A40's L2 (VIDUR: 16 us, DRAM
        // speed): main memory carries read + write, Little's law as before.
        const Operator rope = rowKernel(OpKind::elementwise, "rope", 2048, 1024);
        QVERIFY(!rowKernelStaysInCache(rope, RooflineDevice(a40_)));
        const RooflineResult r = cost(rope, a40_);
        const double bytes = 2048.0 * 1024 * 4;
        QVERIFY(near(r.levelTotal(0), bytes));
        QVERIFY(near(r.levelTime[0], bytes / (84.0 * 1536 * 2 / 500e-9) + 500e-9));
        QCOMPARE(r.bindingLevel, 0);
        // Out-of-place kernels and the flat model keep main memory whatever their size;
        // a scratchpad or a non-GPU device has no such cache.
        const Operator norm = rowKernel(OpKind::norm, "rms", 16, 4096);
        QCOMPARE(rowKernelChainLevel(rope, RooflineDevice(a40_)), 0);
        QVERIFY(!rowKernelStaysInCache(norm, RooflineDevice(a40_)));
        QCOMPARE(rowKernelChainLevel(norm, RooflineDevice(a40_)), 0);
        QCOMPARE(rowKernelIssueTime(norm, RooflineDevice(a40_)), 0.0);
        Operator flat = rope;
        flat.elementwise.rowWidth = 0;
        QVERIFY(!rowKernelStaysInCache(flat, RooflineDevice(a40_)));
        Hardware cpu = a40_;
        cpu.kind = "cpu";
        QVERIFY(!rowKernelStaysInCache(rope, RooflineDevice(cpu)));
        QCOMPARE(rowKernelIssueTime(rope, RooflineDevice(cpu)), 0.0);
        Hardware sram = a40_;
        sram.memory[1].kind = "sram";
        QVERIFY(!rowKernelStaysInCache(rowKernel(OpKind::elementwise, "rope", 1024, 1024),
                                       RooflineDevice(sram)));
    }

    void fewTokenGatherWalksItsIndices() {
        // Embedding of 8 tokens x 4096: PyTorch's small-index gather, 8 serial passes of
        // 500 ns = 4 us (+ 1 us); Little's law alone: 131,072 B over 65,536 B per 500 ns
        // + 500 ns = 1.5 us. VIDUR, Llama-2-7B, 8 tokens: 8 us (A100), 6 us (A40).
        Operator emb;
        emb.name = "emb";
        makeEmbeddingLookup(emb, 8, 4096);
        QCOMPARE(rowKernelGeometry(emb, 108, 2048).passes, 8.0);
        const RooflineResult r = cost(emb, a100_);
        QVERIFY(near(r.levelTime[0], 8 * 500e-9));
        QVERIFY(near(r.deviceTime, 5e-6));
        // 17 tokens take the flat kernel: no chain.
        Operator many;
        makeEmbeddingLookup(many, 17, 4096);
        QCOMPARE(rowKernelGeometry(many, 108, 2048).waves, 0.0);
        QVERIFY(cost(many, a100_).levelTime[0] < 4e-6);
    }

    void manyTokensStayBandwidthBound() {
        // 4096 tokens x 4096 on the A100: 19 waves x (4 x 500 + 4 x 200 ns) = 53.2 us of
        // passes, below Little's law's 221,184 threads x 2 B over 500 ns for 67.1 MB
        // (75.8 us + 500 ns): the loop does not bind, the ramp does.
        const Operator norm = rowKernel(OpKind::norm, "rms", 4096, 4096);
        QVERIFY(
            near(rowKernelChainTime(norm, RooflineDevice(a100_)), 19 * (4 * 500e-9 + 4 * 200e-9)));
        const double bytes = 4096.0 * 4096 * 2 * 2 + 4096 * 2;
        const double little = bytes / (221184.0 * 2 / 500e-9) + 500e-9;
        QVERIFY(near(cost(norm, a100_).levelTime[0], little));
        // On a non-GPU spec there is no chain at all.
        Hardware cpu = a100_;
        cpu.kind = "cpu";
        QCOMPARE(rowKernelChainTime(norm, RooflineDevice(cpu)), 0.0);
    }
};

QTEST_GUILESS_MAIN(TstStreamingKernels)
#include "tst_streaming_kernels.moc"
