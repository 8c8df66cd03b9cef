#pragma once
// Row kernels on a GPU (docs/analytical.md, "Small kernels"): the norms,
// RoPE and gated activations of a serving engine give each row (token) one
// thread block of min(row threads, block cap) threads, and each thread loops
// over its row. Every pass of that loop waits for its loads, so a row kernel
// cannot finish before passes x round trips, however few bytes it moves: a
// one-token RMSNorm of 8192 elements is 8 serial round trips, not one. A
// gather of at most 16 rows (an embedding of a few tokens) walks its indices
// one after another: one round trip per token. RoPE updates q and k in
// place, so a working set that fits the L2 stays there, and its per-pair
// index arithmetic on the INT32 lanes caps its rate on every GPU.
#include "core/workload/operator.h"

namespace rl {

// Whether `op` is the rotary embedding (the lowering names it in `detail`).
bool isRope(const Operator& op);

struct RooflineDevice;

struct RowKernelGeometry {
    double threadsPerBlock = 0;  // min(row threads, the library's block cap)
    double passes = 0;           // loop passes per thread that wait on main memory
    double cachedPasses = 0;     // passes that wait on the next level (an L2 hit)
    double waves = 0;            // ceil(rows / blocks resident at once)
};

// The launch geometry of `op` on `units` compute units of `threadsPerUnit`
// resident threads; all zero when `op` is not a row kernel (no rowWidth, or a
// kind that runs flat over its elements).
RowKernelGeometry rowKernelGeometry(const Operator& op, double units, double threadsPerUnit);

// Seconds the passes take back to back: waves x (passes x main-memory latency +
// cachedPasses x next-level latency), or every pass at the L2's latency when the
// kernel's lines stay there (rowKernelStaysInCache); 0 when `op` is not a row kernel.
double rowKernelChainTime(const Operator& op, const RooflineDevice& device);

// The memory level whose round trips the passes wait, where the chain binds: 1 (the
// L2) when the kernel's lines stay there, so a row that moves no main-memory bytes
// never reads "bound by" main memory; else 0.
int rowKernelChainLevel(const Operator& op, const RooflineDevice& device);

// Whether a row kernel that rotates its input in place (RoPE: q and k where
// the QKV GEMM just wrote them) finds it in the shared L2: its footprint fits
// the half of the cache one working set keeps (tileCapacity). Its reads and
// writes then stay in the L2, and so do its passes' round trips.
bool rowKernelStaysInCache(const Operator& op, const RooflineDevice& device);

// Seconds RoPE's index arithmetic issues on the busiest SM's INT32 lanes (a
// division and a remainder by the rotary half-width and 64-bit offsets per
// rotated pair; at least one row's pairs, as a row's block runs on one SM),
// plus the main-memory round trip of its position and cos/sin loads; 0 for
// other kernels, on other devices, or without a clock. Caps the rate the L2
// would allow, and binds a few tokens' passes.
double rowKernelIssueTime(const Operator& op, const RooflineDevice& device);

}  // namespace rl
