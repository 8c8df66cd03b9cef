// ridgeline-cli: everything the GUI computes, headless and scriptable.
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QStringList>
#ifdef RIDGELINE_HAVE_GUI
#include <QApplication>
#endif

#include "app/cli/command.h"
#include "core/spec/reference_policy.h"

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

    std::unique_ptr<QCoreApplication> app;
#ifdef RIDGELINE_HAVE_GUI
    if (command->needsGui) {
        // Rendering charts needs a GUI application but never a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app) app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName("ridgeline-cli");
    QCoreApplication::setOrganizationName("Ridgeline");
    // Projects may reference the sample library beside the build or the install.
    const QDir exe(QCoreApplication::applicationDirPath());
    for (const char* rel : {"../../samples", "../share/ridgeline/samples"})
        rl::addTrustedReferenceRoot(exe.absoluteFilePath(rel).toStdString());

    QStringList args;
    args << QString("ridgeline-cli %1").arg(QString::fromStdString(name));
    for (int i = 2; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    return command->run(args);
}
