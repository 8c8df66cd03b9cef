#pragma once
// The analytical engine's timeline: the operators of one inference pass laid
// end to end on a device's compute and network tracks. For LLMs: the prefill,
// then every decode step at its own KV length (growing along time, also drawn
// as a counter), so a single chat request has its prefill/decode picture.
#include <memory>

#include "core/analytical/analyze.h"
#include "core/result/trace.h"

namespace rl {

// Decode steps up to this count are costed one by one; longer generations are
// costed at this many KV lengths and interpolated (see timeline.cpp).
inline constexpr std::int64_t kTimelineExactSteps = 64;

// `p` is the prediction analyze() has costed (ops, phases); its op indices
// become the events' ids. Throws Cancelled when options.progress is cancelled.
std::shared_ptr<const Trace> analyticalTrace(const Hardware& hw, const ModelSpec& model,
                                             const Scenario& scenario,
                                             const AnalysisOptions& options, const Prediction& p);

}  // namespace rl
