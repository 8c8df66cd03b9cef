#include "core/dataflow/load_specs.h"

namespace rl::dataflow {

std::shared_ptr<const AcceleratorArch> loadAcceleratorArch(const std::string& path,
                                                           Diagnostics& diag) {
    auto doc = readJsonFile(path, diag);
    if (!doc) return nullptr;
    if (doc->is_object() && doc->value("format", "") == "ridgeline.hardware") {
        auto it = doc->find("accelerator");
        if (it == doc->end()) {
            diag.error(
                "/accelerator", "",
                "an \"accelerator\" object (this hardware file describes no spatial accelerator)");
            return nullptr;
        }
        return parseAcceleratorArch(*it, "/accelerator", diag);
    }
    return parseAcceleratorArch(*doc, "", diag);
}

std::optional<DataflowProblem> loadProblem(const std::string& path, Diagnostics& diag) {
    auto doc = readJsonFile(path, diag);
    if (!doc) return std::nullopt;
    return parseProblem(*doc, "", diag);
}

std::optional<Mapping> loadMapping(const std::string& path, Diagnostics& diag) {
    auto doc = readJsonFile(path, diag);
    if (!doc) return std::nullopt;
    return parseMapping(*doc, "", diag);
}

}  // namespace rl::dataflow
