#pragma once
// The engine's trace words (track, category and group names) in the user's
// language. The simulators write them in English; the views translate the
// ones they know and leave any other name as it is.
#include <string>

#include <QString>

namespace rl {
namespace views {

// "forward" -> "Vorwärts", "rank 3 (stage 1, DP 0, TP 1)" -> its parts in
// the current language; unknown names come back unchanged.
QString traceName(const std::string& name);

}  // namespace views
}  // namespace rl
