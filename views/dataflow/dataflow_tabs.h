#pragma once
// Puts every dataflow view on a page, in the order a teacher walks through
// them. One line per view in dataflow_tabs.cpp; the page, the GUI and
// `ridgeline-cli render` all build their pages through this.
namespace rl::views {

class DataflowPage;
void addDataflowTabs(DataflowPage* page);

}  // namespace rl::views
