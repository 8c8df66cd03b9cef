// ridgeline-cli render: draws a project's charts to PNG, PDF, SVG (or CSV). The
// drawing lives in a plugin (render/render_main.cpp) loaded only here, so the
// commands that draw nothing start without Qt Widgets and QCustomPlot.
#include <dlfcn.h>

#include <cstdio>
#include <string>

#include "app/cli/command.h"
#include "app/cli/plugin_loader.h"
#include "app/cli/render/render_plugin.h"

namespace rl::cli {
namespace {

int runRender(int argc, char** argv) {
    std::string error;
    void* plugin = openCliPlugin(RIDGELINE_RENDER_PLUGIN, RTLD_NOW | RTLD_LOCAL, error);
    if (!plugin) {
        std::fprintf(stderr,
                     "ridgeline-cli render: %s\nThe charts are drawn by a plugin built with the "
                     "GUI libraries: configure with -DRIDGELINE_BUILD_GUI=ON (Qt Widgets, Qt Svg, "
                     "QCustomPlot) and build the target ridgeline_cli_render.\n",
                     error.c_str());
        return 1;
    }
    const auto main = reinterpret_cast<RidgelineRenderMain>(dlsym(plugin, RIDGELINE_RENDER_MAIN));
    if (!main) {
        std::fprintf(stderr, "ridgeline-cli render: the plugin " RIDGELINE_RENDER_PLUGIN
                             " has no entry point " RIDGELINE_RENDER_MAIN
                             " (a plugin from another version?); rebuild ridgeline_cli_render\n");
        return 1;
    }
    // The plugin's engine objects stay valid until exit: it is never unloaded.
    return main(argc, argv);
}

const bool registered = registerCommand(
    {"render",
     "draw a project's roofline, memory-traffic chart or dataflow view to PNG, PDF or SVG (CSV "
     "for a dataflow view)",
     nullptr, runRender});

}  // namespace
}  // namespace rl::cli
