#pragma once
// Memory per GPU on every pipeline stage of a training plan: model states
// (parameters, gradients, optimizer state, sharded by ZeRO stage), activations
// kept for backward by the schedule's in-flight micro-batches under the
// recompute choice, and communication buffers. Formulas in docs/training.md;
// the activation accounting is Korthikanti et al. 2022's, generalised to GQA,
// gated MLPs and MoE from the model's dimensions.
#include <cstdint>
#include <vector>

#include "core/sim/training/plan.h"

namespace rl::training {

// Parameters of one transformer layer on one GPU (TP- and EP-sharded).
struct LayerParams {
    double matrices = 0;  // attention, MLP / experts, router weight matrices
    double small = 0;     // norms and biases
};
LayerParams layerParams(const TransformerConfig& c, const TrainingPlan& plan);

// Bytes kept for backward by one layer for one micro-batch on one GPU.
double layerActivationBytes(const TransformerConfig& c, const TrainingPlan& plan);

// Bytes per parameter of each model state on one GPU, after ZeRO sharding.
struct StateBytes {
    double weights = 0, gradients = 0, optimizer = 0;
    double total() const { return weights + gradients + optimizer; }
};
StateBytes stateBytesPerParam(const TrainingPlan& plan);

struct StageMemory {
    int stage = 0;
    double layers = 0;       // transformer layers held (all chunks)
    double layerParams = 0;  // weight matrices of those layers
    double otherParams = 0;  // norms, biases, embeddings / LM head on end stages
    double weights = 0, gradients = 0, optimizer = 0;  // B, all parameters
    double layerStateBytes = 0;    // weights + gradients + optimizer of layerParams only
    double inFlightLayers = 0;     // layer-micro-batches whose activations are held at peak
    double activations = 0;        // B, transformer layers
    double outputActivations = 0;  // B, logits and loss on the last stage
    double commBuffers = 0;        // B, pipeline send/recv and TP gather buffers
    double total() const {
        return weights + gradients + optimizer + activations + outputActivations + commBuffers;
    }
};

struct MemoryReport {
    std::vector<StageMemory> stages;
    double capacity = 0;  // B per GPU
    int worstStage = 0;   // the stage with the most bytes
    bool fits = true;
};

// Peak micro-batch chunks whose activations a stage holds under the plan's
// schedule (GPipe: all m; 1F1B: p - s; interleaved: Megatron's warm-up + 1;
// zero bubble: p, as ZB-H1 keeps 1F1B's peak on every stage).
std::int64_t inFlightChunks(const TrainingPlan& plan, int stage);

MemoryReport trainingMemory(const ModelSpec& model, const TrainingPlan& plan, double capacityBytes);

}  // namespace rl::training
