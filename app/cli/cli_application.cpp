#include "app/cli/cli_application.h"

#include <filesystem>

#include "app/cli/plugin_loader.h"
#include "core/spec/reference_policy.h"

namespace rl::cli {

void trustSampleLibrary() {
    // Projects may reference the sample library beside the build or the install.
    const std::string dir = executableDir();
    if (dir.empty()) return;
    for (const char* rel : {"../../samples", "../share/ridgeline/samples"})
        rl::addTrustedReferenceRoot((std::filesystem::path(dir) / rel).string());
}

}  // namespace rl::cli
