// ridgeline-cli: everything the GUI computes, headless and scriptable.
// The commands that draw nothing are built in and run without Qt; the others
// live in libridgeline_cli_commands.so, loaded only when asked for (command.h).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/cli/cli_application.h"
#include "app/cli/command.h"
#include "app/cli/plugin_commands.h"

namespace {

using rl::cli::CommandSummary;

// Built-in commands and the plugin's, by name.
std::vector<CommandSummary> allCommands(std::string& pluginError) {
    std::vector<CommandSummary> all = rl::cli::pluginCommands(pluginError);
    for (const auto& c : rl::cli::commands()) all.push_back({c.name, c.summary});
    std::sort(all.begin(), all.end(),
              [](const CommandSummary& a, const CommandSummary& b) { return a.name < b.name; });
    return all;
}

void printUsage() {
    std::string pluginError;
    const std::vector<CommandSummary> all = allCommands(pluginError);
    std::fprintf(stdout,
                 "Usage: ridgeline-cli <command> [options]\n\n"
                 "Predicts, explains and explores the performance of ML workloads on hardware.\n\n"
                 "Commands:\n");
    for (const auto& c : all)
        std::fprintf(stdout, "  %-12s %s\n", c.name.c_str(), c.summary.c_str());
    std::fprintf(stdout, "\nRun 'ridgeline-cli <command> --help' for a command's options.\n");
    if (!pluginError.empty()) {
        std::fflush(stdout);
        std::fprintf(stderr, "ridgeline-cli: only the built-in commands are listed: %s\n",
                     pluginError.c_str());
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        printUsage();
        return 1;
    }
    std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        printUsage();
        return 0;
    }
    if (name == "--version") {
        std::printf("ridgeline-cli 0.1.0\n");
        return 0;
    }
    for (const auto& c : rl::cli::commands()) {
        if (c.name != name) continue;
        std::vector<std::string> args = {"ridgeline-cli " + name};
        for (int i = 2; i < argc; ++i) args.emplace_back(argv[i]);
        if (c.runOwnApplication) {
            std::vector<char*> commandArgv;
            for (std::string& a : args) commandArgv.push_back(a.data());
            commandArgv.push_back(nullptr);
            return c.runOwnApplication(static_cast<int>(args.size()), commandArgv.data());
        }
        rl::cli::trustSampleLibrary();
        return c.run(args);
    }
    std::string pluginError;
    const auto others = rl::cli::pluginCommands(pluginError);
    if (std::any_of(others.begin(), others.end(),
                    [&](const CommandSummary& c) { return c.name == name; }))
        return rl::cli::runPluginCommand(argc, argv);
    if (!pluginError.empty()) {
        // Say why rather than call a real command unknown.
        std::fprintf(stderr,
                     "ridgeline-cli: '%s' is not a built-in command, and the other commands "
                     "cannot be loaded: %s\n",
                     name.c_str(), pluginError.c_str());
        return 1;
    }
    std::fprintf(stderr, "ridgeline-cli: unknown command '%s'\n\n", name.c_str());
    printUsage();
    return 1;
}
