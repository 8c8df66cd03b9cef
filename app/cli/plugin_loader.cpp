#include "app/cli/plugin_loader.h"

#include <dlfcn.h>

#include <filesystem>
#include <system_error>
#include <vector>

namespace rl::cli {

std::string executableDir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

void* openCliPlugin(const std::string& fileName, int flags, std::string& error) {
    const std::filesystem::path dir = executableDir();
    // The build tree and a flat install keep plugins beside the executable;
    // a FHS install under <prefix>/lib/ridgeline.
    const std::vector<std::filesystem::path> candidates = {
        dir / fileName, dir / ".." / "lib" / "ridgeline" / fileName};
    std::string tried;
    for (const auto& path : candidates) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            tried += "\n  " + path.lexically_normal().string() + ": no such file";
            continue;
        }
        if (void* handle = dlopen(path.c_str(), flags)) return handle;
        const char* why = dlerror();
        tried += "\n  " + path.lexically_normal().string() + ": " + (why ? why : "cannot load");
    }
    error = "cannot load the plugin " + fileName + "; looked in:" + tried;
    return nullptr;
}

}  // namespace rl::cli
