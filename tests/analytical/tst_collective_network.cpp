// The network path between nodes (core/analytical/collective_network.h):
// what each path caps a NIC rail at, NCCL's tuner choice between ring and
// tree, and the algorithm and time it gives for known groups. VIDUR's
// cross-node rows are checked in tests/sim/tst_training_collectives.cpp.
#include <QtTest>

#include <cmath>

#include "core/analytical/collectives.h"
#include "test_specs.h"

using namespace rl;
using rl::test::sampleHardware;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

}  // namespace

class TstCollectiveNetwork : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void namesRoundTrip() {
        for (NetworkPath p :
             {NetworkPath::gpudirect, NetworkPath::host_staged, NetworkPath::socket}) {
            NetworkPath back = NetworkPath::gpudirect;
            QVERIFY(parseNetworkPath(toString(p), back));
            QVERIFY(back == p);
        }
        NetworkPath untouched = NetworkPath::socket;
        QVERIFY(!parseNetworkPath("rdma", untouched));
        QVERIFY(untouched == NetworkPath::socket);
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
        // NIC, Simple, 5 us x 1.1 per step, no pipelining across nodes.
        const double s = 64 * kMiB;
        const auto e = estimateCollective(two, CollectiveKind::all_reduce, s, {2, 8}, o);
        QCOMPARE(e.tier, 1);
        QVERIFY(e.algorithm == CollectiveAlgorithm::ring);
        QVERIFY(e.protocol == NcclProtocol::simple);
        const double rail = 7.72e9 * 0.7 / 0.92;
        QVERIFY(std::abs(e.time - (41e-6 + 2 * 5e-6 * 1.1 + s / rail)) < 1e-9);
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
};

QTEST_GUILESS_MAIN(TstCollectiveNetwork)
#include "tst_collective_network.moc"
