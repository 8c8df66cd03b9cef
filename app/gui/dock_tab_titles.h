#pragma once

class QMainWindow;

namespace rl {
namespace gui {

// Tabified docks show their whole titles: QMainWindow elides them ("Hardw…",
// "Mo…" in a 300 px German dock column); these scroll instead, so every tab reads.
void keepDockTabTitlesWhole(QMainWindow* window);

}  // namespace gui
}  // namespace rl
