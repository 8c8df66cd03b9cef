#pragma once
// Models and plans for the training tests, written out by hand from the
// dimensions in REFERENCES.md (Korthikanti et al. 2022), independent of the
// model reader.
#include <cstdint>
#include <string>

#include "core/sim/training/plan.h"

namespace rl::test {

// A Megatron GPT: learned positions, layer norm, GELU MLP of 4h, V = 51200.
inline ModelSpec megatronGpt(const std::string& name, std::int64_t hidden, std::int64_t heads,
                             std::int64_t layers) {
    ModelSpec m;
    m.name = name;
    m.kind = "transformer";
    auto& t = m.transformer;
    t.family = "gpt2";
    t.hidden = hidden;
    t.heads = heads;
    t.kvHeads = heads;
    t.headDim = hidden / heads;
    t.layers = layers;
    t.intermediate = 4 * hidden;
    t.vocab = 51200;
    t.maxPositions = 2048;
    t.gatedMlp = false;
    t.activation = "gelu";
    t.norm = "layer";
    t.tiedEmbeddings = true;
    t.attentionBias = true;
    t.attentionOutputBias = true;
    t.mlpBias = true;
    t.learnedPositions = true;
    return m;
}

// One row of the Korthikanti table: TP 8, DP 1, sequence 2048, bf16, global
// batch = GPUs (22B: 4), micro-batch 1 (22B: 4), interleave 3 for 175B and 530B.
inline training::TrainingPlan megatronPlan(const ModelSpec& m, int pp, int chunks,
                                           std::int64_t globalBatch, std::int64_t microBatch) {
    training::TrainingPlan p;
    p.tp = 8;
    p.pp = pp;
    p.dp = 1;
    p.chunks = chunks;
    p.schedule = chunks > 1 ? training::Schedule::interleaved : training::Schedule::oneFOneB;
    p.globalBatch = globalBatch;
    p.microBatch = microBatch;
    p.microBatches = globalBatch / microBatch;
    p.sequence = 2048;
    p.weights = p.activations = DType::bf16;
    p.layers = m.transformer.layers;
    return p;
}

}  // namespace rl::test
