#pragma once
// What NCCL adds to the ideal alpha-beta time of a collective: a protocol
// (LL, LL128, Simple) trading bandwidth for per-step synchronisation, the
// pipelining of chunks through the steps of a ring or tree, and a launch
// floor. One documented set of constants for every device (docs/training.md,
// "Collectives"); nothing here is per device or per measurement row.
#include <array>
#include <string_view>

namespace rl {

enum class NcclProtocol { ll, ll128, simple };
std::string_view toString(NcclProtocol p);

struct NcclProtocolCosts {
    NcclProtocol protocol;
    // Share of the link bandwidth that carries data: LL sends 4 B of flag with
    // every 4 B of data, LL128 8 B with every 120 B, Simple none.
    double bandwidthFraction;
    // Per-step synchronisation as a multiple of the tier's link latency: LL's
    // flags ride with the data (no separate fence and flag round trip), LL128
    // syncs per 128-byte line, Simple fences each chunk before its flag.
    double stepLatencyFactor;
};

namespace nccl {

// Chosen on VIDUR's A100 DGX all-reduce rows with 2 and 4 ranks, 1-64 MiB
// (8 ranks held out; docs/training.md), with LL's factor set to 1/4 of a
// link latency per step rather than fitted (the fit drives it to 0).
inline constexpr std::array<NcclProtocolCosts, 3> kProtocols{{
    {NcclProtocol::ll, 0.5, 0.25},
    {NcclProtocol::ll128, 120.0 / 128.0, 0.35},
    {NcclProtocol::simple, 1.0, 1.1},
}};

// Host-side launch and completion of one collective timed alone (a
// PyTorch/NCCL call between CUDA events, as VIDUR measures): the ranks meet
// before the kernel starts. Fitted with the protocols above.
inline constexpr double kCollectiveLaunchS = 41e-6;
// The same for a send/recv pair (no group-wide rendezvous). Chosen on VIDUR's
// send/recv rows (one rank count only: no held-out check of this constant).
inline constexpr double kPointToPointLaunchS = 9e-6;
// A copy between two GPUs reaches this share of the raw link bandwidth; the
// spec's link efficiency is that of reducing collectives (NCCL-tests bus
// bandwidth), whose reduction kernels cost link time. Chosen on the same rows.
inline constexpr double kPointToPointLinkFraction = 0.97;

// NCCL's tuner latency of one ring step that crosses the network, per
// protocol (LL, LL128, Simple; hwLat[NET][RING] in src/graph/tuning.cc): the
// proxy thread posts the chunk to the NIC and the peer's proxy hands it on, on
// top of the wire. Simple fences each chunk and waits for the flush, so its
// floor is the highest. The same for every network (NCCL has one table).
inline constexpr std::array<double, 3> kNetworkStepFloorS{2.7e-6, 4.0e-6, 14.0e-6};
// A ring with a network hop pays NCCL's proxy post overhead on every step,
// also on the NVLink steps inside a node ("inter-node rings still have to
// launch nsteps * net overhead", tuning.cc); Simple posts three times a step.
inline constexpr double kSimpleProxyPostsPerStep = 3;

// Zero-byte part of a ring that spans nodes, as NCCL's tuner counts it:
// `steps` in all, `networkSteps` of them across the network at the larger of
// the outer tier's step latency and kNetworkStepFloorS, the rest inside the
// nodes at the larger of the inner tier's step latency and the proxy's post
// overhead (`proxyPostOverhead` s per post; collective_network.h).
double ringLatencyAcrossNodes(const NcclProtocolCosts& protocol, double steps, double networkSteps,
                              double innerLatency, double outerLatency, double proxyPostOverhead);

// NCCL's tuner latencies (src/graph/tuning.cc, NCCL 2.18; LL, LL128, Simple):
// a base per algorithm (baseLat) and, for the tree, one per hop inside the
// node (hwLat[NVLINK][TREE]) and one per level across the network
// (hwLat[NET][TREE]). "Tree/Simple is the latency a 256kB chunk", so the
// tuner charges a tree 28 us per hop with Simple. Used only to choose, as
// NCCL does; the time of the chosen algorithm is the model's own.
inline constexpr std::array<double, 3> kRingBaseLatencyS{6.6e-6, 14.0e-6, 8.4e-6};
inline constexpr std::array<double, 3> kTreeBaseLatencyS{6.8e-6, 14.0e-6, 0.0};
inline constexpr std::array<double, 3> kTreeNvlinkHopS{0.52e-6, 1.25e-6, 28.0e-6};
inline constexpr std::array<double, 3> kTreeNetworkHopS{5.0e-6, 8.5e-6, 28.0e-6};
// The tuner's tree latency: base + 2 ((ranksPerNode - 1) x the NVLink hop +
// floor(log2 nodes) x the network hop).
double tunerTreeLatency(NcclProtocol protocol, int ranksPerNode, int nodes);
// The tuner's ring latency across nodes: base + ringLatencyAcrossNodes.
double tunerRingLatency(const NcclProtocolCosts& protocol, double steps, double networkSteps,
                        double innerLatency, double outerLatency, double proxyPostOverhead);

// NCCL's correction of the tree's bandwidth per message size
// (treeCorrectionFactor, tuning.cc, NCCL 2.18-2.21): "trees are not perfectly
// sticking to the model for medium sizes", one factor per power of two from
// 64 B (index log2(bytes / 64)) to 256 MiB, per protocol; 1 above. It is why
// NCCL's ring/tree choice flips at powers of two.
inline constexpr std::array<std::array<double, 23>, 3> kTreeCorrection{{
    {1.0, 1.0, 1.0, 1.0, .9, .8, .7, .7,  .7,  .7,  .6, .5,
     .4,  .4,  .5,  .6,  .7, .8, .9, 1.0, 1.0, 1.0, 1.0},
    {1.0, 1.0, 1.0, 1.0, 1.0, .9, .8, .8, .8, .7,  .6, .6,
     .6,  .6,  .6,  .6,  .8,  .9, .9, .9, .9, 1.0, 1.0},
    {.9, .9, .9, .9, .9, .9, .9, .8, .7, .6, .6, .5, .5, .5, .5, .6, .7, .8, .7, .7, .8, .9, .9},
}};
double treeCorrection(NcclProtocol protocol, double bytes);

// h pipeline steps, each with synchronisation latency a, moving X bytes per
// rank at bandwidth B, with chunks sized to minimise the time: a + (sqrt((h -
// 1) a) + sqrt(X / B))^2. One step (h = 1) is a + X / B.
double pipelinedTime(double steps, double latency, double bytes, double bandwidth);

}  // namespace nccl
}  // namespace rl
