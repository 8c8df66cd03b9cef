#pragma once
// The tiling of FlashAttention-2's kernels as serving engines call them:
// the KV-cache kernel (flash_attn_with_kvcache) for decode and for chunks
// after cached keys, the forward kernel (flash_attn_varlen_func) for a
// prompt with nothing cached; as the library encodes them: tile sizes, grid, split-KV choice, and
// the work of each CTA. Library facts, hardware-free except for the SM count the split heuristic
// reads. The time model on a device is attention_time.h; docs/analytical.md ("FlashAttention")
// explains both.
#include <cstdint>

namespace rl {

// Which of the library's kernels runs: the KV-cache kernel (decode, and
// chunks after cached keys: appends the new keys itself) or the plain forward
// kernel (a prompt with nothing cached).
enum class FlashKernel { kvCache, forward };

struct FlashTiling {
    FlashKernel kernel = FlashKernel::kvCache;
    // Split-KV kernel traits (flash_fwd_launch_template.h): 64 query rows per
    // CTA for every head dim; K/V tiles of 256 keys for d <= 64, 128 for
    // d <= 128, 64 above; 4 warps.
    int blockM = 64;
    int blockN = 128;
    int threads = 128;
    // Columns one pass of the 16-byte global-memory copy covers (kBlockKSmem:
    // 64 when d is a multiple of 64, else 32).
    int copyColumns = 64;
    // Decode with grouped-query attention: the group's query heads become the
    // rows of one tile (mha_fwd_kvcache's seqlenq_ngroups_swapped), so K and V
    // are read once per KV head.
    bool groupsAsRows = false;
    std::int64_t batch = 0;
    std::int64_t heads = 0;     // heads in the grid (KV heads when groupsAsRows)
    std::int64_t rows = 0;      // query rows per (sequence, grid head)
    std::int64_t cached = 0;    // keys already in the cache
    std::int64_t keys = 0;      // keys after the append (cached + new)
    std::int64_t appended = 0;  // keys the kernel appends to the cache
    std::int64_t mBlocks = 0, nBlocks = 0;
    int splits = 1;           // K/V length split over this many CTAs (+ a combine kernel)
    double elementBytes = 2;  // per Q/K/V element
    double smemBytes = 0;     // Q tile + K tile + V tile
    double ctas = 0;          // CTAs of the main kernel
    bool causal = true;
};

// The tiling of one call: `batch` sequences of `queryLen` new tokens each
// attending to `kvLen` keys (the cache plus the new tokens, which the kernel
// appends), `elementBytes` per Q/K/V element, on a GPU of `units` SMs.
FlashTiling flashTiling(std::int64_t batch, std::int64_t qHeads, std::int64_t kvHeads,
                        std::int64_t headDim, std::int64_t queryLen, std::int64_t kvLen,
                        bool causal, double elementBytes, int units);

// FlashAttention-2's num_splits_heuristic: no split when the grid nearly
// fills `slots` (0.8); else the fewest splits whose wave efficiency is within
// 85% of the best, skipping split counts that give the same tiles per split.
int flashSplitHeuristic(std::int64_t ctasWithoutSplit, int slots, std::int64_t nBlocks,
                        int maxSplits);

// Work of one CTA: K/V tiles it attends over and the serial 16-byte
// load/store pairs each of its threads makes appending new keys (the copy
// goes global -> register -> global, so the loads cannot overlap).
struct FlashCtaWork {
    std::int64_t tiles = 0;
    std::int64_t appendLoads = 0;  // per thread, K and V together
    std::int64_t appendRows = 0;   // rows of K (and of V) this CTA writes
};

// The CTA of query block `mBlock` and split `split` of one (sequence, head).
FlashCtaWork flashCtaWork(const FlashTiling& t, std::int64_t mBlock, int split, int headDim);

}  // namespace rl
