// What the network path between nodes caps a NIC rail at.
#include "core/analytical/collective_network.h"

#include <algorithm>
#include <array>

#include "core/spec/enum_names.h"

namespace rl {
namespace {

constexpr std::array<EnumName<NetworkPath>, 3> kNetworkPathNames{{
    {NetworkPath::gpudirect, "gpudirect"},
    {NetworkPath::host_staged, "host_staged"},
    {NetworkPath::socket, "socket"},
}};

constexpr std::array<EnumName<HostCpu>, 2> kHostCpuNames{{
    {HostCpu::intel, "intel"},
    {HostCpu::amd, "amd"},
}};

}  // namespace

std::string_view toString(NetworkPath p) { return nameOf(kNetworkPathNames, p, "?"); }

std::string_view toString(HostCpu c) { return nameOf(kHostCpuNames, c, "?"); }

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

double networkRailBandwidth(double lineRate, const NetworkPathOptions& options, int railsPerNode,
                            bool bothDirections) {
    if (options.path == NetworkPath::gpudirect) return lineRate;
    const bool sameGpu = bothDirections && railsPerNode <= 1;
    const double duplex = sameGpu ? kSameGpuDuplexShare : 1.0;
    if (options.path == NetworkPath::socket) return std::min(lineRate, kSocketBandwidth) * duplex;
    // Host-staged: the staging rate, and the uplink each direction crosses
    // once per way the data flows, shared by the rails behind it.
    const int behindUplink = std::clamp(railsPerNode, 1, std::max(1, options.gpusPerHostUplink));
    const double crossings = bothDirections ? 2.0 : 1.0;
    const double uplinkShare = kHostUplinkBandwidth / (crossings * behindUplink);
    return std::min({lineRate, kHostStagedRailBandwidth * duplex, uplinkShare});
}

bool tunerTakesTree(double ringTime, double ringLatency, double treeLatency, int ranks,
                    double treeCorrection) {
    const double n = std::max(2, ranks);
    const double ringCredit = n / (2 * (n - 1));
    const double ringBandwidthPart = std::max(0.0, ringTime - ringLatency);
    const double treeCredit = kTunerTreeBandwidthCredit * std::clamp(treeCorrection, 1e-3, 1.0);
    const double treeAsTuned = treeLatency + ringBandwidthPart * ringCredit / treeCredit;
    return treeAsTuned < ringTime;
}

double proxyPostOverhead(HostCpu cpu) {
    return cpu == HostCpu::amd ? kAmdProxyPostOverheadS : kProxyPostOverheadS;
}

bool ll128AcrossNodes(NetworkPath path) { return path == NetworkPath::gpudirect; }

}  // namespace nccl
}  // namespace rl
