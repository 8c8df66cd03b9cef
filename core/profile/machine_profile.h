#pragma once
// `ridgeline-cli profile`: measure this computer and describe it as a
// hardware spec (empirical roofline) plus a dataset of measured kernels, so
// the learned predictors can be trained and validated on any machine.
#include <string>
#include <vector>

#include "core/learned/dataset.h"
#include "core/profile/machine_info.h"
#include "core/profile/roofline_probe.h"
#include "core/result/progress.h"
#include "core/spec/hardware.h"

namespace rl {

struct ProfileOptions {
    int threads = 0;     // 0: all hardware threads
    bool quick = false;  // a few seconds: short probes, few kernel shapes
    bool sweep = true;   // also measure the kernel dataset
    Progress progress;
};

struct MachineProfile {
    MachineInfo machine;
    std::vector<PeakResult> peaks;          // per data type
    std::vector<BandwidthPoint> bandwidth;  // the whole curve
    Hardware hardware;                      // the empirical roofline as a spec
    Dataset kernels;                        // measured kernels (generic format)
    double seconds = 0;                     // wall time of the whole profile
};

MachineProfile profileMachine(const ProfileOptions& options);

// Levels from the bandwidth curve: for each cache, the median bandwidth of the
// working sets that fit in half of its (aggregate) capacity and exceed half of
// the next inner level; DRAM from working sets beyond 4x the last cache.
Hardware hardwareFromMeasurements(const MachineInfo& machine, int threads,
                                  const std::vector<PeakResult>& peaks,
                                  const std::vector<BandwidthPoint>& curve, double overheadS);

}  // namespace rl
