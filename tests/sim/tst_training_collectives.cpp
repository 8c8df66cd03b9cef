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

#include "core/analytical/analyze.h"
#include "core/analytical/collectives.h"
#include "core/analytical/roofline.h"
#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/sim/serving/serving_sim.h"
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

// The path each of VIDUR's machines took between nodes (docs/training.md,
// "Collectives across nodes"): the DGX A100 pair through host memory (NCCL
// without GPUDirect RDMA; two GPUs and two NICs per PCIe switch), the Azure
// NC96ads A100 v4 over TCP (Ethernet without RDMA), the A40 nodes over TCP as
// well (their rows run at the socket rate: read from the rows, said so).
NetworkPathOptions vidurNetworkPath(const std::string& topology) {
    NetworkPathOptions o;
    // Host CPUs from the machines' datasheets: 2x AMD EPYC 7742 in a DGX
    // A100, AMD EPYC 7V13 in an Azure NC96ads A100 v4; the A40 nodes' is not
    // published (NCCL's default).
    if (topology == "a100_dgx") {
        o.path = NetworkPath::host_staged;
        o.gpusPerHostUplink = 2;
        o.hostCpu = HostCpu::amd;
        // GPUs 0-3 under the first EPYC, 4-7 under the second.
        o.gpusPerHostSocket = 4;
    } else if (topology == "a100_pairwise_nvlink" || topology == "a40_pairwise_nvlink") {
        o.path = NetworkPath::socket;
        if (topology == "a100_pairwise_nvlink") o.hostCpu = HostCpu::amd;
    }
    // The A40 nodes: the pair through host memory behind PCIe Gen3 links
    // (docs/training.md, "Collectives inside a node": a hypothesis).
    if (topology == "a40_pairwise_nvlink") {
        o.intraNode = IntraNodePath::shm;
        o.hostPcieGeneration = 3;
    }
    return o;
}

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

    // VIDUR's topology names map to the machine they describe: a100_dgx rows
    // inside one node to the DGX A100 node, rows across two nodes to the
    // two-node cluster, the pairwise-NVLink topologies to specs with that
    // bridge (not to a DGX node or the bare GPU); the dimension follows from
    // where the group lands.
    void vidurTopologyMapsToTheNode() {
        DeviceLibrary lib;
        lib.addFolder(std::string(RIDGELINE_SAMPLES) + "/hardware");
        ImportResult r = importCsvText(
            "network_device,collective,num_workers,devices_per_node,max_devices_per_node,"
            "size_bytes,median_ms,min_ms,max_ms\n"
            "a100_dgx,all_reduce,2,1,8,2048,0.043,0.031,0.077\n"
            "h100_dgx,send_recv,2,2,8,2048,0.043,0.031,0.077\n"
            "a40_pairwise_nvlink,send_recv,2,2,2,1048576,0.05,0.04,0.06\n"
            "a100_pairwise_nvlink,all_reduce,4,4,4,1048576,0.05,0.04,0.06\n"
            "a100_pairwise_nvlink,send_recv,2,1,4,1048576,0.05,0.04,0.06\n"
            "a100_dgx,all_reduce,8,8,8,2048,0.043,0.031,0.077\n",
            "v.csv");
        QVERIFY(lib.map(r.data, "v.csv").empty());
        QCOMPARE(r.data.samples.size(), std::size_t(6));
        const auto& s = r.data.samples;
        QCOMPARE(s[0].hardware, sample("cluster-2x-dgx-a100.json").name);
        QCOMPARE(s[0].op.collective.dimension, 1);  // across nodes: the NICs
        QCOMPARE(s[1].hardware, sample("nvidia-dgx-h100.json").name);
        QCOMPARE(s[1].op.collective.dimension, 0);
        QCOMPARE(s[2].hardware, sample("cluster-2x-a40-pairwise-nvlink.json").name);
        QCOMPARE(s[2].op.collective.dimension, 0);  // the bridge of a pair
        QCOMPARE(s[3].hardware, sample("cluster-2x-azure-nc96ads-a100-v4.json").name);
        QCOMPARE(s[3].op.collective.dimension, 1);  // two pairs: PCIe through the host
        QCOMPARE(s[4].op.collective.dimension, 2);  // two nodes: the Ethernet NIC
        QCOMPARE(s[5].hardware, sample("nvidia-dgx-a100.json").name);
        QCOMPARE(s[5].op.collective.dimension, 0);
    }

    // Every VIDUR collective row of 1-64 MiB, imported and mapped as a user's
    // file is, against the NCCL model on the mapped spec (isolated calls).
    // Inside a node the pairwise-NVLink A100 rows are held out (the constants
    // were chosen on DGX rows). Across nodes the specs carry the networks'
    // datasheet figures (VIDUR issue #43 names them); the rows reach 20-35%
    // of those line rates, so the model is checked to be an upper bound on
    // speed there and its error is reported, not fitted (docs/training.md).
    void vidurRowsOnEveryTopology() {
        const std::string path =
            std::string(RIDGELINE_SHARED_DATA) + "/vidur/collectives_median_ms.csv";
        if (!std::ifstream(path)) QSKIP(qPrintable(QString::fromStdString("no " + path)));
        DeviceLibrary lib;
        lib.addFolder(std::string(RIDGELINE_SAMPLES) + "/hardware");
        ImportResult r = importCsv(path);
        QVERIFY(r.issues.empty());
        QVERIFY(lib.map(r.data, path).empty());
        CollectiveOptions isolated;
        isolated.isolated = true;
        struct Err {
            double sum = 0, after = 0;  // after: with the machine's network path
            int n = 0, faster = 0;
            bool across = false;
        };
        std::map<std::string, Err> err;
        for (const Sample& s : r.data.samples) {
            const double bytes = s.op.collective.bytes;
            if (bytes < 1048576 || bytes > 67108864) continue;
            const Hardware* hw = lib.byName(s.hardware);
            QVERIFY(hw);
            const RankGroup g = groupOnNodes(*hw, s.op.collective.ranks, s.ranksPerNode);
            const double t = estimateCollective(*hw, s.op.collective.kind, bytes, g, isolated).time;
            Err& e =
                err[s.op.detail + " " + opLabel(s) + " x" + std::to_string(s.op.collective.ranks) +
                    " (" + std::to_string(s.ranksPerNode) + " per node)"];
            e.sum += std::abs(t - s.timeS) / s.timeS;
            CollectiveOptions path = isolated;
            path.network = vidurNetworkPath(s.op.detail);
            const double a = estimateCollective(*hw, s.op.collective.kind, bytes, g, path).time;
            e.after += std::abs(a - s.timeS) / s.timeS;
            e.n += 1;
            e.faster += t < s.timeS;
            e.across = s.ranksPerNode < s.op.collective.ranks;
        }
        QCOMPARE(err.size(), std::size_t(15));
        for (const auto& [key, e] : err) {
            qInfo("%s: MAPE %.1f%% (with the network path: %.1f%%) over %d sizes%s", key.c_str(),
                  100 * e.sum / e.n, 100 * e.after / e.n, e.n, e.across ? " (across nodes)" : "");
            if (e.across) QVERIFY2(e.faster >= 0.9 * e.n, key.c_str());
            // The path between nodes leaves groups inside a node alone (but
            // the A40 pair, through host memory) and brings every cross-node
            // group closer.
            const bool a40 = key.find("a40_pairwise_nvlink") != std::string::npos;
            if (!e.across && !a40) QCOMPARE(e.after, e.sum);
            if (e.across || a40) QVERIFY2(e.after < e.sum, key.c_str());
        }
        // With the network path (collective_network.h). Calibrated: a100_dgx
        // send/recv across nodes (host-staged rate), a100_pairwise_nvlink
        // send/recv across nodes (socket rate); the rest is held out.
        const auto after = [&](const char* key) {
            if (!err.count(key)) qFatal("no rows for %s", key);
            return err[key].after / err[key].n;
        };
        QVERIFY(after("a100_dgx send_recv x2 (1 per node)") < 0.03);
        // The sender returns once its last chunk is in NCCL's FIFO (29.8% when
        // every byte went at the socket rate).
        QVERIFY(after("a100_pairwise_nvlink send_recv x2 (1 per node)") < 0.16);
        QVERIFY(after("a100_dgx all_reduce x2 (1 per node)") < 0.05);
        // NCCL's step floors and no LL128 without GPUDirect (19.3% before),
        // one staging path per uplink and NCCL's tree where its tuner takes
        // it (14.8% before).
        QVERIFY(after("a100_dgx all_reduce x8 (4 per node)") < 0.10);
        // The pair behind one uplink stages like one GPU; the tree at 8-16
        // and 64 MiB (33.6% before).
        QVERIFY(after("a100_dgx all_reduce x4 (2 per node)") < 0.13);
        // 16 GPUs, 8 per node, under both sockets: the staging share across
        // the socket link, fitted on the ring band at 1-9.6 MiB, the tree
        // bands held out (61.0% before; 12.6% now).
        QVERIFY(after("a100_dgx all_reduce x16 (8 per node)") < 0.13);
        QVERIFY(after("a40_pairwise_nvlink send_recv x2 (1 per node)") < 0.15);
        // The A40 pair through host memory at the staging rate of a Gen3 host
        // (92% over the bridge; held out: the rate was measured on the DGX).
        QVERIFY(after("a40_pairwise_nvlink send_recv x2 (2 per node)") < 0.10);
        // In one node, DGX (constants) and pairwise NVLink A100 (held out).
        // Not asserted: the pairwise A100 send/recv rows beat the bridge's
        // datasheet rate (322 GB/s at 16 MiB against 300 per direction).
        for (const char* key :
             {"a100_dgx all_reduce x2 (2 per node)", "a100_dgx all_reduce x4 (4 per node)",
              "a100_dgx all_reduce x8 (8 per node)", "a100_dgx send_recv x2 (2 per node)",
              "a100_pairwise_nvlink all_reduce x2 (2 per node)",
              "a100_pairwise_nvlink all_reduce x4 (4 per node)"}) {
            QVERIFY2(err.count(key), key);
            QVERIFY2(err[key].sum / err[key].n < 0.15, key);
        }
    }

    // A point_to_point outer tier is one link for the node (a host bridge
    // between NVLink pairs): a ring crossing it gets that link once, while a
    // switch tier gives every member its own rail.
    void pointToPointTierIsOneLink() {
        const Hardware pairs = sample("cluster-2x-azure-nc96ads-a100-v4.json");
        const auto ring = estimateCollective(pairs, CollectiveKind::all_reduce, 64.0 * 1048576,
                                             {4, 1}, CollectiveAlgorithm::ring);
        QCOMPARE(ring.tier, 1);
        // One PCIe Gen4 x16 direction at 0.75: 24 GB/s (VIDUR measured 23.6).
        QVERIFY2(ring.busbw > 0.85 * 24e9 && ring.busbw < 24e9,
                 qPrintable(QString::number(ring.busbw)));
        const Hardware dgx = sample("cluster-2x-dgx-a100.json");
        const auto rails = estimateCollective(dgx, CollectiveKind::all_reduce, 1e9, {4, 4},
                                              CollectiveAlgorithm::ring);
        QCOMPARE(rails.tier, 1);
        QVERIFY2(rails.busbw > 1.6 * 22.5e9, qPrintable(QString::number(rails.busbw)));
    }

    // More ranks than the devices of the chosen dimension: a sentence from
    // the one check, in analyze's and the serving simulator's warnings; the
    // training simulator refuses a plan wider than the hardware.
    void ranksBeyondTheDimensionWarnEverywhere() {
        const Hardware node = sample("nvidia-dgx-a100.json");
        QVERIFY(dimensionWarning(node, CollectiveKind::all_reduce, 8, 0).empty());
        const std::string wide = dimensionWarning(node, CollectiveKind::all_reduce, 16, 0);
        QVERIFY2(wide.find("needs 16 devices") != std::string::npos, wide.c_str());
        QVERIFY2(wide.find("has 8") != std::string::npos, wide.c_str());
        const std::string missing = dimensionWarning(node, CollectiveKind::send_recv, 2, 4);
        QVERIFY2(missing.find("dimensions 0..1") != std::string::npos, missing.c_str());

        const Hardware cluster = sample("cluster-8x-dgx-a100.json");
        auto model = loadModel(std::string(RIDGELINE_SAMPLES) + "/models/gpt3-175b.json");
        auto scenario =
            loadScenario(std::string(RIDGELINE_SAMPLES) + "/scenarios/chat-batch1-fp16.json");
        QVERIFY(model.ok() && scenario.ok());
        Scenario sc = *scenario.value;
        const auto warned = [](const std::vector<std::string>& w) {
            for (const auto& s : w)
                if (s.find("layer.attn_allreduce") != std::string::npos &&
                    s.find("needs 16 devices") != std::string::npos)
                    return true;
            return false;
        };
        sc.parallelism.tensor = 8;
        QVERIFY(!warned(analyze(cluster, *model.value, sc).warnings));
        sc.parallelism.tensor = 16;  // one all-reduce over NVLink's 8 GPUs cannot hold 16
        QVERIFY(warned(analyze(cluster, *model.value, sc).warnings));
        Scenario serving = sc;
        serving.kind = "serving";
        ServingWorkload w;
        for (int i = 0; i < 2; ++i) {
            ServingRequest q;
            q.id = i;
            q.arrival = 0.01 * i;
            q.promptTokens = 64;
            q.outputTokens = 4;
            w.requests.push_back(q);
        }
        QVERIFY(warned(simulateServing(cluster, *model.value, serving, w).warnings));
        serving.parallelism.tensor = 8;
        QVERIFY(!warned(simulateServing(cluster, *model.value, serving, w).warnings));
    }
};

QTEST_GUILESS_MAIN(TstTrainingCollectives)
#include "tst_training_collectives.moc"
