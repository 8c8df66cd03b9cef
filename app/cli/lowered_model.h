#pragma once
// Loads a model and a scenario file and lowers them to operators, printing the
// files' diagnostics to stderr. Shared by the commands that map a whole model.
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "core/workload/operator.h"

namespace rl::cli {

struct LoweredModel {
    std::string modelName;
    std::vector<Operator> ops;
};

// nullopt after printing why (bad files or a model that cannot be lowered).
std::optional<LoweredModel> loadLoweredModel(const QString& modelPath, const QString& scenarioPath);

}  // namespace rl::cli
