#pragma once
// Shared libraries ridgeline-cli loads with dlopen only for the commands that
// need them (render's Qt Widgets, mpirun's MPI), so a command that draws
// nothing starts without them. They are looked for beside the executable
// (the build tree's bin/, or an install's bin/) and in ../lib/ridgeline.
#include <string>

namespace rl::cli {

// The plugin's handle, or null with `error` naming every place looked in and
// what the loader said. `flags` are dlopen's (RTLD_NOW, RTLD_GLOBAL, ...).
void* openCliPlugin(const std::string& fileName, int flags, std::string& error);

// The executable's own folder ("" when /proc/self/exe cannot be read).
std::string executableDir();

}  // namespace rl::cli
