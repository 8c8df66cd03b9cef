// What the network path between nodes caps a NIC rail at.
#include "core/analytical/collective_network.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/spec/enum_names.h"

namespace rl {
namespace {

constexpr std::array<EnumName<NetworkPath>, 3> kNetworkPathNames{{
    {NetworkPath::gpudirect, "gpudirect"},
    {NetworkPath::host_staged, "host_staged"},
    {NetworkPath::socket, "socket"},
}};

constexpr std::array<EnumName<IntraNodePath>, 2> kIntraNodePathNames{{
    {IntraNodePath::p2p, "p2p"},
    {IntraNodePath::shm, "shm"},
}};

constexpr std::array<EnumName<HostCpu>, 2> kHostCpuNames{{
    {HostCpu::intel, "intel"},
    {HostCpu::amd, "amd"},
}};

}  // namespace

std::string_view toString(NetworkPath p) { return nameOf(kNetworkPathNames, p, "?"); }

std::string_view toString(HostCpu c) { return nameOf(kHostCpuNames, c, "?"); }

std::string_view toString(IntraNodePath p) { return nameOf(kIntraNodePathNames, p, "?"); }

bool parseIntraNodePath(std::string_view name, IntraNodePath& out) {
    const auto p = valueOf(kIntraNodePathNames, name);
    if (p) out = *p;
    return p.has_value();
}

bool parseHostCpu(std::string_view name, HostCpu& out) {
    const auto c = valueOf(kHostCpuNames, name);
    if (c) out = *c;
    return c.has_value();
}

bool parseNetworkPath(std::string_view name, NetworkPath& out) {
    const auto p = valueOf(kNetworkPathNames, name);
    if (p) out = *p;
    return p.has_value();
}

namespace nccl {
namespace {

// Per-lane rate of the options' host PCIe generation relative to Gen4 (Gen3
// 8 GT/s, Gen4 16, Gen5 32; 128b/130b encoding on all three).
double pcieGenerationScale(const NetworkPathOptions& options) {
    return std::ldexp(1.0, std::clamp(options.hostPcieGeneration, 3, 6) - 4);
}

}  // namespace

double hostStagingRate(const NetworkPathOptions& options) {
    return kHostStagedRailBandwidth * pcieGenerationScale(options);
}

double hostUplinkRate(const NetworkPathOptions& options) {
    return kHostUplinkBandwidth * pcieGenerationScale(options);
}

bool spansHostSockets(const NetworkPathOptions& options, int railsPerNode) {
    return options.path == NetworkPath::host_staged && options.gpusPerHostSocket > 0 &&
           railsPerNode > options.gpusPerHostSocket;
}

double networkRailBandwidth(double lineRate, const NetworkPathOptions& options, int railsPerNode,
                            bool bothDirections) {
    if (options.path == NetworkPath::gpudirect) return lineRate;
    if (options.path == NetworkPath::socket) {
        const bool sameGpu = bothDirections && railsPerNode <= 1;
        return std::min(lineRate, kSocketBandwidth) * (sameGpu ? kSameGpuDuplexShare : 1.0);
    }
    // Host-staged: one staging rate per uplink, shared by the rails behind
    // it; both directions through one staging path get the duplex share.
    const int behindUplink = std::clamp(railsPerNode, 1, std::max(1, options.gpusPerHostUplink));
    const bool oneStagingPath = railsPerNode <= 1 || behindUplink > 1;
    const double duplex = bothDirections && oneStagingPath ? kSameGpuDuplexShare : 1.0;
    const double sockets = spansHostSockets(options, railsPerNode) ? kCrossSocketStagingShare : 1.0;
    const double staging = hostStagingRate(options) * duplex * sockets / behindUplink;
    // The uplink each direction crosses once per way the data flows.
    const double crossings = bothDirections ? 2.0 : 1.0;
    const double uplinkShare = hostUplinkRate(options) / (crossings * behindUplink);
    return std::min({lineRate, staging, uplinkShare});
}

bool tunerTakesTree(const TunerInputs& in) {
    if (in.ringBusBandwidth <= 0 || in.treeBusBandwidth <= 0) return false;
    const double n = std::max(2, in.ranks);
    const double ring = in.ringBusBandwidth * n / (2 * (n - 1));
    const double tree = in.treeBusBandwidth * in.treeGraphFactor * kTunerTreeBandwidthCredit *
                        std::clamp(in.treeCorrection, 1e-3, 1.0);
    const double bytes = std::max(0.0, in.bytes);
    return in.treeLatency + bytes / tree < in.ringLatency + bytes / ring;
}

double treeGraphFactor(NetworkPath path) {
    return path == NetworkPath::gpudirect ? 1.0 : kHostPathTreeGraphFactor;
}

double proxyPostOverhead(HostCpu cpu) {
    return cpu == HostCpu::amd ? kAmdProxyPostOverheadS : kProxyPostOverheadS;
}

bool ll128AcrossNodes(NetworkPath path) { return path == NetworkPath::gpudirect; }

double sendBufferFillRate(const NetworkPathOptions& options) {
    return options.path == NetworkPath::gpudirect ? 0.0 : hostStagingRate(options);
}

double bufferedSendTime(double bytes, double drainRate, double fillRate, double buffer) {
    const double b = std::max(0.0, bytes);
    if (drainRate <= 0) return 0.0;
    if (buffer <= 0 || fillRate <= 0) return b / drainRate;
    // A kernel that writes no faster than the path drains is never held up
    // by a full FIFO: its writes bound the whole send.
    if (fillRate <= drainRate) return b / fillRate;
    const double buffered = std::min(b, buffer);
    return (b - buffered) / drainRate + buffered / fillRate;
}

}  // namespace nccl
}  // namespace rl
