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

// How NCCL connects two GPUs of one node: directly (P2P: CUDA peer access over
// NVLink or PCIe) or through host shared memory (SHM: NCCL's transport when P2P
// is unavailable between them, e.g. on Intel hosts for GPUs that meet only
// through the CPU, NCCL's default P2P level there being PXB; or P2P disabled).
enum class IntraNodePath { p2p, shm };
std::string_view toString(IntraNodePath p);
// False when `name` is not "p2p" or "shm".
bool parseIntraNodePath(std::string_view name, IntraNodePath& out);

struct NetworkPathOptions {
    NetworkPath path = NetworkPath::gpudirect;
    // How the GPUs of one node reach each other (shm: every byte between them
    // is staged through host memory at hostStagingRate).
    IntraNodePath intraNode = IntraNodePath::p2p;
    // The PCIe generation of each GPU's x16 link to the host (4 on a DGX A100
    // and every host with AMD EPYC Rome or later; 3 on Intel Xeon before Ice
    // Lake): the host paths stage through it.
    int hostPcieGeneration = 4;
    // GPUs that share one PCIe uplink to the host with their NICs (a PCIe
    // switch): 2 on a DGX A100 (four Gen4 switches, each with two GPUs and two
    // ConnectX-6 NICs; DGX A100 User Guide, system topology). Only the
    // host-staged path crosses that uplink; its GPUs share one staging rate.
    int gpusPerHostUplink = 1;
    // The nodes' CPU (a fact of the machine: 2x AMD EPYC 7742 in a DGX A100).
    HostCpu hostCpu = HostCpu::intel;
    // GPUs under one CPU socket, numbered in order (4 on a DGX A100: GPUs 0-3
    // under the first EPYC, 4-7 under the second; DGX A100 User Guide, system
    // topology). 0: unknown, as if one socket. A node's members are packed
    // from GPU 0 (as with gpusPerHostUplink), so more members than this span
    // both sockets and the host-staged path crosses the socket link
    // (kCrossSocketStagingShare).
    int gpusPerHostSocket = 0;
};

namespace nccl {

// Host-staged rate of one NIC rail, one direction. Calibrated on ONE row
// group: VIDUR's a100_dgx send/recv between two nodes, one GPU each, 1-64 MiB
// (the MAPE-optimal rate, 7.72 GB/s); every other cross-node group is held out
// (docs/training.md). NCCL's issues report the same order without GPUDirect
// RDMA (about 6 GB/s bus bandwidth on 100 Gb/s InfiniBand, #465; about 6 GB/s
// through host memory on AMD hosts, nccl-tests #115).
inline constexpr double kHostStagedRailBandwidth = 7.72e9;
// The staging rate on the options' host: kHostStagedRailBandwidth was measured
// behind PCIe Gen4 x16 links (DGX A100); a GPU kernel streaming through host
// memory is bound by its PCIe link's round trips, so the rate scales with the
// link's per-lane rate (x2 per generation from Gen3 on).
double hostStagingRate(const NetworkPathOptions& options);
// A host PCIe uplink on the options' host, one direction (kHostUplinkBandwidth
// at Gen4, scaled per generation as above).
double hostUplinkRate(const NetworkPathOptions& options);
// One TCP connection of NCCL's socket transport (one thread, one socket by
// default). Calibrated on ONE row group: VIDUR's a100_pairwise_nvlink
// send/recv across nodes (Azure NC96ads A100 v4: Ethernet only, so sockets
// are certain there; MAPE-optimal 2.18 GB/s with the sender's FIFO,
// bufferedSendTime, 2.54 without it); the A40 rows are held out.
inline constexpr double kSocketBandwidth = 2.18e9;
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
// A node whose members sit under both CPU sockets stages through host memory
// across the socket link for part of its channels, and NCCL splits a
// collective's bytes evenly over its channels, so the slowest (cross-socket)
// channels bound them all: every staging path of such a node runs at this
// share of its rate. The one fitted constant of this mechanism, on ONE band:
// VIDUR's a100_dgx all-reduce over 16 ranks, 8 per node, at 1-9.6 MiB, where
// the rows and the model's tuner both run the ring (MAPE-optimal 0.345: 4.1%); the
// same rows' tree bands (12.4-16 and 19.9-64 MiB, where NCCL reduces through
// the node's chain and one rail per GPU) are held out (9.3%). No other group
// in the data spans both sockets (docs/training.md, "Collectives across
// nodes").
inline constexpr double kCrossSocketStagingShare = 0.345;
// Whether a node's `railsPerNode` members (packed from GPU 0) span more than
// one socket on the host paths (gpusPerHostSocket > 0 and fewer than them).
bool spansHostSockets(const NetworkPathOptions& options, int railsPerNode);

// Bandwidth one rail reaches per direction on `path`, given the tier's
// `lineRate` (link bandwidth x efficiency) and the rails a node's members
// drive at once. `bothDirections`: the node sends and receives at once (every
// collective but send/recv). Host-staged: the staging rate is that of one
// stream of GPU kernels through host memory over a PCIe uplink, so the rails
// behind one uplink (gpusPerHostUplink) share one staging rate; one staging
// path that carries both directions (one member per node, or rails sharing
// an uplink) gets kSameGpuDuplexShare of it. The uplink itself is crossed
// once per direction for each way the data flows (GPU -> host and NIC ->
// host both go up; host -> NIC and host -> GPU both come down), shared by
// the rails behind it. A node whose members span both sockets stages at
// kCrossSocketStagingShare of that rate.
double networkRailBandwidth(double lineRate, const NetworkPathOptions& options, int railsPerNode,
                            bool bothDirections);

// NCCL's tuner, not the clock, picks between ring and tree across nodes
// (src/graph/tuning.cc): time = its latency + bytes / its algorithm
// bandwidth, where the ring gets the channels' bus bandwidth x n / (2(n-1))
// and the tree 0.92 x 1/2 of its own graph's bus bandwidth x the tree
// correction (nccl::treeCorrection). On two nodes both graphs are credited
// with their search's bandwidth (bwIntra); the tree's graph on host paths
// finds twice the ring's (kHostPathTreeGraphFactor). The bandwidths are the
// model's own ring bus bandwidth (with the ring's and with the tree's
// protocol), the latencies NCCL's tables (nccl::tunerRingLatency,
// nccl::tunerTreeLatency). Whether the tuner takes the tree for an
// all-reduce of `bytes` over `ranks`.
struct TunerInputs {
    double bytes = 0;
    int ranks = 2;
    double ringBusBandwidth = 0;  // B/s, with the ring's protocol
    double treeBusBandwidth = 0;  // the same base with the tree's protocol
    double ringLatency = 0;
    double treeLatency = 0;
    double treeCorrection = 1.0;
    double treeGraphFactor = 1.0;
};
bool tunerTakesTree(const TunerInputs& in);
inline constexpr double kTunerTreeBandwidthCredit = 0.92 * 0.5;
// NCCL's balanced tree (NCCL_TOPO_PATTERN_BALANCED_TREE, graph.h: "spread NIC
// traffic between two GPUs") receives from its parent on one GPU and sends to
// its children from another, so where the GPU-NIC path bounds the search (on
// the host paths it runs through the CPU, PATH_PHB) each GPU carries half of
// a channel and the tree's graph reaches twice the ring's bandwidth. On
// GPUDirect the NIC bounds both graphs alike (factor 1).
inline constexpr double kHostPathTreeGraphFactor = 2.0;
double treeGraphFactor(NetworkPath path);

// NCCL's proxy post overhead per network post on `cpu` (getNetOverhead).
inline constexpr double kProxyPostOverheadS = 1e-6;
inline constexpr double kAmdProxyPostOverheadS = 2e-6;
double proxyPostOverhead(HostCpu cpu);
// LL128 across nodes: NCCL enables it only where the GPU reaches its NIC
// through PCIe switches alone (typeInter <= PATH_PXB, tuning.cc); without
// GPUDirect RDMA it routes GPU-NIC traffic through the CPU (PATH_PHB,
// src/graph/paths.cc), so host-staged and socket paths run LL and Simple only.
bool ll128AcrossNodes(NetworkPath path);

// NCCL's FIFO of a send/recv across the network, per peer: NCCL_STEPS (8)
// slots of NCCL_P2P_NET_CHUNKSIZE (128 KiB) on each of
// NCCL_NCHANNELS_PER_NET_PEER (2) channels (NCCL's defaults: src/init.cc,
// src/graph/paths.cc): 2 MiB.
inline constexpr double kNetSendBufferBytes = 8.0 * 128 * 1024 * 2;
// The rate at which a sending GPU's kernel fills that FIFO on `path`: on the
// host paths the FIFO sits in host memory and the kernel writes it at the
// host-staging rate (the GPU side of kHostStagedRailBandwidth); 0 on
// GPUDirect, where the FIFO sits in GPU memory (not modelled: no data).
double sendBufferFillRate(const NetworkPathOptions& options);
// How long the sender of one send/recv runs when timed alone (VIDUR timed
// rank 0, the sender): its kernel returns once its last chunk sits in the
// FIFO, so all but the last `buffer` bytes drain at `drainRate` and those
// are written at `fillRate`; a kernel that writes no faster than the path
// drains takes bytes / fillRate. Without a FIFO (buffer <= 0 or fillRate <=
// 0) every byte drains: bytes / drainRate.
double bufferedSendTime(double bytes, double drainRate, double fillRate, double buffer);

}  // namespace nccl
}  // namespace rl
