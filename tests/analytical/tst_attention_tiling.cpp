// FlashAttention-2 KV-cache kernel: the tiling math (grid, splits, per-CTA
// work) on shapes worked out by hand, and the time model's per-tile cycles
// and bounds on the A100 sample spec.
#include <QtTest>

#include "core/analytical/attention_tiling.h"
#include "core/analytical/attention_time.h"
#include "core/analytical/roofline.h"
#include "test_specs.h"

using namespace rl;

namespace {

// Llama-2-70B at TP 2 per GPU: 32 query heads, 4 KV heads, head dim 128.
Operator llamaAttention(std::int64_t batch, std::int64_t queryLen, std::int64_t kvLen,
                        const char* phase) {
    Operator op;
    op.name = "attention";
    op.kind = OpKind::attention;
    op.phase = phase;
    op.attention = {batch, 32, 4, 128, queryLen, kvLen, true};
    return op;
}

// The grid of one launch, compared as a whole against one worked out by hand.
struct Grid {
    FlashKernel kernel;
    int blockM, blockN;
    std::int64_t mBlocks, nBlocks;
    int splits;
    double ctas, smemBytes;
    bool operator==(const Grid&) const = default;
};

Grid gridOf(const FlashTiling& t) {
    return {t.kernel, t.blockM, t.blockN, t.mBlocks, t.nBlocks, t.splits, t.ctas, t.smemBytes};
}

// What QCOMPARE prints when the grids differ.
char* toString(const Grid& g) {
    return QTest::toString(
        QString("kernel %1, %2 x %3 tiles, %4 x %5 blocks, %6 splits, %7 CTAs, %8 B shared")
            .arg(static_cast<int>(g.kernel))
            .arg(g.blockM)
            .arg(g.blockN)
            .arg(g.mBlocks)
            .arg(g.nBlocks)
            .arg(g.splits)
            .arg(g.ctas)
            .arg(g.smemBytes));
}

}  // namespace

class TstAttentionTiling : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void promptRunsTheForwardKernel() {
        // A 4096-token prompt with nothing cached: the forward kernel, 128 x 64
        // tiles, 32 query blocks x 32 heads = 1024 CTAs, no split, no append.
        const FlashTiling t = flashTiling(1, 32, 4, 128, 4096, 4096, true, 2.0, 108);
        QCOMPARE(gridOf(t), (Grid{FlashKernel::forward, 128, 64, 32, 64, 1, 1024.0,
                                  (128.0 + 2 * 64) * 128 * 2}));
        // Causal: query block m attends to 2 (m + 1) tiles of 64 keys.
        QCOMPARE(flashCtaWork(t, 0, 0, 128).tiles, std::int64_t(2));
        QCOMPARE(flashCtaWork(t, 31, 0, 128).tiles, std::int64_t(64));
        QCOMPARE(flashCtaWork(t, 31, 0, 128).appendLoads, std::int64_t(0));
        std::int64_t tiles = 0;
        for (int m = 0; m < 32; ++m) tiles += flashCtaWork(t, m, 0, 128).tiles;
        QCOMPARE(tiles, std::int64_t(1056));  // 2 x (1 + ... + 32)
    }

    void chunkAfterCachedTokens() {
        // 4096 new tokens after one cached: the KV-cache kernel, 64 query rows
        // per CTA, 128-key tiles: 64 query blocks x 32 heads = 2048 CTAs, enough
        // to fill 0.8 x 216 slots: no split.
        const FlashTiling t = flashTiling(1, 32, 4, 128, 4096, 4097, true, 2.0, 108);
        QCOMPARE(gridOf(t), (Grid{FlashKernel::kvCache, 64, 128, 64, 33, 1, 2048.0,
                                  (64.0 + 2 * 128) * 128 * 2}));
        QCOMPARE(t.cached, std::int64_t(1));
        // Query block m attends to ceil(((m + 1) 64 + 1) / 128) tiles and copies
        // the new keys of those tiles: 16 rows per pass, 2 column passes, K and V.
        const FlashCtaWork first = flashCtaWork(t, 0, 0, 128);
        QCOMPARE(first.tiles, std::int64_t(1));
        QCOMPARE(first.appendRows, std::int64_t(127));
        QCOMPARE(first.appendLoads, std::int64_t(8 * 2 * 2));
        const FlashCtaWork last = flashCtaWork(t, 63, 0, 128);
        QCOMPARE(last.tiles, std::int64_t(33));
        QCOMPARE(last.appendRows, std::int64_t(4096));
        QCOMPARE(last.appendLoads, std::int64_t((32 * 8 + 1) * 2 * 2));
        // 1024 new tokens after 1024 cached: only tiles holding new keys are copied.
        const FlashTiling c = flashTiling(1, 32, 4, 128, 1024, 2048, true, 2.0, 108);
        QCOMPARE(c.cached, std::int64_t(1024));
        const FlashCtaWork w = flashCtaWork(c, 0, 0, 128);
        QCOMPARE(w.tiles, std::int64_t(9));  // ceil((64 + 1024) / 128)
        QCOMPARE(w.appendRows, std::int64_t(128));
        // A short chunk after a long cache splits the keys: 32 CTAs, 32 tiles.
        const FlashTiling s = flashTiling(1, 32, 4, 128, 64, 4064, true, 2.0, 108);
        QCOMPARE(s.splits, 6);
        QCOMPARE(s.ctas, 32.0 * 6);
    }

    void decodeStacksTheGroup() {
        // Decode at 4032 cached tokens: the 8 query heads of a KV head are the
        // rows of one tile, so 4 CTAs per sequence read K and V once each.
        const FlashTiling t = flashTiling(1, 32, 4, 128, 1, 4033, true, 2.0, 108);
        QVERIFY(t.groupsAsRows);
        QVERIFY(!t.causal);
        QCOMPARE(t.heads, std::int64_t(4));
        QCOMPARE(t.rows, std::int64_t(8));
        QCOMPARE(t.mBlocks, std::int64_t(1));
        QCOMPARE(t.nBlocks, std::int64_t(32));
        QCOMPARE(t.splits, 32);  // 4 CTAs fill 216 slots best at 32 splits
        QCOMPARE(t.ctas, 128.0);
        const FlashCtaWork lastSplit = flashCtaWork(t, 0, 31, 128);
        QCOMPARE(lastSplit.tiles, std::int64_t(1));
        QCOMPARE(lastSplit.appendRows, std::int64_t(1));
        QCOMPARE(lastSplit.appendLoads, std::int64_t(1 * 2 * 2));
        QCOMPARE(flashCtaWork(t, 0, 0, 128).appendRows, std::int64_t(0));
        // MHA decode keeps one head per CTA.
        QVERIFY(!flashTiling(8, 32, 32, 128, 1, 1000, true, 2.0, 108).groupsAsRows);
    }

    void splitHeuristic() {
        // 43 sequences x 4 KV heads = 172 CTAs < 0.8 x 216: split 9 tiles 5 ways
        // (860 CTAs, 3.98 waves); 44 x 4 = 176 fills the GPU: no split.
        QCOMPARE(flashSplitHeuristic(172, 216, 9, 128), 5);
        QCOMPARE(flashSplitHeuristic(176, 216, 9, 128), 1);
        QCOMPARE(flashSplitHeuristic(96, 216, 9, 128), 2);
        QCOMPARE(flashSplitHeuristic(4, 216, 1, 128), 1);  // one tile cannot split
        QCOMPARE(flashSplitHeuristic(4, 0, 8, 128), 1);
    }

    void tileCyclesOnTheA100() {
        const Hardware hw = test::sampleHardware("nvidia-a100-sxm4-80gb.json");
        const RooflineDevice dev(hw);
        const FlashAttentionTime fa =
            flashAttentionTime(llamaAttention(1, 4096, 4097, "prefill"), dev);
        QVERIFY(fa.applies);
        // 80 KiB of tiles: two CTAs per SM in 192 KiB.
        QCOMPARE(fa.ctasPerUnit, 2);
        QCOMPARE(fa.slots, 216.0);
        QVERIFY(std::fabs(fa.waves - 2048.0 / 216.0) < 1e-9);
        // 4 x 64 x 128 x 128 FLOP at 312 TFLOP/s / (108 SMs x 1.41 GHz).
        QVERIFY(std::fabs(fa.tensorCycles - 4.0 * 64 * 128 * 128 / (312e12 / (108 * 1.41e9))) <
                1e-6);
        // 336 KiB through shared memory at 0.8 x 19.5 TB/s / (108 x 1.41 GHz).
        QVERIFY(std::fabs(fa.smemCycles - 344064.0 / (0.8 * 19.5e12 / (108 * 1.41e9))) < 1e-6);
        // 8192 scores: 4 FP32 ops on 64 lanes and one exp2 on 16 SFUs each.
        const double lanes = 19.5e12 / (2 * 108 * 1.41e9);
        QVERIFY(std::fabs(fa.softmaxCycles - (8192.0 * 4 / lanes + 8192.0 / (lanes / 4))) < 1e-6);
        QCOMPARE(fa.tileCycles, fa.smemCycles + fa.softmaxCycles);
        QCOMPARE(fa.bound, FlashBound::schedule);
        QCOMPARE(fa.combineS, 0.0);
        // Decode of 128 sequences at 4K: streams the cache from DRAM.
        const FlashAttentionTime d =
            flashAttentionTime(llamaAttention(128, 1, 4033, "decode"), dev);
        QVERIFY(d.applies);
        QCOMPARE(d.tiling.splits, 1);
        QVERIFY(d.dramS > 0.5 * d.seconds);
        // A split decode adds the combine kernel.
        const FlashAttentionTime one =
            flashAttentionTime(llamaAttention(1, 1, 4033, "decode"), dev);
        QVERIFY(one.combineS > 0);
        QVERIFY(one.seconds < d.seconds);
    }

    void onlyInferenceOnGpus() {
        const Hardware hw = test::sampleHardware("nvidia-a100-sxm4-80gb.json");
        const RooflineDevice dev(hw);
        // Training's forward pass runs another kernel: the roofline keeps it.
        QVERIFY(!flashAttentionTime(llamaAttention(1, 2048, 2048, "forward"), dev).applies);
        RooflineResult fwd, inf;
        evaluateRoofline(llamaAttention(1, 2048, 2048, "forward"), dev, fwd);
        evaluateRoofline(llamaAttention(1, 2048, 2048, "prefill"), dev, inf);
        QVERIFY(fwd.timeEach != inf.timeEach);
        const FlashAttentionTime fa =
            flashAttentionTime(llamaAttention(1, 2048, 2048, "prefill"), dev);
        QCOMPARE(inf.timeEach, fa.seconds + hw.kernelLaunchS);
        // Not a GPU: no tiling model.
        Hardware cpu = hw;
        cpu.kind = "cpu";
        QVERIFY(!flashAttentionTime(llamaAttention(1, 2048, 2048, "prefill"), RooflineDevice(cpu))
                     .applies);
        // No fp32 peak to run the softmax on: not costed by the model.
        Hardware noFp32 = hw;
        noFp32.compute.peakFlops.erase(DType::fp32);
        QVERIFY(
            !flashAttentionTime(llamaAttention(1, 2048, 2048, "prefill"), RooflineDevice(noFp32))
                 .applies);
        // Twice the tensor and fp32 peaks (a what-if) shorten a compute-bound chunk.
        ResourceScale twice;
        twice.compute = 2.0;
        const FlashAttentionTime fast = flashAttentionTime(llamaAttention(1, 4096, 8192, "prefill"),
                                                           RooflineDevice(hw, &twice));
        const FlashAttentionTime base =
            flashAttentionTime(llamaAttention(1, 4096, 8192, "prefill"), dev);
        QVERIFY(fast.seconds < base.seconds);
        QVERIFY(fast.tileCycles < base.tileCycles);
    }
};

QTEST_GUILESS_MAIN(TstAttentionTiling)
#include "tst_attention_tiling.moc"
