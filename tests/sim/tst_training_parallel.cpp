// The parts of the training simulator beyond TP/PP/DP: the ZB-H1 zero-bubble
// schedule against its paper's bubble formula, context parallelism (ring
// attention), NIC contention between DP and PP traffic, fp8 with per-tensor
// scaling, the search over CP and EP, and the scenario fields for them.
#include <QtTest>

#include <cmath>
#include <set>

#include "core/sim/training/iteration.h"
#include "core/sim/training/search.h"
#include "core/sim/training/to_prediction.h"
#include "core/sim/training/what_if.h"
#include "core/spec/spec_io.h"
#include "training_specs.h"

using namespace rl;
using namespace rl::training;

namespace {

Hardware cluster(const std::string& file, int nodes) {
    auto l = loadHardware(std::string(RIDGELINE_SAMPLES) + "/hardware/" + file);
    if (!l.ok()) throw std::runtime_error(l.diagnostics.format());
    Hardware h = *l.value;
    h.interconnect.at(1).devices = nodes;
    return h;
}

Hardware selene(int nodes) { return cluster("cluster-8x-dgx-a100.json", nodes); }
Hardware h100s(int nodes) { return cluster("cluster-16x-dgx-h100.json", nodes); }

// A Llama-style model (GQA, gated MLP, RMSNorm) of the given size.
ModelSpec llama(std::int64_t hidden, std::int64_t heads, std::int64_t kv, std::int64_t layers,
                std::int64_t ffn) {
    ModelSpec m = test::megatronGpt("llama", hidden, heads, layers);
    auto& t = m.transformer;
    t.kvHeads = kv;
    t.intermediate = ffn;
    t.gatedMlp = true;
    t.activation = "silu";
    t.norm = "rms";
    t.tiedEmbeddings = false;
    t.attentionBias = t.attentionOutputBias = t.mlpBias = false;
    t.learnedPositions = false;
    t.vocab = 128256;
    t.maxPositions = 131072;
    return m;
}

TrainingPlan schedulePlan(Schedule s, int p, int m) {
    return {.pp = p, .schedule = s, .globalBatch = m, .microBatches = m, .layers = p};
}

}  // namespace

class TstTrainingParallel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void zeroBubble_data() {
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("m");
        QTest::addColumn<double>("f");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("w");
        QTest::newRow("p8 m64 equal") << 8 << 64 << 1.0 << 1.0 << 1.0;
        QTest::newRow("p4 m8 uneven") << 4 << 8 << 1.0 << 1.5 << 0.8;
        QTest::newRow("p6 m6") << 6 << 6 << 1.0 << 2.0 << 1.0;
        QTest::newRow("p16 m32 slow forward") << 16 << 32 << 2.0 << 1.0 << 0.5;
    }
    // Qi et al. 2024 (ZB-H1): with B and W split, the bubble of every stage is
    // (p-1)(T_F + T_B - T_W), against 1F1B's (p-1)(T_F + T_B + T_W).
    void zeroBubble() {
        QFETCH(int, p);
        QFETCH(int, m);
        QFETCH(double, f);
        QFETCH(double, b);
        QFETCH(double, w);
        const TrainingPlan t = schedulePlan(Schedule::zeroBubble, p, m);
        PipelineCosts c;
        c.forward.assign(static_cast<std::size_t>(p), f);
        c.backward.assign(static_cast<std::size_t>(p), b);
        c.weight.assign(static_cast<std::size_t>(p), w);
        const PipelineRun run = runPipeline(t, c);
        const double expected = (p - 1) * (f + b - w);
        for (int s = 0; s < p; ++s) {
            const double idle = run.makespan - run.busy[static_cast<std::size_t>(s)];
            QVERIFY2(std::abs(idle - expected) < 1e-9 * run.makespan,
                     qPrintable(QString("stage %1: %2 vs %3").arg(s).arg(idle).arg(expected)));
            // Each W after its own B; m of each pass.
            int forwards = 0, weights = 0;
            std::vector<double> bEnd(static_cast<std::size_t>(m), -1);
            for (const TimedOp& o : run.stages[static_cast<std::size_t>(s)]) {
                if (o.op.pass == Pass::backward) bEnd[static_cast<std::size_t>(o.op.micro)] = o.end;
                if (o.op.pass == Pass::weight) {
                    ++weights;
                    QVERIFY(bEnd[static_cast<std::size_t>(o.op.micro)] >= 0);
                    QVERIFY(o.start >= bEnd[static_cast<std::size_t>(o.op.micro)]);
                }
                forwards += o.op.pass == Pass::forward;
            }
            QCOMPARE(forwards, m);
            QCOMPARE(weights, m);
            // At most p micro-batches between forward and weight pass (1F1B's peak).
            int inFlight = 0, peak = 0;
            for (const PipelineOp& o : stageOrder(t, s)) {
                inFlight += o.pass == Pass::forward ? 1 : o.pass == Pass::weight ? -1 : 0;
                peak = std::max(peak, inFlight);
            }
            QCOMPARE(peak, std::min(m, p));
        }
        // The same passes under 1F1B (W inside B) idle (p-1)(F + B + W).
        TrainingPlan one = t;
        one.schedule = Schedule::oneFOneB;
        PipelineCosts joined = c;
        for (double& x : joined.backward) x += w;
        joined.weight.clear();
        const PipelineRun r1 = runPipeline(one, joined);
        QVERIFY(std::abs(r1.makespan - r1.busy[0] - (p - 1) * (f + b + w)) < 1e-9 * r1.makespan);
    }

    // On a real model the zero-bubble schedule is faster than 1F1B, with the
    // same memory as 1F1B's first stage on every stage.
    void zeroBubbleIteration() {
        const ModelSpec m = test::megatronGpt("175B", 12288, 96, 96);
        TrainingPlan p = test::megatronSpPlan(m, 8, 1, 64, 1);
        const TrainingReport one = simulateTraining(selene(8), m, p);
        p.schedule = Schedule::zeroBubble;
        const TrainingReport zb = simulateTraining(selene(8), m, p);
        qInfo("1F1B %.3f s (bubble %.3f), ZB-H1 %.3f s (bubble %.3f)", one.iterationTime,
              one.breakdown.bubble, zb.iterationTime, zb.breakdown.bubble);
        QVERIFY(zb.iterationTime < one.iterationTime);
        QVERIFY(zb.breakdown.bubble < 0.7 * one.breakdown.bubble);
        QVERIFY(std::abs(zb.breakdown.total() - zb.iterationTime) < 1e-9 * zb.iterationTime);
        QCOMPARE(zb.memory.stages.back().activations, one.memory.stages.front().activations);
        QVERIFY(zb.costs.layerWeightGrad.time > 0.2 * zb.costs.layerBackward.time);
        QVERIFY(zb.costs.layerWeightGrad.time < 0.6 * zb.costs.layerBackward.time);
    }

    // Ring attention: activations per GPU divided by CP, attention work split
    // evenly (load-balanced causal chunks), K/V exchange as its own kind.
    void contextParallel() {
        const ModelSpec m = llama(8192, 64, 8, 80, 28672);
        TrainingPlan p = test::megatronPlan(m, 1, 1, 8, 1);
        p.sequence = 32768;
        p.sequenceParallel = true;
        p.recompute = Recompute::selective;
        p.dp = 1;
        p.microBatches = 8;
        const double one = layerActivationBytes(m.transformer, p);
        TrainingPlan q = p;
        q.cp = 4;
        QCOMPARE(layerActivationBytes(m.transformer, q), one / 4);
        // The same work per GPU in FLOPs: 1/CP of the tokens and of the
        // causal attention.
        const Hardware h = h100s(4);
        const PassCosts a = passCosts(h, m, p), b = passCosts(h, m, q);
        QVERIFY(std::abs(b.layerForward.flops / a.layerForward.flops - 0.25) < 0.01);
        QVERIFY(b.cpForward.count == 3 && b.cpBackward.count == 3);
        QCOMPARE(b.cpBackward.bytes, 2 * b.cpForward.bytes);
        QCOMPARE(a.cpForward.count, 0);
        // K and V blocks of 32768 / 4 tokens, 1 KV head per TP rank of 128, bf16.
        QCOMPARE(b.cpForward.bytes / 3, 2.0 * 8192 * 128 * 2);
        const TrainingReport r = simulateTraining(h, m, q);
        QVERIFY(std::abs(r.breakdown.total() - r.iterationTime) < 1e-9 * r.iterationTime);
        QVERIFY(r.breakdown.cpExposed >= 0);
        bool listed = false;
        for (const CollectiveUse& c : r.collectives)
            listed |= toString(c.purpose).rfind("CP ring", 0) == 0;
        QVERIFY(listed);
        // Model FLOPs count the whole cluster's work: the same with and
        // without CP for the same global batch.
        const TrainingReport r1 = simulateTraining(h, m, p);
        QVERIFY(std::abs(r.modelFlops / r1.modelFlops - 1) < 0.01);
        // Each ring step hides under a block of attention; what exceeds shows.
        CommCost c;
        c.time = 3e-3;
        c.count = 3;
        QCOMPARE(exposedContext(c, 4e-3, 4), 3 * (1e-3 - 1e-3));
        QCOMPARE(exposedContext(c, 2e-3, 4), 3 * (1e-3 - 0.5e-3));
        // Bad CP is refused with the value named.
        q.cp = 3;
        try {
            checkPlan(m, q);
            QFAIL("CP 3 with sequence 32768 was accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY(std::string(e.what()).find("2 x CP = 6") != std::string::npos);
        }
    }

    // DP gradients and PP activations cross the same NICs: the reduction
    // meets the sends in flight and lasts longer; inside a node it does not.
    void contentionOnTheNic() {
        const ModelSpec m = test::megatronGpt("22B", 6144, 64, 48);
        TrainingPlan p = test::megatronPlan(m, 4, 1, 64, 1);
        p.dp = 2;  // DP stride 8 and PP stride 16: both cross nodes
        p.microBatches = p.globalBatch / p.dp;
        p.zeroStage = 1;
        p.sequenceParallel = true;
        p.recompute = Recompute::selective;
        const TrainingReport r = simulateTraining(selene(8), m, p);
        QVERIFY(r.dpContention > 0);
        const TrainingExplanation ex = explainTraining(selene(8), m, r);
        bool named = false;
        for (const std::string& s : ex.sentences)
            named |= s.find("shares the NIC with PP sends") != std::string::npos;
        QVERIFY(named == (r.dpContention / r.iterationTime >= 0.01));
        // Without overlap the reduction runs after the last send: no sharing.
        p.overlapGradReduce = false;
        QCOMPARE(simulateTraining(selene(8), m, p).dpContention, 0.0);
        // TP 1 x DP 8 inside a node, PP across nodes: different tiers.
        TrainingPlan q = p;
        q.overlapGradReduce = true;
        q.tp = 1;
        q.dp = 8;
        q.sequenceParallel = false;
        q.microBatches = q.globalBatch / q.dp;
        QCOMPARE(simulateTraining(selene(8), m, q).dpContention, 0.0);
    }

    // fp8 GEMMs: faster on H100 (twice the tensor peak) despite the casts;
    // refused on A100 (no fp8 tensor cores); bf16 pays no scaling.
    void fp8() {
        const ModelSpec m = test::megatronGpt("22B", 6144, 64, 48);
        TrainingPlan p = test::megatronSpPlan(m, 1, 1, 64, 4);
        const TrainingReport bf16H = simulateTraining(h100s(1), m, p);
        QCOMPARE(bf16H.fp8Scaling, 0.0);
        QCOMPARE(bf16H.costs.layerScaling.time, 0.0);
        p.fp8 = true;
        const TrainingReport fp8H = simulateTraining(h100s(1), m, p);
        qInfo("H100 bf16 %.3f s, fp8 %.3f s (scaling %.3f s)", bf16H.iterationTime,
              fp8H.iterationTime, fp8H.fp8Scaling);
        QVERIFY(fp8H.iterationTime < 0.85 * bf16H.iterationTime);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, simulateTraining(selene(1), m, p));
        QVERIFY(fp8H.fp8Scaling > 0);
        QVERIFY(fp8H.fp8Scaling < 0.2 * fp8H.iterationTime);
        // The same model FLOPs; MFU stays against the bf16 peak.
        QVERIFY(std::abs(fp8H.modelFlops / bf16H.modelFlops - 1) < 1e-9);
        QVERIFY(fp8H.mfu > bf16H.mfu);
    }

    // Each collective's purpose is typed; its English, which the CLI, the
    // exports and the operator records print, reads as before it was typed.
    void collectivePurposesReadAsBefore() {
        const std::set<std::string> before = {
            "TP all-reduce",
            "TP all-gather + reduce-scatter",
            "EP all-to-all",
            "CP ring send/recv (K, V)",
            "CP ring send/recv (K, V and gradients)",
            "PP send/recv",
            "DP reduce-scatter (gradients)",
            "DP all-reduce (gradients)",
            "DP all-gather (parameters)",
        };
        ModelSpec moe = test::megatronGpt("moe", 2048, 16, 8);
        moe.transformer.experts = 8;
        moe.transformer.expertsPerToken = 2;
        TrainingPlan p = test::megatronPlan(moe, 2, 1, 64, 1);
        p.tp = 2, p.cp = 2, p.dp = 2, p.ep = 2;
        p.sequence = 8192;
        p.microBatches = p.globalBatch / p.dp;
        std::set<std::string> seen;
        for (const bool sharded : {false, true}) {
            p.sequenceParallel = sharded;
            p.zeroStage = sharded ? 1 : 0;
            TrainingReport r = simulateTraining(selene(2), moe, p);
            for (const CollectiveUse& c : r.collectives) {
                const std::string english = toString(c.purpose);
                QVERIFY2(before.count(english), english.c_str());
                seen.insert(english);
            }
            // The records the traffic views and the exports read name them so too.
            const std::vector<CollectiveUse> uses = r.collectives;
            const Prediction pred = trainingPrediction(selene(2), moe, "s", std::move(r));
            for (const CollectiveUse& c : uses) {
                bool named = false;
                for (const OpRecord& op : pred.ops) named |= op.name == toString(c.purpose);
                QVERIFY2(named || c.calls <= 0, toString(c.purpose).c_str());
            }
        }
        QCOMPARE(seen, before);
        const CollectivePurpose none;  // a group the table cannot place
        QCOMPARE(toString(none), std::string("all-reduce"));
    }

    // The search tries CP for long sequences and EP for MoE models; every
    // plan it returns fits and is valid.
    void searchEnumeratesContextAndExperts() {
        ModelSpec moe = test::megatronGpt("moe", 2048, 16, 8);
        moe.transformer.experts = 8;
        moe.transformer.expertsPerToken = 2;
        TrainingPlan base = test::megatronPlan(moe, 1, 1, 64, 1);
        base.tp = 1;
        base.sequence = 8192;
        SearchOptions o;
        o.gpus = 16;
        o.microBatches = {1};
        o.recomputes = {Recompute::selective};
        o.zeroStages = {1};
        const SearchResult r = searchPlans(selene(2), moe, base, o);
        std::set<int> cps, eps;
        std::set<Schedule> schedules;
        for (const SearchCandidate& c : r.fits) {
            cps.insert(c.plan.cp);
            eps.insert(c.plan.ep);
            schedules.insert(c.plan.schedule);
            QCOMPARE(c.plan.gpus(), 16);
            checkPlan(moe, c.plan);
        }
        QVERIFY(cps.count(2) && cps.count(4));
        QVERIFY(eps.count(2) && eps.count(8));
        QVERIFY(schedules.count(Schedule::zeroBubble));
        QCOMPARE(r.fits.size() + r.tooBig, r.enumerated);
    }

    // A published throughput outside ../shared: Llama 3 405B pre-training
    // (Dubey et al. 2024, "The Llama 3 Herd of Models", Table 4), BF16 MFU on
    // H100 with TP 8, PP 16 and 126 layers: 8,192 GPUs (DP 64, 8K sequence)
    // 43%; 16,384 GPUs (DP 128) 41%; 16,384 GPUs with CP 16 at 131,072
    // tokens (DP 8) 38%. 16M tokens per batch, micro-batch 1. Simulated on the
    // sample H100 cluster spec as it is (no efficiency fitted to these rows);
    // the interleave (v = 2) is our assumption: the table does not give it.
    void llama3PublishedMfu_data() {
        QTest::addColumn<int>("dp");
        QTest::addColumn<int>("cp");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<double>("published");
        QTest::newRow("8192 GPUs") << 64 << 1 << 8192 << 0.43;
        QTest::newRow("16384 GPUs") << 128 << 1 << 8192 << 0.41;
        QTest::newRow("16384 GPUs CP16 128K") << 8 << 16 << 131072 << 0.38;
    }
    void llama3PublishedMfu() {
        QFETCH(int, dp);
        QFETCH(int, cp);
        QFETCH(int, sequence);
        QFETCH(double, published);
        auto l = loadModel(std::string(RIDGELINE_SAMPLES) + "/models/llama-3.1-405b.json");
        QVERIFY(l.ok());
        const ModelSpec& m = *l.value;
        TrainingPlan p;
        p.tp = 8, p.pp = 16, p.dp = dp, p.cp = cp;
        p.chunks = 2;
        p.schedule = Schedule::interleaved;
        p.sequence = sequence;
        p.globalBatch = 16 * 1024 * 1024 / sequence;
        p.microBatch = 1;
        p.microBatches = p.globalBatch / p.dp;
        p.sequenceParallel = true;
        p.recompute = Recompute::selective;
        p.zeroStage = 1;
        p.dropout = false;
        p.layers = m.transformer.layers;
        const TrainingReport r = simulateTraining(h100s(p.gpus() / 8), m, p);
        const double err = r.mfu / published - 1;
        qInfo("%d GPUs CP %d: MFU %.1f%% (published %.0f%%, %+.1f%%), %.3f s, %.0f TFLOP/s/GPU",
              p.gpus(), cp, 100 * r.mfu, 100 * published, 100 * err, r.iterationTime,
              r.tflopsPerGpu);
        // Our memory model puts the fullest stage above 80 GiB (selective
        // recompute, fp32 gradients): what Llama 3 saved there is not published.
        qInfo("  fullest stage %.1f GiB",
              r.memory.stages[static_cast<std::size_t>(r.memory.worstStage)].total() /
                  (1024.0 * 1024 * 1024));
        QVERIFY2(std::abs(err) < 0.15, qPrintable(QString::number(100 * err) + "%"));
    }

    // The scenario fields: parallelism.context, training.fp8 and the
    // zero-bubble schedule, with errors that name the path and the value.
    void scenarioFields() {
        Json doc = {{"format", "ridgeline.scenario"},
                    {"version", 1},
                    {"name", "cp"},
                    {"kind", "training"},
                    {"parallelism", {{"tensor", 8}, {"pipeline", 4}, {"data", 2}, {"context", 2}}},
                    {"training",
                     {{"global_batch", 16},
                      {"micro_batch", 1},
                      {"sequence", 8192},
                      {"schedule", "zero-bubble"},
                      {"fp8", true}}}};
        auto ok = parseScenario(doc, "s.json");
        QVERIFY2(ok.ok(), ok.diagnostics.format().c_str());
        QCOMPARE(ok.value->parallelism.context, 2);
        QVERIFY(ok.value->training.fp8);
        const ModelSpec m = llama(8192, 64, 8, 80, 28672);
        const TrainingPlan p = makePlan(m, *ok.value);
        QVERIFY(p.schedule == Schedule::zeroBubble);
        QCOMPARE(p.cp, 2);
        QCOMPARE(p.gpus(), 128);
        QVERIFY(p.fp8);
        const Json back = toJson(*ok.value);
        QCOMPARE(back["parallelism"]["context"].get<int>(), 2);
        QCOMPARE(back["training"]["fp8"].get<bool>(), true);

        doc["training"]["sequence"] = 8190;  // not a multiple of 2 x CP
        auto bad = parseScenario(doc, "s.json");
        QVERIFY(!bad.ok());
        QVERIFY(bad.diagnostics.format().find("/training/sequence") != std::string::npos);
        QVERIFY(bad.diagnostics.format().find("8190") != std::string::npos);
        doc["training"]["sequence"] = 8192;
        doc["training"]["schedule"] = "zero";
        QVERIFY(!parseScenario(doc, "s.json").ok());
        doc["training"]["schedule"] = "zero-bubble";
        doc["training"]["interleave"] = 2;
        auto inter = parseScenario(doc, "s.json");
        QVERIFY(!inter.ok());
        QVERIFY(inter.diagnostics.format().find("/training/interleave") != std::string::npos);
        doc["training"].erase("interleave");
        doc["parallelism"]["context"] = 0;
        auto zero = parseScenario(doc, "s.json");
        QVERIFY(!zero.ok());
        QVERIFY(zero.diagnostics.format().find("/parallelism/context") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstTrainingParallel)
#include "tst_training_parallel.moc"
