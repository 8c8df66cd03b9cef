#pragma once
// A workload description: a transformer (from a Hugging Face config.json), a
// CNN (a layer list with residual blocks), or an explicit operator graph.
// File format: docs/formats.md, "ridgeline.model".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/spec/dtype.h"

namespace rl {

// The fields of an HF config.json the engine needs, normalised across families
// (llama, mistral, mixtral, qwen2, gpt2, opt, falcon, bert).
struct TransformerConfig {
    std::string family;             // HF "model_type"
    std::int64_t hidden = 0;        // hidden_size / n_embd / d_model
    std::int64_t layers = 0;        // num_hidden_layers / n_layer
    std::int64_t heads = 0;         // num_attention_heads
    std::int64_t kvHeads = 0;       // num_key_value_heads (== heads for MHA, 1 for MQA)
    std::int64_t headDim = 0;       // hidden / heads unless given
    std::int64_t intermediate = 0;  // MLP width (per expert for MoE)
    std::int64_t vocab = 0;
    std::int64_t maxPositions = 0;
    int experts = 0;          // 0 for dense models
    int expertsPerToken = 0;  // top-k
    bool gatedMlp = true;     // SwiGLU-style gate + up projection
    std::string activation = "silu";
    std::string norm = "rms";  // "rms" or "layer"
    bool tiedEmbeddings = false;
    bool attentionBias = false;     // bias on Q/K/V projections (qwen2, gpt2, opt)
    bool mlpBias = false;           // bias on MLP projections (gpt2, opt, bert)
    bool learnedPositions = false;  // learned absolute position embeddings (gpt2, opt, bert)
    bool parallelBlock = false;     // attention and MLP in parallel (falcon)
    bool encoderOnly = false;       // bert: no KV cache, no generation
    std::int64_t typeVocab = 0;     // bert token_type embeddings
    // Added by the HF config reader so parameter counts are exact per family:
    bool attentionOutputBias =
        false;  // bias on the attention output projection (gpt2, opt, bert; llama attention_bias)
    int normsPerLayer = 2;       // 1 for falcon-7b style parallel blocks with one shared norm
    bool finalNorm = true;       // a norm after the last layer (absent in bert, opt-350m)
    bool embeddingNorm = false;  // a norm right after the embeddings (bert)
    bool pooler = false;         // bert pooler: dense hidden x hidden with bias
    std::int64_t wordEmbedProjDim = 0;  // opt: embeddings narrower than hidden, projected in/out
    std::int64_t positionOffset = 0;    // opt: learned position table has 2 extra rows
};

struct CnnLayer {
    // "conv", "depthwise_conv", "maxpool", "avgpool", "global_avgpool", "fc",
    // "bottleneck" (ResNet), "basic_block", "inverted_residual" (MobileNetV2)
    std::string type;
    std::int64_t outChannels = 0;
    int kernel = 1;
    int stride = 1;
    int padding = 0;
    int groups = 1;
    int expansion = 1;             // inverted_residual expansion ratio
    std::int64_t midChannels = 0;  // bottleneck width
    int repeat = 1;                // blocks: the first uses `stride`, the rest stride 1
    bool bias = false;
    bool batchNorm = true;
    std::string activation = "relu";  // "relu", "relu6", "none"
};

struct CnnSpec {
    std::int64_t inputHeight = 224, inputWidth = 224, inputChannels = 3;
    std::vector<CnnLayer> layers;
};

// One op of an explicit operator graph in a model file.
struct GraphOpSpec {
    std::string name;
    std::string kind;                 // same names as OpKind in core/workload/operator.h
    std::vector<std::int64_t> dims;   // kind-specific shape, see docs/formats.md
    std::vector<std::string> inputs;  // names of producing ops (for display)
    int repeat = 1;
};

struct ModelSpec {
    std::string name;
    std::string source;
    std::string kind;              // "transformer", "cnn", "graph"
    double publishedParams = 0.0;  // the size the model is known by (e.g. 6.74e9); 0 if not given
    TransformerConfig transformer;
    CnnSpec cnn;
    std::vector<GraphOpSpec> graph;
};

}  // namespace rl
