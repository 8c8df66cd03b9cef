#pragma once
// What to run on the hardware: inference, serving under load, or training.
// File format: docs/formats.md, "ridgeline.scenario".
#include <cstdint>
#include <string>

#include "core/spec/dtype.h"

namespace rl {

struct Precision {
    DType weights = DType::fp16;
    DType activations = DType::fp16;
    DType kvCache = DType::fp16;
};

struct Parallelism {
    int tensor = 1;
    int pipeline = 1;
    int data = 1;
    int expert = 1;
};

struct InferenceScenario {
    std::int64_t batch = 1;
    std::int64_t promptTokens = 512;
    std::int64_t generatedTokens = 128;
    std::int64_t prefillChunk = 0;  // 0: whole prompt at once
    bool flashAttention = true;
};

struct LengthDistribution {
    std::string kind = "fixed";  // "fixed", "uniform", "zipf", "lognormal"
    double mean = 512, min = 1, max = 4096;
};

struct ServingScenario {
    std::string arrival = "poisson";  // "poisson", "fixed", "trace"
    double ratePerS = 1.0;
    std::int64_t requests = 100;
    LengthDistribution promptLength, outputLength;
    std::string scheduler = "vllm";  // "vllm", "orca", "sarathi"
    std::int64_t maxBatch = 128;
    std::int64_t kvBlockTokens = 16;
    std::uint64_t seed = 1;
};

struct TrainingScenario {
    std::int64_t globalBatch = 1;
    std::int64_t microBatch = 1;
    std::int64_t sequence = 2048;
    int zeroStage = 0;               // 0..3
    std::string recompute = "none";  // "none", "selective", "full"
    bool sequenceParallel = false;
    int interleave = 1;  // virtual pipeline chunks
    std::string optimizer = "adam";
};

struct Scenario {
    std::string name;
    std::string kind = "inference";  // "inference", "serving", "training"
    Precision precision;
    Parallelism parallelism;
    InferenceScenario inference;
    ServingScenario serving;
    TrainingScenario training;
};

}  // namespace rl
