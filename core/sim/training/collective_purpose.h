#pragma once
// What a collective of a training iteration is for, typed: the parallelism
// group that calls it, the collective, how its calls go and what one call
// carries. toString is the English the CLI, the exports and the operator
// records print ("DP reduce-scatter (gradients)"); the GUI renders the parts
// in the user's language (views/training/collective_purpose_name.h).
#include <string>

#include "core/workload/operator.h"

namespace rl::training {

// The communicator group: tensor, context, expert, pipeline or data parallel.
enum class CommGroup { tensor, context, expert, pipeline, data, other };

// How the calls go, where the name says so.
enum class CommPattern {
    single,             // the collective on its own
    ring,               // around a ring, a neighbour at a time (CP's ring attention)
    withReduceScatter,  // sequence parallel: each all-gather has a reduce-scatter twin
};

// What one call carries, where the name says so.
enum class CommPayload { unnamed, keysValues, keysValuesAndGradients, gradients, parameters };

struct CollectivePurpose {
    CommGroup group = CommGroup::other;
    CollectiveKind kind = CollectiveKind::all_reduce;
    CommPattern pattern = CommPattern::single;
    CommPayload payload = CommPayload::unnamed;
    bool operator==(const CollectivePurpose&) const = default;
};

// "TP all-gather + reduce-scatter", "CP ring send/recv (K, V)", "DP all-reduce (gradients)".
std::string toString(const CollectivePurpose& purpose);

}  // namespace rl::training
