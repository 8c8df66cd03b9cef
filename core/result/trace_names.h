#pragma once
// The names of TraceRef in exports (toString in trace.h reads this table).
#include "core/result/trace.h"
#include "core/spec/enum_names.h"

namespace rl {

inline constexpr std::array<EnumName<TraceRef>, 5> kTraceRefNames{{
    {TraceRef::none, "none"},
    {TraceRef::op, "op"},
    {TraceRef::iteration, "iteration"},
    {TraceRef::request, "request"},
    {TraceRef::task, "task"},
}};

}  // namespace rl
