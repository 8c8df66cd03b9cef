#pragma once
// A readable name for a Hugging Face config.json opened on its own: the
// architecture and the parameter count ("Llama 6.7B" for Llama-2-7B's
// config), instead of the file's stem ("config", or the download folder).
#include <string>

#include "core/spec/json_reader.h"
#include "core/spec/model.h"

namespace rl {

// "LlamaForCausalLM" -> "Llama", "GPT2LMHeadModel" -> "GPT2", "BertModel" ->
// "Bert"; empty when nothing is left once the head suffix is cut.
std::string architectureStem(const std::string& architecture);

// Parameter count as people write it: "125M", "6.7B", "13B", "1.2T".
std::string parameterCountLabel(double params);

// `config`'s architectures[0] (else its model_type, capitalised) and the
// parameter count of `parsed` (transformerFacts), e.g. "Llama 6.7B".
std::string modelNameFromHfConfig(const Json& config, const TransformerConfig& parsed);

}  // namespace rl
