#pragma once
// The whole-run change between a baseline and the current prediction, in one
// line for a chart title: "total 2.44 s → 1.57 s (−36 %)", and for LLM runs
// the time to first token and per output token the same way.
#include <QString>

#include "core/result/prediction.h"

namespace rl {
namespace views {

// "2.44 s → 1.57 s (-36 %)"; before and after formatted as times.
QString timeChange(double before, double after);

// The changes joined by " · "; only quantities both predictions have.
QString compareSummary(const rl::Prediction& baseline, const rl::Prediction& current);

}  // namespace views
}  // namespace rl
