// The network path between nodes (core/analytical/collective_network.h):
// what each path caps a NIC rail at, NCCL's tuner choice between ring and
// tree, and the algorithm and time it gives for known groups. VIDUR's
// cross-node rows are checked in tests/sim/tst_training_collectives.cpp.
#include <QtTest>

#include <cmath>
#include <initializer_list>

#include "core/analytical/collectives.h"
#include "test_specs.h"

using namespace rl;
using rl::test::sampleHardware;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

// Every value's name parses back to it; a foreign name is refused and leaves
// the target alone.
template <typename E, typename Parse>
bool namesRoundTrip(std::initializer_list<E> values, Parse parse, const char* foreign) {
    for (E v : values) {
        E back = *values.begin() == v ? *(values.end() - 1) : *values.begin();
        if (!parse(toString(v), back) || back != v) return false;
    }
    E untouched = *(values.end() - 1);
    return !parse(foreign, untouched) && untouched == *(values.end() - 1);
}

}  // namespace

class TstCollectiveNetwork : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void namesRoundTrip() {
        QVERIFY(::namesRoundTrip(
            {NetworkPath::gpudirect, NetworkPath::host_staged, NetworkPath::socket},
            parseNetworkPath, "rdma"));
        QVERIFY(::namesRoundTrip({HostCpu::intel, HostCpu::amd}, parseHostCpu, "arm"));
    }

    // Each path's cap on one rail, from the documented constants.
    void railBandwidthPerPath() {
        const double hdr = 25e9 * 0.9;
        NetworkPathOptions o;
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 1, true), hdr);
        o.path = NetworkPath::host_staged;
        // One rank per node sending and receiving: NCCL's 0.7/0.92 share.
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 1, true), 7.72e9 * 0.7 / 0.92);
        // A send/recv moves one way: the staging rate alone.
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 1, false), 7.72e9);
        // Two rails behind one uplink, both ways: 24 GB/s over 2 x 2 crossings.
        o.gpusPerHostUplink = 2;
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 2, true), 6e9);
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 8, true), 6e9);
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 2, false), 7.72e9);
        // Never above the line rate.
        QCOMPARE(nccl::networkRailBandwidth(3e9, o, 1, false), 3e9);
        o.path = NetworkPath::socket;
        QCOMPARE(nccl::networkRailBandwidth(12.5e9, o, 1, false), 2.54e9);
    }

    // NCCL's tuner credits the tree with 0.45 of the bandwidth and the ring
    // with n / (2(n-1)): it takes the tree only where latency dominates.
    void tunerChoice() {
        // Bandwidth-bound: 0.05 + 0.9 ms x (8/14) / 0.45 = 1.19 ms > 1 ms.
        QVERIFY(!nccl::tunerTakesTree(1e-3, 0.1e-3, 0.05e-3, 8));
        // Latency-bound: 0.05 + 0.02 x 1.27 = 0.075 ms < 0.2 ms.
        QVERIFY(nccl::tunerTakesTree(0.2e-3, 0.18e-3, 0.05e-3, 8));
        // On two DGX A100 nodes, 8 GPUs each: a tree (double binary or
        // hierarchical) for a small all-reduce, the ring for a large one, on
        // every path.
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        for (NetworkPath path : {NetworkPath::gpudirect, NetworkPath::host_staged}) {
            CollectiveOptions o;
            o.network.path = path;
            const auto small =
                estimateCollective(two, CollectiveKind::all_reduce, 64e3, {16, 1}, o);
            const auto big =
                estimateCollective(two, CollectiveKind::all_reduce, 64 * kMiB, {16, 1}, o);
            QVERIFY2(small.algorithm == CollectiveAlgorithm::hierarchical ||
                         small.algorithm == CollectiveAlgorithm::tree,
                     toString(small.algorithm).data());
            QVERIFY2(big.algorithm == CollectiveAlgorithm::ring, toString(big.algorithm).data());
            // Chosen explicitly, the hierarchical one is still there; over
            // the host-staged NICs (48 GB/s a node, against 231 of NVLink) it
            // is the faster one, which NCCL's tuner does not know.
            o.algorithm = CollectiveAlgorithm::hierarchical;
            const double h =
                estimateCollective(two, CollectiveKind::all_reduce, 64 * kMiB, {16, 1}, o).time;
            if (path == NetworkPath::host_staged) QVERIFY(h < big.time);
        }
    }

    // Known groups: algorithm, protocol and time, and that the path changes
    // nothing inside a node.
    void knownGroups() {
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        CollectiveOptions o;
        o.isolated = true;
        o.network.path = NetworkPath::host_staged;
        o.network.gpusPerHostUplink = 2;
        // 64 MiB all-reduce, one GPU in each node: a two-step ring on the
        // NIC, Simple, both steps across the network at NCCL's 14 us floor
        // (above the wire's 5 us x 1.1), no pipelining across nodes.
        const double s = 64 * kMiB;
        const auto e = estimateCollective(two, CollectiveKind::all_reduce, s, {2, 8}, o);
        QCOMPARE(e.tier, 1);
        QVERIFY(e.algorithm == CollectiveAlgorithm::ring);
        QVERIFY(e.protocol == NcclProtocol::simple);
        const double rail = 7.72e9 * 0.7 / 0.92;
        QVERIFY(std::abs(e.time - (41e-6 + 2 * 14e-6 + s / rail)) < 1e-9);
        // VIDUR measured 11.44 ms; GPUDirect at the datasheet rate: 3.0 ms.
        QVERIFY(e.time > 11.0e-3 && e.time < 12.0e-3);
        CollectiveOptions gdr;
        gdr.isolated = true;
        QVERIFY(estimateCollective(two, CollectiveKind::all_reduce, s, {2, 8}, gdr).time < 3.5e-3);
        // Eight GPUs per node over host staging: four uplinks, two rails
        // each at 6 GB/s: 48 GB/s of NICs, below NVLink, so the NICs bound.
        CollectiveOptions ring = o;
        ring.algorithm = CollectiveAlgorithm::ring;
        const auto wide = estimateCollective(two, CollectiveKind::all_reduce, s, {16, 1}, ring);
        QCOMPARE(wide.tier, 1);
        QVERIFY2(wide.busbw < 8 * 6e9 && wide.busbw > 0.8 * 8 * 6e9,
                 qPrintable(QString::number(wide.busbw)));
        // Inside one node the path is irrelevant.
        const Hardware node = sampleHardware("nvidia-dgx-a100.json");
        CollectiveOptions plain;
        plain.isolated = true;
        QCOMPARE(estimateCollective(node, CollectiveKind::all_reduce, s, {8, 1}, o).time,
                 estimateCollective(node, CollectiveKind::all_reduce, s, {8, 1}, plain).time);
        // A socket send/recv between two Azure nodes: 2.54 GB/s.
        const Hardware azure = sampleHardware("cluster-2x-azure-nc96ads-a100-v4.json");
        CollectiveOptions tcp;
        tcp.isolated = true;
        tcp.network.path = NetworkPath::socket;
        const auto p2p = estimateCollective(azure, CollectiveKind::send_recv, s, {2, 4}, tcp);
        QCOMPARE(p2p.tier, 2);
        QVERIFY(std::abs(p2p.algbw / 2.54e9 - 1) < 0.01);
    }

    // NCCL's step latencies of a ring that spans nodes: network steps at
    // max(wire x protocol factor, NCCL's floor), the others at max(NVLink
    // step, the proxy's post overhead x posts per step).
    void networkStepFloors() {
        const NcclProtocolCosts simple = nccl::kProtocols[2];
        const NcclProtocolCosts ll = nccl::kProtocols[0];
        // 8 ranks on two nodes, all-reduce: 14 steps, 4 of them network.
        // AMD: 4 x max(5.5, 14) + 10 x max(2.2, 3 x 2) = 116 us.
        QVERIFY(std::abs(nccl::ringLatencyAcrossNodes(simple, 14, 4, 2e-6, 5e-6, 2e-6) - 116e-6) <
                1e-12);
        // Intel: the NVLink steps at 3 x 1 us = 3 us: 56 + 30 = 86 us.
        QVERIFY(std::abs(nccl::ringLatencyAcrossNodes(simple, 14, 4, 2e-6, 5e-6, 1e-6) - 86e-6) <
                1e-12);
        // LL: 4 x max(1.25, 2.7) + 10 x max(0.5, 2) = 30.8 us.
        QVERIFY(std::abs(nccl::ringLatencyAcrossNodes(ll, 14, 4, 2e-6, 5e-6, 2e-6) - 30.8e-6) <
                1e-12);
        // A slow wire sets its own step latency: 4 x 50 x 1.1 + 10 x 6 = 280 us.
        QVERIFY(std::abs(nccl::ringLatencyAcrossNodes(simple, 14, 4, 2e-6, 50e-6, 2e-6) - 280e-6) <
                1e-12);
        // No more network steps than steps (two ranks, one per node).
        QVERIFY(std::abs(nccl::ringLatencyAcrossNodes(simple, 2, 4, 2e-6, 5e-6, 2e-6) - 28e-6) <
                1e-12);
        // The whole estimate: 8 GPUs, 4 per node, host-staged, AMD hosts,
        // ring, 64 MiB: 41 us launch + 116 us + 2 x 7/8 x 64 MiB over four
        // rails of 6 GB/s (two rails per 24 GB/s uplink, both directions).
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        CollectiveOptions o;
        o.isolated = true;
        o.algorithm = CollectiveAlgorithm::ring;
        o.network.path = NetworkPath::host_staged;
        o.network.gpusPerHostUplink = 2;
        o.network.hostCpu = HostCpu::amd;
        const double s = 64 * kMiB;
        const auto e = estimateCollective(two, CollectiveKind::all_reduce, s, {8, 2}, o);
        QVERIFY(e.protocol == NcclProtocol::simple);
        QVERIFY2(std::abs(e.time - (41e-6 + 116e-6 + 2 * 7.0 / 8 * s / (4 * 6e9))) < 1e-9,
                 qPrintable(QString::number(e.time, 'g', 12)));
        // Intel hosts: 30 us less.
        o.network.hostCpu = HostCpu::intel;
        const auto intel = estimateCollective(two, CollectiveKind::all_reduce, s, {8, 2}, o);
        QVERIFY(std::abs(e.time - intel.time - 30e-6) < 1e-9);
        // The ideal model keeps its alpha-beta steps (14 x 5 us).
        o.model = CollectiveModel::ideal;
        const auto ideal = estimateCollective(two, CollectiveKind::all_reduce, s, {8, 2}, o);
        QVERIFY(std::abs(ideal.time - (14 * 5e-6 + 2 * 7.0 / 8 * s / (4 * 6e9))) < 1e-9);
    }

    // Without GPUDirect RDMA NCCL runs no LL128 across nodes; with it, LL128
    // is what a mid-size all-reduce over two DGX nodes uses.
    void noLl128WithoutGpuDirect() {
        QVERIFY(nccl::ll128AcrossNodes(NetworkPath::gpudirect));
        QVERIFY(!nccl::ll128AcrossNodes(NetworkPath::host_staged));
        QVERIFY(!nccl::ll128AcrossNodes(NetworkPath::socket));
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        CollectiveOptions o;
        o.algorithm = CollectiveAlgorithm::ring;
        bool gdrLl128 = false;
        for (double s = 64e3; s <= 256 * kMiB; s *= 2) {
            o.network.path = NetworkPath::gpudirect;
            gdrLl128 |=
                estimateCollective(two, CollectiveKind::all_reduce, s, {16, 1}, o).protocol ==
                NcclProtocol::ll128;
            for (NetworkPath path : {NetworkPath::host_staged, NetworkPath::socket}) {
                o.network.path = path;
                // The all-reduce over both nodes; the pair one node apart.
                const auto all = estimateCollective(two, CollectiveKind::all_reduce, s, {16, 1}, o);
                const auto pair = estimateCollective(two, CollectiveKind::send_recv, s, {2, 8}, o);
                QCOMPARE(pair.tier, 1);
                QVERIFY2(all.protocol != NcclProtocol::ll128, toString(path).data());
                QVERIFY2(pair.protocol != NcclProtocol::ll128, toString(path).data());
            }
        }
        QVERIFY(gdrLl128);
        // Inside one node LL128 stays whatever the path.
        const Hardware node = sampleHardware("nvidia-dgx-a100.json");
        o.network.path = NetworkPath::host_staged;
        bool inNode = false;
        for (double s = 64e3; s <= 64 * kMiB; s *= 2)
            inNode |= estimateCollective(node, CollectiveKind::all_reduce, s, {8, 1}, o).protocol ==
                      NcclProtocol::ll128;
        QVERIFY(inNode);
    }

    // NCCL's tree correction: one factor per power of two from 64 B, per
    // protocol, 1 beyond 256 MiB; it makes the tuner's tree choice flip.
    void treeCorrectionPerPowerOfTwo() {
        QCOMPARE(nccl::treeCorrection(NcclProtocol::simple, 8 * kMiB), 0.8);   // 2^17 x 64 B
        QCOMPARE(nccl::treeCorrection(NcclProtocol::simple, 12 * kMiB), 0.8);  // still index 17
        QCOMPARE(nccl::treeCorrection(NcclProtocol::simple, 16 * kMiB), 0.7);
        QCOMPARE(nccl::treeCorrection(NcclProtocol::simple, 64 * kMiB), 0.8);
        QCOMPARE(nccl::treeCorrection(NcclProtocol::simple, 1024 * kMiB), 1.0);
        QCOMPARE(nccl::treeCorrection(NcclProtocol::simple, 100), 0.9);  // below 128 B: index 0
        QCOMPARE(nccl::treeCorrection(NcclProtocol::ll128, 4 * kMiB), 0.8);
        QCOMPARE(nccl::treeCorrection(NcclProtocol::ll, 512 * 1024), 0.4);
        // Tree as tuned: 0.05 + 0.1 x (8/14) / 0.45 = 0.177 ms < 0.2 ms; with
        // the correction 0.5 it is 0.05 + 0.1 x (8/14) / 0.225 = 0.304 ms.
        QVERIFY(nccl::tunerTakesTree(0.2e-3, 0.1e-3, 0.05e-3, 8));
        QVERIFY(!nccl::tunerTakesTree(0.2e-3, 0.1e-3, 0.05e-3, 8, 0.5));
    }
};

QTEST_GUILESS_MAIN(TstCollectiveNetwork)
#include "tst_collective_network.moc"
