#pragma once
// The collectives of a simulated iteration as a table for people: the
// algorithm the collective model picks for each on its group's tiers, and its
// bus bandwidth in NCCL-tests' convention.
#include <vector>

#include "core/sim/training/iteration.h"

namespace rl::training {

struct CollectiveRow {
    CollectiveUse use;  // its group: use.purpose.group
    // The algorithm of one call of `use` on its group; unknown for a group
    // this table cannot place (then `algorithmKnown` is false).
    CollectiveAlgorithm algorithm = CollectiveAlgorithm::ring;
    bool algorithmKnown = false;
    double algbw = 0, busbw = 0;  // B/s of one call: bytes / time each, x the bus factor
};

// One row per CollectiveUse of the report, in its order.
std::vector<CollectiveRow> collectiveRows(const Hardware& hw, const TrainingReport& report);

}  // namespace rl::training
