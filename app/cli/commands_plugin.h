#pragma once
// The seam between ridgeline-cli and libridgeline_cli_commands.so, the
// commands built with Qt Core (command.h): the executable loads it with
// dlopen only when one of them is asked for (or for the list of commands),
// so the commands that draw nothing start without Qt. C entry points.
extern "C" {

// Called once per command of the plugin, with its name and one-line summary.
typedef void (*RidgelineCommandFound)(const char* name, const char* summary, void* context);
typedef void (*RidgelineListCommands)(RidgelineCommandFound found, void* context);
// Runs the command argv[1] with the process's own argc/argv (argv[2...] are
// its arguments) inside a QCoreApplication; returns the exit code.
typedef int (*RidgelineRunCommand)(int argc, char** argv);

#define RIDGELINE_COMMANDS_PLUGIN "libridgeline_cli_commands.so"
#define RIDGELINE_LIST_COMMANDS "ridgeline_cli_list_commands"
#define RIDGELINE_RUN_COMMAND "ridgeline_cli_run_command"
}
