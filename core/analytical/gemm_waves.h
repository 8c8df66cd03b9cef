#pragma once
// Tile and wave quantisation of a library GEMM on a GPU (docs/analytical.md,
// "GEMM tiles and waves"). cuBLAS runs one CTA per output tile of tm x tn;
// the grid of ceil(M/tm) x ceil(N/tn) x problems CTAs executes in waves of
// one CTA per compute unit, so a grid that leaves the last wave part-empty
// pays for the whole wave, and a grid smaller than the device idles units.
// The tile is chosen here by a rule that reads only the shape and the unit
// count (never a measured kernel name): among the tiles a tensor-core
// library offers, the one whose waves waste least; except where the library
// keeps one tile whatever the shape (kSharedIssueBatchedSgemmTile below).
#include <array>

#include "core/ops/op_cost.h"
#include "core/spec/hardware.h"
#include "core/workload/operator.h"

namespace rl {

struct GemmTile {
    double tm = 128, tn = 128;
};

// The tile sizes the rule chooses from (largest first: ties keep the larger).
inline constexpr std::array<GemmTile, 4> kGemmTiles{{{128, 128}, {128, 64}, {64, 128}, {64, 64}}};

struct GemmWaves {
    GemmTile tile;
    double ctas = 0;       // tiles x problems (before split-K)
    double waves = 0;      // ceil(ctas / units) with full waves; 1 under one wave
    double occupancy = 1;  // useful MACs over the MACs the waves could do
};

// Fraction of the device a GEMM of m x n x k (`problems` of them, batched)
// keeps busy with the given tile: padding of the edge tiles, times the busy
// share of the waves. Under one wave, split-K divides K (no finer than 256)
// over the idle units, as cuBLAS does; `splitK` false: the kernel never
// splits K (cuDNN's implicit-GEMM convolutions), the other units idle.
GemmWaves gemmWavesFor(double m, double n, double k, double problems, int units, GemmTile tile,
                       bool splitK = true);

// The tile of kGemmTiles with the highest occupancy, and its waves.
GemmWaves chooseGemmTile(double m, double n, double k, double problems, int units,
                         bool splitK = true);

// cuBLAS's strided-batched SGEMM on an SM whose FMAs share issue slots
// (Pascal, sustained_clock.h's rl::sharesFmaIssue; the library runs its
// Maxwell kernels there) keeps one tile whatever the shape: 64 rows x 128
// output columns (`maxwell_sgemm_128x64_nn`, 128 along cuBLAS's column-major
// M), grid = tiles x problems. NeuSight's kernel names show it on every P100
// bmm and 63 of 72 on the P4; a 64- or 96-wide output pays the padding.
inline constexpr GemmTile kSharedIssueBatchedSgemmTile{64, 128};

// Waves of a library kernel that keeps `tile` whatever the operands: a side
// narrows only for an operand no wider than the library's narrowest SGEMM
// tiles (32: `*_sgemm_32x128`, `128x32`); a wider one pays the padding. Never
// splits K (the batched kernels' grids are tiles x problems).
GemmWaves fixedTileWaves(double m, double n, double k, double problems, int units, GemmTile tile);

// Waves of a kernel whose CTA tile never narrows, however small an operand
// (cuDNN's fused Winograd kernel: 32 image tiles x 32 channels); no split-K.
GemmWaves exactTileWaves(double m, double n, double k, double problems, int units, GemmTile tile);

// Address translation of long operand rows on an SM whose FMAs share issue
// slots (Pascal; docs/analytical.md, "GEMM tiles and waves"). Each step of a
// GEMM's mainloop reads the next slice of K of every row of its A and B
// tiles. Once a row is at least one of the MMU's 64 KiB big pages long
// (K x element bytes; Pascal's GMMU maps 4 KiB, 64 KiB and 2 MiB pages), every
// row of a tile lies on its own page, the tiles resident on the SMs need more
// translations than their TLBs hold, and the misses queue at the GPU-wide
// MMU: the GEMM runs no faster than one rate whatever the SM count or clock.
// NeuSight's fp32 GEMMs with K >= 16384 give 3.2 TFLOP/s on the P4 (20 SMs
// at 1.06 GHz, chosen there) and the same on the P100 (56 SMs at 1.3 GHz,
// held out): 0.28 and 0.5 of peak against 0.75-0.82 for K <= 8192. The V100,
// T4 and A100 (Volta's and later MMUs) show no such bound up to 11-15 TFLOP/s.
inline constexpr double kTranslationPageBytes = 64.0 * 1024;
inline constexpr double kSharedIssueTranslationFlopRate = 3.2e12;

// The time that bound allows a GEMM of `flops` whose operand rows are
// `rowBytes` long (K x element bytes); 0 for rows shorter than a page.
double sharedIssueTranslationTime(double flops, double rowBytes);

// The bound for `op` on `hw`: an fp32 GEMM (not a convolution: cuDNN's) on a
// GPU whose FMAs share issue slots; 0 otherwise. Seconds, not cycles: the P4
// and the P100 reach the one rate at different clocks, so a clock what-if or a
// swept clock leaves it (the roofline and the sweep fast path both use this).
double translationBoundTime(const Operator& op, const OpCost& c, const Hardware& hw);

// A multistage GEMM kernel issues the loads of its first k-steps together and
// waits for them before its first MMA: each wave of CTAs pays one round trip
// to the memory its operands stream from (DRAM) that its math cannot hide,
// and the next wave starts only when the last one's tiles are done. So the
// time is waves x that round trip on top of the math: a GEMM of few k-steps
// per tile (small K, or K split) pays most. No fitted constant: the round
// trip is the spec's DRAM latency (docs/analytical.md, "GEMM tiles and waves").
double gemmPrologueTime(double waves, double roundTripS);

// A pipelined GEMM mainloop overlaps its loads with its math, but not
// perfectly: near the knee, where both take as long, neither hides the
// other. sqrt(compute^2 + memory^2) is max() far from the knee and 1.41 x it
// at the knee (exponent 2 chosen on VIDUR's A40 fp16 GEMMs, checked on the
// A100's; docs/analytical.md).
double overlappedGemmTime(double computeTime, double memoryTime);

}  // namespace rl
