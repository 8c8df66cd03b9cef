#pragma once
// Row kernels on a GPU (docs/analytical.md, "Small kernels"): the norms,
// RoPE and gated activations of a serving engine give each row (token) one
// thread block of min(row threads, block cap) threads, and each thread loops
// over its row. Every pass of that loop waits for its loads, so a row kernel
// cannot finish before passes x round trips, however few bytes it moves: a
// one-token RMSNorm of 8192 elements is 8 serial round trips, not one. A
// gather of at most 16 rows (an embedding of a few tokens) walks its indices
// one after another: one round trip per token.
#include "core/workload/operator.h"

namespace rl {

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
// cachedPasses x next-level latency); 0 when `op` is not a row kernel.
double rowKernelChainTime(const Operator& op, const RooflineDevice& device);

}  // namespace rl
