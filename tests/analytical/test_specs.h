#pragma once
// Specs for the analytical tests: samples loaded through spec_io, with a
// QFAIL-friendly loader, and small specs built in code.
#include <stdexcept>
#include <string>
#include <utility>

#include "core/spec/spec_io.h"
#include "core/workload/operator.h"

namespace rl::test {

inline std::string samplePath(const std::string& rel) {
    return std::string(RIDGELINE_SAMPLES) + "/" + rel;
}

inline Hardware sampleHardware(const std::string& file) {
    auto l = loadHardware(samplePath("hardware/" + file));
    if (!l.ok())
        throw std::runtime_error("cannot load hardware " + file + ": " + l.diagnostics.format());
    return *l.value;
}
inline ModelSpec sampleModel(const std::string& file) {
    auto l = loadModel(samplePath("models/" + file));
    if (!l.ok())
        throw std::runtime_error("cannot load model " + file + ": " + l.diagnostics.format());
    return *l.value;
}

// The dimensions of a Llama-style decoder (written positionally, in this order).
struct DecoderDims {
    std::int64_t hidden, layers, heads, kvHeads, headDim, intermediate, vocab, maxPositions;
};

// A decoder ModelSpec written out in code (independent of the model reader).
inline ModelSpec decoderModel(std::string name, std::string family, const DecoderDims& d) {
    ModelSpec m;
    m.name = std::move(name);
    m.kind = "transformer";
    m.transformer = {.family = std::move(family),
                     .hidden = d.hidden,
                     .layers = d.layers,
                     .heads = d.heads,
                     .kvHeads = d.kvHeads,
                     .headDim = d.headDim,
                     .intermediate = d.intermediate,
                     .vocab = d.vocab,
                     .maxPositions = d.maxPositions};
    return m;
}

inline ModelSpec llama2_7b() {
    return decoderModel("Llama-2-7B", "llama", {4096, 32, 32, 32, 128, 11008, 32000, 4096});
}

inline Scenario inference(std::int64_t batch, std::int64_t prompt, std::int64_t generated) {
    Scenario s;
    s.name = "test";
    s.inference.batch = batch;
    s.inference.promptTokens = prompt;
    s.inference.generatedTokens = generated;
    return s;
}

// A GEMM of m x n x k against a weight matrix (fp16 by default).
inline Operator weightGemm(std::int64_t m, std::int64_t n, std::int64_t k) {
    Operator op;
    op.name = "gemm";
    op.kind = OpKind::gemm;
    op.gemm = {1, m, n, k, false, TensorClass::weights};
    return op;
}

}  // namespace rl::test
