#pragma once
// Subcommands of ridgeline-cli register themselves from their own .cpp file:
//   static const bool registered = rl::cli::registerCommand({"analyze", "...", run});
// so adding a command never touches main.cpp.
//
// Two kinds (docs/cli.md, "Start-up"): the commands that draw nothing and
// need no Qt (analyze, show, validate, list; render, which loads its own
// plugin) are built into the executable, parse with Options (options.h) and
// start without loading Qt Core. The others are built with Qt Core into
// libridgeline_cli_commands.so (commands_plugin.h), which the executable
// loads with dlopen when one of them is asked for; they take a QStringList
// and run inside the QCoreApplication the plugin makes.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace rl::cli {

struct Command {
    std::string name;
    std::string summary;  // one line for `ridgeline-cli --help`
    // args[0] is "ridgeline-cli <name>", the rest are the command's arguments.
    // Returns the process exit code. Errors go to stderr.
    std::function<int(const std::vector<std::string>& args)> run;
    // Instead of `run`, for a command that makes its own application (render's
    // plugin makes a QApplication): argv[0] "ridgeline-cli <name>" and the
    // command's arguments after it.
    std::function<int(int argc, char** argv)> runOwnApplication = nullptr;
};

bool registerCommand(Command c);
// The commands of this binary (the executable's, or the plugin's).
const std::vector<Command>& commands();

// The commands of one kind (Command, QtCommand) this binary registered,
// kept sorted by name (for --help).
template <class C>
std::vector<C>& registryOf() {
    static std::vector<C> all;
    return all;
}
template <class C>
bool insertByName(C c) {
    std::vector<C>& registry = registryOf<C>();
    const auto pos = std::lower_bound(registry.begin(), registry.end(), c.name,
                                      [](const C& a, const std::string& n) { return a.name < n; });
    registry.insert(pos, std::move(c));
    return true;
}

// Whether ridgeline-cli has the command, built in or in the commands plugin
// (which this loads when the name is not built in). In the executable only.
bool commandExists(const std::string& name);

}  // namespace rl::cli

#ifdef QT_CORE_LIB
#include <QStringList>

namespace rl::cli {

// A command built with Qt (libridgeline_cli_commands.so).
struct QtCommand {
    std::string name;
    std::string summary;
    std::function<int(const QStringList& args)> run;  // args as for Command::run
};

bool registerCommand(QtCommand c);
const std::vector<QtCommand>& qtCommands();

}  // namespace rl::cli
#endif
