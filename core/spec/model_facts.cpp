#include "core/spec/model_facts.h"

#include "core/spec/cnn_walk.h"

namespace rl {

TransformerFacts transformerFacts(const TransformerConfig& c) {
    TransformerFacts f;
    const double h = static_cast<double>(c.hidden);
    const double hd =
        static_cast<double>(c.headDim > 0 ? c.headDim : (c.heads > 0 ? c.hidden / c.heads : 0));
    const double q = static_cast<double>(c.heads) * hd;     // query width
    const double kv = static_cast<double>(c.kvHeads) * hd;  // key (and value) width
    const double inter = static_cast<double>(c.intermediate);
    const double vocab = static_cast<double>(c.vocab);
    const double embedDim = c.wordEmbedProjDim > 0 ? static_cast<double>(c.wordEmbedProjDim) : h;
    const double normParams = c.norm == "layer" ? 2 * h : h;  // LayerNorm has a bias, RMSNorm not

    // Embedding tables (looked up, not multiplied).
    double embeddings = vocab * embedDim;
    if (c.learnedPositions)
        embeddings += static_cast<double>(c.maxPositions + c.positionOffset) * h;
    embeddings += static_cast<double>(c.typeVocab) * h;

    // One layer.
    double attention = h * q + 2 * h * kv + q * h;
    if (c.attentionBias) attention += q + 2 * kv;
    if (c.attentionOutputBias) attention += h;
    const double mlpOne =
        (c.gatedMlp ? 3 : 2) * h * inter + (c.mlpBias ? (c.gatedMlp ? 2 : 1) * inter + h : 0);
    double mlpAll = mlpOne, mlpActive = mlpOne, router = 0;
    if (c.experts > 0) {
        mlpAll = c.experts * mlpOne;
        mlpActive = c.expertsPerToken * mlpOne;
        router = h * c.experts;
    }
    const double norms = c.normsPerLayer * normParams;
    const double layerAll = attention + mlpAll + router + norms;
    const double layerActive = attention + mlpActive + router + norms;

    // Outside the layers.
    double other = 0;
    if (c.finalNorm) other += normParams;
    if (c.embeddingNorm) other += normParams;
    if (c.pooler) other += h * h + h;
    if (c.wordEmbedProjDim > 0) other += 2 * embedDim * h;  // project_in and project_out
    const double lmHead = c.encoderOnly ? 0 : vocab * embedDim;
    const double lmHeadParams = c.tiedEmbeddings ? 0 : lmHead;

    const double L = static_cast<double>(c.layers);
    f.embeddingParams = embeddings;
    f.params = embeddings + L * layerAll + other + lmHeadParams;
    f.activeParams = embeddings + L * layerActive + other + lmHeadParams;
    f.kvBytesPerTokenPerByte = c.encoderOnly ? 0 : 2 * L * kv;
    // Every weight outside the lookup tables is one multiply-add per token;
    // a tied LM head still costs its GEMM. Attention over the context is
    // excluded (it depends on the sequence length).
    f.flopsPerTokenForward =
        2 * (f.activeParams - embeddings) + (c.tiedEmbeddings ? 2 * lmHead : 0);
    return f;
}

CnnFacts cnnFacts(const CnnSpec& c) {
    CnnFacts f;
    walkCnn(c, [&](const CnnPrimitive& p) {
        f.params += static_cast<double>(p.params());
        f.macs += static_cast<double>(p.macs());
    });
    return f;
}

}  // namespace rl
