#pragma once
// The executable's side of libridgeline_cli_commands.so (commands_plugin.h):
// the commands built with Qt, loaded on first use. In the executable only.
#include <string>
#include <vector>

namespace rl::cli {

struct CommandSummary {
    std::string name;
    std::string summary;
};

// The plugin's commands (loading it); empty, with `error` saying why, when it
// cannot be loaded.
std::vector<CommandSummary> pluginCommands(std::string& error);

// Runs the plugin's command argv[1] with the process's argc/argv (call after
// pluginCommands listed it).
int runPluginCommand(int argc, char** argv);

}  // namespace rl::cli
