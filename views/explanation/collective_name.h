#pragma once
// A collective's kind (CollectiveKind, core/workload/operator.h) and the
// algorithm the collective model picks for it (CollectiveAlgorithm,
// core/analytical/collectives.h) in the user's language. Results, exports and
// the CLI keep the engine's names ("all_reduce", "ring").
#include <QString>

#include "core/analytical/collectives.h"
#include "core/workload/operator.h"

namespace rl {
namespace views {

// "all-reduce" as NCCL's documentation writes it; German "All-Reduce",
// Chinese "全归约".
QString collectiveKindName(CollectiveKind kind);
// "ring", "tree", "in-switch (NVLS)", ...
QString collectiveAlgorithmName(CollectiveAlgorithm algorithm);

}  // namespace views
}  // namespace rl
