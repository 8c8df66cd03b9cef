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
    int context = 1;  // context parallelism (ring attention; training only)
};

struct InferenceScenario {
    std::int64_t batch = 1;
    std::int64_t promptTokens = 512;
    std::int64_t generatedTokens = 128;
    std::int64_t prefillChunk = 0;  // 0: whole prompt at once
    bool flashAttention = true;
};

// A distribution of token counts. Samples are rounded to whole tokens and
// clamped to [min, max].
struct LengthDistribution {
    // "fixed" (mean), "uniform" (min..max), "normal" (mean, stddev),
    // "lognormal" (mean, stddev of the lengths themselves), "zipf" (theta over
    // min..max), "trace" (resample the lengths of ServingScenario::trace).
    std::string kind = "fixed";
    double mean = 512, min = 1, max = 4096;
    double stddev = 0;   // normal, lognormal; 0: mean / 2
    double theta = 1.0;  // zipf exponent
};

// Which columns of a trace CSV hold what (names as in its header row).
struct TraceColumns {
    std::string arrival;  // seconds, or wall-clock timestamps ("2023-11-16 18:15:46.6805900");
                          // empty: no arrival times (lengths only)
    std::string prompt = "prompt_tokens";
    std::string output = "output_tokens";
};

// A request stream read from a CSV file (for arrival "trace", or lengths "trace").
struct TraceSource {
    std::string file;      // as written in the scenario (relative to the scenario file)
    std::string resolved;  // absolute path, set by the loader
    TraceColumns columns;
    double timeScale = 1.0;  // 2: replay at twice the rate (inter-arrival times halved)
};

// Service-level objectives for goodput and capacity search; 0: not set.
struct ServingSlo {
    double ttftP99 = 0;  // s
    double tpotP99 = 0;  // s (time per output token after the first)
    double e2eP99 = 0;   // s
};

struct ServingScenario {
    // "poisson", "gamma" (burstiness = coefficient of variation), "constant"
    // (alias "fixed": evenly spaced), "closed_loop" (clients concurrent
    // requests, next sent when one finishes), "trace" (replay TraceSource).
    std::string arrival = "poisson";
    double ratePerS = 1.0;
    double burstiness = 1.0;   // gamma: coefficient of variation of inter-arrival times
    std::int64_t clients = 0;  // closed_loop
    std::int64_t requests = 100;
    LengthDistribution promptLength, outputLength;
    TraceSource trace;  // arrival "trace" or a length of kind "trace"

    // Replica scheduler: "vllm", "orca", "sarathi", "fastertransformer"
    // (request-level batching), "disaggregated" (prefill and decode pools).
    std::string scheduler = "vllm";
    std::int64_t maxBatch = 128;           // sequences in a batch
    std::int64_t maxBatchedTokens = 4096;  // tokens per iteration (vLLM); 0: no limit
    std::int64_t chunkSize = 512;          // Sarathi token budget per iteration
    std::int64_t kvBlockTokens = 16;
    double kvWatermark = 0.01;             // fraction of blocks kept free when admitting
    double memoryReserve = 0.1;            // fraction of device memory left unused
    std::string preemption = "recompute";  // "recompute" or "swap"
    double cpuOverheadS = 0;               // per iteration (scheduling, sampling)

    // Cluster: R replicas, each TP x PP devices (Scenario::parallelism).
    int replicas = 1;
    std::string globalScheduler = "round_robin";  // "round_robin", "least_outstanding", "random"
    int prefillReplicas = 1;                      // disaggregated: the first N replicas prefill

    ServingSlo slo;
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
    // Pipeline schedule: "1f1b" (interleaved when interleave > 1), "gpipe" or
    // "zero-bubble" (ZB-H1).
    std::string schedule = "1f1b";
    // Overlap switches: DP gradient reduce-scatter with the backward pass, parameter
    // all-gather (ZeRO 3) with the forward pass, TP communication with compute.
    bool overlapGradReduce = true;
    bool overlapParamGather = true;
    bool overlapTensorComm = false;
    // GEMMs in fp8 with per-tensor scaling (Transformer Engine style); the
    // rest of the step stays in the precision's activation type.
    bool fp8 = false;
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
