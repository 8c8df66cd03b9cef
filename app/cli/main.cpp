// ridgeline-cli: everything the GUI computes, headless and scriptable.
#include <cstdio>

#include <string>
#include <vector>

#include <QCoreApplication>
#include <QStringList>

#include "app/cli/cli_application.h"
#include "app/cli/command.h"

namespace {

void printUsage() {
    std::fprintf(stdout,
                 "Usage: ridgeline-cli <command> [options]\n\n"
                 "Predicts, explains and explores the performance of ML workloads on hardware.\n\n"
                 "Commands:\n");
    for (const auto& c : rl::cli::commands())
        std::fprintf(stdout, "  %-12s %s\n", c.name.c_str(), c.summary.c_str());
    std::fprintf(stdout, "\nRun 'ridgeline-cli <command> --help' for a command's options.\n");
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
    const rl::cli::Command* command = nullptr;
    for (const auto& c : rl::cli::commands())
        if (c.name == name) command = &c;
    if (!command) {
        std::fprintf(stderr, "ridgeline-cli: unknown command '%s'\n\n", name.c_str());
        printUsage();
        return 1;
    }

    if (command->runOwnApplication) {
        std::string title = "ridgeline-cli " + name;
        std::vector<char*> commandArgv = {title.data()};
        for (int i = 2; i < argc; ++i) commandArgv.push_back(argv[i]);
        commandArgv.push_back(nullptr);
        return command->runOwnApplication(argc - 1, commandArgv.data());
    }
    QCoreApplication app(argc, argv);
    rl::cli::setUpCliApplication();

    QStringList args;
    args << QString("ridgeline-cli %1").arg(QString::fromStdString(name));
    for (int i = 2; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    return command->run(args);
}
