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

// One call timed alone (as VIDUR timed them) over `path` between nodes.
CollectiveOptions isolatedOver(NetworkPath path) {
    CollectiveOptions o;
    o.isolated = true;
    o.network.path = path;
    return o;
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
        // Own uplinks (one GPU each): every rail stages at the full rate.
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 2, true), 7.72e9);
        // Two rails behind one uplink share one staging path: both ways it
        // gets the duplex share, 7.72 x 0.7/0.92 / 2 = 2.94 GB/s a rail (the
        // uplink, 24 GB/s over 2 crossings x 2 rails = 6, does not bind).
        o.gpusPerHostUplink = 2;
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 2, true), 7.72e9 * 0.7 / 0.92 / 2);
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 8, true), 7.72e9 * 0.7 / 0.92 / 2);
        // One way: the staging rate halved, 3.86 GB/s.
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 2, false), 7.72e9 / 2);
        // Never above the line rate.
        QCOMPARE(nccl::networkRailBandwidth(3e9, o, 1, false), 3e9);
        o.path = NetworkPath::socket;
        QCOMPARE(nccl::networkRailBandwidth(12.5e9, o, 1, false), 2.18e9);
    }

    // NCCL's tuner: latency + bytes / credited bandwidth, the ring credited
    // with n / (2(n-1)) of its bus bandwidth, the tree with 0.92 x 1/2 x the
    // correction x its graph's (twice the ring's on host paths).
    void tunerChoice() {
        // 16 ranks on two nodes, 24 GB/s of bus bandwidth; NCCL's Simple
        // latencies 220 us (ring) and 448 us (tree), correction 0.8: ring
        // 24 x 16/30 = 12.8 GB/s, tree 24 x 2 x 0.46 x 0.8 = 17.664 GB/s;
        // they cross at 228 us / (1/12.8 - 1/17.664 GB/s) = 10.6 MB.
        nccl::TunerInputs in;
        in.ranks = 16;
        in.ringBusBandwidth = in.treeBusBandwidth = 24e9;
        in.ringLatency = 220e-6;
        in.treeLatency = 448e-6;
        in.treeCorrection = 0.8;
        in.treeGraphFactor = 2;
        // 8 MiB: ring 220 + 655.4 = 875.4 us, tree 448 + 474.9 = 922.9 us.
        in.bytes = 8 * kMiB;
        QVERIFY(!nccl::tunerTakesTree(in));
        // 15 MiB: ring 220 + 1228.8 = 1448.8 us, tree 448 + 890.4 = 1338.4 us.
        in.bytes = 15 * kMiB;
        QVERIFY(nccl::tunerTakesTree(in));
        in.bytes = 10.5e6;
        QVERIFY(!nccl::tunerTakesTree(in));
        in.bytes = 10.7e6;
        QVERIFY(nccl::tunerTakesTree(in));
        // With its graph at the ring's (GPUDirect) the tree gets 8.83 GB/s
        // against 12.8 and loses at every size above the latency's reach.
        in.treeGraphFactor = nccl::treeGraphFactor(NetworkPath::gpudirect);
        QCOMPARE(in.treeGraphFactor, 1.0);
        in.bytes = 64 * kMiB;
        QVERIFY(!nccl::tunerTakesTree(in));
        // Latency-bound: a tree with the lower latency takes 64 KiB (100 +
        // 7.4 us against 220 + 5.1 us).
        in.treeLatency = 100e-6;
        in.bytes = 64 * 1024;
        QVERIFY(nccl::tunerTakesTree(in));
        QCOMPARE(nccl::treeGraphFactor(NetworkPath::host_staged), 2.0);
        QCOMPARE(nccl::treeGraphFactor(NetworkPath::socket), 2.0);
        // On two DGX A100 nodes, 8 GPUs each: a tree (double binary or
        // hierarchical) for a small all-reduce; for a large one the ring on
        // GPUDirect, the tree on host staging (VIDUR's 16 GPUs ran it there
        // from 20 MiB on).
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
            const bool ring = big.algorithm == CollectiveAlgorithm::ring;
            QVERIFY2(ring == (path == NetworkPath::gpudirect), toString(big.algorithm).data());
            // Chosen explicitly, the hierarchical one is still there; over
            // the host-staged NICs (23.5 GB/s a node, against 231 of NVLink)
            // it is what the tuner runs.
            o.algorithm = CollectiveAlgorithm::hierarchical;
            const double h =
                estimateCollective(two, CollectiveKind::all_reduce, 64 * kMiB, {16, 1}, o).time;
            if (path == NetworkPath::host_staged) QVERIFY(h <= big.time);
        }
    }

    // NCCL's tuner latencies: the tree pays 28 us a hop with Simple (NCCL's
    // "latency of a 256kB chunk"), the ring its base and step floors.
    void tunerLatencies() {
        const auto near = [](double a, double b) { return std::abs(a - b) < 1e-12; };
        // 2 x (7 x 28 + 1 x 28) us.
        QVERIFY(near(nccl::tunerTreeLatency(NcclProtocol::simple, 8, 2), 448e-6));
        QVERIFY(near(nccl::tunerTreeLatency(NcclProtocol::simple, 2, 2), 112e-6));
        // Four nodes: two levels, 2 x (7 x 28 + 2 x 28) = 504 us.
        QVERIFY(near(nccl::tunerTreeLatency(NcclProtocol::simple, 8, 4), 504e-6));
        // LL: 6.8 + 2 x (7 x 0.52 + 5.0) = 24.08 us.
        QVERIFY(near(nccl::tunerTreeLatency(NcclProtocol::ll, 8, 2), 24.08e-6));
        // Ring, 16 ranks on two nodes, AMD hosts: 8.4 + 4 x 14 + 26 x 3 x 2 us.
        const NcclProtocolCosts simple = nccl::kProtocols[2];
        QVERIFY(near(nccl::tunerRingLatency(simple, 30, 4, 2e-6, 5e-6, 2e-6), 220.4e-6));
    }

    // The switch points that follow: 4 GPUs, 2 per node, host-staged, AMD.
    // The ring's bus bandwidth is one uplink's staging path, 7.72 x 0.7/0.92
    // = 5.87 GB/s: credited 5.87 x 4/6 = 3.91 GB/s, the tree 5.87 x 2 x 0.46
    // x c: 4.32 at c = 0.8 (8-16 MiB, 64-128 MiB), 3.78 at 0.7 (4-8, 16-64).
    // Latencies 76.4 us (ring: 8.4 + 4 x 14 + 2 x 6) and 112 us (tree). So
    // the tree from 8 MiB (2220 against 2054 us) to 16 MiB and again at 64
    // MiB, the ring between, as VIDUR's rows switch.
    void tunerSwitchPointsOnTwoNodes() {
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        CollectiveOptions o = isolatedOver(NetworkPath::host_staged);
        o.network.gpusPerHostUplink = 2;
        o.network.hostCpu = HostCpu::amd;
        const auto algorithm = [&](double mib) {
            return estimateCollective(two, CollectiveKind::all_reduce, mib * kMiB, {4, 4}, o)
                .algorithm;
        };
        const auto treeLike = [](CollectiveAlgorithm a) {
            return a == CollectiveAlgorithm::tree || a == CollectiveAlgorithm::hierarchical;
        };
        QVERIFY(algorithm(4) == CollectiveAlgorithm::ring);
        QVERIFY(algorithm(7.9) == CollectiveAlgorithm::ring);
        QVERIFY(treeLike(algorithm(8)));
        QVERIFY(treeLike(algorithm(15.9)));
        QVERIFY(algorithm(16) == CollectiveAlgorithm::ring);
        QVERIFY(algorithm(63.9) == CollectiveAlgorithm::ring);
        QVERIFY(treeLike(algorithm(64)));
        // The ring alone: one uplink's staging path for the node, not two
        // rails of their own (11.7 GB/s).
        o.algorithm = CollectiveAlgorithm::ring;
        const auto ring = estimateCollective(two, CollectiveKind::all_reduce, 64 * kMiB, {4, 4}, o);
        const double path = 7.72e9 * 0.7 / 0.92;
        QVERIFY2(ring.busbw < path && ring.busbw > 0.95 * path,
                 qPrintable(QString::number(ring.busbw)));
    }

    // A node's members under both CPU sockets (more than gpusPerHostSocket,
    // packed from GPU 0) stage at kCrossSocketStagingShare of the rate, on
    // the host-staged path only; NCCL's tuner does not see it, so the ring /
    // tree choice stays where it was. 16 GPUs, 8 per node, as VIDUR's DGX
    // pair: the ring's node rate falls from 4 uplinks x 5.87 = 23.5 GB/s to
    // 8.1 (VIDUR: 7.1-8.4, the regression slopes of its ring bands).
    void stagingAcrossTheSocketLink() {
        NetworkPathOptions o;
        o.path = NetworkPath::host_staged;
        o.gpusPerHostUplink = 2;
        QVERIFY(!nccl::spansHostSockets(o, 8));  // socket count unknown
        o.gpusPerHostSocket = 4;
        QVERIFY(!nccl::spansHostSockets(o, 4));
        QVERIFY(nccl::spansHostSockets(o, 8));
        const double hdr = 25e9 * 0.9, path = 7.72e9 * 0.7 / 0.92;
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 4, true), path / 2);
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 8, true), path / 2 * 0.345);
        // GPUDirect writes into GPU memory: no staging, no socket link.
        o.path = NetworkPath::gpudirect;
        QVERIFY(!nccl::spansHostSockets(o, 8));
        QCOMPARE(nccl::networkRailBandwidth(hdr, o, 8, true), hdr);

        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        CollectiveOptions c = isolatedOver(NetworkPath::host_staged);
        c.network.gpusPerHostUplink = 2;
        c.network.hostCpu = HostCpu::amd;
        CollectiveOptions sockets = c;
        sockets.network.gpusPerHostSocket = 4;
        for (double mib : {1.0, 4.0, 8.0, 12.0, 16.0, 32.0, 64.0}) {
            const auto one =
                estimateCollective(two, CollectiveKind::all_reduce, mib * kMiB, {16, 1}, c);
            const auto both =
                estimateCollective(two, CollectiveKind::all_reduce, mib * kMiB, {16, 1}, sockets);
            QVERIFY(one.algorithm == both.algorithm);
            QVERIFY(both.time > 1.5 * one.time || mib < 2);
        }
        // Four per node (GPUs 0-3, one socket) are untouched.
        QCOMPARE(
            estimateCollective(two, CollectiveKind::all_reduce, 16 * kMiB, {8, 2}, sockets).time,
            estimateCollective(two, CollectiveKind::all_reduce, 16 * kMiB, {8, 2}, c).time);
        // The ring's bus bandwidth at 64 MiB: the node's 8 rails at 5.87 / 2 x 0.345.
        sockets.algorithm = CollectiveAlgorithm::ring;
        const auto ring =
            estimateCollective(two, CollectiveKind::all_reduce, 64 * kMiB, {16, 1}, sockets);
        const double node = 8 * path / 2 * 0.345;
        QVERIFY2(ring.busbw < node && ring.busbw > 0.93 * node,
                 qPrintable(QString::number(ring.busbw)));
    }

    // NCCL's tree across nodes streams its chunks through the node's chain
    // and the network at once: 8 GPUs, 4 per node, host-staged, 64 MiB,
    // Simple. Latencies 3 x 2.2 us (reduce-scatter in the node) + 2 x 5.5 us
    // (across) + 3 x 2.2 us (all-gather) = 24.2 us and the 41 us launch; the
    // bytes are those of the slowest phase, each member's quarter across on
    // its rail: 16 MiB / (7.72 x 0.7/0.92 / 2 GB/s).
    void treeStreamsAcrossNodes() {
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        CollectiveOptions o = isolatedOver(NetworkPath::host_staged);
        o.network.gpusPerHostUplink = 2;
        o.algorithm = CollectiveAlgorithm::hierarchical;
        const double s = 64 * kMiB;
        const auto e = estimateCollective(two, CollectiveKind::all_reduce, s, {8, 2}, o);
        QVERIFY(e.algorithm == CollectiveAlgorithm::hierarchical);
        QVERIFY(e.protocol == NcclProtocol::simple);
        const double rail = 7.72e9 * 0.7 / 0.92 / 2;
        QVERIFY2(std::abs(e.time - (41e-6 + 24.2e-6 + s / 4 / rail)) < 1e-9,
                 qPrintable(QString::number(e.time, 'g', 12)));
        // The ideal model runs the phases one after another: slower.
        o.model = CollectiveModel::ideal;
        QVERIFY(estimateCollective(two, CollectiveKind::all_reduce, s, {8, 2}, o).time >
                s / 4 / rail + 2 * 0.75 * s / 231e9);
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
        // Eight GPUs per node over host staging: four uplinks, each one
        // staging path both ways at 7.72 x 0.7/0.92 = 5.87 GB/s: 23.5 GB/s of
        // NICs, below NVLink, so the NICs bound.
        CollectiveOptions ring = o;
        ring.algorithm = CollectiveAlgorithm::ring;
        const auto wide = estimateCollective(two, CollectiveKind::all_reduce, s, {16, 1}, ring);
        QCOMPARE(wide.tier, 1);
        const double nics = 4 * 7.72e9 * 0.7 / 0.92;
        QVERIFY2(wide.busbw < nics && wide.busbw > 0.8 * nics,
                 qPrintable(QString::number(wide.busbw)));
        // Inside one node the path is irrelevant.
        const Hardware node = sampleHardware("nvidia-dgx-a100.json");
        CollectiveOptions plain;
        plain.isolated = true;
        QCOMPARE(estimateCollective(node, CollectiveKind::all_reduce, s, {8, 1}, o).time,
                 estimateCollective(node, CollectiveKind::all_reduce, s, {8, 1}, plain).time);
        // A socket send/recv between two Azure nodes, timed at the sender:
        // all but NCCL's 2 MiB FIFO at 2.18 GB/s, the FIFO at the host rate.
        const Hardware azure = sampleHardware("cluster-2x-azure-nc96ads-a100-v4.json");
        const CollectiveOptions tcp = isolatedOver(NetworkPath::socket);
        const auto p2p = estimateCollective(azure, CollectiveKind::send_recv, s, {2, 4}, tcp);
        QCOMPARE(p2p.tier, 2);
        const double sent = 9e-6 + 1.1 * 10e-6 + (s - 2 * kMiB) / 2.18e9 + 2 * kMiB / 7.72e9;
        QVERIFY2(std::abs(p2p.time / sent - 1) < 1e-9, qPrintable(QString::number(p2p.time)));
    }

    // A send/recv timed alone is its sender's kernel, which returns once its
    // last chunk sits in NCCL's FIFO (8 steps x 128 KiB x 2 channels = 2 MiB
    // across the network): those bytes go at the rate the kernel writes host
    // memory, the rest at the path's.
    void senderReturnsWhenItsLastChunkIsBuffered() {
        QCOMPARE(nccl::kNetSendBufferBytes, 2 * kMiB);
        // 10 MiB, drain 2 GB/s, fill 8 GB/s: 8 MiB / 2 + 2 MiB / 8.
        QCOMPARE(nccl::bufferedSendTime(10 * kMiB, 2e9, 8e9, 2 * kMiB),
                 8 * kMiB / 2e9 + 2 * kMiB / 8e9);
        // Smaller than the FIFO: the write alone.
        QCOMPARE(nccl::bufferedSendTime(kMiB, 2e9, 8e9, 2 * kMiB), kMiB / 8e9);
        // A kernel that writes no faster than the path drains: its writes bound.
        QCOMPARE(nccl::bufferedSendTime(10 * kMiB, 8e9, 2e9, 2 * kMiB), 10 * kMiB / 2e9);
        // No FIFO: every byte drains.
        QCOMPARE(nccl::bufferedSendTime(10 * kMiB, 2e9, 0, 2 * kMiB), 10 * kMiB / 2e9);
        const Hardware azure = sampleHardware("cluster-2x-azure-nc96ads-a100-v4.json");
        CollectiveOptions tcp = isolatedOver(NetworkPath::socket);
        // 1 MiB fits the FIFO: 9 us launch + 1.1 x 10 us + 1 MiB at 7.72 GB/s
        // (VIDUR: 0.15 ms; every byte at the socket rate would be 0.50 ms).
        const auto small = estimateCollective(azure, CollectiveKind::send_recv, kMiB, {2, 4}, tcp);
        QVERIFY(small.protocol == NcclProtocol::simple);
        QVERIFY2(std::abs(small.time - (20e-6 + kMiB / 7.72e9)) < 1e-12,
                 qPrintable(QString::number(small.time)));
        // In a stream (a training step waits for the receiver) nothing is
        // buffered: every byte at the socket rate.
        tcp.isolated = false;
        const auto stream = estimateCollective(azure, CollectiveKind::send_recv, kMiB, {2, 4}, tcp);
        QVERIFY(stream.time > kMiB / 2.18e9);
        // Host-staged: the kernel writes at the staging rate, which is also
        // the path's: no gain.
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        const auto pair = estimateCollective(two, CollectiveKind::send_recv, kMiB, {2, 8},
                                             isolatedOver(NetworkPath::host_staged));
        QVERIFY2(std::abs(pair.time - (9e-6 + 1.1 * 5e-6 + kMiB / 7.72e9)) < 1e-12,
                 qPrintable(QString::number(pair.time)));
    }

    // The host paths stage through each GPU's PCIe link to the host: the
    // staging rate (measured behind Gen4) halves on a Gen3 host; the uplink
    // too. SHM inside a node stages every byte the same way.
    void hostPcieGenerationAndSharedMemory() {
        QVERIFY(::namesRoundTrip({IntraNodePath::p2p, IntraNodePath::shm}, parseIntraNodePath,
                                 "nvlink"));
        NetworkPathOptions gen3;
        gen3.hostPcieGeneration = 3;
        QCOMPARE(nccl::hostStagingRate(gen3), 7.72e9 / 2);
        QCOMPARE(nccl::hostStagingRate(NetworkPathOptions{}), 7.72e9);
        QCOMPARE(nccl::hostUplinkRate(gen3), 12e9);
        gen3.hostPcieGeneration = 5;
        QCOMPARE(nccl::hostStagingRate(gen3), 2 * 7.72e9);
        // Host-staged send/recv between two DGX nodes behind Gen3 links.
        const Hardware two = sampleHardware("cluster-2x-dgx-a100.json");
        CollectiveOptions staged = isolatedOver(NetworkPath::host_staged);
        staged.network.hostPcieGeneration = 3;
        const double s = 64 * kMiB;
        const auto slow = estimateCollective(two, CollectiveKind::send_recv, s, {2, 8}, staged);
        QVERIFY2(std::abs(slow.time - (9e-6 + 1.1 * 5e-6 + s / 3.86e9)) < 1e-12,
                 qPrintable(QString::number(slow.time)));
        // The A40 pair inside a node: over its bridge with peer access, through
        // host memory with SHM (3.86 GB/s on a Gen3 host; VIDUR: 4.0-4.3).
        const Hardware a40 = sampleHardware("cluster-2x-a40-pairwise-nvlink.json");
        CollectiveOptions o;
        o.isolated = true;
        const auto bridge = estimateCollective(a40, CollectiveKind::send_recv, s, {2, 1}, o);
        QCOMPARE(bridge.tier, 0);
        QVERIFY(bridge.algbw > 40e9);
        o.network.intraNode = IntraNodePath::shm;
        o.network.hostPcieGeneration = 3;
        const auto shm = estimateCollective(a40, CollectiveKind::send_recv, s, {2, 1}, o);
        QCOMPARE(shm.tier, 0);
        QVERIFY2(std::abs(shm.time - (9e-6 + 1.1 * 2e-6 + s / 3.86e9)) < 1e-12,
                 qPrintable(QString::number(shm.time)));
        // An all-reduce over the node's eight GPUs stages every ring step too.
        const auto ring = estimateCollective(a40, CollectiveKind::all_reduce, s, {8, 1}, o);
        QVERIFY2(ring.busbw < 3.86e9 && ring.busbw > 0.8 * 3.86e9,
                 qPrintable(QString::number(ring.busbw)));
        // SHM changes nothing between nodes.
        CollectiveOptions net = o;
        net.network.path = NetworkPath::socket;
        CollectiveOptions peer = net;
        peer.network.intraNode = IntraNodePath::p2p;
        QCOMPARE(estimateCollective(a40, CollectiveKind::send_recv, s, {2, 8}, net).time,
                 estimateCollective(a40, CollectiveKind::send_recv, s, {2, 8}, peer).time);
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
        // ring, 64 MiB: 41 us launch + 116 us + 2 x 7/8 x 64 MiB over two
        // uplinks' staging paths of 7.72 x 0.7/0.92 GB/s (both directions).
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
        const double staged = 2 * 7.72e9 * 0.7 / 0.92;
        QVERIFY2(std::abs(e.time - (41e-6 + 116e-6 + 2 * 7.0 / 8 * s / staged)) < 1e-9,
                 qPrintable(QString::number(e.time, 'g', 12)));
        // Intel hosts: 30 us less.
        o.network.hostCpu = HostCpu::intel;
        const auto intel = estimateCollective(two, CollectiveKind::all_reduce, s, {8, 2}, o);
        QVERIFY(std::abs(e.time - intel.time - 30e-6) < 1e-9);
        // The ideal model keeps its alpha-beta steps (14 x 5 us).
        o.model = CollectiveModel::ideal;
        const auto ideal = estimateCollective(two, CollectiveKind::all_reduce, s, {8, 2}, o);
        QVERIFY(std::abs(ideal.time - (14 * 5e-6 + 2 * 7.0 / 8 * s / staged)) < 1e-9);
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
        // Equal latencies, 4 ranks, a host path's tree graph: the ring is
        // credited 10 x 4/6 = 6.67 GB/s, the tree 10 x 2 x 0.46 x c: 7.36 at
        // c = 0.8 (it wins), 6.44 at 0.7 (it loses).
        nccl::TunerInputs in;
        in.ranks = 4;
        in.ringBusBandwidth = in.treeBusBandwidth = 10e9;
        in.ringLatency = in.treeLatency = 100e-6;
        in.treeGraphFactor = 2;
        in.bytes = 8 * kMiB;
        in.treeCorrection = nccl::treeCorrection(NcclProtocol::simple, in.bytes);
        QVERIFY(nccl::tunerTakesTree(in));
        in.bytes = 16 * kMiB;
        in.treeCorrection = nccl::treeCorrection(NcclProtocol::simple, in.bytes);
        QVERIFY(!nccl::tunerTakesTree(in));
    }
};

QTEST_GUILESS_MAIN(TstCollectiveNetwork)
#include "tst_collective_network.moc"
