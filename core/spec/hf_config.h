#pragma once
// Hugging Face config.json <-> TransformerConfig. Reads the key spellings of
// the llama, mistral, mixtral, qwen2, gpt2, opt, falcon and bert families and
// normalises them; keys that do not change performance are accepted silently,
// other unknown keys are warnings (HF configs grow new keys all the time).
#include <string>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"
#include "core/spec/model.h"

namespace rl {

// The model_type values this reader understands (old falcon names included).
const std::vector<std::string>& supportedTransformerFamilies();

// Parses `node` (a config.json object) at JSON pointer `path`. Returns nullopt
// when any error was reported.
std::optional<TransformerConfig> parseTransformerConfig(const Json& node, const std::string& path,
                                                        Diagnostics& diag);

// Writes the config back in its family's own spelling, so that
// parseTransformerConfig(transformerConfigToJson(c)) == c for parsed configs.
Json transformerConfigToJson(const TransformerConfig& c);

}  // namespace rl
