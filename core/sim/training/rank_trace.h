#pragma once
// The timeline of a simulated iteration as people read it: one rank per
// pipeline stage (at a chosen DP, CP and TP index: every peer of a stage
// behaves alike, so one simulated rank stands for all of them), each with a
// compute stream (forward, recompute, backward and deferred weight-gradient
// passes of every micro-batch, the optimizer step) and one stream per kind of
// communication the plan uses: TP collectives inside each pass (per layer and
// block), CP ring exchanges, EP all-to-alls, PP sends, DP gradient reduction
// and parameter all-gather. Built from the report's own trace
// (TrainingOptions::trace), adding what the simulator folds into a pass: the
// recompute part of each backward pass and the TP, CP and EP communication
// of each layer.
#include <string>
#include <string_view>
#include <vector>

#include "core/sim/training/iteration.h"

namespace rl::training {

// Categories of a rank trace. The trace lists the ones it uses, in this
// order; rankCategoryIndex() finds one (views colour by index, so the step
// breakdown and the timeline agree).
enum class RankCategory {
    forward,
    backward,
    weightGrad,  // the zero-bubble schedule's deferred W passes
    recompute,
    optimizer,
    tpComm,
    cpComm,
    epComm,
    ppComm,
    dpReduce,
    dpGather,
    count
};

// Its name in a rank trace ("forward", "TP comm", ...).
std::string_view toString(RankCategory c);

// Index of `c` in the categories of a rank trace, or -1 when it has no event of it.
int rankCategoryIndex(const Trace& trace, RankCategory c);

// The streams (track names) of every rank under this plan: "compute", then
// "TP comm" (TP > 1), "CP comm" (CP > 1), "EP comm" (EP > 1), "PP comm"
// (PP > 1), "DP comm" (gradients reduced over DP x CP > 1).
std::vector<std::string> rankStreams(const TrainingPlan& plan);

// Megatron's global rank of (pipeline stage, DP, CP and TP index): TP
// innermost, then CP, DP, PP.
int globalRank(const TrainingPlan& plan, int stage, int dpIndex, int tpIndex, int cpIndex = 0);

// The ranks of every pipeline stage at (dpIndex, tpIndex, cpIndex): one group per
// stage, the tracks of rankStreams() in each. Events point at the pass they
// belong to (TraceRef::task, as in the report's trace). Throws
// std::invalid_argument when an index is out of range or the report was
// simulated without its trace.
Trace rankTrace(const TrainingReport& report, int dpIndex = 0, int tpIndex = 0, int cpIndex = 0);

}  // namespace rl::training
