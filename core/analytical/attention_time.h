#pragma once
// Time of FlashAttention-2's KV-cache kernel on a GPU, from its tiling
// (attention_tiling.h) and datasheet figures of the spec: SM count, clock
// (held under the power limit, sustained_clock.h), tensor and fp32 peaks,
// shared-memory capacity and bandwidth, L2 and DRAM bandwidth and latency.
// Nothing in it is fitted to measurements. docs/analytical.md, "FlashAttention".
#include "core/analytical/attention_tiling.h"
#include "core/analytical/roofline.h"
#include "core/workload/operator.h"

namespace rl {

// What bounds the kernel: the per-CTA critical path over the grid's waves,
// the SM pipes (tensor cores, shared memory, softmax), or a memory level.
enum class FlashBound { schedule, pipes, l2, dram };

struct FlashAttentionTime {
    bool applies = false;  // false: not a GPU spec with the figures the model needs
    FlashTiling tiling;
    int ctasPerUnit = 0;    // resident CTAs per SM (shared memory, threads)
    double slots = 0;       // units x ctasPerUnit
    double waves = 0;       // CTAs / slots
    double tileCycles = 0;  // SM cycles per K/V tile: max(tensor, shared memory) + softmax
    double tensorCycles = 0, smemCycles = 0, softmaxCycles = 0;
    double scheduleS = 0;  // CTA critical paths placed over the slots
    double pipesS = 0;     // every tile on the SM pipes
    double l2S = 0, dramS = 0;
    double combineS = 0;  // the split-KV combine kernel (0 without splits)
    double seconds = 0;   // max(schedule, pipes, l2, dram) + combine
    FlashBound bound = FlashBound::schedule;
    int l2Level = 0;  // memory level index of the L2 (0: the spec has none)
};

// The kernel time of a fused attention operator on `device` (inference: the
// KV-cache kernel, which appends the new keys). Not applicable (applies =
// false) on devices that are not GPUs or lack a clock, a tensor and an fp32
// peak for the math type, or an SM-local memory level the tiles fit in.
FlashAttentionTime flashAttentionTime(const Operator& op, const RooflineDevice& device);

// Whether `op` is costed by flashAttentionTime: fused attention of an
// inference phase (training's forward pass runs another kernel, without a cache).
bool usesFlashKvCacheKernel(const Operator& op);

// Where flashAttentionTime applies, replaces the roofline's compute bound and
// the binding resource of `r` and sets `worst` (the bound before the launch)
// to the kernel time; elsewhere leaves both as they are.
void applyFlashAttention(const Operator& op, const RooflineDevice& device, RooflineResult& r,
                         double& worst);

}  // namespace rl
