#include "app/cli/collective_costing_options.h"

#include <string>

#include "app/cli/output.h"
#include "core/analytical/collective_network.h"

namespace rl::cli {

// Worded to read right both in `collective` and among the other ops of `learn`.
void addCollectiveCostingOptions(QCommandLineParser& p) {
    p.addOption({"timing",
                 "How NCCL's model times a collective: stream (default: enqueued behind other "
                 "work, as in a training step or nccl-tests' averaged back-to-back calls) or "
                 "isolated (one call timed alone between CUDA events, with NCCL's host launch, "
                 "as VIDUR timed them).",
                 "name", "stream"});
    p.addOption({"network",
                 "How NCCL's model sends bytes across the network between nodes: gpudirect "
                 "(default: RDMA into GPU memory at the tier's rate), host_staged (RDMA through "
                 "host memory, no GPUDirect RDMA) or socket (TCP).",
                 "name", "gpudirect"});
    p.addOption({"gpus-per-uplink",
                 "GPUs sharing one PCIe uplink to the host with their NICs, for collectives "
                 "over --network host_staged (2 on a DGX A100). Default 1.",
                 "N", "1"});
    p.addOption({"gpus-per-socket",
                 "GPUs under one CPU socket, for collectives over --network host_staged: a "
                 "node's group wider than this stages across the socket link (4 on a DGX A100). "
                 "Default 0 (one socket).",
                 "N", "0"});
    p.addOption({"host-cpu",
                 "The nodes' CPU vendor, which sets NCCL's proxy overhead per network post: "
                 "intel (default: NCCL's value for every CPU but AMD) or amd (2x AMD EPYC in a "
                 "DGX A100).",
                 "name", "intel"});
    p.addOption({"intra-node",
                 "How NCCL's model connects two GPUs of one node: p2p (default: CUDA peer "
                 "access over the spec's NVLink or PCIe tiers) or shm (through host memory, "
                 "NCCL's transport where peer access is unavailable between them).",
                 "name", "p2p"});
    p.addOption({"host-pcie",
                 "PCIe generation of each GPU's link to the host (3, 4 or 5), for the paths "
                 "that stage through host memory (host_staged, socket, shm). Default 4.",
                 "N", "4"});
}

bool collectiveCostingRequested(const QCommandLineParser& p) {
    return p.isSet("timing") || p.isSet("network") || p.isSet("gpus-per-uplink") ||
           p.isSet("gpus-per-socket") || p.isSet("host-cpu") || p.isSet("intra-node") ||
           p.isSet("host-pcie");
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
    o.network.gpusPerHostSocket = p.value("gpus-per-socket").toInt(&ok);
    if (!ok || o.network.gpusPerHostSocket < 0) {
        fail("--gpus-per-socket expects 0 or a positive integer, got '" +
             p.value("gpus-per-socket").toStdString() + "'");
        return std::nullopt;
    }
    const std::string cpu = p.value("host-cpu").toStdString();
    if (!parseHostCpu(cpu, o.network.hostCpu)) {
        fail("--host-cpu '" + cpu + "': expected intel or amd", 2);
        return std::nullopt;
    }
    const std::string intra = p.value("intra-node").toStdString();
    if (!parseIntraNodePath(intra, o.network.intraNode)) {
        fail("--intra-node '" + intra + "': expected p2p or shm", 2);
        return std::nullopt;
    }
    o.network.hostPcieGeneration = p.value("host-pcie").toInt(&ok);
    if (!ok || o.network.hostPcieGeneration < 3 || o.network.hostPcieGeneration > 5) {
        fail("--host-pcie expects 3, 4 or 5, got '" + p.value("host-pcie").toStdString() + "'", 2);
        return std::nullopt;
    }
    return o;
}

}  // namespace rl::cli
