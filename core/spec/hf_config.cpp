#include "core/spec/hf_config.h"

#include <algorithm>

#include "core/spec/spec_document.h"
#include "core/spec/spec_limits.h"
#include "core/spec/spec_phrases.h"

namespace rl {
namespace {

// Keys of HF configs that do not change cost (token ids, dtypes, init,
// dropout, rope details, tokenizer, generation defaults). Accepted silently.
void acceptIrrelevantKeys(ObjectReader& r) {
    r.accept({"architectures",
              "_name_or_path",
              "transformers_version",
              "torch_dtype",
              "dtype",
              "bos_token_id",
              "eos_token_id",
              "pad_token_id",
              "sep_token_id",
              "decoder_start_token_id",
              "rope_theta",
              "rope_scaling",
              "rope_type",
              "partial_rotary_factor",
              "rotary_pct",
              "initializer_range",
              "init_std",
              "use_cache",
              "rms_norm_eps",
              "layer_norm_eps",
              "layer_norm_epsilon",
              "hidden_dropout",
              "attention_dropout",
              "hidden_dropout_prob",
              "attention_probs_dropout_prob",
              "resid_pdrop",
              "embd_pdrop",
              "attn_pdrop",
              "dropout",
              "activation_dropout",
              "layerdrop",
              "classifier_dropout",
              "summary_type",
              "summary_use_proj",
              "summary_activation",
              "summary_proj_to_labels",
              "summary_first_dropout",
              "pretraining_tp",
              "sliding_window",
              "use_sliding_window",
              "max_window_layers",
              "output_router_logits",
              "router_aux_loss_coef",
              "router_jitter_noise",
              "tokenizer_class",
              "task_specific_params",
              "id2label",
              "label2id",
              "problem_type",
              "gradient_checkpointing",
              "position_embedding_type",
              "scale_attn_weights",
              "scale_attn_by_inverse_layer_idx",
              "reorder_and_upcast_attn",
              "prefix",
              "_remove_final_layer_norm",
              "layer_norm_elementwise_affine",
              "alibi",
              "apply_residual_connection_post_layernorm",
              "attn_implementation",
              "quantization_config",
              "auto_map",
              "is_decoder",
              "is_encoder_decoder",
              "do_sample",
              "num_beams",
              "max_length",
              "min_length",
              "temperature",
              "top_k",
              "top_p",
              "repetition_penalty",
              "early_stopping",
              "bad_words_ids",
              "chunk_size_feed_forward",
              "output_attentions",
              "output_hidden_states",
              "return_dict",
              "torchscript",
              "use_return_dict",
              "model_max_length",
              "max_sequence_length",
              "keys_to_ignore_at_inference",
              "attention_softmax_in_fp32",
              "n_ctx",
              "mlp_only_layers",
              "use_qk_norm",
              "pad_vocab_size_multiple"});
}

// An integer under the first present spelling; reports a missing required one
// under its first spelling.
std::optional<std::int64_t> readInt(ObjectReader& r, std::initializer_list<std::string_view> keys,
                                    std::int64_t min, std::int64_t max, bool required,
                                    std::string* usedKey = nullptr) {
    std::string key = firstPresent(r, keys);
    if (key.empty()) {
        if (required) {
            std::string names;
            for (auto k : keys) names += (names.empty() ? "\"" : " or \"") + std::string(k) + "\"";
            r.diagnostics().error(
                r.pathOf(*keys.begin()), "",
                Phrase(RL_TR("SpecText", "the required key %1"), {PhraseArg::verbatim(names)}));
        }
        return std::nullopt;
    }
    if (usedKey) *usedKey = key;
    return r.integer(key, min, max);
}

std::optional<bool> readBool(ObjectReader& r, std::string_view key) {
    if (!hasValue(r, key)) return std::nullopt;
    return r.boolean(key);
}

std::string familyOf(const std::string& modelType) {
    if (modelType == "RefinedWebModel" || modelType == "RefinedWeb") return "falcon";
    return modelType;
}

// head_dim must be written when it is not hidden / heads.
bool needsHeadDim(const TransformerConfig& c) {
    if (c.heads <= 0) return false;
    return c.hidden % c.heads != 0 || c.headDim != c.hidden / c.heads;
}

// The GPT-2-era block that gpt2, opt and bert share: layer norm, an ungated
// MLP, one KV head per query head and learned absolute positions.
void setClassicBlock(TransformerConfig& c) {
    c.gatedMlp = false;
    c.norm = "layer";
    c.kvHeads = c.heads;
    c.learnedPositions = true;
}

}  // namespace

const std::vector<std::string>& supportedTransformerFamilies() {
    static const std::vector<std::string> kFamilies = {"llama", "mistral", "mixtral", "qwen2",
                                                       "gpt2",  "opt",     "falcon",  "bert"};
    return kFamilies;
}

std::optional<TransformerConfig> parseTransformerConfig(const Json& node, const std::string& path,
                                                        Diagnostics& diag) {
    ObjectReader r(node, path, diag);
    if (!r.valid()) return std::nullopt;
    int errorsBefore = diag.errorCount();
    acceptIrrelevantKeys(r);

    std::string list;
    for (const auto& f : supportedTransformerFamilies()) list += (list.empty() ? "" : ", ") + f;
    auto modelType = r.string("model_type", Need::required, 64);
    if (!modelType) {
        r.finish(Diagnostic::Severity::warning);
        return std::nullopt;
    }
    TransformerConfig c;
    c.family = familyOf(*modelType);
    const auto& fams = supportedTransformerFamilies();
    if (std::find(fams.begin(), fams.end(), c.family) == fams.end()) {
        std::string best;
        int bestDist = 1 << 30;
        for (const auto& f : fams)
            if (int d = editDistance(c.family, f); d < bestDist) bestDist = d, best = f;
        diag.error(r.pathOf("model_type"), quotedValue(displayValue(*modelType)),
                   Phrase(RL_TR("SpecText", "a supported family: %1"), {PhraseArg::verbatim(list)}),
                   bestDist <= 2 ? didYouMean(best) : Phrase());
        return std::nullopt;
    }
    c.family = *modelType;  // keep the spelling of the file for round trips
    const std::string fam = familyOf(c.family);
    const bool llamaLike = fam == "llama" || fam == "mistral" || fam == "mixtral" || fam == "qwen2";

    // Shapes, in each family's spelling.
    using namespace limits;
    std::string headsKey = "num_attention_heads", kvKey;
    if (auto v = readInt(r, {"hidden_size", "n_embd", "d_model"}, 1, kMaxHidden, true))
        c.hidden = *v;
    if (auto v = readInt(r, {"num_hidden_layers", "n_layer", "num_layers"}, 1, kMaxLayers, true))
        c.layers = *v;
    if (auto v = readInt(r, {"num_attention_heads", "n_head"}, 1, kMaxHeads, true, &headsKey))
        c.heads = *v;
    if (auto v = readInt(r, {"vocab_size"}, 1, kMaxVocab, true)) c.vocab = *v;
    if (auto v = readInt(r, {"max_position_embeddings", "n_positions"}, 1, kMaxPositions,
                         fam == "gpt2" || fam == "opt" || fam == "bert"))
        c.maxPositions = *v;
    if (auto v = readInt(r, {"head_dim"}, 1, kMaxHidden, false)) c.headDim = *v;
    c.activation = fam == "gpt2"                        ? "gelu_new"
                   : fam == "opt"                       ? "relu"
                   : (fam == "falcon" || fam == "bert") ? "gelu"
                                                        : "silu";
    if (std::string k = firstPresent(r, {"hidden_act", "activation_function"}); !k.empty())
        if (auto v = r.string(k, Need::optional, 64)) c.activation = *v;
    if (auto v = readBool(r, "tie_word_embeddings"))
        c.tiedEmbeddings = *v;
    else
        c.tiedEmbeddings = !llamaLike;  // HF defaults: gpt2, opt, falcon, bert tie

    if (llamaLike) {
        c.gatedMlp = true;
        c.norm = "rms";
        if (auto v = readInt(r, {"intermediate_size"}, 1, kMaxIntermediate, true))
            c.intermediate = *v;
        c.kvHeads = c.heads;
        if (auto v = readInt(r, {"num_key_value_heads"}, 1, kMaxHeads, false, &kvKey))
            c.kvHeads = *v;
        bool attnBias = fam == "qwen2";
        if (auto v = readBool(r, "attention_bias")) attnBias = *v;
        c.attentionBias = attnBias;
        c.attentionOutputBias = fam == "qwen2" ? false : attnBias;  // qwen2: bias on q/k/v only
        if (auto v = readBool(r, "mlp_bias")) c.mlpBias = *v;
        if (fam == "mixtral") {
            c.experts = 8;
            c.expertsPerToken = 2;
        }
        if (auto v = readInt(r, {"num_local_experts"}, 1, kMaxExperts, false))
            c.experts = static_cast<int>(*v);
        if (auto v = readInt(r, {"num_experts_per_tok"}, 1, kMaxExperts, false))
            c.expertsPerToken = static_cast<int>(*v);
        if (c.experts == 0 && c.expertsPerToken > 0) {
            diag.error(
                r.pathOf("num_experts_per_tok"), std::to_string(c.expertsPerToken),
                RL_TR("SpecText", "no \"num_experts_per_tok\" without \"num_local_experts\""));
        }
    } else if (fam == "gpt2") {
        setClassicBlock(c);
        c.attentionBias = c.attentionOutputBias = c.mlpBias = true;
        c.intermediate = 4 * c.hidden;
        if (auto v = readInt(r, {"n_inner", "intermediate_size"}, 1, kMaxIntermediate, false))
            c.intermediate = *v;
    } else if (fam == "opt") {
        setClassicBlock(c);
        c.positionOffset = 2;
        if (auto v = readInt(r, {"ffn_dim"}, 1, kMaxIntermediate, true)) c.intermediate = *v;
        bool bias = true;
        if (auto v = readBool(r, "enable_bias")) bias = *v;
        c.attentionBias = c.attentionOutputBias = c.mlpBias = bias;
        if (auto v = readBool(r, "do_layer_norm_before")) c.finalNorm = *v;
        if (auto v = readInt(r, {"word_embed_proj_dim"}, 1, kMaxHidden, false))
            c.wordEmbedProjDim = *v == c.hidden ? 0 : *v;
    } else if (fam == "falcon") {
        c.gatedMlp = false;
        c.norm = "layer";
        bool newArch = false, multiQuery = true, parallel = true, bias = false;
        if (auto v = readBool(r, "new_decoder_architecture")) newArch = *v;
        if (auto v = readBool(r, "multi_query")) multiQuery = *v;
        if (auto v = readBool(r, "parallel_attn")) parallel = *v;
        if (auto v = readBool(r, "bias")) bias = *v;
        std::int64_t kvGiven = 0;
        if (auto v = readInt(r, {"num_kv_heads", "n_head_kv"}, 1, kMaxHeads, false, &kvKey))
            kvGiven = *v;
        // HF FalconAttention: the new architecture uses num_kv_heads, else
        // multi-query means one KV head, else plain multi-head.
        c.kvHeads = newArch ? (kvGiven > 0 ? kvGiven : c.heads) : multiQuery ? 1 : c.heads;
        if (!newArch && kvGiven > 0 && kvGiven != c.kvHeads)
            diag.warning(r.pathOf(kvKey), std::to_string(kvGiven),
                         Phrase(RL_TR("SpecText",
                                      "to be unused: without "
                                      "\"new_decoder_architecture\" Falcon uses %1 KV "
                                      "heads"),
                                {PhraseArg::integer(c.kvHeads)}));
        c.parallelBlock = parallel;
        c.normsPerLayer = newArch ? 2 : parallel ? 1 : 2;
        if (auto v = readInt(r, {"num_ln_in_parallel_attn"}, 1, 2, false))
            c.normsPerLayer = static_cast<int>(*v);
        c.attentionBias = c.attentionOutputBias = c.mlpBias = bias;
        c.intermediate = 4 * c.hidden;
        if (auto v = readInt(r, {"ffn_hidden_size"}, 1, kMaxIntermediate, false))
            c.intermediate = *v;
        if (c.maxPositions == 0) c.maxPositions = 2048;
    } else if (fam == "bert") {
        setClassicBlock(c);
        c.attentionBias = c.attentionOutputBias = c.mlpBias = true;
        c.encoderOnly = true;
        c.embeddingNorm = true;
        c.finalNorm = false;  // post-norm: each layer ends in its own norm
        c.pooler = true;
        c.tiedEmbeddings = true;  // no LM head in the base model
        c.typeVocab = 2;
        if (auto v = readInt(r, {"intermediate_size"}, 1, kMaxIntermediate, true))
            c.intermediate = *v;
        if (auto v = readInt(r, {"type_vocab_size"}, 0, kMaxVocab, false)) c.typeVocab = *v;
    }

    // Consistency between the shapes.
    if (c.hidden > 0 && c.heads > 0) {
        if (c.headDim == 0) {
            if (c.hidden % c.heads != 0)
                diag.error(r.pathOf(headsKey), std::to_string(c.heads),
                           Phrase(RL_TR("SpecText",
                                        "a divisor of the hidden size %1 (or give "
                                        "\"head_dim\" explicitly)"),
                                  {PhraseArg::integer(c.hidden)}));
            else
                c.headDim = c.hidden / c.heads;
        }
        if (c.kvHeads > 0) {
            std::string kvPath = r.pathOf(kvKey.empty() ? headsKey : kvKey);
            if (c.kvHeads > c.heads)
                diag.error(kvPath, std::to_string(c.kvHeads),
                           Phrase(RL_TR("SpecText", "at most the %1 attention heads"),
                                  {PhraseArg::integer(c.heads)}));
            else if (c.heads % c.kvHeads != 0)
                diag.error(kvPath, std::to_string(c.kvHeads),
                           Phrase(RL_TR("SpecText",
                                        "a divisor of the %1 attention heads (each KV head "
                                        "serves a whole group of query heads)"),
                                  {PhraseArg::integer(c.heads)}));
        }
    }
    if (c.experts > 0 && c.expertsPerToken > c.experts)
        diag.error(r.pathOf("num_experts_per_tok"), std::to_string(c.expertsPerToken),
                   Phrase(RL_TR("SpecText", "at most the %1 experts (\"num_local_experts\")"),
                          {PhraseArg::integer(c.experts)}));
    if (c.experts > 0 && c.expertsPerToken == 0)
        diag.error(r.pathOf("num_experts_per_tok"), "",
                   Phrase(RL_TR("SpecText",
                                "the number of experts each token is routed to (1 "
                                "to %1)"),
                          {PhraseArg::integer(c.experts)}));

    r.finish(Diagnostic::Severity::warning);
    if (diag.errorCount() > errorsBefore) return std::nullopt;
    return c;
}

Json transformerConfigToJson(const TransformerConfig& c) {
    // Json objects keep their keys sorted, so each family's keys are listed as
    // one table; the order written here does not reach the file.
    const std::string fam = familyOf(c.family);
    if (fam == "gpt2") {
        Json j = {{"model_type", c.family},
                  {"n_embd", c.hidden},
                  {"n_layer", c.layers},
                  {"n_head", c.heads},
                  {"n_inner", c.intermediate},
                  {"n_positions", c.maxPositions},
                  {"vocab_size", c.vocab},
                  {"activation_function", c.activation},
                  {"tie_word_embeddings", c.tiedEmbeddings}};
        if (needsHeadDim(c)) j["head_dim"] = c.headDim;
        return j;
    }
    Json j = {{"model_type", c.family},        {"hidden_size", c.hidden},
              {"num_hidden_layers", c.layers}, {"num_attention_heads", c.heads},
              {"vocab_size", c.vocab},         {"tie_word_embeddings", c.tiedEmbeddings}};
    if (c.maxPositions > 0) j["max_position_embeddings"] = c.maxPositions;
    if (needsHeadDim(c)) j["head_dim"] = c.headDim;
    if (fam == "opt") {
        j.update({{"ffn_dim", c.intermediate},
                  {"activation_function", c.activation},
                  {"enable_bias", c.mlpBias},
                  {"do_layer_norm_before", c.finalNorm},
                  {"word_embed_proj_dim", c.wordEmbedProjDim > 0 ? c.wordEmbedProjDim : c.hidden}});
    } else if (fam == "falcon") {
        // Always written in the new-architecture form, which states KV heads and
        // norms per layer explicitly.
        j.update({{"hidden_act", c.activation},
                  {"ffn_hidden_size", c.intermediate},
                  {"parallel_attn", c.parallelBlock},
                  {"bias", c.mlpBias},
                  {"new_decoder_architecture", true},
                  {"num_kv_heads", c.kvHeads},
                  {"num_ln_in_parallel_attn", c.normsPerLayer}});
    } else if (fam == "bert") {
        j.update({{"intermediate_size", c.intermediate},
                  {"hidden_act", c.activation},
                  {"type_vocab_size", c.typeVocab}});
    } else {  // llama-like
        j.update({{"intermediate_size", c.intermediate},
                  {"num_key_value_heads", c.kvHeads},
                  {"hidden_act", c.activation}});
        if (fam == "qwen2") {
            if (!c.attentionBias) j["attention_bias"] = false;
        } else {
            j["attention_bias"] = c.attentionBias;
        }
        if (c.mlpBias) j["mlp_bias"] = true;
        if (c.experts > 0) {
            j["num_local_experts"] = c.experts;
            j["num_experts_per_tok"] = c.expertsPerToken;
        }
    }
    return j;
}

}  // namespace rl
