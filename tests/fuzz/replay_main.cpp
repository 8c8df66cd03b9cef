// Replays fuzz inputs without libFuzzer: every file named on the command line,
// or found (recursively) in a folder named there, goes through the target's
// LLVMFuzzerTestOneInput once. A crash or sanitizer report fails the test.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/fuzz/fuzz_target.h"

namespace {

bool replayFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.string().c_str());
        return false;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::fprintf(stderr, "replay %s (%zu bytes)\n", path.string().c_str(), bytes.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::error_code ec;
        if (!std::filesystem::exists(arg, ec)) {
            // A target without regressions yet has no folder (git keeps no empty ones).
            std::fprintf(stderr, "no %s (nothing to replay there)\n", arg.string().c_str());
        } else if (std::filesystem::is_directory(arg, ec)) {
            std::vector<std::filesystem::path> files;
            for (const auto& e : std::filesystem::recursive_directory_iterator(arg))
                if (e.is_regular_file()) files.push_back(e.path());
            std::sort(files.begin(), files.end());  // a stable order for the log
            for (const auto& f : files) replayed += replayFile(f) ? 1 : 0;
        } else if (!replayFile(arg)) {
            return 1;
        }
    }
    std::printf("replayed %d inputs without a crash\n", replayed);
    return replayed > 0 ? 0 : 1;
}
