// Collectives on interconnect tiers: placement, algorithms, NCCL-tests figures.
#include "core/analytical/collectives.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "core/analytical/roofline.h"

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

// One flat tier with a given bandwidth and per-step latency, for collectiveTime().
InterconnectDim flatTier(double bandwidth, double latency) {
    InterconnectDim d;
    d.linkBandwidth = bandwidth;
    d.latencyS = latency;
    d.efficiency = 1.0;
    return d;
}

struct Links {
    double inner = 0;  // B/s of a member's tier-0 link
    double outer = 0;  // B/s of a member's link on the outer tier
    double innerLatency = 0;
    double outerLatency = 0;
};

Links linksOf(const Hardware& hw, const GroupPlacement& p) {
    const InterconnectDim& in = hw.interconnect.front();
    const InterconnectDim& out = hw.interconnect[static_cast<std::size_t>(p.outerTier)];
    return {effectiveBandwidth(in), effectiveBandwidth(out), in.latencyS, out.latencyS};
}

// Ring through every member: across nodes NCCL runs one ring per NIC rail, so
// the node's outer bandwidth is perInner rails; inside, the tier-0 link bounds.
double ringTime(CollectiveKind kind, double bytes, int n, const GroupPlacement& p, const Links& l) {
    if (p.innerGroups <= 1)
        return collectiveTime(kind, bytes, n, flatTier(l.inner, l.innerLatency));
    double bw = l.outer * p.perInner;
    if (p.perInner > 1) bw = std::min(bw, l.inner);
    return collectiveTime(kind, bytes, n, flatTier(bw, l.outerLatency));
}

// Double binary tree (all-reduce): every rank sends and receives the whole
// tensor twice (reduce up, broadcast down) with 2 log2(n) hops of latency.
double treeTime(double bytes, int n, const GroupPlacement& p, const Links& l) {
    const double hops = 2.0 * std::ceil(std::log2(static_cast<double>(n)));
    double bw = p.innerGroups <= 1 ? l.inner : l.outer * p.perInner;
    if (p.innerGroups > 1 && p.perInner > 1) bw = std::min(bw, l.inner);
    const double a = p.innerGroups <= 1 ? l.innerLatency : l.outerLatency;
    return hops * a + 2.0 * bytes / bw;
}

// Everyone to everyone at once: the share leaving the node goes over the
// member's own outer link, the rest over tier 0, in parallel.
double directTime(CollectiveKind kind, double bytes, int n, const GroupPlacement& p,
                  const Links& l) {
    if (kind == CollectiveKind::send_recv) {
        const bool crosses = p.innerGroups > 1;
        return (crosses ? l.outerLatency : l.innerLatency) + bytes / (crosses ? l.outer : l.inner);
    }
    const double share = bytes / n;
    const double offNode = share * (n - p.perInner);
    const double onNode = share * (p.perInner - 1);
    double t = std::max(offNode > 0 ? offNode / l.outer : 0.0, onNode / l.inner);
    t += p.innerGroups > 1 ? l.outerLatency : l.innerLatency;
    // Two-shot all-reduce: a direct reduce-scatter then a direct all-gather.
    return kind == CollectiveKind::all_reduce ? 2 * t : t;
}

// Reduce-scatter inside the node, the collective across nodes on 1/perInner of
// the data (each member on its own rail), all-gather inside.
double hierarchicalTime(CollectiveKind kind, double bytes, const GroupPlacement& p,
                        const Links& l) {
    const InterconnectDim in = flatTier(l.inner, l.innerLatency);
    const InterconnectDim out = flatTier(l.outer, l.outerLatency);
    const double part = bytes / p.perInner;
    switch (kind) {
        case CollectiveKind::all_reduce:
            return collectiveTime(CollectiveKind::reduce_scatter, bytes, p.perInner, in) +
                   collectiveTime(CollectiveKind::all_reduce, part, p.innerGroups, out) +
                   collectiveTime(CollectiveKind::all_gather, bytes, p.perInner, in);
        case CollectiveKind::reduce_scatter:
        case CollectiveKind::all_gather:
            return collectiveTime(kind, bytes, p.perInner, in) +
                   collectiveTime(kind, part, p.innerGroups, out);
        default:
            return std::numeric_limits<double>::infinity();
    }
}

// In-switch reduction: each member sends its tensor into the switch and
// receives the reduced result once.
double nvlsTime(double bytes, const Links& l) { return 2 * l.innerLatency + bytes / l.inner; }

bool applies(CollectiveAlgorithm a, CollectiveKind kind, const GroupPlacement& p) {
    switch (a) {
        case CollectiveAlgorithm::ring:
            return kind != CollectiveKind::all_to_all;
        case CollectiveAlgorithm::tree:
            return kind == CollectiveKind::all_reduce;
        case CollectiveAlgorithm::direct:
            return kind == CollectiveKind::all_to_all || kind == CollectiveKind::send_recv;
        case CollectiveAlgorithm::hierarchical:
            return p.innerGroups > 1 && p.perInner > 1 &&
                   (kind == CollectiveKind::all_reduce || kind == CollectiveKind::reduce_scatter ||
                    kind == CollectiveKind::all_gather);
        case CollectiveAlgorithm::nvls:
            return kind == CollectiveKind::all_reduce && p.innerGroups <= 1;
        case CollectiveAlgorithm::automatic:
            return false;
    }
    return false;
}

double timeOf(CollectiveAlgorithm a, CollectiveKind kind, double bytes, int n,
              const GroupPlacement& p, const Links& l) {
    switch (a) {
        case CollectiveAlgorithm::ring:
            return ringTime(kind, bytes, n, p, l);
        case CollectiveAlgorithm::tree:
            return treeTime(bytes, n, p, l);
        case CollectiveAlgorithm::direct:
            return directTime(kind, bytes, n, p, l);
        case CollectiveAlgorithm::hierarchical:
            return hierarchicalTime(kind, bytes, p, l);
        case CollectiveAlgorithm::nvls:
            return nvlsTime(bytes, l);
        case CollectiveAlgorithm::automatic:
            break;
    }
    return std::numeric_limits<double>::infinity();
}

}  // namespace

std::string_view toString(CollectiveAlgorithm a) {
    switch (a) {
        case CollectiveAlgorithm::automatic:
            return "auto";
        case CollectiveAlgorithm::ring:
            return "ring";
        case CollectiveAlgorithm::tree:
            return "tree";
        case CollectiveAlgorithm::direct:
            return "direct";
        case CollectiveAlgorithm::hierarchical:
            return "hierarchical";
        case CollectiveAlgorithm::nvls:
            return "nvls";
    }
    return "?";
}

bool parseCollectiveAlgorithm(std::string_view name, CollectiveAlgorithm& out) {
    for (CollectiveAlgorithm a : {CollectiveAlgorithm::automatic, CollectiveAlgorithm::ring,
                                  CollectiveAlgorithm::tree, CollectiveAlgorithm::direct,
                                  CollectiveAlgorithm::hierarchical, CollectiveAlgorithm::nvls})
        if (toString(a) == name) {
            out = a;
            return true;
        }
    return false;
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
    return p;
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
    CollectiveEstimate e;
    const int n = std::max(1, group.ranks);
    if (n <= 1 && kind != CollectiveKind::send_recv) return e;
    if (hw.interconnect.empty())
        throw std::invalid_argument("hardware '" + hw.name + "' has no interconnect for a " +
                                    std::string(toString(kind)) + " over " + std::to_string(n) +
                                    " ranks");
    RankGroup g = group;
    // A send/recv pair: two ranks `stride` apart.
    if (kind == CollectiveKind::send_recv) g.ranks = 2;
    const GroupPlacement p = placeGroup(hw, g);
    const Links l = linksOf(hw, p);
    e.tier = p.outerTier;
    if (algorithm == CollectiveAlgorithm::automatic) {
        e.time = std::numeric_limits<double>::infinity();
        for (CollectiveAlgorithm a :
             {CollectiveAlgorithm::ring, CollectiveAlgorithm::tree, CollectiveAlgorithm::direct,
              CollectiveAlgorithm::hierarchical}) {
            if (!applies(a, kind, p)) continue;
            const double t = timeOf(a, kind, bytes, g.ranks, p, l);
            if (t < e.time) e.time = t, e.algorithm = a;
        }
    } else {
        e.algorithm = applies(algorithm, kind, p)          ? algorithm
                      : kind == CollectiveKind::all_to_all ? CollectiveAlgorithm::direct
                                                           : CollectiveAlgorithm::ring;
        e.time = timeOf(e.algorithm, kind, bytes, g.ranks, p, l);
    }
    e.algbw = e.time > 0 ? bytes / e.time : 0;
    e.busbw = e.algbw * busFactor(kind, g.ranks);
    return e;
}

}  // namespace rl
