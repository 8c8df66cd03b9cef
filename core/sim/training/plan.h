#pragma once
// The parallel plan of one training run: how a model, a scenario and a GPU
// count become TP x CP x PP x DP (x EP inside DP) ranks, micro-batches and a
// pipeline schedule, checked once so the rest of the simulator can trust it.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"

namespace rl::training {

// zeroBubble: ZB-H1 of Qi et al. 2024 (backward split into input- and
// weight-gradient passes; deferred weight passes fill the 1F1B bubble).
enum class Schedule { gpipe, oneFOneB, interleaved, zeroBubble };
enum class Recompute { none, selective, full };
std::string_view toString(Schedule s);
std::string_view toString(Recompute r);

struct TrainingPlan {
    int tp = 1, pp = 1, dp = 1, ep = 1;
    int cp =
        1;  // context parallelism: ring attention over CP ranks (Megatron order TP, CP, DP, PP)
    int chunks = 1;  // virtual pipeline stages per rank (interleaved 1F1B)
    Schedule schedule = Schedule::oneFOneB;
    Recompute recompute = Recompute::none;
    bool sequenceParallel = false;
    int zeroStage = 0;  // 1: distributed optimizer (optimizer state sharded over DP)
    std::int64_t globalBatch = 1, microBatch = 1, sequence = 2048;
    std::int64_t microBatches = 1;  // per DP replica per iteration
    DType weights = DType::bf16, activations = DType::bf16;
    // GEMMs in fp8 with per-tensor (delayed) scaling: casts with amax and one
    // amax all-reduce per iteration; everything else in `activations`.
    bool fp8 = false;
    bool adam = true;     // Adam/AdamW: two fp32 moments; SGD: one momentum
    bool dropout = true;  // dropout masks kept for backward (Megatron's GPT recipe)
    // Fused (flash) attention kernels; off: QK^T, softmax and AV as separate
    // kernels (Megatron-LM in 2022).
    bool flashAttention = true;
    bool overlapGradReduce = true, overlapParamGather = true, overlapTensorComm = false;
    std::int64_t layers = 1;  // of the model

    int gpus() const { return tp * cp * pp * dp; }
    // Tokens of one micro-batch on one GPU (the sequence is split over CP).
    double localTokens() const {
        return static_cast<double>(sequence) * static_cast<double>(microBatch) / cp;
    }
    int virtualStages() const { return pp * chunks; }
    // Layers of virtual stage k (chunk x PP + stage). When PP x v does not
    // divide the layers, the stages that carry the embedding and the LM head
    // (first and last, then inwards) hold one layer fewer, as Llama 3 did.
    std::int64_t layersIn(int virtualStage) const;
    // Layers of all chunks of a pipeline stage.
    std::int64_t stageLayers(int stage) const;
};

// Builds and checks the plan. Throws std::invalid_argument with a sentence
// naming the value and what was expected (layers not divisible by PP x v,
// heads not divisible by TP, global batch not a multiple of micro x DP, ...).
TrainingPlan makePlan(const ModelSpec& model, const Scenario& scenario);

// The same checks on a plan built or edited in code (overrides, the search).
void checkPlan(const ModelSpec& model, const TrainingPlan& plan);

}  // namespace rl::training
