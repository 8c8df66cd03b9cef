#include "core/explore/library_devices.h"

#include <algorithm>
#include <filesystem>

#include "core/learned/device_library.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_phrases.h"

namespace rl::explore {

LibraryDevices readLibraryDevices(const AxisValues& values, const std::string& path,
                                  Diagnostics& diag) {
    namespace fs = std::filesystem;
    LibraryDevices out;
    const std::string folder =
        values.libraryFolder.empty() ? defaultHardwareFolder() : values.libraryFolder;
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json") files.push_back(it->path());
    if (ec) {
        diag.error(path, quotedValue(displayValue(folder, 200)),
                   Phrase(RL_TR("SpecText", "a readable folder of hardware specs (%1)"),
                          {PhraseArg::verbatim(ec.message())}));
        return out;
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
        Diagnostics quiet(f.string());
        auto doc = readJsonFile(f.string(), quiet);
        if (!doc || detectSpecKind(*doc) != SpecKind::hardware) continue;
        auto hw = parseHardware(*doc, f.string());
        if (!hw.ok() || hw.value->kind != values.libraryKind) continue;
        const bool complete = std::all_of(values.libraryRequire.begin(),
                                          values.libraryRequire.end(), [&](const std::string& p) {
                                              try {
                                                  return doc->contains(Json::json_pointer(p));
                                              } catch (const Json::exception&) {
                                                  return false;
                                              }
                                          });
        if (!complete) continue;
        out.documents.push_back(std::move(*doc));
        out.names.push_back(hw.value->name);
    }
    if (out.documents.empty())
        diag.error(
            path,
            Phrase(RL_TR("SpecText", "kind \"%1\" in \"%2\""),
                   {PhraseArg::verbatim(values.libraryKind),
                    PhraseArg::verbatim(displayValue(folder, 200))}),
            values.libraryRequire.empty()
                ? RL_TR("SpecText", "a kind with at least one valid hardware spec in the folder")
                : RL_TR("SpecText",
                        "a kind with at least one valid hardware spec in the "
                        "folder that has every \"require\"d field"));
    return out;
}

}  // namespace rl::explore
