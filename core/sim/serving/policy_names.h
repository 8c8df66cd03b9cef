#pragma once
// The names scenarios give the replica and global schedulers
// (serving.scheduler, serving.global_scheduler); policyOf() reads them.
#include "core/sim/serving/simulation.h"
#include "core/spec/enum_names.h"

namespace rl::serving {

inline constexpr std::array<EnumName<Policy>, 4> kPolicyNames{{
    {Policy::vllm, "vllm"},
    {Policy::orca, "orca"},
    {Policy::sarathi, "sarathi"},
    {Policy::fastertransformer, "fastertransformer"},
}};

inline constexpr std::array<EnumName<GlobalPolicy>, 3> kGlobalPolicyNames{{
    {GlobalPolicy::roundRobin, "round_robin"},
    {GlobalPolicy::leastOutstanding, "least_outstanding"},
    {GlobalPolicy::random, "random"},
}};

}  // namespace rl::serving
