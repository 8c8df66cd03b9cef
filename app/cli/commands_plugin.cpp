// libridgeline_cli_commands.so: the commands built with Qt Core (command.h),
// behind the C entry points of commands_plugin.h. Each runs inside a
// QCoreApplication made from the process's own argc/argv, as ridgeline-cli
// ran every command before the split.
#include <algorithm>
#include <cstdio>
#include <string>

#include <QCoreApplication>

#include "app/cli/cli_application.h"
#include "app/cli/command.h"
#include "app/cli/commands_plugin.h"

namespace rl::cli {

bool registerCommand(QtCommand c) { return insertByName(std::move(c)); }

const std::vector<QtCommand>& qtCommands() { return registryOf<QtCommand>(); }

}  // namespace rl::cli

extern "C" __attribute__((visibility("default"))) void ridgeline_cli_list_commands(
    RidgelineCommandFound found, void* context) {
    // Typed against the seam, so a changed signature fails to compile here.
    [[maybe_unused]] const RidgelineListCommands checked = &ridgeline_cli_list_commands;
    for (const rl::cli::QtCommand& c : rl::cli::qtCommands())
        found(c.name.c_str(), c.summary.c_str(), context);
}

extern "C" __attribute__((visibility("default"))) int ridgeline_cli_run_command(int argc,
                                                                                char** argv) {
    [[maybe_unused]] const RidgelineRunCommand checked = &ridgeline_cli_run_command;
    const std::string name = argc > 1 ? argv[1] : "";
    const auto& all = rl::cli::qtCommands();
    const auto command = std::find_if(all.begin(), all.end(),
                                      [&](const rl::cli::QtCommand& c) { return c.name == name; });
    if (command == all.end()) {
        std::fprintf(stderr, "ridgeline-cli: unknown command '%s'\n", name.c_str());
        return 1;
    }
    QCoreApplication app(argc, argv);
    rl::cli::setUpCliApplication();
    QStringList args;
    args << QString("ridgeline-cli %1").arg(QString::fromStdString(name));
    for (int i = 2; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    return command->run(args);
}
