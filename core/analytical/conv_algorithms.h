#pragma once
// cuDNN's forward-convolution algorithms, as cudnn.benchmark picks among them:
// it times every algorithm that applies to the conv and keeps the fastest
// (docs/analytical.md, "Convolutions"). The roofline costs the implicit GEMM
// (roofline.cpp); a 3 x 3, stride-1 fp32 conv on a GPU may also run
//  - fused Winograd F(2x2, 3x3) (`scudnn_winograd_128x128_*_tileABC`): each
//    2 x 2 output tile is 16 products of a 4 x 4 transformed input tile and
//    the transformed filter (2.25x fewer multiplies than direct), all in one
//    kernel; a CTA computes 32 image tiles (A x B x C = 32 over rows, columns,
//    images) x 32 output channels for all 16 elements (16 x 32 x 32 = the
//    kernel's 128 x 128), reading the input, filters and output once;
//  - non-fused Winograd F(4x4, 3x3): four kernels: filter transform (3 x 3 ->
//    6 x 6), input transform (one 6 x 6 tile per 4 x 4 outputs), 36 batched
//    SGEMMs (tiles x Cin times Cin x Cout: the `*_sgemm_*_nn` kernels of the
//    data, 4x fewer multiplies than direct) and the output transform; the
//    transformed tensors go through main memory.
// Each kernel is max(math, main-memory traffic); the algorithm's time over
// the whole is scaled by one efficiency per algorithm (the only fitted
// constants, see conv_algorithms.cpp).
#include "core/analytical/roofline.h"
#include "core/workload/operator.h"

namespace rl {

// Fraction of their roofline (math and main memory) the Winograd kernels
// reach: the transforms' shuffles and a K loop of Cin (not 9 Cin) per
// element. One fitted constant per algorithm, each the median of modelled
// time (at full efficiency) over measured time of the rows whose main kernel
// is that algorithm's, on
// NeuSight's P100 alone (1,500 rows: fused 561, non-fused 577; the shipped
// spec's physics); the P4, T4 and V100 are held out (their medians: fused
// 0.57 / 0.71 / 0.50, non-fused 0.66 / 0.79 / 0.56).
inline constexpr double kFusedWinogradEfficiency = 0.52;
inline constexpr double kNonfusedWinogradEfficiency = 0.64;

enum class ConvAlgorithm { implicitGemm, winogradFused, winogradNonfused };

struct ConvAlgorithmTime {
    ConvAlgorithm algorithm = ConvAlgorithm::implicitGemm;
    bool applies = false;
    double seconds = 0;      // the kernels' time, before the host launch
    double computeTime = 0;  // the math of its GEMM kernel, at its efficiency
    double occupancy = 1;    // of its GEMM kernel's tiles
    double dramBytes = 0;    // main-memory traffic of all its kernels
    bool memoryBound = false;
};

// Whether cuDNN's Winograd algorithms apply: a GPU, fp32 math, 3 x 3 kernel,
// stride 1, no dilation, one group.
bool winogradApplies(const Operator& op, const RooflineDevice& dev);

ConvAlgorithmTime winogradFusedTime(const Operator& op, const RooflineDevice& dev);
ConvAlgorithmTime winogradNonfusedTime(const Operator& op, const RooflineDevice& dev);

// cudnn.benchmark: where a Winograd algorithm is faster than `worst` (the
// implicit GEMM's bound), replaces the compute bound, occupancy and binding
// of `r` and `worst` by the fastest one's. Returns the algorithm kept.
ConvAlgorithm applyFastestConvAlgorithm(const Operator& op, const RooflineDevice& dev,
                                        RooflineResult& r, double& worst);

}  // namespace rl
