#pragma once
// Pipeline schedules as per-stage op orders (GPipe, 1F1B, Megatron's
// interleaved 1F1B, ZB-H1 zero bubble) and their execution with dependencies:
// a forward of virtual stage k waits for the forward of k - 1 (plus the send),
// a backward of k for the backward of k + 1, a weight-gradient pass for its
// own backward. All TP, CP and DP ranks of a stage behave alike, so a run
// simulates one rank per pipeline stage.
#include <cstdint>
#include <vector>

#include "core/sim/training/plan.h"

namespace rl::training {

// backward: input gradients (and, outside the zero-bubble schedule, weight
// gradients too); weight: the deferred weight gradients of ZB-H1.
enum class Pass : std::uint8_t { forward, backward, weight };

struct PipelineOp {
    Pass pass = Pass::forward;
    int micro = 0;  // micro-batch index
    int chunk = 0;  // model chunk on this stage (virtual stage = chunk x PP + stage)
};

// The order in which `stage` runs its forward and backward passes.
std::vector<PipelineOp> stageOrder(const TrainingPlan& plan, int stage);

// Per virtual stage (chunk x PP + stage): time of one micro-batch's forward
// and backward (recompute included) on the compute stream, and the time a
// boundary tensor takes to reach the next stage.
struct PipelineCosts {
    std::vector<double> forward, backward;  // size PP x chunks
    std::vector<double> weight;             // zero bubble only: the W passes (else empty)
    double send = 0;                        // s, activations or their gradients
};

struct TimedOp {
    PipelineOp op;
    double start = 0, end = 0;
};

struct PipelineRun {
    std::vector<std::vector<TimedOp>> stages;  // in execution order per stage
    double makespan = 0;                       // first op start to last op end, s
    std::vector<double> busy;                  // compute time per stage, s
};

// Runs the schedule. Throws std::logic_error if the order deadlocks (a bug).
PipelineRun runPipeline(const TrainingPlan& plan, const PipelineCosts& costs);

}  // namespace rl::training
