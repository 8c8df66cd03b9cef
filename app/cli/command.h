#pragma once
// Subcommands of ridgeline-cli register themselves from their own .cpp file:
//   static const bool registered = rl::cli::registerCommand({"analyze", "...", run});
// so adding a command never touches main.cpp.
#include <functional>
#include <string>
#include <vector>

#include <QStringList>

namespace rl::cli {

struct Command {
    std::string name;
    std::string summary;  // one line for `ridgeline-cli --help`
    // args[0] is "ridgeline-cli <name>", the rest are the command's arguments.
    // Returns the process exit code. Errors go to stderr.
    std::function<int(const QStringList& args)> run;
    // Instead of `run`, for a command that makes its own application (render's
    // plugin makes a QApplication): called before main() makes any, with
    // argv[0] "ridgeline-cli <name>" and the command's arguments after it.
    std::function<int(int argc, char** argv)> runOwnApplication = nullptr;
};

bool registerCommand(Command c);
const std::vector<Command>& commands();

}  // namespace rl::cli
