// The per-rank timeline of a training iteration (rank_trace.h), the
// collectives table (collective_rows.h) and the search's base plan
// (search_base.h), on the Megatron 175B row and small plans of the sample
// A100 cluster.
#include <QtTest>

#include <cmath>
#include <map>

#include "core/sim/training/collective_rows.h"
#include "core/sim/training/rank_trace.h"
#include "core/sim/training/search_base.h"
#include "core/spec/spec_io.h"
#include "training_specs.h"

using namespace rl;
using namespace rl::training;

namespace {

Hardware cluster() {
    auto l = loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/cluster-8x-dgx-a100.json");
    if (!l.ok()) throw std::runtime_error(l.diagnostics.format());
    return *l.value;
}

const ModelSpec k175B = test::megatronGpt("175B", 12288, 96, 96);

// Korthikanti's 175B row: TP 8, PP 8, v 3, SP + selective recompute.
TrainingReport megatron() {
    TrainingPlan p = test::megatronPlan(k175B, 8, 3, 64, 1);
    p.sequenceParallel = true;
    p.recompute = Recompute::selective;
    TrainingOptions o;
    o.trace = true;
    return simulateTraining(cluster(), k175B, p, o);
}

// A small plan with every stream: TP 2, PP 2, DP 2 on 8 GPUs, no SP, full recompute.
TrainingReport small(Recompute recompute = Recompute::full) {
    TrainingPlan p = test::megatronPlan(k175B, 2, 1, 16, 1);
    p.tp = 2;
    p.dp = 2;
    p.microBatches = p.globalBatch / (p.microBatch * p.dp);
    p.recompute = recompute;
    p.zeroStage = 1;
    TrainingOptions o;
    o.trace = true;
    return simulateTraining(cluster(), k175B, p, o);
}

int countOf(const Trace& t, RankCategory c) {
    const int index = rankCategoryIndex(t, c);
    int n = 0;
    for (const TraceEvent& e : t.events) n += e.category == index;
    return n;
}

double timeOf(const Trace& t, RankCategory c) {
    const int index = rankCategoryIndex(t, c);
    double s = 0;
    for (const TraceEvent& e : t.events)
        if (e.category == index) s += e.duration;
    return s;
}

}  // namespace

class TstTrainingRankTrace : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // One group per stage, the plan's streams under each, and every pass of
    // the pipeline on the compute stream with its recompute part apart.
    void megatronRanks() {
        const TrainingReport r = megatron();
        const Trace t = rankTrace(r);
        const auto streams = rankStreams(r.plan);
        QCOMPARE(streams, (std::vector<std::string>{"compute", "TP comm", "PP comm"}));
        QCOMPARE(t.groups.size(), std::size_t(8));
        QCOMPARE(t.tracks.size(), std::size_t(8 * streams.size()));
        QCOMPARE(QString::fromStdString(t.groups[1].name), QString("rank 8 (stage 1, DP 0, TP 0)"));
        const int passes = static_cast<int>(r.plan.microBatches * r.plan.chunks * r.plan.pp);
        QCOMPARE(countOf(t, RankCategory::forward), passes);
        QCOMPARE(countOf(t, RankCategory::backward), passes);
        QCOMPARE(countOf(t, RankCategory::recompute), passes);  // selective: every backward
        QCOMPARE(countOf(t, RankCategory::optimizer), 8);
        // DP = 1: no DP stream or category; no EP either.
        QCOMPARE(rankCategoryIndex(t, RankCategory::dpReduce), -1);
        QCOMPARE(rankCategoryIndex(t, RankCategory::epComm), -1);
        // Recompute + backward take exactly the simulator's backward passes.
        double backward = 0;
        const int bwd = static_cast<int>(
            std::find(r.trace.categories.begin(), r.trace.categories.end(), "backward") -
            r.trace.categories.begin());
        for (const TraceEvent& e : r.trace.events)
            if (e.category == bwd) backward += e.duration;
        const double split = timeOf(t, RankCategory::backward) + timeOf(t, RankCategory::recompute);
        QVERIFY(std::abs(split - backward) < 1e-9 * backward);
        // With SP: an all-gather and a reduce-scatter per block, two blocks a layer,
        // in every forward and backward pass (selective recompute repeats no TP comm).
        QCOMPARE(r.costs.tpRecompute.time, 0.0);
        const int layersPerStage = static_cast<int>(r.plan.layers / r.plan.pp);
        QCOMPARE(countOf(t, RankCategory::tpComm),
                 2 * 2 * 2 * layersPerStage * static_cast<int>(r.plan.microBatches) * 8);
    }

    // Every TP event lies inside the pass it belongs to, on its rank's TP stream.
    void communicationInsideItsPass() {
        const TrainingReport r = megatron();
        const Trace t = rankTrace(r);
        const int tp = rankCategoryIndex(t, RankCategory::tpComm);
        std::map<std::int64_t, std::pair<double, double>> pass;  // task -> [start, end]
        for (const TraceEvent& e : t.events) {
            if (e.ref != TraceRef::task || e.category == tp) continue;
            auto [it, added] = pass.try_emplace(e.id, e.start, e.start + e.duration);
            it->second.first = std::min(it->second.first, e.start);
            it->second.second = std::max(it->second.second, e.start + e.duration);
        }
        int checked = 0;
        for (const TraceEvent& e : t.events) {
            if (e.category != tp) continue;
            const auto& [start, end] = pass.at(e.id);
            QVERIFY(e.start >= start - 1e-12);
            QVERIFY(e.start + e.duration <= end + 1e-12);
            QCOMPARE(QString::fromStdString(t.tracks[static_cast<std::size_t>(e.track)].name),
                     QString("TP comm"));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // Any rank can be shown: names follow Megatron's order; out of range is refused.
    void otherRanksAndStreams() {
        const TrainingReport r = small();
        QCOMPARE(rankStreams(r.plan),
                 (std::vector<std::string>{"compute", "TP comm", "PP comm", "DP comm"}));
        const Trace t = rankTrace(r, 1, 1);
        QCOMPARE(t.tracks.size(), std::size_t(2 * 4));
        // TP innermost, then DP, then PP: stage 1, DP 1, TP 1 is rank 2 x 2 + 1 x 2 + 1.
        QCOMPARE(globalRank(r.plan, 1, 1, 1), 7);
        QCOMPARE(QString::fromStdString(t.groups[1].name), QString("rank 7 (stage 1, DP 1, TP 1)"));
        // ZeRO 1: gradients reduce-scattered, parameters all-gathered, on the DP stream.
        QVERIFY(countOf(t, RankCategory::dpReduce) == 2);
        QVERIFY(countOf(t, RankCategory::dpGather) == 2);
        // Full recompute: every backward pass starts with its recompute.
        QCOMPARE(countOf(t, RankCategory::recompute), countOf(t, RankCategory::backward));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rankTrace(r, 2, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rankTrace(r, 0, -1));
        TrainingReport noTrace = r;
        noTrace.trace = Trace{};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rankTrace(noTrace));
    }

    // Without recompute the backward passes stay whole.
    void noRecomputeNoSplit() {
        const Trace t = rankTrace(small(Recompute::none));
        QCOMPARE(rankCategoryIndex(t, RankCategory::recompute), -1);
        QCOMPARE(countOf(t, RankCategory::backward), countOf(t, RankCategory::forward));
    }

    // Each collective's group, algorithm and NCCL-tests bus bandwidth.
    void collectiveTable() {
        const Hardware hw = cluster();
        const TrainingReport r = small();
        const auto rows = collectiveRows(hw, r);
        QCOMPARE(rows.size(), r.collectives.size());
        std::map<CommGroup, int> groups;
        for (const CollectiveRow& row : rows) {
            ++groups[row.use.purpose.group];
            QVERIFY(row.algorithmKnown);
            QVERIFY(row.busbw > 0);
            QVERIFY(std::abs(row.busbw - row.use.bytes / row.use.timeEach *
                                             busFactor(row.use.purpose.kind, row.use.ranks)) <
                    1e-9 * row.busbw);
            // The algorithm is the one the collective model picks for that group.
            const CommGroup group = row.use.purpose.group;
            const RankGroup g = group == CommGroup::tensor     ? tensorGroup(r.plan)
                                : group == CommGroup::pipeline ? pipelinePair(r.plan)
                                                               : dataGroup(r.plan);
            QVERIFY(row.algorithm ==
                    estimateCollective(hw, row.use.purpose.kind, row.use.bytes, g).algorithm);
        }
        QCOMPARE(groups[CommGroup::tensor], 1);
        QCOMPARE(groups[CommGroup::pipeline], 1);
        QCOMPARE(groups[CommGroup::data], 2);  // reduce-scatter and all-gather
        QCOMPARE(groups[CommGroup::other], 0);
    }

    // The search keeps batch, sequence and switches and resets the knobs it chooses.
    void searchBase() {
        Scenario s;
        s.kind = "training";
        s.parallelism.tensor = 8;
        s.parallelism.pipeline = 8;
        s.training.globalBatch = 64;
        s.training.microBatch = 2;
        s.training.interleave = 3;
        s.training.zeroStage = 2;
        s.training.sequence = 4096;
        s.training.overlapTensorComm = true;
        const Scenario b = searchBaseScenario(s);
        QCOMPARE(b.parallelism.tensor, 1);
        QCOMPARE(b.parallelism.pipeline, 1);
        QCOMPARE(b.training.microBatch, std::int64_t(1));
        QCOMPARE(b.training.interleave, 1);
        QCOMPARE(b.training.zeroStage, 0);
        QCOMPARE(b.training.globalBatch, std::int64_t(64));
        QCOMPARE(b.training.sequence, std::int64_t(4096));
        const TrainingPlan p = searchBasePlan(k175B, s);
        QCOMPARE(p.tp, 1);
        QVERIFY(p.overlapTensorComm);
    }
};

QTEST_MAIN(TstTrainingRankTrace)
#include "tst_training_rank_trace.moc"
