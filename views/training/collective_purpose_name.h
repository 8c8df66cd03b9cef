#pragma once
// A training collective's group and purpose (core/sim/training/
// collective_purpose.h) in the user's language: "DP Reduce-Scatter
// (Gradienten)". The collective itself is named as collectiveKindName does;
// the CLI and exports keep the engine's English (toString).
#include <QString>

#include "core/sim/training/collective_purpose.h"

namespace rl {
namespace views {

// "TP", "CP", "EP", "PP", "DP"; "other".
QString commGroupName(rl::training::CommGroup group);
// "TP all-gather + reduce-scatter", "CP ring send/recv (K, V)": in English the
// engine's own toString, word for word.
QString collectivePurposeName(const rl::training::CollectivePurpose& purpose);

}  // namespace views
}  // namespace rl
