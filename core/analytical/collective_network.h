#pragma once
// How a collective's bytes cross the network between nodes, and what that
// path caps a NIC rail at. The spec's network tier gives the line rate a rail
// reaches when NCCL writes straight into GPU memory (GPUDirect RDMA); without
// it NCCL stages every chunk through host memory (GPU -> host -> NIC -> host
// -> GPU; NCCL issue #465, its maintainer: "we will use simple GPU->CPU and
// CPU->NIC communication"), and without an RDMA NIC it falls back to TCP
// sockets (NET/Socket). Which path a run took is a fact of its software
// environment, not of the hardware, so it is an option of the estimate, like
// isolated timing. docs/training.md, "Collectives across nodes".
#include <string_view>

namespace rl {

enum class NetworkPath {
    gpudirect,    // RDMA into GPU memory: the tier's link rate x efficiency
    host_staged,  // RDMA through host memory (no GPUDirect RDMA)
    socket,       // TCP sockets (no RDMA NIC, or RDMA unusable)
};
std::string_view toString(NetworkPath p);
// False when `name` is not a path's name ("gpudirect", "host_staged", "socket").
bool parseNetworkPath(std::string_view name, NetworkPath& out);

// The host CPU's vendor, for NCCL's proxy post overhead (tuning.cc,
// getNetOverhead: 2 us on AMD hosts, 1 us on Intel and every other CPU).
enum class HostCpu { intel, amd };
std::string_view toString(HostCpu c);
// False when `name` is not "intel" or "amd".
bool parseHostCpu(std::string_view name, HostCpu& out);

struct NetworkPathOptions {
    NetworkPath path = NetworkPath::gpudirect;
    // GPUs that share one PCIe uplink to the host with their NICs (a PCIe
    // switch): 2 on a DGX A100 (four Gen4 switches, each with two GPUs and two
    // ConnectX-6 NICs; DGX A100 User Guide, system topology). Only the
    // host-staged path crosses that uplink.
    int gpusPerHostUplink = 1;
    // The nodes' CPU (a fact of the machine: 2x AMD EPYC 7742 in a DGX A100).
    HostCpu hostCpu = HostCpu::intel;
};

namespace nccl {

// Host-staged rate of one NIC rail, one direction. Calibrated on ONE row
// group: VIDUR's a100_dgx send/recv between two nodes, one GPU each, 1-64 MiB
// (the MAPE-optimal rate, 7.72 GB/s); every other cross-node group is held out
// (docs/training.md). NCCL's issues report the same order without GPUDirect
// RDMA (about 6 GB/s bus bandwidth on 100 Gb/s InfiniBand, #465; about 6 GB/s
// through host memory on AMD hosts, nccl-tests #115).
inline constexpr double kHostStagedRailBandwidth = 7.72e9;
// One TCP connection of NCCL's socket transport (one thread, one socket by
// default). Calibrated on ONE row group: VIDUR's a100_pairwise_nvlink
// send/recv across nodes (Azure NC96ads A100 v4: Ethernet only, so sockets
// are certain there; MAPE-optimal 2.54 GB/s); the A40 rows are held out.
inline constexpr double kSocketBandwidth = 2.54e9;
// A rank that sends and receives through its NIC at once (one rank per node
// in a ring) gets this share on the host paths, where both directions share
// the GPU's one PCIe link and the staging buffers: NCCL's tuner discounts the
// ring bandwidth by 0.7 instead of 0.92 when fewer than two ranks share a
// node ("we are sending/receiving at the same GPU through the NIC";
// src/graph/tuning.cc).
inline constexpr double kSameGpuDuplexShare = 0.7 / 0.92;
// A host PCIe uplink, one direction: PCIe Gen4 x16 (32 GB/s per direction,
// PCI-SIG) at the 0.75 efficiency of every PCIe spec in samples/hardware.
inline constexpr double kHostUplinkBandwidth = 32e9 * 0.75;

// Bandwidth one rail reaches per direction on `path`, given the tier's
// `lineRate` (link bandwidth x efficiency) and the rails a node's members
// drive at once. `bothDirections`: the node sends and receives at once (every
// collective but send/recv); with one member per node that member's GPU then
// carries both directions (kSameGpuDuplexShare). Host-staged traffic crosses
// the uplink once per direction for each way it flows (GPU -> host and NIC ->
// host both go up; host -> NIC and host -> GPU both come down), shared by the
// rails behind one uplink.
double networkRailBandwidth(double lineRate, const NetworkPathOptions& options, int railsPerNode,
                            bool bothDirections);

// NCCL's tuner, not the clock, picks between ring and tree across nodes: it
// credits the tree with 0.9 x 1/2 of the channel bandwidth as algorithm
// bandwidth and the ring with n / (2 (n - 1)) (src/graph/tuning.cc), so it
// runs the tree only where its lower latency outweighs that, even though a
// tree on two nodes moves fewer bytes over the network. Given the ring's time
// and its zero-byte (latency) part and the tree's latency, whether the tuner
// takes the tree for an all-reduce over `ranks`.
// `treeCorrection`: NCCL's factor on the tree's bandwidth for this size and
// protocol (nccl::treeCorrection, nccl_model.h).
bool tunerTakesTree(double ringTime, double ringLatency, double treeLatency, int ranks,
                    double treeCorrection = 1.0);
inline constexpr double kTunerTreeBandwidthCredit = 0.9 * 0.5;

// NCCL's proxy post overhead per network post on `cpu` (getNetOverhead).
inline constexpr double kProxyPostOverheadS = 1e-6;
inline constexpr double kAmdProxyPostOverheadS = 2e-6;
double proxyPostOverhead(HostCpu cpu);
// LL128 across nodes: NCCL enables it only where the GPU reaches its NIC
// through PCIe switches alone (typeInter <= PATH_PXB, tuning.cc); without
// GPUDirect RDMA it routes GPU-NIC traffic through the CPU (PATH_PHB,
// src/graph/paths.cc), so host-staged and socket paths run LL and Simple only.
bool ll128AcrossNodes(NetworkPath path);

}  // namespace nccl
}  // namespace rl
