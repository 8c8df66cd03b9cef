// Training iteration -> per-operator memory traffic by tensor class.
#include "core/sim/training/traffic_records.h"

#include "core/sim/training/op_names.h"
#include "core/workload/lower.h"

namespace rl::training {
namespace {

constexpr double kFp32 = 4.0;  // gradient accumulation, moments and master weights

std::vector<LevelTraffic> mainMemory(double weights, double activations, double gradients,
                                     double optimizerState) {
    LevelTraffic t;
    t.bytes[static_cast<int>(TensorClass::weights)] = weights;
    t.bytes[static_cast<int>(TensorClass::activations)] = activations;
    t.bytes[static_cast<int>(TensorClass::gradients)] = gradients;
    t.bytes[static_cast<int>(TensorClass::optimizer_state)] = optimizerState;
    return {t};
}

// `name` typed (op_names.h); the record's name is its English.
OpRecord record(Message name, OpKind kind, std::string phase, double count, const ComputeCost& each,
                std::vector<LevelTraffic> traffic) {
    OpRecord r;
    r.name = name.english;
    r.nameMessage = std::move(name);
    r.kind = kind;
    r.phase = std::move(phase);
    r.count = count;
    r.flops = each.flops;
    r.timeEach = each.time;
    r.time = each.time * count;
    r.energy = each.energy * count;
    r.traffic = std::move(traffic);
    return r;
}

const char* phaseOf(CommGroup g) {
    switch (g) {
        case CommGroup::tensor:
            return "TP comm exposed";
        case CommGroup::context:
            return "CP comm exposed";
        case CommGroup::expert:
            return "EP comm exposed";
        case CommGroup::pipeline:
            return "PP comm exposed";
        case CommGroup::data:
        case CommGroup::other:
            break;
    }
    return "DP comm exposed";
}

}  // namespace

OptimizerTraffic optimizerTrafficPerParam(const TrainingPlan& plan) {
    const double w = bytesPerElement(plan.weights);
    const double moments = plan.adam ? 2.0 * kFp32 : kFp32;
    const double master = w < kFp32 ? kFp32 : 0.0;
    return {kFp32, 2.0 * (moments + master), w};
}

std::vector<OpRecord> trainingOpRecords(const ModelSpec& model, const TrainingReport& r) {
    const TrainingPlan& plan = r.plan;
    const PassCosts& pc = r.costs;
    const TransformerConfig& c = model.transformer;
    const int cs = r.criticalStage;
    const bool first = cs == 0, last = cs == plan.pp - 1;
    const double m = static_cast<double>(plan.microBatches);
    const double layers = static_cast<double>(plan.stageLayers(cs));
    const double w = bytesPerElement(plan.weights), a = bytesPerElement(plan.activations);
    const LayerParams lp = layerParams(c, plan);
    const double layerWeights = (lp.matrices + lp.small) * w;
    // Backward accumulates each weight gradient into the fp32 buffer: read + write.
    const double layerGrads = 2.0 * kFp32 * (lp.matrices + lp.small);
    // What forward keeps for backward is written once and read once.
    const double saved = layerActivationBytes(c, plan);

    const Message layersName = trainingOpName(RL_TR("TrainingOp", "transformer layers"));
    std::vector<OpRecord> out;
    out.push_back(record(layersName, OpKind::gemm, "forward", m * layers, pc.layerForward,
                         mainMemory(layerWeights, saved, 0, 0)));
    out.push_back(record(layersName, OpKind::gemm, "backward", m * layers, pc.layerBackward,
                         mainMemory(layerWeights, saved, layerGrads, 0)));
    if (pc.layerRecompute.time > 0) {
        const bool full = plan.recompute == Recompute::full;
        // Selective recompute redoes attention cores only: no weights read.
        out.push_back(record(layersName, OpKind::gemm, "recompute", m * layers, pc.layerRecompute,
                             mainMemory(full ? layerWeights : 0, 0, 0, 0)));
    }
    const double tokens = plan.localTokens();
    const double vocabShard = static_cast<double>(c.vocab) / plan.tp;
    if (first) {
        // The lookup reads one row per token; backward adds into those rows.
        const double rows = tokens * static_cast<double>(c.hidden);
        const Message name = trainingOpName(RL_TR("TrainingOp", "embedding"));
        out.push_back(record(name, OpKind::embedding, "forward", m, pc.embeddingForward,
                             mainMemory(rows * w, rows * a, 0, 0)));
        out.push_back(record(name, OpKind::embedding, "backward", m, pc.embeddingBackward,
                             mainMemory(0, rows * a, 2.0 * kFp32 * rows, 0)));
    }
    if (last) {
        const double head = vocabShard * static_cast<double>(c.hidden);
        const double logits = kFp32 * tokens * vocabShard;  // fp32 for the loss
        const Message name = trainingOpName(RL_TR("TrainingOp", "LM head and loss"));
        out.push_back(record(name, OpKind::gemm, "forward", m, pc.headForward,
                             mainMemory(head * w, logits, 0, 0)));
        out.push_back(record(name, OpKind::gemm, "backward", m, pc.headBackward,
                             mainMemory(head * w, logits, 2.0 * kFp32 * head, 0)));
    }

    // The optimizer step streams this GPU's shard of the state once.
    const StageMemory& sm = r.memory.stages[static_cast<std::size_t>(cs)];
    const double shards = plan.zeroStage >= 1 ? static_cast<double>(plan.dp) * plan.cp : 1.0;
    const double local = (sm.layerParams + sm.otherParams) / shards;
    const OptimizerTraffic o = optimizerTrafficPerParam(plan);
    double weightsOut = o.weights * local;
    if (plan.fp8) weightsOut += 4.0 * (sm.layerParams + sm.otherParams);  // fp8 casts
    // The optimizer's name is a proper name, shown as written.
    const Phrase step(RL_TR("TrainingOp", "optimizer step (%1)"),
                      {PhraseArg::verbatim(plan.adam ? "Adam" : "SGD")});
    out.push_back(record(trainingOpName(step), OpKind::elementwise, "optimizer", 1,
                         {r.breakdown.optimizer, 0, 0},
                         mainMemory(weightsOut, 0, o.gradients * local, o.optimizerState * local)));

    // Collectives: network bytes per call; time is what stays exposed.
    for (const CollectiveUse& u : r.collectives) {
        if (u.calls <= 0) continue;
        const bool sendRecv = u.purpose.kind == CollectiveKind::send_recv;
        OpRecord rec = record(
            collectiveName(u.purpose), sendRecv ? OpKind::send_recv : OpKind::collective,
            phaseOf(u.purpose.group), u.calls, {u.exposed / u.calls, 0, 0}, mainMemory(0, 0, 0, 0));
        rec.networkBytes = u.bytes;
        out.push_back(std::move(rec));
    }
    for (OpRecord& rec : out) {
        rec.mathType = mathTypeFor(plan.weights, plan.activations);
        rec.share = r.iterationTime > 0 ? rec.time / r.iterationTime : 0;
    }
    return out;
}

}  // namespace rl::training
