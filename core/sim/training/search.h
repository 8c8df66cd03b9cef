#pragma once
// Configuration search: for a model, hardware and GPU count, every plan
// (TP, PP, interleave, DP, micro-batch, ZeRO stage, recompute) that fits in
// memory, simulated in parallel (TBB), fastest first.
#include <vector>

#include "core/result/progress.h"
#include "core/sim/training/iteration.h"

namespace rl::training {

struct SearchOptions {
    int gpus = 8;
    Progress progress;  // reported from worker threads; cancel throws Cancelled
    RefineFn refine;    // learned / hybrid predictor hook; empty: the roofline
    std::vector<std::int64_t> microBatches{1, 2, 4, 8};
    std::vector<int> interleaves{1, 2, 3, 4};
    std::vector<int> zeroStages{0, 1, 2, 3};
    std::vector<Recompute> recomputes{Recompute::none, Recompute::selective, Recompute::full};
};

struct SearchCandidate {
    TrainingPlan plan;
    double iterationTime = 0;
    double mfu = 0;
    double tokensPerS = 0;
    double peakMemory = 0;  // B, the fullest stage
};

struct SearchResult {
    std::vector<SearchCandidate> fits;  // fastest first
    std::size_t enumerated = 0;         // plans that were valid for the model
    std::size_t tooBig = 0;             // valid plans that did not fit in memory
};

// `base` gives what the search keeps: global batch, sequence, precision,
// optimizer, dropout, attention kernels and overlap switches. TP stays within
// the innermost interconnect tier (a node) and divides the heads; PP x v is
// at most the layers; DP = gpus / (TP x PP); sequence parallelism is on with TP > 1.
// Throws std::invalid_argument when no plan divides the GPUs.
SearchResult searchPlans(const Hardware& hw, const ModelSpec& model, const TrainingPlan& base,
                         const SearchOptions& options);

}  // namespace rl::training
