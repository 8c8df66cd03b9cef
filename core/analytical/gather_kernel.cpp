#include "core/analytical/gather_kernel.h"

#include <algorithm>

#include "core/analytical/sustained_clock.h"

namespace rl {

double gatherThreads(double elements, double units, double threadsPerUnit) {
    // indexSelectLargeIndex: grid = min(ceil(total / 128), 8 x SMs), block = 128.
    constexpr double kGatherBlockThreads = 128;
    constexpr double kGatherBlocksPerUnit = 8;
    const double launched = units * kGatherBlocksPerUnit * kGatherBlockThreads;
    return std::max(0.0, std::min({elements, launched, units * threadsPerUnit}));
}

double fp32LanesPerUnit(double fp32Peak, double units, double clockHz) {
    if (fp32Peak <= 0 || units <= 0 || clockHz <= 0) return 0;
    return fp32Peak / (2.0 * units * clockHz);
}

double fp32LanesPerUnit(const Hardware& hw) {
    return fp32LanesPerUnit(listedPeak(hw, DType::fp32), hw.compute.units, hw.compute.clockHz);
}

double gatherIssueCycles(double elements, double units, double lanesPerUnit) {
    // FP32-lane cycles per gathered element: 2 cycles per element on the A100's
    // 64 lanes per SM, chosen on VIDUR's A100 rows alone (the A40, 128 lanes
    // per SM, is held out). A spec without the figures gets the A100's 64 lanes.
    constexpr double kGatherLaneCyclesPerElement = 128;
    constexpr double kDefaultLanesPerUnit = 64;
    return std::max(0.0, elements) * kGatherLaneCyclesPerElement /
           (std::max(1.0, units) * (lanesPerUnit > 0 ? lanesPerUnit : kDefaultLanesPerUnit));
}

double gatherIssueCycles(double elements, const Hardware& hw) {
    return gatherIssueCycles(elements, hw.compute.units, fp32LanesPerUnit(hw));
}

}  // namespace rl
