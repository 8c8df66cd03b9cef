#include "app/cli/plugin_commands.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>

#include "app/cli/command.h"
#include "app/cli/commands_plugin.h"
#include "app/cli/plugin_loader.h"

namespace rl::cli {
namespace {

// The plugin, opened once and never closed (its objects live until exit).
void* plugin(std::string& error) {
    static std::string openError;
    static void* handle = [] {
        void* h = openCliPlugin(RIDGELINE_COMMANDS_PLUGIN, RTLD_NOW | RTLD_LOCAL, openError);
        if (h && (!dlsym(h, RIDGELINE_LIST_COMMANDS) || !dlsym(h, RIDGELINE_RUN_COMMAND))) {
            openError =
                "the plugin " RIDGELINE_COMMANDS_PLUGIN
                " has no entry points " RIDGELINE_LIST_COMMANDS " and " RIDGELINE_RUN_COMMAND
                " (a plugin from another version?); rebuild ridgeline_cli_commands";
            h = nullptr;
        }
        return h;
    }();
    error = openError;
    return handle;
}

}  // namespace

std::vector<CommandSummary> pluginCommands(std::string& error) {
    std::vector<CommandSummary> out;
    void* h = plugin(error);
    if (!h) return out;
    const auto list = reinterpret_cast<RidgelineListCommands>(dlsym(h, RIDGELINE_LIST_COMMANDS));
    list(
        [](const char* name, const char* summary, void* context) {
            static_cast<std::vector<CommandSummary>*>(context)->push_back({name, summary});
        },
        &out);
    return out;
}

int runPluginCommand(int argc, char** argv) {
    std::string error;
    void* h = plugin(error);
    if (!h) {
        std::fprintf(stderr, "ridgeline-cli: %s\n", error.c_str());
        return 1;
    }
    const auto run = reinterpret_cast<RidgelineRunCommand>(dlsym(h, RIDGELINE_RUN_COMMAND));
    return run(argc, argv);
}

bool commandExists(const std::string& name) {
    const auto& builtIn = commands();
    if (std::any_of(builtIn.begin(), builtIn.end(),
                    [&](const Command& c) { return c.name == name; }))
        return true;
    std::string error;
    const auto others = pluginCommands(error);
    return std::any_of(others.begin(), others.end(),
                       [&](const CommandSummary& c) { return c.name == name; });
}

}  // namespace rl::cli
