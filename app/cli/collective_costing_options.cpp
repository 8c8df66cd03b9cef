#include "app/cli/collective_costing_options.h"

#include <string>

#include "app/cli/output.h"
#include "core/analytical/collective_network.h"

namespace rl::cli {

void addCollectiveCostingOptions(QCommandLineParser& p) {
    p.addOption({"timing",
                 "Collectives, NCCL model: stream (default: enqueued behind other work) or "
                 "isolated (one call timed alone between CUDA events, as nccl-tests and VIDUR "
                 "measured).",
                 "name", "stream"});
    p.addOption({"network",
                 "Collectives, NCCL model: how bytes cross the network between nodes: gpudirect "
                 "(default: RDMA into GPU memory at the tier's rate), host_staged (RDMA through "
                 "host memory, no GPUDirect RDMA) or socket (TCP).",
                 "name", "gpudirect"});
    p.addOption({"gpus-per-uplink",
                 "Collectives, host_staged only: GPUs sharing one PCIe uplink to the host with "
                 "their NICs (2 on a DGX A100). Default 1.",
                 "N", "1"});
    p.addOption({"host-cpu",
                 "Collectives, NCCL model: the nodes' CPU vendor, intel (default: NCCL's value "
                 "for every CPU but AMD) or amd; sets NCCL's proxy overhead per network post.",
                 "name", "intel"});
}

bool collectiveCostingRequested(const QCommandLineParser& p) {
    return p.isSet("timing") || p.isSet("network") || p.isSet("gpus-per-uplink") ||
           p.isSet("host-cpu");
}

std::optional<CollectiveOptions> collectiveCostingOptions(const QCommandLineParser& p) {
    CollectiveOptions o;
    const std::string timing = p.value("timing").toStdString();
    if (timing != "stream" && timing != "isolated") {
        fail("--timing '" + timing + "': expected stream or isolated", 2);
        return std::nullopt;
    }
    o.isolated = timing == "isolated";
    const std::string network = p.value("network").toStdString();
    if (!parseNetworkPath(network, o.network.path)) {
        fail("--network '" + network + "': expected gpudirect, host_staged or socket", 2);
        return std::nullopt;
    }
    bool ok = false;
    o.network.gpusPerHostUplink = p.value("gpus-per-uplink").toInt(&ok);
    if (!ok || o.network.gpusPerHostUplink < 1) {
        fail("--gpus-per-uplink expects a positive integer, got '" +
             p.value("gpus-per-uplink").toStdString() + "'");
        return std::nullopt;
    }
    const std::string cpu = p.value("host-cpu").toStdString();
    if (!parseHostCpu(cpu, o.network.hostCpu)) {
        fail("--host-cpu '" + cpu + "': expected intel or amd", 2);
        return std::nullopt;
    }
    return o;
}

}  // namespace rl::cli
