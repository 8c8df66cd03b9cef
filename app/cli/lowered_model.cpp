#include "app/cli/lowered_model.h"

#include <cstdio>
#include <exception>
#include <string>

#include "app/cli/output.h"
#include "core/spec/spec_io.h"
#include "core/workload/lower.h"

namespace rl::cli {

std::optional<LoweredModel> loadLoweredModel(const QString& modelPath,
                                             const QString& scenarioPath) {
    auto model = loadModel(modelPath.toStdString());
    auto scenario = loadScenario(scenarioPath.toStdString());
    for (const auto* d : {&model.diagnostics, &scenario.diagnostics})
        if (!d->items().empty()) std::fprintf(stderr, "%s\n", d->format().c_str());
    if (!model.ok() || !scenario.ok()) return std::nullopt;
    try {
        return LoweredModel{model.value->name, lowerModel(*model.value, *scenario.value)};
    } catch (const std::exception& e) {
        fail(std::string("cannot lower the model: ") + e.what());
        return std::nullopt;
    }
}

}  // namespace rl::cli
