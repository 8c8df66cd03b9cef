// Names of Hugging Face configs opened on their own: architecture and
// parameter count from the config itself, never the file's stem.
#include <QtTest>

#include "core/spec/hf_config.h"
#include "core/spec/hf_model_name.h"

using namespace rl;

namespace {

// Meta's Llama-2-7b-hf config.json as published (6.74 B parameters).
const char* kLlama2_7b = R"({
  "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 4096,
  "intermediate_size": 11008, "num_hidden_layers": 32, "num_attention_heads": 32,
  "num_key_value_heads": 32, "vocab_size": 32000, "max_position_embeddings": 4096,
  "hidden_act": "silu", "tie_word_embeddings": false, "torch_dtype": "float16"})";

// GPT-2 small (124 M parameters, tied embeddings).
const char* kGpt2 = R"({
  "architectures": ["GPT2LMHeadModel"], "model_type": "gpt2", "n_embd": 768, "n_layer": 12,
  "n_head": 12, "n_positions": 1024, "vocab_size": 50257})";

// Mixtral-8x7B: 46.7 B parameters in all.
const char* kMixtral = R"({
  "architectures": ["MixtralForCausalLM"], "model_type": "mixtral", "hidden_size": 4096,
  "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32,
  "num_key_value_heads": 8, "vocab_size": 32000, "max_position_embeddings": 32768,
  "num_local_experts": 8, "num_experts_per_tok": 2})";

std::string nameOf(const char* text) {
    const Json doc = Json::parse(text);
    Diagnostics d("config.json");
    auto c = parseTransformerConfig(doc, "", d);
    if (!c) qFatal("config did not parse: %s", d.format().c_str());
    return modelNameFromHfConfig(doc, *c);
}

}  // namespace

class TestHfModelName : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void llama2_7bIsNamedFromItsArchitectureAndSize() {
        QCOMPARE(QString::fromStdString(nameOf(kLlama2_7b)), QStringLiteral("Llama 6.7B"));
    }
    void gpt2SmallIsNamedInMillions() {
        QCOMPARE(QString::fromStdString(nameOf(kGpt2)), QStringLiteral("GPT2 124M"));
    }
    void mixtralCountsEveryExpert() {
        QCOMPARE(QString::fromStdString(nameOf(kMixtral)), QStringLiteral("Mixtral 47B"));
    }
    void withoutArchitecturesTheFamilyIsUsed() {
        Json doc = Json::parse(kLlama2_7b);
        doc.erase("architectures");
        Diagnostics d("config.json");
        auto c = parseTransformerConfig(doc, "", d);
        QVERIFY(c);
        QCOMPARE(QString::fromStdString(modelNameFromHfConfig(doc, *c)),
                 QStringLiteral("Llama 6.7B"));
        // A non-string architecture is ignored, not trusted.
        doc["architectures"] = Json::array({42});
        QCOMPARE(QString::fromStdString(modelNameFromHfConfig(doc, *c)),
                 QStringLiteral("Llama 6.7B"));
    }
    void architectureStems() {
        QCOMPARE(QString::fromStdString(architectureStem("BertModel")), QStringLiteral("Bert"));
        QCOMPARE(QString::fromStdString(architectureStem("T5ForConditionalGeneration")),
                 QStringLiteral("T5"));
        QCOMPARE(QString::fromStdString(architectureStem("Qwen2ForCausalLM")),
                 QStringLiteral("Qwen2"));
        // Nothing but a head suffix: kept whole rather than emptied.
        QCOMPARE(QString::fromStdString(architectureStem("Model")), QStringLiteral("Model"));
    }
    void parameterCounts() {
        QCOMPARE(QString::fromStdString(parameterCountLabel(6.738e9)), QStringLiteral("6.7B"));
        QCOMPARE(QString::fromStdString(parameterCountLabel(13.016e9)), QStringLiteral("13B"));
        QCOMPARE(QString::fromStdString(parameterCountLabel(7.0e9)), QStringLiteral("7B"));
        QCOMPARE(QString::fromStdString(parameterCountLabel(175e9)), QStringLiteral("175B"));
        QCOMPARE(QString::fromStdString(parameterCountLabel(1.2e12)), QStringLiteral("1.2T"));
        QCOMPARE(QString::fromStdString(parameterCountLabel(9.96e9)), QStringLiteral("10B"));
        QCOMPARE(QString::fromStdString(parameterCountLabel(350e6)), QStringLiteral("350M"));
        QCOMPARE(QString::fromStdString(parameterCountLabel(0)), QString());
        QCOMPARE(QString::fromStdString(parameterCountLabel(-1)), QString());
    }
};

QTEST_APPLESS_MAIN(TestHfModelName)
#include "test_hf_model_name.moc"
