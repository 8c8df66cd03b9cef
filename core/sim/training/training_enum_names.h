#pragma once
// The names of the training plan's enums in reports, exports and the CLI
// (toString in plan.h reads these tables).
#include "core/sim/training/plan.h"
#include "core/spec/enum_names.h"

namespace rl::training {

inline constexpr std::array<EnumName<Schedule>, 4> kScheduleNames{{
    {Schedule::gpipe, "gpipe"},
    {Schedule::oneFOneB, "1f1b"},
    {Schedule::interleaved, "interleaved-1f1b"},
    {Schedule::zeroBubble, "zero-bubble"},
}};

inline constexpr std::array<EnumName<Recompute>, 3> kRecomputeNames{{
    {Recompute::none, "none"},
    {Recompute::selective, "selective"},
    {Recompute::full, "full"},
}};

}  // namespace rl::training
