#pragma once
// Collectives on the hardware's interconnect tiers: a group of ranks placed on
// the tiers (NVLink/NVSwitch inside a node, NICs and a fabric across nodes),
// an algorithm (ring, tree, direct, hierarchical, NVLS) and its time with
// NCCL-tests' algbw/busbw conventions. Two cost models: the ideal alpha-beta
// one (a group on one tier with the ring is exactly collectiveTime() of
// roofline.h) and NCCL's (protocol choice, pipelined chunks, launch floors;
// nccl_model.h). docs/training.md says what each leaves out.
#include <string>
#include <string_view>
#include <vector>

#include "core/analytical/collective_network.h"
#include "core/analytical/nccl_model.h"
#include "core/result/message.h"
#include "core/spec/hardware.h"
#include "core/workload/operator.h"

namespace rl {

enum class CollectiveAlgorithm {
    automatic,     // the fastest of the others that applies (what NCCL's tuner aims for)
    ring,          // pipelined ring through every rank; across nodes one ring per NIC rail
    tree,          // double binary tree: 2 log2(n) hops of latency, 2 S per rank
    direct,        // every rank exchanges with every other at once (all-to-all, two-shot)
    hierarchical,  // reduce-scatter inside the node, all-reduce across, all-gather inside
    nvls,          // in-switch reduction (NVLink SHARP): each rank sends and receives S once
};
std::string_view toString(CollectiveAlgorithm a);
// nullopt-free parse: returns false when `name` is not an algorithm's name.
bool parseCollectiveAlgorithm(std::string_view name, CollectiveAlgorithm& out);

// How a group of `ranks` sits on the tiers: consecutive members are `stride`
// global ranks apart (Megatron's order: TP innermost, then DP, then PP), so a
// TP group has stride 1, a DP group stride TP, a PP pair stride TP x DP.
struct RankGroup {
    int ranks = 1;
    int stride = 1;
};

// Where a group lands: members per instance of the innermost tier it fills,
// and the tier whose links its slowest hop crosses.
struct GroupPlacement {
    int outerTier = 0;    // index into Hardware::interconnect (0: stays inside tier 0)
    int perInner = 1;     // members sharing one instance of tier 0 (one node)
    int innerGroups = 1;  // instances of tier 0 the group spans (nodes)
    // The slowest hop is the hardware's last tier (the network between
    // machines), not a tier inside one (a host bridge between NVLink pairs).
    bool network = false;
};
GroupPlacement placeGroup(const Hardware& hw, const RankGroup& group);

// Devices in one node: every tier but the outermost (the network between
// nodes); tier 0 alone for hardware with one tier.
int devicesPerNode(const Hardware& hw);
// A group of `ranks` with `ranksPerNode` members in each node (as measurement
// files such as VIDUR's describe it): packed (stride 1) inside one node,
// spread evenly over the node's devices otherwise.
RankGroup groupOnNodes(const Hardware& hw, int ranks, int ranksPerNode);
// A group of `ranks` that runs on interconnect dimension `dimension`: packed
// when it cannot fit the tiers below anyway, else one member per instance of
// the tier below (so that its slowest hop is that dimension).
RankGroup groupOnDimension(const Hardware& hw, int ranks, int dimension);

// A sentence for people when a collective over `ranks` (2 for send/recv) on
// interconnect dimension `dimension` asks for more devices than tiers
// 0..dimension hold, or names a dimension the hardware lacks; "" otherwise.
std::string dimensionWarning(const Hardware& hw, CollectiveKind kind, int ranks, int dimension);
// The same typed for translation (MessageId::warnCollective*, without the
// operator's name); an empty message where dimensionWarning is "".
Message dimensionWarningMessage(const Hardware& hw, CollectiveKind kind, int ranks, int dimension);
// dimensionWarning of every collective and send/recv in `ops`, each distinct
// sentence once, typed, with the operator's name first ("{op}: " + the
// sentence in `english`, the op as argument 0), in order.
std::vector<Message> collectiveWarnings(const Hardware& hw, const std::vector<Operator>& ops);

enum class CollectiveModel {
    ideal,  // alpha-beta: steps x latency + bus bytes / bandwidth
    nccl,   // + protocol choice, pipelined chunks and a launch floor
};

struct CollectiveOptions {
    CollectiveAlgorithm algorithm = CollectiveAlgorithm::automatic;
    CollectiveModel model = CollectiveModel::nccl;
    // One call timed alone between CUDA events (nccl-tests, VIDUR): pays NCCL's
    // host launch and rendezvous. Off: enqueued in a stream behind other work
    // (a training step), pays the hardware's kernel launch only.
    bool isolated = false;
    // How bytes cross the network between nodes (collective_network.h):
    // GPUDirect RDMA at the tier's rate, or a host-staged or socket path that
    // caps each NIC rail. Tiers inside a node are unaffected.
    NetworkPathOptions network;
};

struct CollectiveEstimate {
    double time = 0;   // s
    double algbw = 0;  // B/s: bytes / time (NCCL-tests)
    double busbw = 0;  // B/s: algbw x the collective's bus factor
    CollectiveAlgorithm algorithm = CollectiveAlgorithm::ring;
    NcclProtocol protocol = NcclProtocol::simple;  // nccl model only
    double launch = 0;                             // s of `time` that is the launch floor
    int tier = 0;                                  // outermost tier crossed
    // Set when the group spans more devices than the hardware's tiers hold
    // (the outermost tier is then assumed to repeat): a sentence for people,
    // and the same typed for translation (english == warning).
    std::string warning;
    Message warningMessage;
};

// NCCL-tests bus factor: 2(n-1)/n for all-reduce, (n-1)/n for all-gather,
// reduce-scatter and all-to-all, 1 for send/recv.
double busFactor(CollectiveKind kind, int ranks);

// Time of one collective of `bytes` (the whole tensor for all-reduce; the full
// gathered tensor for all-gather and reduce-scatter, as NCCL-tests sizes them;
// the message for send/recv) over `group`. An algorithm that does not apply to
// the kind or the placement falls back to the ring. Hardware without an
// interconnect gives 0 for groups of one and throws std::invalid_argument
// otherwise.
CollectiveEstimate estimateCollective(const Hardware& hw, CollectiveKind kind, double bytes,
                                      const RankGroup& group, const CollectiveOptions& options);
// The NCCL model in a stream (not isolated) with the given algorithm.
CollectiveEstimate estimateCollective(
    const Hardware& hw, CollectiveKind kind, double bytes, const RankGroup& group,
    CollectiveAlgorithm algorithm = CollectiveAlgorithm::automatic);

}  // namespace rl
