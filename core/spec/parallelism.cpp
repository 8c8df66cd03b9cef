#include "core/spec/parallelism.h"

#include <algorithm>

namespace rl {
namespace {

std::int64_t atLeastOne(int v) { return std::max(1, v); }

std::int64_t servingReplicas(const Scenario& s) {
    return s.kind == "serving" ? atLeastOne(s.serving.replicas) : 1;
}

}  // namespace

std::int64_t devicesUsed(const Scenario& s) {
    const Parallelism& p = s.parallelism;
    const std::int64_t stage =
        std::max(atLeastOne(p.tensor) * atLeastOne(p.data), atLeastOne(p.expert));
    return atLeastOne(p.pipeline) * stage * servingReplicas(s);
}

std::int64_t devicesPerReplica(const Parallelism& p) {
    return atLeastOne(p.pipeline) * std::max(atLeastOne(p.tensor), atLeastOne(p.expert));
}

std::string describeDevicesUsed(const Scenario& s) {
    const Parallelism& p = s.parallelism;
    std::string out = "tensor " + std::to_string(p.tensor) + " x pipeline " +
                      std::to_string(p.pipeline) + " x data " + std::to_string(p.data);
    if (atLeastOne(p.expert) > atLeastOne(p.tensor) * atLeastOne(p.data))
        out = "expert " + std::to_string(p.expert) + " (wider than tensor " +
              std::to_string(p.tensor) + " x data " + std::to_string(p.data) + ") x pipeline " +
              std::to_string(p.pipeline);
    if (servingReplicas(s) > 1) out += " x " + std::to_string(servingReplicas(s)) + " replicas";
    return out + " = " + std::to_string(devicesUsed(s)) + " devices";
}

}  // namespace rl
