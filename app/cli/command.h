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
    bool needsGui = false;  // true: main() creates a QApplication (offscreen if no display)
};

bool registerCommand(Command c);
const std::vector<Command>& commands();

}  // namespace rl::cli
