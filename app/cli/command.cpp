#include "app/cli/command.h"

namespace rl::cli {
namespace {
std::vector<Command>& registry() {
    static std::vector<Command> all;
    return all;
}
}  // namespace

bool registerCommand(Command c) { return insertByName(registry(), std::move(c)); }

const std::vector<Command>& commands() { return registry(); }

}  // namespace rl::cli
