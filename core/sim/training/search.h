#pragma once
// Configuration search: for a model, hardware and GPU count, every plan
// (TP, CP, PP, interleave and schedule, DP, EP, micro-batch, ZeRO stage,
// recompute) that fits in memory, simulated in parallel (TBB), fastest first.
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
    // Context parallelism degrees; CP > 1 only while each of its 2 x CP
    // sequence chunks keeps at least minContextChunk tokens.
    std::vector<int> contexts{1, 2, 4, 8};
    std::int64_t minContextChunk = 1024;
    bool zeroBubble = true;  // also try ZB-H1 wherever 1F1B is tried with PP > 1
    // true: a cancel stops the search and returns the plans simulated so far
    // (SearchResult::partial) instead of throwing Cancelled (the CLI's
    // --time-limit and Ctrl-C).
    bool keepBestOnCancel = false;
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
    std::size_t simulated = 0;          // plans simulated (all that fit unless partial)
    bool partial = false;               // stopped early: `fits` holds the plans simulated so far
};

// `base` gives what the search keeps: global batch, sequence, precision,
// optimizer, dropout, attention kernels and overlap switches. TP stays within
// the innermost interconnect tier (a node) and divides the heads; PP x v is
// at most the layers; DP = gpus / (TP x CP x PP); EP divides the experts and
// DP; sequence parallelism is on with TP > 1.
// Throws std::invalid_argument when no plan divides the GPUs.
SearchResult searchPlans(const Hardware& hw, const ModelSpec& model, const TrainingPlan& base,
                         const SearchOptions& options);

}  // namespace rl::training
