#pragma once
// How the exploration page names and prints a sweep's figures: values in
// their SI unit with a readable prefix ("12.3 ms", "4.1 kJ", "$0.83"), and
// titles for people ("p99 time to first token") rather than column names.
#include <string>

#include <QString>

#include "core/result/sweep_result.h"
#include "views/explore/scatter_axis.h"

namespace rl {
namespace views {

// The formatter of values in `unit` (a SweepResult descriptor's SI unit).
ValueFormat sweepValueFormat(const std::string& unit);
// The formatter of an objective's or constraint's figure: its unit's, and
// percent for utilisation.
ValueFormat sweepFigureFormat(const std::string& metric, const std::string& unit);

// A translated title for an objective's or constraint's metric; its name
// when the metric is not known.
QString sweepMetricTitle(const std::string& metric, const std::string& name);
// The names the sweep gives, in the user's language where it gives one
// (localized_name.h); a constraint the sweep did not name per language is
// called by its metric's title.
QString objectiveTitle(const rl::SweepObjectiveInfo& o);
QString axisTitle(const rl::SweepAxisInfo& a);
QString constraintTitle(const rl::SweepConstraintInfo& c);
QString sweepTitle(const rl::SweepResult& d);
// Why point `p` of sweep `d` failed, in the user's language where the engine
// typed the reason (d.failures), else the engine's English; "" when it did not.
QString sweepPointError(const rl::SweepResult& d, const rl::SweepPoint& p);

}  // namespace views
}  // namespace rl
