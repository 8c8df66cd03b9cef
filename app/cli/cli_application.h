#pragma once
// What every ridgeline-cli process sets once its Q(Core)Application exists:
// names and the sample library as a trusted reference root. The render plugin
// calls it too: it carries its own copy of the engine (and so of the
// reference policy), and makes its own QApplication.
namespace rl::cli {

void setUpCliApplication();

}  // namespace rl::cli
