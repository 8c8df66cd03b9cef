// Collectives on interconnect tiers: placement, algorithms, NCCL-tests figures.
#include "core/analytical/collectives.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

#include "core/analytical/collective_names.h"
#include "core/result/engine_text.h"

namespace rl {
namespace {

double effectiveBandwidth(const InterconnectDim& d) {
    return d.linkBandwidth * (d.efficiency > 0 ? d.efficiency : 1.0);
}

// Devices covered by tiers 0..k together.
double span(const Hardware& hw, std::size_t k) {
    double s = 1;
    for (std::size_t i = 0; i <= k && i < hw.interconnect.size(); ++i)
        s *= std::max(1, hw.interconnect[i].devices);
    return s;
}

struct Links {
    double inner = 0;  // B/s of a member's tier-0 link
    double outer = 0;  // B/s of a member's link on the outer tier
    double innerLatency = 0;
    double outerLatency = 0;
    double innerCopy = 0;  // B/s a send/recv copy reaches on the tier-0 link
    double outerCopy = 0;  // the same on the outer tier
    // Links of the outer tier a node's members use at once: one per member
    // (a rail: a NIC or switch port per GPU), or one for the whole node when
    // the tier is point_to_point (a host bridge between NVLink pairs, one NIC
    // shared by the node).
    int outerRails = 1;
    // Across the network: whether NCCL runs LL128 there (collective_network.h)
    // and its proxy's post overhead per network post.
    bool ll128 = true;
    double proxyPostOverhead = nccl::kProxyPostOverheadS;
    // A send/recv across the network timed alone is its sender's kernel,
    // which returns once its last chunk sits in NCCL's FIFO: the FIFO's bytes
    // and the rate the kernel writes them (0: no FIFO modelled).
    double sendBuffer = 0;
    double sendFillRate = 0;
    // The outer rate NCCL's tuner weighs: its graph knows nothing of the
    // socket link (nccl::kCrossSocketStagingShare), so it is `outer` without it.
    double tunerOuter = 0;
};

Links linksOf(const Hardware& hw, const GroupPlacement& p, CollectiveKind kind,
              const CollectiveOptions& options) {
    const CollectiveModel model = options.model;
    const InterconnectDim& in = hw.interconnect.front();
    const InterconnectDim& out = hw.interconnect[static_cast<std::size_t>(p.outerTier)];
    Links l{effectiveBandwidth(in), effectiveBandwidth(out), in.latencyS, out.latencyS, 0, 0};
    const bool nccl = model == CollectiveModel::nccl;
    l.innerCopy = nccl ? in.linkBandwidth * nccl::kPointToPointLinkFraction : l.inner;
    l.outerCopy = nccl ? out.linkBandwidth * nccl::kPointToPointLinkFraction : l.outer;
    l.outerRails = out.topology == "point_to_point" ? 1 : p.perInner;
    if (nccl && options.network.intraNode == IntraNodePath::shm) {
        // SHM: every byte between two GPUs of a node is written into host
        // memory by one GPU and read back by the other, at the host's staging
        // rate, whatever NVLink or PCIe path the tiers describe.
        const double staged = nccl::hostStagingRate(options.network);
        l.inner = std::min(l.inner, staged);
        l.innerCopy = std::min(l.innerCopy, staged);
        if (!p.network) {
            l.outer = std::min(l.outer, staged);
            l.outerCopy = std::min(l.outerCopy, staged);
        }
    }
    l.tunerOuter = l.outer;
    if (p.network && p.innerGroups > 1) {
        // The path across the network caps each rail (collective_network.h).
        const bool both = kind != CollectiveKind::send_recv;
        NetworkPathOptions oneSocket = options.network;
        oneSocket.gpusPerHostSocket = 0;
        l.tunerOuter = nccl::networkRailBandwidth(l.outer, oneSocket, l.outerRails, both);
        l.outer = nccl::networkRailBandwidth(l.outer, options.network, l.outerRails, both);
        l.outerCopy = nccl::networkRailBandwidth(l.outerCopy, options.network, l.outerRails, both);
        l.ll128 = nccl::ll128AcrossNodes(options.network.path);
        l.proxyPostOverhead = nccl::proxyPostOverhead(options.network.hostCpu);
        if (kind == CollectiveKind::send_recv && options.isolated && nccl) {
            l.sendBuffer = nccl::kNetSendBufferBytes;
            l.sendFillRate = nccl::sendBufferFillRate(options.network);
        }
    }
    return l;
}

// How one phase of an algorithm is costed: the ideal alpha-beta time, or
// NCCL's with a protocol's bandwidth share and per-step synchronisation and,
// for rings and trees, chunks pipelined through the steps.
struct Costing {
    CollectiveModel model = CollectiveModel::ideal;
    NcclProtocolCosts protocol = nccl::kProtocols.back();

    double operator()(double steps, double latency, double bytes, double bandwidth,
                      bool pipelined = true) const {
        if (model == CollectiveModel::ideal) return steps * latency + bytes / bandwidth;
        const double a = latency * protocol.stepLatencyFactor;
        const double b = bandwidth * protocol.bandwidthFraction;
        return pipelined ? nccl::pipelinedTime(steps, a, bytes, b) : steps * a + bytes / b;
    }
};

// Ring steps and bytes each rank sends (the bus bytes) of a collective.
struct RingShape {
    double steps = 1, bytes = 0;
};
RingShape ringShape(CollectiveKind kind, double bytes, int ranks) {
    const double n = std::max(1, ranks);
    switch (kind) {
        case CollectiveKind::all_reduce:
            return {2 * (n - 1), 2 * (n - 1) / n * bytes};
        case CollectiveKind::all_gather:
        case CollectiveKind::reduce_scatter:
        case CollectiveKind::all_to_all:
            return {n - 1, (n - 1) / n * bytes};
        case CollectiveKind::send_recv:
            return {1, bytes};
    }
    return {1, bytes};
}

// `pipelined`: chunks wait for each step's synchronisation (NVLink, SM
// copies); across nodes the NIC proxy keeps several chunk writes in flight, so
// after the pipeline fill the step latency hides under the transfer.
double ringOn(const Costing& c, CollectiveKind kind, double bytes, int n, double bandwidth,
              double latency, bool pipelined) {
    const RingShape r = ringShape(kind, bytes, n);
    return c(r.steps, latency, r.bytes, bandwidth, pipelined);
}

// Steps of a ring over `nodes` nodes that NCCL's tuner counts as network
// steps (tuning.cc: 2 x nodes for all-reduce, nodes - 1 for all-gather and
// reduce-scatter, nodes otherwise).
double networkSteps(CollectiveKind kind, int nodes) {
    switch (kind) {
        case CollectiveKind::all_reduce:
            return 2.0 * nodes;
        case CollectiveKind::all_gather:
        case CollectiveKind::reduce_scatter:
            return nodes - 1.0;
        default:
            return nodes;
    }
}

// A ring's bandwidth across nodes: the node's rails, and NVLink inside.
double ringBandwidthAcross(const GroupPlacement& p, const Links& l) {
    const double bw = l.outer * l.outerRails;
    return p.perInner > 1 ? std::min(bw, l.inner) : bw;
}

// Ring through every member: across nodes NCCL runs one ring per NIC rail, so
// the node's outer bandwidth is perInner rails; inside, the tier-0 link bounds.
// Over the network the NCCL model pays NCCL's step latencies (its network and
// proxy floors, nccl_model.h); the bytes stream behind them.
double ringTime(const Costing& c, CollectiveKind kind, double bytes, int n, const GroupPlacement& p,
                const Links& l) {
    if (p.innerGroups <= 1) return ringOn(c, kind, bytes, n, l.inner, l.innerLatency, true);
    const double bw = ringBandwidthAcross(p, l);
    if (c.model == CollectiveModel::ideal || !p.network)
        return ringOn(c, kind, bytes, n, bw, l.outerLatency, false);
    const RingShape r = ringShape(kind, bytes, n);
    return nccl::ringLatencyAcrossNodes(c.protocol, r.steps, networkSteps(kind, p.innerGroups),
                                        l.innerLatency, l.outerLatency, l.proxyPostOverhead) +
           r.bytes / (bw * c.protocol.bandwidthFraction);
}

// Double binary tree (all-reduce): every rank sends and receives the whole
// tensor twice (reduce up, broadcast down) with 2 log2(n) hops of latency.
double treeTime(const Costing& c, double bytes, int n, const GroupPlacement& p, const Links& l) {
    const double hops = 2.0 * std::ceil(std::log2(static_cast<double>(n)));
    const double bw = p.innerGroups <= 1 ? l.inner : ringBandwidthAcross(p, l);
    const bool inside = p.innerGroups <= 1;
    return c(hops, inside ? l.innerLatency : l.outerLatency, 2.0 * bytes, bw, inside);
}

// Everyone to everyone at once: the share leaving the node goes over the
// member's own outer link, the rest over tier 0, in parallel. Copies, not
// reductions: NCCL runs them as grouped sends and receives.
double directTime(const Costing& c, CollectiveKind kind, double bytes, int n,
                  const GroupPlacement& p, const Links& l) {
    const bool crosses = p.innerGroups > 1;
    const double a = crosses ? l.outerLatency : l.innerLatency;
    if (kind == CollectiveKind::send_recv) {
        if (crosses && l.sendBuffer > 0 && c.model == CollectiveModel::nccl) {
            const double share = c.protocol.bandwidthFraction;
            return a * c.protocol.stepLatencyFactor +
                   nccl::bufferedSendTime(bytes, l.outerCopy * share, l.sendFillRate * share,
                                          l.sendBuffer);
        }
        return c(1, a, bytes, crosses ? l.outerCopy : l.innerCopy, false);
    }
    const double share = bytes / n;
    const double offNode = share * (n - p.perInner);
    const double onNode = share * (p.perInner - 1);
    // Members sharing one outer link split it.
    const double offBandwidth = l.outerCopy * l.outerRails / std::max(1, p.perInner);
    double t = std::max(offNode > 0 ? c(1, a, offNode, offBandwidth, false) : 0.0,
                        onNode > 0 ? c(1, a, onNode, l.innerCopy, false) : 0.0);
    // Two-shot all-reduce: a direct reduce-scatter then a direct all-gather.
    return kind == CollectiveKind::all_reduce ? 2 * t : t;
}

// Reduce-scatter inside the node, the collective across nodes on 1/perInner of
// the data (each member on its own rail), all-gather inside.
double hierarchicalTime(const Costing& c, CollectiveKind kind, double bytes,
                        const GroupPlacement& p, const Links& l) {
    const double part = bytes / p.perInner;
    auto in = [&](CollectiveKind k, double b) {
        return ringOn(c, k, b, p.perInner, l.inner, l.innerLatency, true);
    };
    // One ring per member across nodes, each on its rail (or all on one link).
    const double railBandwidth = l.outer * l.outerRails / std::max(1, p.perInner);
    auto out = [&](CollectiveKind k, double b) {
        return ringOn(c, k, b, p.innerGroups, railBandwidth, l.outerLatency, false);
    };
    // NCCL's tree all-reduce across the network streams chunks through the
    // node's chain and the network at once: each phase pays its latency, the
    // slowest phase's bytes bound the rest. The ideal model, and the
    // reduce-scatter and all-gather (NCCL has no tree for them), run the
    // phases one after another.
    const bool streamed =
        c.model == CollectiveModel::nccl && p.network && kind == CollectiveKind::all_reduce;
    const auto phases = [&](std::initializer_list<std::pair<CollectiveKind, bool>> list) {
        double latency = 0, slowest = 0, sum = 0;
        for (const auto& [k, across] : list) {
            const double t = across ? out(k, part) : in(k, bytes);
            const double zero = across ? out(k, 0) : in(k, 0);
            latency += zero;
            slowest = std::max(slowest, t - zero);
            sum += t;
        }
        return streamed ? latency + slowest : sum;
    };
    switch (kind) {
        case CollectiveKind::all_reduce:
            return phases({{CollectiveKind::reduce_scatter, false},
                           {CollectiveKind::all_reduce, true},
                           {CollectiveKind::all_gather, false}});
        case CollectiveKind::reduce_scatter:
        case CollectiveKind::all_gather:
            return phases({{kind, false}, {kind, true}});
        default:
            return std::numeric_limits<double>::infinity();
    }
}

// In-switch reduction: each member sends its tensor into the switch and
// receives the reduced result once.
double nvlsTime(const Costing& c, double bytes, const Links& l) {
    return c(2, l.innerLatency, bytes, l.inner, false);
}

bool applies(CollectiveAlgorithm a, CollectiveKind kind, const GroupPlacement& p) {
    switch (a) {
        case CollectiveAlgorithm::ring:
            return kind != CollectiveKind::all_to_all;
        case CollectiveAlgorithm::tree:
            return kind == CollectiveKind::all_reduce;
        case CollectiveAlgorithm::direct:
            return kind == CollectiveKind::all_to_all || kind == CollectiveKind::send_recv;
        case CollectiveAlgorithm::hierarchical:
            // It stands for NCCL's trees across the network; inside one
            // machine NCCL runs rings (and chains) through every GPU.
            return p.innerGroups > 1 && p.perInner > 1 && p.network &&
                   (kind == CollectiveKind::all_reduce || kind == CollectiveKind::reduce_scatter ||
                    kind == CollectiveKind::all_gather);
        case CollectiveAlgorithm::nvls:
            return kind == CollectiveKind::all_reduce && p.innerGroups <= 1;
        case CollectiveAlgorithm::automatic:
            return false;
    }
    return false;
}

double timeOf(const Costing& c, CollectiveAlgorithm a, CollectiveKind kind, double bytes, int n,
              const GroupPlacement& p, const Links& l) {
    switch (a) {
        case CollectiveAlgorithm::ring:
            return ringTime(c, kind, bytes, n, p, l);
        case CollectiveAlgorithm::tree:
            return treeTime(c, bytes, n, p, l);
        case CollectiveAlgorithm::direct:
            return directTime(c, kind, bytes, n, p, l);
        case CollectiveAlgorithm::hierarchical:
            return hierarchicalTime(c, kind, bytes, p, l);
        case CollectiveAlgorithm::nvls:
            return nvlsTime(c, bytes, l);
        case CollectiveAlgorithm::automatic:
            break;
    }
    return std::numeric_limits<double>::infinity();
}

// The fastest protocol for one algorithm (what NCCL's tuner picks); the
// ideal model has none.
void fastestProtocol(CollectiveModel model, CollectiveAlgorithm a, CollectiveKind kind,
                     double bytes, int n, const GroupPlacement& p, const Links& l,
                     CollectiveEstimate& best) {
    if (model == CollectiveModel::ideal) {
        const double t = timeOf(Costing{}, a, kind, bytes, n, p, l);
        if (t < best.time) best.time = t, best.algorithm = a;
        return;
    }
    for (const NcclProtocolCosts& proto : nccl::kProtocols) {
        if (proto.protocol == NcclProtocol::ll128 && !l.ll128) continue;
        const double t = timeOf(Costing{model, proto}, a, kind, bytes, n, p, l);
        if (t < best.time) best.time = t, best.algorithm = a, best.protocol = proto.protocol;
    }
}

// `best` holds the fastest flat algorithm (ring or direct); NCCL's tree (our tree or hierarchical,
// whichever is faster) replaces it where NCCL's tuner would take the tree: the tuner weighs NCCL's
// latency tables against the model's ring bandwidth (collective_network.h, tunerTakesTree).
void tuneAcrossNodes(CollectiveModel model, double bytes, int n, const GroupPlacement& p,
                     const Links& l, NetworkPath path, CollectiveEstimate& best) {
    const auto fastest = [&](CollectiveAlgorithm a) {
        CollectiveEstimate e;
        e.time = std::numeric_limits<double>::infinity();
        if (applies(a, CollectiveKind::all_reduce, p))
            fastestProtocol(model, a, CollectiveKind::all_reduce, bytes, n, p, l, e);
        return e;
    };
    CollectiveEstimate tree = fastest(CollectiveAlgorithm::tree);
    const CollectiveEstimate hierarchical = fastest(CollectiveAlgorithm::hierarchical);
    if (hierarchical.time < tree.time) tree = hierarchical;
    if (!std::isfinite(tree.time)) return;
    const auto costs = [](NcclProtocol proto) {
        return nccl::kProtocols[static_cast<std::size_t>(proto)];
    };
    const RingShape r = ringShape(CollectiveKind::all_reduce, 0, n);
    Links seen = l;
    seen.outer = l.tunerOuter;
    const double bandwidth = ringBandwidthAcross(p, seen);
    nccl::TunerInputs in;
    in.bytes = bytes;
    in.ranks = n;
    in.ringBusBandwidth = bandwidth * costs(best.protocol).bandwidthFraction;
    in.treeBusBandwidth = bandwidth * costs(tree.protocol).bandwidthFraction;
    in.ringLatency = nccl::tunerRingLatency(costs(best.protocol), r.steps,
                                            networkSteps(CollectiveKind::all_reduce, p.innerGroups),
                                            l.innerLatency, l.outerLatency, l.proxyPostOverhead);
    in.treeLatency = nccl::tunerTreeLatency(tree.protocol, p.perInner, p.innerGroups);
    in.treeCorrection = nccl::treeCorrection(tree.protocol, bytes);
    in.treeGraphFactor = nccl::treeGraphFactor(path);
    if (nccl::tunerTakesTree(in))
        best.time = tree.time, best.algorithm = tree.algorithm, best.protocol = tree.protocol;
}

}  // namespace

std::string_view toString(CollectiveAlgorithm a) {
    return nameOf(kCollectiveAlgorithmNames, a, "?");
}

bool parseCollectiveAlgorithm(std::string_view name, CollectiveAlgorithm& out) {
    const auto a = valueOf(kCollectiveAlgorithmNames, name);
    if (a) out = *a;
    return a.has_value();
}

GroupPlacement placeGroup(const Hardware& hw, const RankGroup& group) {
    GroupPlacement p;
    const int n = std::max(1, group.ranks);
    const int stride = std::max(1, group.stride);
    if (hw.interconnect.empty()) return p;
    const int inner = std::max(1, hw.interconnect.front().devices);
    p.perInner = stride >= inner ? 1 : std::min(n, std::max(1, inner / stride));
    p.innerGroups = (n + p.perInner - 1) / p.perInner;
    if (p.innerGroups <= 1) return p;
    // The outermost tier the group's span of global ranks reaches.
    const double reach = static_cast<double>(stride) * (n - 1) + 1;
    p.outerTier = static_cast<int>(hw.interconnect.size()) - 1;
    for (std::size_t k = 1; k < hw.interconnect.size(); ++k)
        if (span(hw, k) >= reach) {
            p.outerTier = static_cast<int>(k);
            break;
        }
    p.network = p.outerTier == static_cast<int>(hw.interconnect.size()) - 1;
    return p;
}

int devicesPerNode(const Hardware& hw) {
    if (hw.interconnect.empty()) return 1;
    if (hw.interconnect.size() == 1) return std::max(1, hw.interconnect.front().devices);
    return static_cast<int>(span(hw, hw.interconnect.size() - 2));
}

RankGroup groupOnNodes(const Hardware& hw, int ranks, int ranksPerNode) {
    const int n = std::max(1, ranks), g = std::max(1, ranksPerNode);
    if (g >= n) return {n, 1};
    return {n, std::max(1, devicesPerNode(hw) / g)};
}

RankGroup groupOnDimension(const Hardware& hw, int ranks, int dimension) {
    const int n = std::max(1, ranks);
    if (dimension <= 0 || hw.interconnect.empty()) return {n, 1};
    const std::size_t below =
        std::min<std::size_t>(static_cast<std::size_t>(dimension) - 1, hw.interconnect.size() - 1);
    const double inside = span(hw, below);
    if (n > inside) return {n, 1};
    return {n, static_cast<int>(inside)};
}

Message dimensionWarningMessage(const Hardware& hw, CollectiveKind kind, int ranks, int dimension) {
    const int n = kind == CollectiveKind::send_recv ? 2 : std::max(1, ranks);
    if (n <= 1) return {};
    using Kind = MessageArg::Kind;
    Message m;
    m.args = {{Kind::name, std::string(toString(kind)), 0.0},
              {Kind::count, {}, double(n)},
              {Kind::count, {}, double(dimension)}};
    m.english = "a " + std::string(toString(kind)) + " over " + std::to_string(n) +
                " ranks on interconnect dimension " + std::to_string(dimension);
    const MessageArg hardware{Kind::name, hw.name, 0.0};
    if (hw.interconnect.empty()) {
        m.id = MessageId::warnCollectiveNoInterconnect;
        m.args.push_back(hardware);
        m.english += ": '" + hw.name + "' has no interconnect";
        return m;
    }
    if (dimension < 0 || static_cast<std::size_t>(dimension) >= hw.interconnect.size()) {
        const std::size_t last = hw.interconnect.size() - 1;
        m.id = MessageId::warnCollectiveNoDimension;
        m.args.push_back(hardware);
        m.args.push_back({Kind::count, {}, double(last)});
        m.english += ": '" + hw.name + "' has dimensions 0.." + std::to_string(last);
        return m;
    }
    const double devices = span(hw, static_cast<std::size_t>(dimension));
    if (n <= devices) return {};
    const InterconnectDim& d = hw.interconnect[static_cast<std::size_t>(dimension)];
    m.id = MessageId::warnCollectiveTooWide;
    m.args.push_back({Kind::name, d.name, 0.0});
    m.args.push_back({Kind::count, {}, double(n)});
    m.args.push_back(hardware);
    m.args.push_back({Kind::count, {}, devices});
    m.english += " (" + d.name + ") needs " + std::to_string(n) + " devices, but '" + hw.name +
                 "' has " + std::to_string(static_cast<long long>(devices)) +
                 " up to that dimension (costed as if it extended)";
    return m;
}

std::string dimensionWarning(const Hardware& hw, CollectiveKind kind, int ranks, int dimension) {
    return dimensionWarningMessage(hw, kind, ranks, dimension).english;
}

std::vector<Message> collectiveWarnings(const Hardware& hw, const std::vector<Operator>& ops) {
    std::vector<Message> out;
    for (const Operator& op : ops) {
        if (op.kind != OpKind::collective && op.kind != OpKind::send_recv) continue;
        Message m = dimensionWarningMessage(hw, op.collective.kind, op.collective.ranks,
                                            op.collective.dimension);
        if (m.english.empty()) continue;
        m.english = op.name + ": " + m.english;
        m.args.insert(m.args.begin(), {MessageArg::Kind::name, op.name, 0.0});
        const auto same = [&m](const Message& w) { return w.english == m.english; };
        if (std::none_of(out.begin(), out.end(), same)) out.push_back(std::move(m));
    }
    return out;
}

double busFactor(CollectiveKind kind, int ranks) {
    const double n = std::max(1, ranks);
    switch (kind) {
        case CollectiveKind::all_reduce:
            return 2 * (n - 1) / n;
        case CollectiveKind::all_gather:
        case CollectiveKind::reduce_scatter:
        case CollectiveKind::all_to_all:
            return (n - 1) / n;
        case CollectiveKind::send_recv:
            return 1;
    }
    return 1;
}

CollectiveEstimate estimateCollective(const Hardware& hw, CollectiveKind kind, double bytes,
                                      const RankGroup& group, CollectiveAlgorithm algorithm) {
    CollectiveOptions o;
    o.algorithm = algorithm;
    return estimateCollective(hw, kind, bytes, group, o);
}

CollectiveEstimate estimateCollective(const Hardware& hw, CollectiveKind kind, double bytes,
                                      const RankGroup& group, const CollectiveOptions& options) {
    CollectiveEstimate e;
    const int n = std::max(1, group.ranks);
    if (n <= 1 && kind != CollectiveKind::send_recv) return e;
    if (hw.interconnect.empty())
        throwEngineError(
            {RL_TR("EngineText", "hardware '%1' has no interconnect for a %2 over %3 ranks"),
             {PhraseArg::verbatim(hw.name), PhraseArg::verbatim(std::string(toString(kind))),
              PhraseArg::integer(n)}});
    RankGroup g = group;
    // A send/recv pair: two ranks `stride` apart.
    if (kind == CollectiveKind::send_recv) g.ranks = 2;
    const GroupPlacement p = placeGroup(hw, g);
    const Links l = linksOf(hw, p, kind, options);
    e.tier = p.outerTier;
    const double reach = static_cast<double>(std::max(1, g.stride)) * (g.ranks - 1) + 1;
    if (reach > hw.deviceCount()) {
        e.warningMessage = engineMessage(
            {RL_TR("EngineText",
                   "a %1 over %2 ranks %3 apart spans %4 devices, but '%5' has %6 (%7 assumed to "
                   "extend)"),
             {PhraseArg::verbatim(std::string(toString(kind))), PhraseArg::integer(g.ranks),
              PhraseArg::integer(std::max(1, g.stride)),
              PhraseArg::integer(static_cast<std::int64_t>(reach)), PhraseArg::verbatim(hw.name),
              PhraseArg::integer(hw.deviceCount()),
              PhraseArg::verbatim(hw.interconnect[static_cast<std::size_t>(p.outerTier)].name)}});
        e.warning = e.warningMessage.english;
    }
    e.time = std::numeric_limits<double>::infinity();
    CollectiveAlgorithm chosen = options.algorithm;
    if (chosen != CollectiveAlgorithm::automatic && !applies(chosen, kind, p))
        chosen = kind == CollectiveKind::all_to_all || kind == CollectiveKind::send_recv
                     ? CollectiveAlgorithm::direct
                     : CollectiveAlgorithm::ring;
    if (chosen == CollectiveAlgorithm::automatic) {
        // Across nodes NCCL's tuner picks the all-reduce's tree (our
        // hierarchical) by its own credits, not by the time (collective_network.h).
        const bool tuned = options.model == CollectiveModel::nccl &&
                           kind == CollectiveKind::all_reduce && p.network && p.innerGroups > 1;
        const auto treeLike = [](CollectiveAlgorithm a) {
            return a == CollectiveAlgorithm::tree || a == CollectiveAlgorithm::hierarchical;
        };
        for (CollectiveAlgorithm a :
             {CollectiveAlgorithm::ring, CollectiveAlgorithm::tree, CollectiveAlgorithm::direct,
              CollectiveAlgorithm::hierarchical})
            if (applies(a, kind, p) && !(tuned && treeLike(a)))
                fastestProtocol(options.model, a, kind, bytes, g.ranks, p, l, e);
        if (tuned) tuneAcrossNodes(options.model, bytes, g.ranks, p, l, options.network.path, e);
    } else {
        fastestProtocol(options.model, chosen, kind, bytes, g.ranks, p, l, e);
    }
    if (options.model == CollectiveModel::nccl) {
        const bool pair = kind == CollectiveKind::send_recv;
        e.launch = !options.isolated ? hw.kernelLaunchS
                   : pair            ? nccl::kPointToPointLaunchS
                                     : nccl::kCollectiveLaunchS;
        e.time += e.launch;
    }
    e.algbw = e.time > 0 ? bytes / e.time : 0;
    e.busbw = e.algbw * busFactor(kind, g.ranks);
    return e;
}

}  // namespace rl
