// The memory traffic of a simulated training iteration as operator records:
// gradients and optimizer state appear at main memory with the bytes the
// optimizer's formula gives, and the records leave the iteration time alone.
#include <QtTest>

#include "core/sim/training/op_names.h"
#include "core/sim/training/to_prediction.h"
#include "core/sim/training/traffic_records.h"
#include "core/spec/spec_io.h"
#include "training_specs.h"

using namespace rl;
using namespace rl::training;

namespace {

double bytesOf(const Prediction& p, TensorClass c, const std::string& phase = {}) {
    double sum = 0;
    for (const OpRecord& op : p.ops)
        if (!op.traffic.empty() && (phase.empty() || op.phase == phase))
            sum += op.traffic[0].bytes[static_cast<int>(c)] * op.count;
    return sum;
}

// Megatron's 175B row: TP 8, PP 8, interleave 3, SP, selective recompute; DP
// as given, ZeRO stage as given.
struct Run {
    TrainingReport report;
    Prediction prediction;
};
Run megatron175b(int dp, int zeroStage) {
    const ModelSpec m = test::megatronGpt("175B", 12288, 96, 96);
    TrainingPlan p = test::megatronPlan(m, 8, 3, 64 * dp, 1);
    p.dp = dp;
    p.microBatches = 64;
    p.sequenceParallel = true;
    p.recompute = Recompute::selective;
    p.zeroStage = zeroStage;
    // The sample Selene cluster with as many DGX nodes as the plan needs.
    const std::string file = std::string(RIDGELINE_SAMPLES) + "/hardware/cluster-8x-dgx-a100.json";
    auto loaded = loadHardware(file);
    if (!loaded.ok()) qFatal("%s", loaded.diagnostics.format().c_str());
    Hardware hw = *loaded.value;
    hw.interconnect.at(1).devices = (p.gpus() + 7) / 8;
    TrainingReport r = simulateTraining(hw, m, p);
    TrainingReport copy = r;
    Prediction pred = trainingPrediction(hw, m, "t", std::move(copy));
    return {std::move(r), std::move(pred)};
}

double stageParams(const TrainingReport& r) {
    const StageMemory& s = r.memory.stages[static_cast<std::size_t>(r.criticalStage)];
    return s.layerParams + s.otherParams;
}

}  // namespace

class TstTrainingTraffic : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void adamMovesTwentyFourBytesPerParameter() {
        const Run run = megatron175b(1, 0);
        const Prediction& p = run.prediction;
        QCOMPARE(p.levels.size(), std::size_t(1));
        QVERIFY(!p.ops.empty());
        // bf16 weights, Adam: fp32 moments (8 B) and master (4 B), each read
        // and written: 2 x (8 + 4) = 24 B per parameter on this GPU.
        const OptimizerTraffic o = optimizerTrafficPerParam(run.report.plan);
        QCOMPARE(o.optimizerState, 24.0);
        QCOMPARE(o.gradients, 4.0);
        QCOMPARE(o.weights, 2.0);
        const double params = stageParams(run.report);
        // About 175e9 / (TP 8 x PP 8) = 2.7e9 parameters per GPU.
        QVERIFY(params > 2.0e9 && params < 3.5e9);
        QCOMPARE(bytesOf(p, TensorClass::optimizer_state), 24.0 * params);
        QCOMPARE(bytesOf(p, TensorClass::optimizer_state, "optimizer"), 24.0 * params);
        // Gradients: read once by the optimizer, accumulated (read + write,
        // fp32) by every micro-batch's backward.
        QCOMPARE(bytesOf(p, TensorClass::gradients, "optimizer"), 4.0 * params);
        const double backward = bytesOf(p, TensorClass::gradients, "backward");
        QVERIFY(backward > 64 * 2 * 4.0 * 0.9 * params);
        QVERIFY(backward < 64 * 2 * 4.0 * 1.1 * params);
        // Weights are read by forward and backward of every micro-batch.
        QVERIFY(bytesOf(p, TensorClass::weights, "forward") > 64 * 2.0 * 0.9 * params);
        QVERIFY(bytesOf(p, TensorClass::activations) > 0);
        QCOMPARE(bytesOf(p, TensorClass::kv_cache), 0.0);
    }

    void zeroShardsTheOptimizerTraffic() {
        const Run plain = megatron175b(4, 0), zero = megatron175b(4, 1);
        const double params = stageParams(zero.report);
        QCOMPARE(bytesOf(zero.prediction, TensorClass::optimizer_state), 24.0 * params / 4);
        QCOMPARE(bytesOf(plain.prediction, TensorClass::optimizer_state), 24.0 * params);
        // The gradient all-reduce becomes a reduce-scatter, and both are recorded.
        bool reduceScatter = false;
        for (const OpRecord& op : zero.prediction.ops)
            if (op.kind == OpKind::collective && op.phase == "DP comm exposed" &&
                op.name.find("reduce-scatter") != std::string::npos)
                reduceScatter = op.networkBytes > 0;
        QVERIFY(reduceScatter);
    }

    void recordsKeepTheSimulatedTime() {
        const Run run = megatron175b(1, 0);
        const Prediction& p = run.prediction;
        QCOMPARE(p.totalTime, run.report.iterationTime);
        double sum = 0;
        for (const OpRecord& op : p.ops) {
            QVERIFY(op.time >= 0);
            sum += op.time;
        }
        // Everything but the bubble (and PP sends' exposure) has a record.
        QVERIFY(sum <= p.totalTime * (1 + 1e-9));
        QVERIFY(sum > 0.5 * p.totalTime);
        // Each phase's records add up to at most its breakdown time.
        for (const PhaseSummary& ph : p.phases) {
            double t = 0;
            for (const OpRecord& op : p.ops)
                if (op.phase == ph.phase) t += op.time;
            QVERIFY2(t <= ph.time * (1 + 1e-9) + 1e-12, ph.phase.c_str());
        }
        QCOMPARE(p.totalBytesPerLevel.size(), std::size_t(1));
        QVERIFY(p.totalBytesPerLevel[0] > 0);
    }

    // The records' names are the engine's English as before (CLI, CSV and
    // JSON print them), and each is the English of its typed twin, which the
    // GUI renders in the user's language (OpRecord::nameMessage).
    void recordNamesStayEnglish() {
        const ModelSpec m = test::megatronGpt("1.7B", 2304, 24, 24);
        TrainingPlan plan = test::megatronPlan(m, 1, 1, 16, 1);
        plan.dp = 2;
        plan.microBatches = 8;
        plan.zeroStage = 1;
        const std::string file =
            std::string(RIDGELINE_SAMPLES) + "/hardware/cluster-8x-dgx-a100.json";
        auto loaded = loadHardware(file);
        QVERIFY(loaded.ok());
        for (const bool adam : {true, false}) {
            plan.adam = adam;
            const TrainingReport r = simulateTraining(*loaded.value, m, plan);
            std::vector<std::string> names;
            for (const OpRecord& op : trainingOpRecords(m, r)) {
                QCOMPARE(op.nameMessage.english, op.name);
                names.push_back(op.name);
                const auto purpose = collectivePurposeOf(op.nameMessage);
                const bool collective =
                    op.kind == OpKind::collective || op.kind == OpKind::send_recv;
                QCOMPARE(purpose.has_value(), collective);
                if (!collective) {
                    QCOMPARE(op.nameMessage.phraseContext, std::string(kTrainingOpContext));
                    continue;
                }
                bool found = false;  // the purpose of one of the report's collectives
                for (const CollectiveUse& u : r.collectives)
                    found = found || (u.purpose == *purpose && toString(u.purpose) == op.name);
                QVERIFY2(found, op.name.c_str());
            }
            const std::vector<std::string> computed(names.begin(), names.begin() + 7);
            QCOMPARE(computed, (std::vector<std::string>{
                                   "transformer layers", "transformer layers", "embedding",
                                   "embedding", "LM head and loss", "LM head and loss",
                                   adam ? "optimizer step (Adam)" : "optimizer step (SGD)"}));
            QVERIFY(std::find(names.begin(), names.end(), "DP reduce-scatter (gradients)") !=
                    names.end());
            QVERIFY(std::find(names.begin(), names.end(), "TP all-reduce") != names.end());
        }
    }
};

QTEST_APPLESS_MAIN(TstTrainingTraffic)
#include "tst_training_traffic.moc"
