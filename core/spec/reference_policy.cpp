#include "core/spec/reference_policy.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "core/spec/diagnostics.h"

namespace rl {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> gAllowOutside{false};
std::mutex gRootsMutex;
std::vector<std::string> gExtraRoots;

// Absolute, with symlinks and ".." resolved as far as the path exists.
fs::path resolved(const fs::path& p) {
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    if (ec) abs = p;
    fs::path real = fs::weakly_canonical(abs, ec);
    return (ec ? abs : real).lexically_normal();
}

bool inside(const fs::path& target, const fs::path& folder) {
    if (folder.empty()) return false;
    auto t = target.begin();
    for (auto f = folder.begin(); f != folder.end(); ++f, ++t) {
        if (f->empty() && std::next(f) == folder.end()) break;  // trailing separator
        if (t == target.end() || *t != *f) return false;
    }
    return true;
}

std::vector<fs::path> trustedRoots() {
    std::vector<fs::path> roots;
    for (const char* env : {"RIDGELINE_SAMPLES_DIR", "RIDGELINE_SAMPLES"})
        if (const char* v = std::getenv(env); v && *v) roots.push_back(resolved(v));
#ifdef RIDGELINE_SOURCE_SAMPLES
    roots.push_back(resolved(RIDGELINE_SOURCE_SAMPLES));
#endif
    std::lock_guard lock(gRootsMutex);
    for (const auto& r : gExtraRoots) roots.push_back(resolved(r));
    return roots;
}

}  // namespace

void allowReferencesOutsideProject(bool allow) { gAllowOutside = allow; }
bool referencesOutsideProjectAllowed() { return gAllowOutside; }

void addTrustedReferenceRoot(const std::string& folder) {
    std::lock_guard lock(gRootsMutex);
    gExtraRoots.push_back(folder);
}

std::string checkReferenceInside(const std::string& target, const std::string& projectDir) {
    return referenceOutsideProject(target, projectDir).english();
}

Phrase referenceOutsideProject(const std::string& target, const std::string& projectDir) {
    if (gAllowOutside) return {};
    const fs::path t = resolved(target);
    const fs::path dir = resolved(projectDir.empty() ? fs::path(".") : fs::path(projectDir));
    if (inside(t, dir)) return {};
    for (const auto& root : trustedRoots())
        if (inside(t, root)) return {};
    return Phrase(RL_TR("SpecText",
                        "a file inside the project's folder \"%1\" or the sample library (it "
                        "resolves to \"%2\"; a shared project may not read other files unless "
                        "you allow it with ridgeline-cli --allow-outside-refs)"),
                  {PhraseArg::verbatim(displayValue(dir.string(), 200)),
                   PhraseArg::verbatim(displayValue(t.string(), 200))});
}

}  // namespace rl
