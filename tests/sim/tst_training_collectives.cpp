// Collectives on interconnect tiers: the ideal ring of REFERENCES.md exactly,
// NCCL-tests conventions, placement across tiers, measured NCCL bus bandwidths,
// the NCCL model (protocols, pipelining, launch floors) against the A100
// measurements VIDUR published (../shared/data/vidur), and the importer's
// mapping of VIDUR's topology names to node specs.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "core/analytical/collectives.h"
#include "core/analytical/roofline.h"
#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/spec/spec_io.h"

using namespace rl;

namespace {

Hardware oneTier(int devices, double bw, double latency) {
    Hardware h;
    h.name = "ring";
    InterconnectDim d;
    d.name = "link";
    d.topology = "ring";
    d.devices = devices;
    d.linkBandwidth = bw;
    d.latencyS = latency;
    h.interconnect.push_back(d);
    return h;
}

Hardware sample(const std::string& file) {
    auto l = loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/" + file);
    if (!l.ok()) throw std::runtime_error(l.diagnostics.format());
    return *l.value;
}

constexpr double kGiB = 1024.0 * 1024 * 1024;

}  // namespace

class TstTrainingCollectives : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // 1 MiB all-reduce on an 8-rank ring, 50 GiB/s links, 500 ns: 41.18 us.
    void idealRing() {
        const Hardware h = oneTier(8, 50 * kGiB, 500e-9);
        CollectiveOptions ideal;
        ideal.algorithm = CollectiveAlgorithm::ring;
        ideal.model = CollectiveModel::ideal;
        const CollectiveEstimate e =
            estimateCollective(h, CollectiveKind::all_reduce, 1048576, {8, 1}, ideal);
        QCOMPARE(std::round(e.time * 1e8) / 100, 41.18);
        QCOMPARE(e.time, 14 * 500e-9 + 1.75 * 1048576 / (50 * kGiB));
        // The same as the single-tier ring of roofline.h.
        QCOMPARE(e.time, collectiveTime(CollectiveKind::all_reduce, 1048576, 8, h.interconnect[0]));
        // NCCL-tests: busbw = algbw x 2(n-1)/n for all-reduce, (n-1)/n for RS/AG.
        QCOMPARE(e.busbw, e.algbw * 1.75);
        const CollectiveEstimate ag =
            estimateCollective(h, CollectiveKind::all_gather, 1048576, {8, 1}, ideal);
        QCOMPARE(ag.busbw, ag.algbw * 7.0 / 8.0);
        QCOMPARE(ag.time, 7 * 500e-9 + 0.875 * 1048576 / (50 * kGiB));
    }

    void placementFollowsStride() {
        const Hardware h = sample("cluster-8x-dgx-a100.json");
        GroupPlacement tp = placeGroup(h, {8, 1});
        QCOMPARE(tp.innerGroups, 1);
        QCOMPARE(tp.outerTier, 0);
        GroupPlacement dp = placeGroup(h, {8, 8});  // one member per node
        QCOMPARE(dp.perInner, 1);
        QCOMPARE(dp.innerGroups, 8);
        QCOMPARE(dp.outerTier, 1);
        GroupPlacement mixed = placeGroup(h, {16, 2});  // 4 per node over 4 nodes
        QCOMPARE(mixed.perInner, 4);
        QCOMPARE(mixed.innerGroups, 4);
        // Crossing nodes is slower than staying inside one.
        const double inside = estimateCollective(h, CollectiveKind::all_reduce, 64e6, {8, 1}).time;
        const double across = estimateCollective(h, CollectiveKind::all_reduce, 64e6, {8, 8}).time;
        QVERIFY(across > 5 * inside);
        // Hierarchical applies only to groups with several members per node.
        const auto hier = estimateCollective(h, CollectiveKind::all_reduce, 1e9, {64, 1},
                                             CollectiveAlgorithm::hierarchical);
        QVERIFY(hier.algorithm == CollectiveAlgorithm::hierarchical);
        QVERIFY(estimateCollective(h, CollectiveKind::all_reduce, 1e9, {8, 8},
                                   CollectiveAlgorithm::hierarchical)
                    .algorithm == CollectiveAlgorithm::ring);
    }

    // REFERENCES.md: NCCL bus bandwidth at large messages in one 8-GPU node:
    // A100 about 230 GB/s, H100 ring about 370 GB/s; one NDR NIC 46-48 GB/s.
    void busBandwidthsAtLargeMessages() {
        const double big = 16 * kGiB;
        const auto a100 =
            estimateCollective(sample("nvidia-dgx-a100.json"), CollectiveKind::all_reduce, big,
                               {8, 1}, CollectiveAlgorithm::ring);
        QVERIFY2(std::abs(a100.busbw / 230e9 - 1) < 0.05, qPrintable(QString::number(a100.busbw)));
        const Hardware h100 = sample("cluster-16x-dgx-h100.json");
        const auto ring = estimateCollective(h100, CollectiveKind::all_reduce, big, {8, 1},
                                             CollectiveAlgorithm::ring);
        QVERIFY2(std::abs(ring.busbw / 370e9 - 1) < 0.05, qPrintable(QString::number(ring.busbw)));
        // One GPU per node: every byte crosses that GPU's own NIC.
        const auto nic = estimateCollective(h100, CollectiveKind::all_reduce, big, {16, 8},
                                            CollectiveAlgorithm::ring);
        QVERIFY2(nic.busbw > 44e9 && nic.busbw < 48e9, qPrintable(QString::number(nic.busbw)));
    }

    // VIDUR's NCCL measurements on one DGX A100 node (ranks inside one node),
    // 1 MiB to 64 MiB: all_reduce on 2, 4, 8 GPUs and send_recv between two.
    void vidurA100Measurements() {
        const std::string path =
            std::string(RIDGELINE_SHARED_DATA) + "/vidur/collectives_median_ms.csv";
        std::ifstream in(path);
        if (!in) QSKIP(qPrintable(QString::fromStdString("no " + path)));
        const Hardware h = sample("nvidia-dgx-a100.json");
        const Hardware cluster = sample("cluster-8x-dgx-a100.json");
        // Timed one call at a time, as VIDUR did.
        CollectiveOptions isolated;
        isolated.isolated = true;
        std::map<std::string, std::pair<double, int>> across;
        std::string line;
        std::getline(in, line);
        std::map<std::string, std::pair<double, int>> err;  // collective/ranks -> sum, n
        while (std::getline(in, line)) {
            std::stringstream ss(line);
            std::string dev, coll, workers, perNode, maxPerNode, size, median;
            std::getline(ss, dev, ',');
            std::getline(ss, coll, ',');
            std::getline(ss, workers, ',');
            std::getline(ss, perNode, ',');
            std::getline(ss, maxPerNode, ',');
            std::getline(ss, size, ',');
            std::getline(ss, median, ',');
            const double bytes = std::stod(size);
            if (dev != "a100_dgx" || bytes < 1048576 || bytes > 67108864) continue;
            const int n = std::stoi(workers), g = std::stoi(perNode);
            const CollectiveKind kind =
                coll == "all_reduce" ? CollectiveKind::all_reduce : CollectiveKind::send_recv;
            const double measured = std::stod(median) * 1e-3;
            if (n != g) {
                // Across nodes (reported, not asserted): g members per node.
                const double t =
                    estimateCollective(cluster, kind, bytes, {n, std::max(1, 8 / g)}, isolated)
                        .time;
                auto& e = across[coll + " x" + workers + " (" + perNode + " per node)"];
                e.first += std::abs(t - measured) / measured;
                e.second += 1;
                continue;
            }
            const double t = estimateCollective(h, kind, bytes, {n, 1}, isolated).time;
            auto& e = err[coll + " x" + workers];
            e.first += std::abs(t - measured) / measured;
            e.second += 1;
        }
        QVERIFY(!err.empty());
        double sum = 0;
        int count = 0;
        for (const auto& [key, e] : err) {
            qInfo("%s: MAPE %.1f%% over %d sizes", key.c_str(), 100 * e.first / e.second, e.second);
            sum += e.first;
            count += e.second;
        }
        qInfo("all: MAPE %.1f%% over %d rows", 100 * sum / count, count);
        for (const auto& [key, e] : across)
            qInfo("across nodes, %s: MAPE %.1f%% over %d sizes", key.c_str(),
                  100 * e.first / e.second, e.second);
        // The NCCL constants were chosen on all_reduce x2 and x4 (and the
        // point-to-point ones on send_recv x2); all_reduce x8 is held out.
        for (const auto& [key, e] : err)
            QVERIFY2(e.first / e.second < 0.15, qPrintable(QString::fromStdString(key)));
        QVERIFY(sum / count < 0.10);
    }

    // NCCL's tuner in the model: LL for small messages, Simple for large; a
    // launch floor on isolated calls; the ideal model is a lower bound.
    void ncclProtocolsAndFloors() {
        const Hardware h = sample("nvidia-dgx-a100.json");
        CollectiveOptions isolated;
        isolated.isolated = true;
        const auto small = estimateCollective(h, CollectiveKind::all_reduce, 4096, {8, 1});
        const auto big = estimateCollective(h, CollectiveKind::all_reduce, 4 * kGiB, {8, 1});
        QVERIFY(small.protocol == NcclProtocol::ll);
        QVERIFY(big.protocol == NcclProtocol::simple);
        QCOMPARE(small.launch, h.kernelLaunchS);
        const auto two =
            estimateCollective(h, CollectiveKind::all_reduce, 1048576, {2, 1}, isolated);
        QCOMPARE(two.launch, nccl::kCollectiveLaunchS);
        QVERIFY(two.time > 40e-6);  // VIDUR: 45-50 us measured
        // Large messages: the pipelining costs more than the ideal's latency.
        CollectiveOptions ideal;
        ideal.model = CollectiveModel::ideal;
        for (int n : {2, 4, 8}) {
            const double nccl = estimateCollective(h, CollectiveKind::all_reduce, 1e9, {n, 1}).time;
            const double lower =
                estimateCollective(h, CollectiveKind::all_reduce, 1e9, {n, 1}, ideal).time;
            QVERIFY(nccl > lower && nccl < 1.2 * lower);
        }
        // Pipelining one step: a + X / B.
        QCOMPARE(nccl::pipelinedTime(1, 2e-6, 1e6, 1e11), 2e-6 + 1e-5);
        // (h - 1) a = X / B: a + 4 X / B.
        QCOMPARE(nccl::pipelinedTime(5, 1e-6, 4e5, 1e11), 1e-6 + 16e-6);
    }

    // A group wider than the hardware's tiers says so; one that fits does not.
    void rankCountBeyondTheTiers() {
        const Hardware node = sample("nvidia-dgx-a100.json");
        QVERIFY(estimateCollective(node, CollectiveKind::all_reduce, 1e6, {8, 1}).warning.empty());
        const auto wide = estimateCollective(node, CollectiveKind::all_reduce, 1e6, {16, 1});
        QVERIFY(wide.warning.find("16 ranks") != std::string::npos);
        QVERIFY(wide.warning.find("has 8") != std::string::npos);
        // Ranks one per node use the NIC tier, packed ranks NVLink.
        const Hardware cluster = sample("cluster-8x-dgx-a100.json");
        QCOMPARE(estimateCollective(cluster, CollectiveKind::send_recv, 1e6, {2, 8}).tier, 1);
        QCOMPARE(estimateCollective(cluster, CollectiveKind::send_recv, 1e6, {2, 1}).tier, 0);
    }

    // VIDUR's "a100_dgx" rows map to the DGX A100 node (NVLink and NICs),
    // not to the single A100; GPU-only topology names keep the GPU.
    void vidurTopologyMapsToTheNode() {
        DeviceLibrary lib;
        lib.addFolder(std::string(RIDGELINE_SAMPLES) + "/hardware");
        ImportResult r = importCsvText(
            "network_device,collective,num_workers,devices_per_node,max_devices_per_node,"
            "size_bytes,median_ms,min_ms,max_ms\n"
            "a100_dgx,all_reduce,2,1,8,2048,0.043,0.031,0.077\n"
            "h100_dgx,send_recv,2,1,8,2048,0.043,0.031,0.077\n"
            "a40_pairwise_nvlink,send_recv,2,2,2,1048576,0.05,0.04,0.06\n",
            "v.csv");
        QVERIFY(lib.map(r.data, "v.csv").empty());
        QCOMPARE(r.data.samples.size(), std::size_t(3));
        QCOMPARE(r.data.samples[0].hardware, sample("nvidia-dgx-a100.json").name);
        QCOMPARE(r.data.samples[1].hardware, sample("nvidia-dgx-h100.json").name);
        QCOMPARE(r.data.samples[2].hardware, sample("nvidia-a40.json").name);
        QCOMPARE(r.data.samples[0].op.collective.dimension, 1);  // across nodes: the NICs
    }
};

QTEST_GUILESS_MAIN(TstTrainingCollectives)
#include "tst_training_collectives.moc"
