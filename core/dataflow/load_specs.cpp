#include "core/dataflow/load_specs.h"

#include "core/spec/format_field.h"

namespace rl::dataflow {

std::shared_ptr<const AcceleratorArch> loadAcceleratorArch(const std::string& path,
                                                           Diagnostics& diag) {
    auto doc = readJsonFile(path, diag);
    if (!doc) return nullptr;
    if (formatField(*doc) == "ridgeline.hardware") {
        auto it = doc->find("accelerator");
        if (it == doc->end()) {
            diag.error("/accelerator", "",
                       RL_TR("SpecText",
                             "an \"accelerator\" object (this hardware file "
                             "describes no spatial accelerator)"));
            return nullptr;
        }
        return parseAcceleratorArch(*it, "/accelerator", diag);
    }
    return parseAcceleratorArch(*doc, "", diag);
}

namespace {
// Reads one file with diagnostics of its own, so each problem names the file
// it is in even when the caller collects the architecture's too.
template <class T, class Parse>
std::optional<T> loadOne(const std::string& path, Diagnostics& diag, Parse parse) {
    if (diag.file().empty()) diag.setFile(path);  // later checks of this file name it too
    Diagnostics own(path);
    std::optional<T> out;
    if (auto doc = readJsonFile(path, own)) out = parse(*doc, "", own);
    diag.append(own);
    return own.hasErrors() ? std::nullopt : out;
}
}  // namespace

std::optional<DataflowProblem> loadProblem(const std::string& path, Diagnostics& diag) {
    return loadOne<DataflowProblem>(path, diag, parseProblem);
}

std::optional<Mapping> loadMapping(const std::string& path, Diagnostics& diag) {
    return loadOne<Mapping>(path, diag, parseMapping);
}

}  // namespace rl::dataflow
