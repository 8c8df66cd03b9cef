// Pipelined protocol costs of NCCL collectives.
#include "core/analytical/nccl_model.h"

#include <algorithm>
#include <cmath>

#include "core/analytical/collective_names.h"

namespace rl {

std::string_view toString(NcclProtocol p) { return nameOf(kNcclProtocolNames, p, "?"); }

namespace nccl {

double pipelinedTime(double steps, double latency, double bytes, double bandwidth) {
    const double fill = std::max(0.0, steps - 1) * latency;
    const double stream = bandwidth > 0 ? std::max(0.0, bytes) / bandwidth : 0.0;
    const double root = std::sqrt(fill) + std::sqrt(stream);
    return latency + root * root;
}

}  // namespace nccl
}  // namespace rl
