#pragma once
// Specs for the analytical tests: samples loaded through spec_io, with a
// QFAIL-friendly loader, and small specs built in code.
#include <stdexcept>
#include <string>

#include "core/spec/spec_io.h"

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

// Llama-2-7B written out by hand (independent of the model reader).
inline ModelSpec llama2_7b() {
    ModelSpec m;
    m.name = "Llama-2-7B";
    m.kind = "transformer";
    auto& t = m.transformer;
    t.family = "llama";
    t.hidden = 4096;
    t.layers = 32;
    t.heads = 32;
    t.kvHeads = 32;
    t.headDim = 128;
    t.intermediate = 11008;
    t.vocab = 32000;
    t.maxPositions = 4096;
    return m;
}

inline Scenario inference(std::int64_t batch, std::int64_t prompt, std::int64_t generated) {
    Scenario s;
    s.name = "test";
    s.inference.batch = batch;
    s.inference.promptTokens = prompt;
    s.inference.generatedTokens = generated;
    return s;
}

}  // namespace rl::test
