#include "core/analytical/attention_tiling.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rl {

namespace {

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return b > 0 ? (a + b - 1) / b : 0; }

// The global-memory copy moves 16 bytes per thread per pass.
constexpr double kCopyVectorBytes = 16;
// FlashAttention-2 caps the split count at 128.
constexpr int kMaxSplits = 128;
// The split heuristic assumes two 128-thread CTAs per SM ("num_SMs * 2").
constexpr int kHeuristicCtasPerUnit = 2;

}  // namespace

int flashSplitHeuristic(std::int64_t ctasWithoutSplit, int slots, std::int64_t nBlocks,
                        int maxSplits) {
    if (slots <= 0 || nBlocks <= 0) return 1;
    if (static_cast<double>(ctasWithoutSplit) >= 0.8 * slots) return 1;
    const int cap = static_cast<int>(
        std::min<std::int64_t>({static_cast<std::int64_t>(maxSplits), slots, nBlocks}));
    // A split count whose tiles per split equal the previous count's is the same split.
    auto eligible = [nBlocks](int s) {
        return s == 1 || ceilDiv(nBlocks, s) != ceilDiv(nBlocks, s - 1);
    };
    std::vector<double> efficiency(static_cast<std::size_t>(std::max(cap, 0)), 0.0);
    double best = 0;
    for (int s = 1; s <= cap; ++s) {
        if (!eligible(s)) continue;
        const double waves = static_cast<double>(ctasWithoutSplit) * s / slots;
        const double e = waves / std::ceil(waves);
        efficiency[static_cast<std::size_t>(s - 1)] = e;
        best = std::max(best, e);
    }
    for (int s = 1; s <= cap; ++s)
        if (eligible(s) && efficiency[static_cast<std::size_t>(s - 1)] >= 0.85 * best) return s;
    return 1;
}

FlashTiling flashTiling(std::int64_t batch, std::int64_t qHeads, std::int64_t kvHeads,
                        std::int64_t headDim, std::int64_t queryLen, std::int64_t kvLen,
                        bool causal, double elementBytes, int units) {
    FlashTiling t;
    const std::int64_t d = std::max<std::int64_t>(1, headDim);
    const std::int64_t kvh =
        std::clamp<std::int64_t>(kvHeads, 1, std::max<std::int64_t>(1, qHeads));
    t.blockN = d <= 64 ? 256 : (d <= 128 ? 128 : 64);
    t.copyColumns = d % 64 == 0 ? 64 : 32;
    t.batch = std::max<std::int64_t>(0, batch);
    t.heads = std::max<std::int64_t>(1, qHeads);
    t.rows = std::max<std::int64_t>(1, queryLen);
    t.keys = std::max(kvLen, t.rows);
    t.appended = t.rows;
    t.cached = t.keys - t.appended;
    if (t.rows > 1 && t.cached == 0) {
        // A prompt with nothing cached runs the plain forward kernel
        // (flash_attn_varlen_func; the engine writes the cache in a separate
        // kernel): 128-row tiles, 128 keys for d <= 64, 64 up to 128 (sm80's
        // choice), 64 x 64 above; no split, no append.
        t.kernel = FlashKernel::forward;
        t.blockM = d <= 128 ? 128 : 64;
        t.blockN = d <= 64 ? 128 : 64;
        t.appended = 0;
    }
    t.causal = causal;
    t.elementBytes = std::max(0.5, elementBytes);
    if (t.rows == 1) {
        // One query per sequence: the mask is empty and the library drops it;
        // with GQA the group's query heads are stacked as the tile's rows.
        t.causal = false;
        if (t.heads > kvh) {
            t.groupsAsRows = true;
            t.rows = t.heads / kvh;
            t.heads = kvh;
        }
    }
    t.mBlocks = ceilDiv(t.rows, t.blockM);
    t.nBlocks = ceilDiv(t.keys, t.blockN);
    t.splits = t.kernel == FlashKernel::forward
                   ? 1
                   : flashSplitHeuristic(t.batch * t.heads * t.mBlocks,
                                         kHeuristicCtasPerUnit * std::max(1, units), t.nBlocks,
                                         kMaxSplits);
    t.smemBytes =
        static_cast<double>(t.blockM + 2 * t.blockN) * static_cast<double>(d) * t.elementBytes;
    t.ctas = static_cast<double>(t.batch) * t.heads * t.mBlocks * t.splits;
    return t;
}

FlashCtaWork flashCtaWork(const FlashTiling& t, std::int64_t mBlock, int split, int headDim) {
    FlashCtaWork w;
    const std::int64_t perSplit = ceilDiv(t.nBlocks, t.splits);
    const std::int64_t nMin = split * perSplit;
    std::int64_t nMax = std::min(t.nBlocks, (split + 1) * perSplit);
    // Causal, aligned to the bottom right: query row i sees cached + i + 1 keys.
    if (t.causal)
        nMax = std::min(nMax, ceilDiv((mBlock + 1) * t.blockM + t.keys - t.rows, t.blockN));
    w.tiles = std::max<std::int64_t>(0, nMax - nMin);
    if (t.appended <= 0) return w;
    // Every CTA copies the new keys of the tiles it covers into the cache
    // (the library lets the CTAs of a KV head race: they write the same values).
    const std::int64_t copyMin = std::max(nMin, t.cached / t.blockN);
    const auto elementsPerCopy =
        std::max<std::int64_t>(1, static_cast<std::int64_t>(kCopyVectorBytes / t.elementBytes));
    const std::int64_t threadsPerRow = std::max<std::int64_t>(1, t.copyColumns / elementsPerCopy);
    const std::int64_t rowsPerPass = std::max<std::int64_t>(1, t.threads / threadsPerRow);
    const std::int64_t columnPasses = ceilDiv(std::max(1, headDim), t.copyColumns);
    for (std::int64_t n = copyMin; n < nMax; ++n) {
        const std::int64_t lo = std::max(t.cached, n * t.blockN);
        const std::int64_t hi = std::min(t.keys, (n + 1) * t.blockN);
        if (hi <= lo) continue;
        w.appendRows += hi - lo;
        const std::int64_t passes = std::min(t.blockN / rowsPerPass, ceilDiv(hi - lo, rowsPerPass));
        w.appendLoads += passes * columnPasses * 2;  // K and V
    }
    return w;
}

}  // namespace rl
