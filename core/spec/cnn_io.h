#pragma once
// The "cnn" object of a model file <-> CnnSpec, with shape checking.
#include <optional>
#include <string>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"
#include "core/spec/model.h"

namespace rl {

std::optional<CnnSpec> parseCnnSpec(const Json& node, const std::string& path, Diagnostics& diag);
Json cnnSpecToJson(const CnnSpec& c);

// The layer types a "cnn" may use.
const std::vector<std::string>& cnnLayerTypes();

}  // namespace rl
