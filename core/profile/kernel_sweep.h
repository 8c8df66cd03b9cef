#pragma once
// Measures real kernels on this machine (Eigen, split across threads with TBB):
// GEMMs, convolutions (im2col + GEMM) and element-wise adds over a grid of
// shapes, with warm-up and repeats; each shape's median becomes one sample of
// a dataset in the generic format.
#include <string>

#include "core/learned/dataset.h"
#include "core/result/progress.h"

namespace rl {

struct SweepOptions {
    std::string device = "this machine";  // device name written into the samples
    int threads = 1;
    bool quick = false;  // a handful of shapes (tests)
    int warmup = 1;
    int repeats = 5;
    Progress progress;
};

Dataset sweepKernels(const SweepOptions& options);

}  // namespace rl
