#pragma once
// The one result type every predictor produces and every view and exporter
// consumes. Comparing two designs is comparing two Predictions.
// JSON layout: docs/prediction-json.md (stable; the GUI and scripts read it).
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result/message.h"
#include "core/result/serving_report.h"
#include "core/result/trace.h"
#include "core/spec/dtype.h"
#include "core/workload/operator.h"

namespace rl {

// Bytes that cross one memory level, by tensor class.
struct LevelTraffic {
    std::array<double, kTensorClassCount> bytes{};  // indexed by TensorClass
    double total() const;
};

// One resource's lower bound on an operator's time.
struct Bound {
    std::string resource;  // "compute fp16", "HBM3", "L2", "NVLink", "launch"
    double time = 0;       // seconds for one instance of the op
};

struct OpRecord {
    std::string name;
    OpKind kind = OpKind::gemm;
    std::string phase;
    int layer = -1;     // first layer; -1 outside the layer stack (embedding, LM head)
    int layerSpan = 1;  // layers folded into this record: layer .. layer + layerSpan - 1
    double count = 1;   // instances folded into this record
    DType mathType = DType::fp16;
    double flops = 0;                   // per instance
    std::vector<LevelTraffic> traffic;  // per instance, one per memory level (Prediction::levels)
    double networkBytes = 0;            // per instance, for collectives
    std::vector<Bound> bounds;          // every bound considered
    std::string binding;                // the resource of the largest bound
    double timeEach = 0;                // predicted time of one instance (s)
    double time = 0;                    // timeEach x count
    double energy = 0;                  // J, all instances
    double share = 0;                   // time / Prediction::totalTime
    // Learned predictors: an interval around timeEach, and a warning if out of distribution.
    double timeLow = 0, timeHigh = 0;
    std::string note;
    // `note` typed for translation, one message per part; their English joined
    // by "; " is `note` (docs/messages.md). Empty for a record read from a file.
    std::vector<Message> noteMessages;
    // `name` typed for translation where the engine wrote it in words (a
    // training run's "LM head and loss", "DP reduce-scatter (gradients)"); its
    // english is `name`. Empty for an operator named by an identifier
    // ("layers.4.qkv_proj") and for a record read from a file.
    Message nameMessage;

    double intensity(std::size_t level) const;  // FLOP per byte at that level
    double attainedFlops() const;               // flops / timeEach
};

struct PhaseSummary {
    std::string phase;
    double time = 0, flops = 0, energy = 0;
    std::vector<double> bytesPerLevel;
    std::string binding;  // resource binding most of the phase's time
};

// The edit a what-if stands for, typed so the GUI applies it without parsing
// its label: scale one resource of the hardware by a factor, or change the
// scenario (narrower precision, a larger batch).
struct ResourceEdit {
    enum class Target { compute, memoryBandwidth, interconnectBandwidth, precision, batch };
    Target target = Target::compute;
    // memoryBandwidth: the memory level index; interconnectBandwidth: the
    // dimension, -1 for every dimension.
    int level = -1;
    double factor = 2.0;  // compute (every peak), bandwidth and batch are multiplied by it
    // precision: the types the scenario switches to.
    DType weights = DType::fp16, activations = DType::fp16, kvCache = DType::fp16;
};

struct WhatIf {
    std::string label;     // "2x HBM bandwidth", for people only
    Message labelMessage;  // the label typed for translation (MessageId::whatIf*)
    std::string resource;  // what was scaled, for people only
    ResourceEdit edit;     // what to change
    double factor = 2.0;
    double newTime = 0;
    double speedup = 1.0;  // old time / new time, per unit of work (batch: throughput gain)
    // Batch what-ifs change throughput and latency differently ("2x batch:
    // 1.93x throughput, 1.03x latency"); for resource what-ifs both equal speedup.
    double throughputGain = 1.0;  // new work per second / old work per second
    double latencyRatio = 1.0;    // new time / old time of the scope (above 1: slower)
};

// What an explanation is about: the run, a phase, or one operator record.
enum class ExplanationScope { run, phase, op };

struct Explanation {
    std::string scope;  // "run", a phase name, or an operator name (for people)
    ExplanationScope kind = ExplanationScope::run;
    int opIndex = -1;   // Prediction::ops index when kind == op
    std::string phase;  // the phase when kind == phase or op
    std::string binding;
    std::vector<std::string> sentences;  // English, one per entry of messages
    std::vector<Message> messages;       // the same sentences, typed for translation
    std::vector<WhatIf> whatIfs;
};

struct MemoryFootprint {
    double weights = 0, kvCache = 0, activations = 0, capacity = 0;
    bool fits = true;
    std::int64_t maxBatch = 0;  // largest batch that fits, 0 if none
    std::string message;        // "does not fit: needs 140 GB, has 80 GB"
    double total() const { return weights + kvCache + activations; }
};

struct LlmMetrics {
    double timeToFirstToken = 0;
    double timePerOutputToken = 0;  // mean over the generated tokens
    std::vector<std::pair<std::int64_t, double>> timePerTokenByContext;  // (context length, s)
    double totalLatency = 0;
    double tokensPerSecond = 0;  // generated tokens / s over the batch
    double mfu = 0;              // model FLOP utilisation
    double memoryBandwidthUtilisation = 0;
    double communicationShare = 0;
};

// A roofline ceiling for views: compute per data type, bandwidth per level.
struct Ceiling {
    std::string label;  // "fp16 tensor", "HBM3"
    bool compute = true;
    int level = -1;                   // memory level index for bandwidth ceilings
    DType computeType = DType::fp16;  // data type for compute ceilings
    double value = 0;                 // FLOP/s or B/s, efficiency applied
    double peak = 0;                  // datasheet value
};

struct Prediction {
    // What `ops` and the phases count: one whole run (analytical engines), or
    // one training iteration on one GPU of the critical pipeline stage.
    enum class OpScope : std::uint8_t { run, gpuIteration };
    std::string predictor;  // "roofline", "learned", "hybrid", "dataflow"
    OpScope opScope = OpScope::run;
    std::string hardware, model, scenario;
    std::vector<std::string> levels;  // memory level names, outermost first
    std::vector<Ceiling> ceilings;
    std::vector<OpRecord> ops;
    double totalTime = 0, totalFlops = 0, totalEnergy = 0;
    std::vector<double> totalBytesPerLevel;
    std::vector<PhaseSummary> phases;
    std::vector<Explanation> explanations;
    std::optional<MemoryFootprint> memory;
    std::optional<LlmMetrics> llm;
    std::vector<std::string> warnings;
    // Warnings typed for translation, each with `english` equal to its entry
    // in `warnings`; a warning without one is shown in English.
    std::vector<Message> warningMessages;
    // The timeline of every engine (analytical ops per prefill/decode step,
    // serving iterations, training ranks) and the serving simulator's report.
    // Shared and immutable so copies of a million-event run stay cheap.
    std::shared_ptr<const Trace> trace;
    std::shared_ptr<const ServingReport> serving;
};

}  // namespace rl
