#include "core/learned/measured_timing.h"

#include "core/analytical/roofline.h"
#include "core/spec/device_kind.h"
#include "core/workload/op_family.h"

namespace rl {

double rooflineTimeAsMeasured(const Sample& sample, const Hardware& hw, double timeEach) {
    if (!sample.gpuTimed || familyOf(sample.op.kind) != OpFamily::streaming || !isGpu(hw))
        return timeEach;
    RooflineResult r;
    evaluateRoofline(sample.op, hw, nullptr, r);
    return r.deviceTime;
}

}  // namespace rl
