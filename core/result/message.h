#pragma once
// A sentence for people as a typed id and its values. The engine also renders
// it in English (`english`: the CLI, exports and JSON print that); the GUI
// renders the id and values through Qt's translations and its own number
// formats, so every word a user reads can be translated (docs/messages.md).
#include <string>
#include <vector>

namespace rl {

// One id per sentence shape; the comment shows the English with its
// arguments in order ({} = one MessageArg) and the clauses it carries.
enum class MessageId {
    runSummary,          // {model} on {hardware}: {seconds} in all; clauses joined by "; "
    phaseShare,          // {phase} {seconds} ({share})            (a clause of runSummary)
    llmMetrics,          // Time to first token {seconds}; {seconds} per output token;
                         // {rate} tokens/s; MFU {share}; {level} bandwidth utilisation {share}.
    communicationShare,  // Communication takes {share} of the time.
    memoryFits,          // Fits: needs {bytes} of {bytes}; the largest batch that fits is {count}.
    memoryWeightsDoNotFit,  // Does not fit: needs {bytes}, has {bytes} (the weights alone
                            // need {bytes}).
    memoryDoesNotFit,    // Does not fit: needs {bytes}, has {bytes} at batch {count}; the largest
                         // batch that fits is {count}.
    runBound,            // The run is bound by {resource}: {share} of its time is in operators
                         // it binds.
    runBoundTraffic,     // runBound, then ", whose {level} traffic is " and clauses joined by ", "
    phaseBound,          // {phase} is bound by {resource}: {share} of its time is in operators
                         // it binds.
    phaseBoundTraffic,   // phaseBound with traffic clauses, as runBoundTraffic
    trafficShare,        // {tensorClass} {share}                   (a clause of *BoundTraffic)
    nextBoundWouldNeed,  // The next bound, {resource}, would need {share} of the time
                         // {resource} needs.
    opBound,             // {op} ({phase}) is bound by {resource} at {seconds} each, {share}
                         // of the run.
    opBoundRepeated,     // {op} ({phase}, x{count}) is bound by {resource} at {seconds} each,
                         // {share} of the run.
    opNextBound,         // The next bound, {resource}, is {share} of it.
    whatIfFaster,        // clause 0 (a what-if label), then ": {factor} faster."
    whatIfThroughput,    // clause 0 (a what-if label), then ": {factor} throughput,
                         // {factor} latency."  (latency above 1x: slower)
    // What-if labels (WhatIf::labelMessage and clause 0 of the two above).
    whatIfBandwidth,    // {factor} {name} bandwidth       ("2x HBM3 bandwidth")
    whatIfCompute,      // {factor} compute
    whatIfPrecision,    // {name} weights, {name} activations      (names are dtypes)
    whatIfPrecisionKv,  // {name} weights, {name} activations, {name} KV cache
    whatIfBatch,        // {factor} batch

    // A sentence made of clause 0 and a full stop (a what-if row as a sentence).
    sentence,  // clause 0, then "."

    // Serving explanation (core/sim/serving/explain.cpp, ServingReport::explanationMessages).
    servingNoneServed,        // No request was served.
    servingQueueingWaits,     // Queueing is {share} of p99 TTFT ({seconds}): requests wait for a
                              // batch slot or KV-cache blocks.
    servingPrefillDominates,  // Queueing is {share} of p99 TTFT ({seconds}): the prefill itself
                              // dominates.
    servingTbt,               // p99 time between tokens is {seconds} (median {seconds}).
    servingTbtStallPrompts,   // servingTbt, then ": decodes stall behind whole prompts in the
                              // same or an earlier iteration."
    servingTbtStallChunks,    // servingTbt, then ": some iterations carry large prefill chunks or
                              // recomputations."
    servingPreemptions,       // {count} preemptions: the KV cache ({count} blocks of {count}
                              // tokens per replica) runs out.
    servingBusy,              // Devices are busy {share} of the time at {share} MFU; batches
                              // average {decimal} sequences (max {count}).
    servingSloMet,            // {share} of served requests meet the SLO.
    servingRejected,          // {count} requests were rejected (see each request's reason).
    // A serving what-if's result (ServingWhatIf::message): clause 0 is its label.
    servingWhatIfResult,      // clause 0, then ": p99 TTFT {seconds} -> {seconds}, p99 TBT
                              // {change | seconds}, preemptions {count} -> {count}"
    servingWhatIfFailed,      // clause 0, then ": cannot be simulated ({name})"
    servingWhatIfAddReplica,  // +1 replica
    servingWhatIfKvFp8,       // fp8 KV cache
    servingWhatIfMaxBatch,    // max batch {count}
    servingWhatIfChunk,       // Sarathi chunk {count}

    // Training explanation (core/sim/training/what_if.cpp, TrainingExplanation::messages).
    trainingPartShare,                  // {stepPart} is {share} of the step ({seconds})
    trainingDpReduceScatterContention,  // DP reduce-scatter is exposed for {seconds} because it
                                        // shares the NIC with PP sends ({seconds} longer than
                                        // alone)
    trainingDpAllReduceContention,      // as above, "DP all-reduce"
    trainingFp8Scaling,       // fp8 scaling (casts with amax, amax all-reduce) costs {seconds} of
                              // the step
    trainingStageDoesNotFit,  // stage {count} does not fit in memory
    // Training what-if labels (TrainingWhatIf::labelMessage).
    trainingWhatIfMicroBatchesGlobal,  // {count} micro-batches instead of {count} (global
                                       // batch x2)
    trainingWhatIfMicroBatchesHalf,    // {count} micro-batches instead of {count} (half the
                                       // micro-batch)
    trainingWhatIfInterleave,          // interleave {count} chunks per rank
    trainingWhatIfZeroBubble,          // zero-bubble schedule (ZB-H1)
    trainingWhatIfFp8,                 // fp8 GEMMs with per-tensor scaling
    trainingWhatIfDpOverlap,           // DP communication overlapped with compute
    trainingWhatIfTpOverlap,           // TP communication overlapped with GEMMs
    trainingWhatIfSequenceParallel,    // sequence parallelism on
    trainingWhatIfRecomputeSelective,  // recompute selective
    trainingWhatIfRecomputeNone,       // recompute none
    trainingWhatIfZero1,               // distributed optimizer (ZeRO 1)

    // Warnings (Prediction::warningMessages; english = the Prediction::warnings entry).
    warnStageDoesNotFit,   // pipeline stage {count} does not fit in device memory
    warnRequestsRejected,  // {count} requests were rejected; the first: request {count} {name}
    warnNoInterconnect,    // the scenario uses {count} devices but the hardware has no
                           // interconnect: collectives are not costed
    warnMoreDevicesThanHardware,  // the scenario uses {count} devices but '{name}' lists
                                  // {count}; assuming identical devices on the same links
    warnCannotAnalyse,            // cannot analyse: {name}
    warnNoMemoryLevels,           // the hardware lists no memory levels: only compute is costed
    warnNotInference,             // the analytical predictor costs one inference pass (...); a
                                  // '{name}' scenario needs the simulator for its full behaviour
    // memoryDoesNotFit / memoryWeightsDoNotFit also stand for the footprint warning.
};

struct MessageArg {
    // What the value is, so a renderer formats and translates it: names of
    // things from the user's files stay as they are; resources, phases and
    // tensor classes are engine words a renderer translates.
    enum class Kind {
        name,         // a model, hardware, operator, level or dtype name: shown as is
        resource,     // a binding resource id ("compute fp16", "HBM3", "launch")
        phase,        // "prefill", "decode", "run", ...
        tensorClass,  // "weights", "kv_cache", ...
        seconds,
        bytes,
        share,   // a fraction, shown as a percentage
        factor,  // a ratio, shown as "1.9x"
        count,
        rate,      // per second
        decimal,   // a plain number, shown with one decimal ("12.4")
        change,    // a relative change after/before - 1, shown signed ("+12%", "-40%")
        stepPart,  // a part of a training step: "bubble", "tp", "cp", "ep", "pp", "dp",
                   // "recompute", "optimizer"
    };
    Kind kind = Kind::name;
    std::string text;  // name, resource, phase, tensorClass
    double value = 0;  // the numeric kinds
};

struct Message {
    MessageId id = MessageId::runSummary;
    std::vector<MessageArg> args;
    // Parts of variable number (phase shares, traffic shares) or a nested
    // sentence part (a what-if's label), each a Message of its own.
    std::vector<Message> clauses;
    std::string english;  // the engine's English rendering of the whole sentence
};

}  // namespace rl
