#pragma once
// The collectives of a simulated iteration as a table for people: which
// communicator group each belongs to, the algorithm the collective model
// picks for it on the hardware's tiers, and its bus bandwidth in NCCL-tests'
// convention.
#include <vector>

#include "core/sim/training/iteration.h"

namespace rl::training {

enum class CommGroup { tensor, context, expert, pipeline, data, other };

struct CollectiveRow {
    CollectiveUse use;
    CommGroup group = CommGroup::other;
    // The algorithm of one call of `use` on its group; unknown for a group
    // this table cannot place (then `algorithmKnown` is false).
    CollectiveAlgorithm algorithm = CollectiveAlgorithm::ring;
    bool algorithmKnown = false;
    double algbw = 0, busbw = 0;  // B/s of one call: bytes / time each, x the bus factor
};

// One row per CollectiveUse of the report, in its order. A use is the TP
// (CP, EP, PP) one when it is the report's own per-layer (per-boundary) cost
// of that kind; the rest over the gradient group's ranks (DP x CP) are DP.
std::vector<CollectiveRow> collectiveRows(const Hardware& hw, const TrainingReport& report);

}  // namespace rl::training
