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

double ringLatencyAcrossNodes(const NcclProtocolCosts& protocol, double steps, double networkSteps,
                              double innerLatency, double outerLatency, double proxyPostOverhead) {
    const auto index = static_cast<std::size_t>(protocol.protocol);
    const double posts = protocol.protocol == NcclProtocol::simple ? kSimpleProxyPostsPerStep : 1;
    const double net = std::clamp(networkSteps, 0.0, std::max(0.0, steps));
    const double across =
        std::max(outerLatency * protocol.stepLatencyFactor, kNetworkStepFloorS[index]);
    const double inside =
        std::max(innerLatency * protocol.stepLatencyFactor, posts * proxyPostOverhead);
    return net * across + (std::max(0.0, steps) - net) * inside;
}

double tunerTreeLatency(NcclProtocol protocol, int ranksPerNode, int nodes) {
    const auto i = static_cast<std::size_t>(protocol);
    // NCCL's log2i: the floor of log2, 0 for one node.
    const double levels = nodes > 1 ? std::floor(std::log2(static_cast<double>(nodes))) : 0.0;
    const double inside = std::max(0, ranksPerNode - 1) * kTreeNvlinkHopS[i];
    return kTreeBaseLatencyS[i] + 2 * (inside + levels * kTreeNetworkHopS[i]);
}

double tunerRingLatency(const NcclProtocolCosts& protocol, double steps, double networkSteps,
                        double innerLatency, double outerLatency, double proxyPostOverhead) {
    return kRingBaseLatencyS[static_cast<std::size_t>(protocol.protocol)] +
           ringLatencyAcrossNodes(protocol, steps, networkSteps, innerLatency, outerLatency,
                                  proxyPostOverhead);
}

double treeCorrection(NcclProtocol protocol, double bytes) {
    // NCCL: log2i(bytes >> 6), the floor of log2, 0 below 128 B.
    const double chunks = std::floor(std::max(0.0, bytes) / 64);
    const int index = chunks < 2 ? 0 : static_cast<int>(std::floor(std::log2(chunks)));
    const auto& row = kTreeCorrection[static_cast<std::size_t>(protocol)];
    return index < static_cast<int>(row.size()) ? row[static_cast<std::size_t>(index)] : 1.0;
}

}  // namespace nccl
}  // namespace rl
