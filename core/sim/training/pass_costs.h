#pragma once
// What one micro-batch costs one GPU: forward, backward (input and weight
// gradients) and recompute of a transformer layer, of the embedding and of
// the LM head with its loss, costed operator by operator on the analytical
// roofline; and the communication a layer needs (TP, CP, EP) and a stage
// boundary needs (PP), on the hardware's interconnect tiers.
#include "core/analytical/collectives.h"
#include "core/predict/operator_cost_model.h"
#include "core/sim/training/plan.h"

namespace rl::training {

struct ComputeCost {
    double time = 0;    // s
    double flops = 0;   // FLOP
    double energy = 0;  // J
    ComputeCost& operator+=(const ComputeCost& o) {
        time += o.time, flops += o.flops, energy += o.energy;
        return *this;
    }
};

struct CommCost {
    double time = 0;   // s, all collectives of the pass
    double bytes = 0;  // B per rank, as sized by NCCL-tests
    int count = 0;     // collectives
    int tier = 0;      // outermost interconnect tier crossed
};

struct PassCosts {
    ComputeCost layerForward, layerBackward, layerRecompute;  // one layer
    ComputeCost embeddingForward, embeddingBackward;          // first stage
    ComputeCost headForward, headBackward;                    // last stage: norm, LM head, loss
    // The weight-gradient GEMMs inside layerBackward and headBackward (the W
    // passes of the zero-bubble schedule).
    ComputeCost layerWeightGrad, headWeightGrad;
    // fp8 casts with amax inside the forward and backward above (0 in bf16).
    ComputeCost layerScaling;
    CommCost tpForward, tpBackward, tpRecompute;  // one layer
    CommCost epForward, epBackward;               // one layer (MoE)
    // Ring attention: K and V blocks passed around the CP ring (backward: with
    // their gradients), one layer; each step hides under one block of attention.
    CommCost cpForward, cpBackward;
    double cpWindowForward = 0, cpWindowBackward = 0;  // s of attention per layer
    CommCost ppSend;                                   // one boundary tensor
    double tpOverlapWindow = 0;  // s of one layer's GEMMs TP communication may hide under
};

// Time of a layer's CP exchange not hidden under its attention: each of the
// CP - 1 ring steps overlaps the attention of one block.
double exposedContext(const CommCost& c, double attentionWindow, int cp);

// Throws std::invalid_argument when the model cannot be lowered or the
// hardware has no interconnect for the plan's groups. `refine` (learned or
// hybrid predictors) replaces each operator's roofline time when set.
PassCosts passCosts(const Hardware& hw, const ModelSpec& model, const TrainingPlan& plan,
                    const RefineFn& refine = {});

// Communicator groups in Megatron's rank order (TP innermost, then CP, DP,
// PP). Gradients are reduced (and ZeRO shards) over DP x CP.
RankGroup tensorGroup(const TrainingPlan& plan);
RankGroup contextGroup(const TrainingPlan& plan);
RankGroup dataGroup(const TrainingPlan& plan);
RankGroup expertGroup(const TrainingPlan& plan);
RankGroup pipelinePair(const TrainingPlan& plan);

}  // namespace rl::training
