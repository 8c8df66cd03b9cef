#pragma once
// What every ridgeline-cli process sets before a command runs.
namespace rl::cli {

// The sample library beside the build tree or the install becomes a trusted
// reference root (projects may reference it). Needs no Qt: the commands built
// into the executable call it (main.cpp).
void trustSampleLibrary();

// For the processes that make a Q(Core)Application (the commands plugin and
// the render plugin, which carry their own copies of the engine and so of the
// reference policy): the application's names, then trustSampleLibrary().
// Defined in cli_application_qt.cpp.
void setUpCliApplication();

}  // namespace rl::cli
