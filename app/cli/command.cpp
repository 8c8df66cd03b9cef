#include "app/cli/command.h"

#include <algorithm>

namespace rl::cli {
namespace {
std::vector<Command>& registry() {
    static std::vector<Command> all;
    return all;
}
}  // namespace

bool registerCommand(Command c) {
    auto& all = registry();
    auto pos = std::lower_bound(all.begin(), all.end(), c.name,
                                [](const Command& a, const std::string& n) { return a.name < n; });
    all.insert(pos, std::move(c));
    return true;
}

const std::vector<Command>& commands() { return registry(); }

}  // namespace rl::cli
