#pragma once
// One training iteration simulated as per-stage event streams: the pipeline
// schedule on the compute stream (TP and EP collectives inside each pass,
// exposed or hidden per the overlap switches), activations and gradients sent
// between stages, the DP gradient reduction and parameter all-gather around
// the optimizer step. One rank per pipeline stage stands for all its TP and DP
// peers (they behave alike), so the cost grows with PP x micro-batches x
// chunks, not with the GPU count.
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/result/progress.h"
#include "core/result/trace.h"
#include "core/sim/training/collective_purpose.h"
#include "core/sim/training/memory.h"
#include "core/sim/training/pass_costs.h"
#include "core/sim/training/schedule.h"

namespace rl::training {

// Where the time of the slowest stage goes (s per iteration, per GPU).
struct StepBreakdown {
    double forward = 0, backward = 0, recompute = 0, optimizer = 0;
    double tpExposed = 0, ppExposed = 0, dpExposed = 0, epExposed = 0, cpExposed = 0;
    double bubble = 0;
    double total() const {
        return forward + backward + recompute + optimizer + tpExposed + ppExposed + dpExposed +
               epExposed + cpExposed + bubble;
    }
    // The parts with their names for people, in report order.
    std::array<std::pair<const char*, double>, 10> parts() const {
        return {{{"forward", forward},
                 {"backward", backward},
                 {"recompute", recompute},
                 {"optimizer", optimizer},
                 {"TP comm exposed", tpExposed},
                 {"CP comm exposed", cpExposed},
                 {"EP comm exposed", epExposed},
                 {"PP comm exposed", ppExposed},
                 {"DP comm exposed", dpExposed},
                 {"pipeline bubble", bubble}}};
    }
};

// One kind of collective as the iteration uses it, for the collectives table.
struct CollectiveUse {
    CollectivePurpose purpose;  // group, collective, pattern, payload; toString for English
    int ranks = 1;
    int tier = 0;
    double bytes = 0;     // B per call
    double timeEach = 0;  // s per call
    double calls = 0;     // per iteration per GPU
    double exposed = 0;   // s per iteration not hidden under compute
};

struct TrainingOptions {
    bool trace = false;            // fill TrainingReport::trace (one group per stage)
    double tokensToTrain = 300e9;  // for the time / cost / energy to train
    RefineFn refine;               // learned / hybrid predictor hook; empty: the roofline
};

struct TrainingReport {
    TrainingPlan plan;
    MemoryReport memory;
    PassCosts costs;
    double iterationTime = 0;  // s
    StepBreakdown breakdown;   // of the stage that finishes last
    int criticalStage = 0;
    double modelFlops = 0;     // per iteration, whole cluster (forward + backward)
    double hardwareFlops = 0;  // with recompute
    double mfu = 0, hfu = 0;   // against the dense peak of the math type
    double tokensPerS = 0;
    double tflopsPerGpu = 0;        // model FLOP/s per GPU / 1e12
    double overlap = 0;             // share of communication hidden under compute
    double energyPerIteration = 0;  // J, every GPU at TDP for the iteration
    // fp8: casts with amax per iteration on the critical stage, and the amax
    // all-reduce (inside forward / backward and DP comm above), s.
    double fp8Scaling = 0;
    // DP gradient reduction slowed by PP sends sharing its tier at the same
    // time (critical stage), s: the bandwidth is shared, so the reduction
    // lasts this much longer than alone.
    double dpContention = 0;
    double timeToTrain = 0, costToTrain = 0, energyToTrain = 0;  // s, USD, J for tokensToTrain
    std::vector<CollectiveUse> collectives;
    PipelineRun pipeline;
    Trace trace;  // groups = ranks (one per stage), tracks = streams; ids = task indices
};

// Throws std::invalid_argument for plans the model or hardware cannot run.
TrainingReport simulateTraining(const Hardware& hw, const ModelSpec& model,
                                const TrainingPlan& plan, const TrainingOptions& options = {});

}  // namespace rl::training
