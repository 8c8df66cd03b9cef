#pragma once
// PyTorch's flat gather on a GPU (index_select, which an embedding lookup
// is; docs/analytical.md, "Small kernels"): how many threads it keeps in
// flight and how many cycles its index arithmetic issues. Both come from the
// library's launch code and the SM's lanes, so the gather of one GPU says
// what the gather of another costs. A gather of at most 16 indices takes the
// small-index kernel instead (row_kernels.h).
#include "core/spec/hardware.h"

namespace rl {

// Threads of the large-index kernel: grid-stride blocks of 128 threads, at
// most 8 blocks per compute unit (indexSelectLargeIndex's launch), and no
// more than the units hold; one scalar element in flight per thread.
double gatherThreads(double elements, double units, double threadsPerUnit);

// FP32 lanes per compute unit: fp32 peak / (2 x units x clock); 0 when any
// is missing. The Hardware form reads the spec's listed fp32 peak.
double fp32LanesPerUnit(double fp32Peak, double units, double clockHz);
double fp32LanesPerUnit(const Hardware& hw);

// Cycles per compute unit the gather's index -> offset arithmetic issues for
// `elements` elements (a division and a remainder by the tensor's sizes per
// element, which compile to reciprocal sequences on the FP32 lanes) on
// `lanesPerUnit` lanes (0: unknown, the A100's 64).
double gatherIssueCycles(double elements, double units, double lanesPerUnit);
double gatherIssueCycles(double elements, const Hardware& hw);

}  // namespace rl
