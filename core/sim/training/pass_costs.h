#pragma once
// What one micro-batch costs one GPU: forward, backward (input and weight
// gradients) and recompute of a transformer layer, of the embedding and of
// the LM head with its loss, costed operator by operator on the analytical
// roofline; and the communication a layer needs (TP, EP) and a stage boundary
// needs (PP), on the hardware's interconnect tiers.
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
    CommCost tpForward, tpBackward, tpRecompute;              // one layer
    CommCost epForward, epBackward;                           // one layer (MoE)
    CommCost ppSend;                                          // one boundary tensor
    double tpOverlapWindow = 0;  // s of one layer's GEMMs TP communication may hide under
};

// Throws std::invalid_argument when the model cannot be lowered or the
// hardware has no interconnect for the plan's groups. `refine` (learned or
// hybrid predictors) replaces each operator's roofline time when set.
PassCosts passCosts(const Hardware& hw, const ModelSpec& model, const TrainingPlan& plan,
                    const RefineFn& refine = {});

// Communicator groups in Megatron's rank order (TP innermost, then DP, then PP).
RankGroup tensorGroup(const TrainingPlan& plan);
RankGroup dataGroup(const TrainingPlan& plan);
RankGroup expertGroup(const TrainingPlan& plan);
RankGroup pipelinePair(const TrainingPlan& plan);

}  // namespace rl::training
