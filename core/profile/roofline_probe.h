#pragma once
// An empirical roofline of this CPU: peak FLOP/s per data type from
// register-resident FMA loops on every thread, and read bandwidth over
// working sets of growing size (cache levels, then DRAM), multi-threaded
// with TBB.
#include <string>
#include <vector>

#include "core/result/progress.h"
#include "core/spec/dtype.h"

namespace rl {

struct PeakResult {
    DType type = DType::fp32;
    double flops = 0;  // FLOP/s, all threads
    std::string isa;   // the instruction set the loop ran with ("avx512f", "avx2+fma", "scalar")
};

struct BandwidthPoint {
    double workingSetBytes = 0;  // total over threads
    double bytesPerSecond = 0;   // aggregate read bandwidth
};

// Repeats until about `seconds` have been spent per measurement; median of 3.
PeakResult measurePeakFlops(DType type, int threads, double seconds, const Progress& p = {});
std::vector<BandwidthPoint> measureBandwidth(double minBytes, double maxBytes, int threads,
                                             double seconds, const Progress& p = {});
// Time of an empty parallel region on `threads` threads (the "launch" overhead).
double measureParallelOverhead(int threads);

}  // namespace rl
