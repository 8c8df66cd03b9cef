#pragma once
// The seam between ridgeline-cli and its drawing plugin,
// libridgeline_cli_render.so (app/cli/render/, built with the GUI): `render`
// loads it with dlopen, so Qt Widgets, Qt Svg, Qt PrintSupport and
// QCustomPlot are loaded only by the command that draws. A C entry point.
extern "C" {

// argv[0] is "ridgeline-cli render", the rest are render's arguments. Makes
// its own QApplication (offscreen when there is no display); returns the
// exit code.
typedef int (*RidgelineRenderMain)(int argc, char** argv);
#define RIDGELINE_RENDER_MAIN "ridgeline_cli_render_main"
#define RIDGELINE_RENDER_PLUGIN "libridgeline_cli_render.so"
}
