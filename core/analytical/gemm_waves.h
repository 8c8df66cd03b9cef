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

// A pipelined GEMM mainloop overlaps its loads with its math, but not
// perfectly: near the knee, where both take as long, neither hides the
// other. sqrt(compute^2 + memory^2) is max() far from the knee and 1.41 x it
// at the knee (exponent 2 chosen on VIDUR's A40 fp16 GEMMs, checked on the
// A100's; docs/analytical.md).
double overlappedGemmTime(double computeTime, double memoryTime);

}  // namespace rl
