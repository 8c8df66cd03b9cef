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
    m.transformer = {.family = "gpt2",
                     .hidden = hidden,
                     .layers = layers,
                     .heads = heads,
                     .kvHeads = heads,
                     .headDim = hidden / heads,
                     .intermediate = 4 * hidden,
                     .vocab = 51200,
                     .maxPositions = 2048,
                     .gatedMlp = false,
                     .activation = "gelu",
                     .norm = "layer",
                     .tiedEmbeddings = true,
                     .attentionBias = true,
                     .mlpBias = true,
                     .learnedPositions = true,
                     .attentionOutputBias = true};
    return m;
}

// One row of the Korthikanti table: TP 8, DP 1, sequence 2048, bf16, global
// batch = GPUs (22B: 4), micro-batch 1 (22B: 4), interleave 3 for 175B and 530B.
inline training::TrainingPlan megatronPlan(const ModelSpec& m, int pp, int chunks,
                                           std::int64_t globalBatch, std::int64_t microBatch) {
    return {.tp = 8,
            .pp = pp,
            .dp = 1,
            .chunks = chunks,
            .schedule = chunks > 1 ? training::Schedule::interleaved : training::Schedule::oneFOneB,
            .globalBatch = globalBatch,
            .microBatch = microBatch,
            .sequence = 2048,
            .microBatches = globalBatch / microBatch,
            .weights = DType::bf16,
            .activations = DType::bf16,
            .layers = m.transformer.layers};
}

// megatronPlan with sequence parallelism and selective recompute: the setting
// Korthikanti et al. recommend and report their iteration times for.
inline training::TrainingPlan megatronSpPlan(const ModelSpec& m, int pp, int chunks,
                                             std::int64_t globalBatch, std::int64_t microBatch) {
    training::TrainingPlan p = megatronPlan(m, pp, chunks, globalBatch, microBatch);
    p.sequenceParallel = true;
    p.recompute = training::Recompute::selective;
    return p;
}

}  // namespace rl::test
