#include "app/cli/command.h"

namespace rl::cli {

bool registerCommand(Command c) { return insertByName(std::move(c)); }

const std::vector<Command>& commands() { return registryOf<Command>(); }

}  // namespace rl::cli
