#include "core/spec/hf_model_name.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "core/spec/model_facts.h"

namespace rl {

std::string architectureStem(const std::string& architecture) {
    // The task heads transformers appends to a family's class name, longest first
    // so that "ForCausalLM" is cut before a bare "Model" could be.
    static constexpr std::array<std::string_view, 10> kHeads = {"ForConditionalGeneration",
                                                                "ForSequenceClassification",
                                                                "ForTokenClassification",
                                                                "ForQuestionAnswering",
                                                                "ForPreTraining",
                                                                "ForCausalLM",
                                                                "ForMaskedLM",
                                                                "LMHeadModel",
                                                                "WithLMHead",
                                                                "Model"};
    for (std::string_view head : kHeads) {
        if (architecture.size() > head.size() &&
            architecture.compare(architecture.size() - head.size(), head.size(), head) == 0)
            return architecture.substr(0, architecture.size() - head.size());
    }
    return architecture;
}

std::string parameterCountLabel(double params) {
    if (!(params > 0) || !std::isfinite(params)) return {};
    struct Scale {
        double factor;
        const char* suffix;
    };
    static constexpr std::array<Scale, 4> kScales = {
        {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}}};
    for (const Scale& s : kScales) {
        const double v = params / s.factor;
        if (v < 1.0 && s.factor > 1e3) continue;
        // One decimal below ten ("6.7B"), whole numbers above ("13B", "175B").
        char text[32];
        const double rounded = v < 9.95 ? std::round(v * 10.0) / 10.0 : std::round(v);
        if (rounded == std::floor(rounded))
            std::snprintf(text, sizeof text, "%.0f%s", rounded, s.suffix);
        else
            std::snprintf(text, sizeof text, "%.1f%s", rounded, s.suffix);
        return text;
    }
    return {};
}

std::string modelNameFromHfConfig(const Json& config, const TransformerConfig& parsed) {
    std::string family;
    if (config.is_object()) {
        const auto archs = config.find("architectures");
        if (archs != config.end() && archs->is_array() && !archs->empty() &&
            archs->front().is_string())
            family = architectureStem(archs->front().get<std::string>());
    }
    if (family.empty()) {
        family = parsed.family;
        if (!family.empty())
            family[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(family[0])));
    }
    if (family.empty()) family = "Transformer";
    const std::string size = parameterCountLabel(transformerFacts(parsed).params);
    return size.empty() ? family : family + " " + size;
}

}  // namespace rl
