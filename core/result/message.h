#pragma once
// A sentence for people as a typed id and its values. The engine also renders
// it in English (`english`: the CLI, exports and JSON print that); the GUI
// renders the id and values through Qt's translations and its own number
// formats, so every word a user reads can be translated (docs/messages.md).
#include <string>
#include <vector>

#include "core/spec/phrase.h"

namespace rl {

// One id per sentence shape; the comment shows the English with its
// arguments in order ({} = one MessageArg) and the clauses it carries.
enum class MessageId {
    // A sentence given as a Phrase (core/spec/phrase.h): its pattern is the id,
    // translated in the context `phraseContext` (the rarer run errors, lowering
    // errors, reader diagnostics inside a sweep-point failure).
    phrase,
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

    // Operator notes and collective warnings of the analytical and learned predictors.
    // Warnings (Prediction::warningMessages): a collective on an interconnect dimension.
    warnCollectiveNoInterconnect,  // {op}: a {name} over {count} ranks on interconnect dimension
                                   // {count}: '{name}' has no interconnect
    warnCollectiveNoDimension,     // {op}: a {name} over {count} ranks on interconnect dimension
                                   // {count}: '{name}' has dimensions 0..{count}
    warnCollectiveTooWide,  // {op}: a {name} over {count} ranks on interconnect dimension {count}
                            // ({name}) needs {count} devices, but '{name}' has {count} up to that
                            // dimension (costed as if it extended)
    // Operator notes (OpRecord::noteMessages, joined by "; " as OpRecord::note).
    noteFewTiles,  // few tiles: {share} of the device's compute is busy  (share as "37%")
    noteCollectiveWithoutInterconnect,  // the hardware has no interconnect: the collective is
                                        // costed as local memory traffic only
    noteOutsideTrainingData,  // "outside the training data: ", then clauses joined by "; "
    noteFeatureOutside,       // {name} = {number} (trained on {number} .. {number})  (a clause)
    noteTransferUnchecked,    // how the correction carries to {name} is unchecked (the model has
                              // one training device, or its transfer check was skipped)
    noteKindNotTrained,       // the {name} model was not trained on {name} operators
                              // (the predictor kind, "learned" or "hybrid"; an operator kind)
    noteRooflineKept,         // roofline kept: the {name} model was not trained on {name}
                              // operators

    // Serving diagnostics: why a request was rejected, workload checks, the KV-cache footprint.
    // A typed reason (one of the ids below) also rides as clause 0 of warnRequestsRejected and
    // as clause 1 of servingWhatIfFailed; a renderer shows it in place of their {name} (the
    // English reason).
    // Why a request was rejected (ServingReport::rejections; english = RequestRecord::rejected).
    rejectKvBlocks,        // needs {count} KV-cache blocks ({count} prompt + {count} output
                           // tokens) plus a watermark of {count}; a replica has {count}
    rejectPromptTooLong,   // prompt of {count} tokens exceeds max_batched_tokens {count} (vLLM
                           // does not split prompts)
    rejectNeverCompleted,  // never completed: the replica could not make progress
    // The KV cache of a serving run (ServingReport::kvCacheMessage; english =
    // MemoryFootprint::message).
    servingKvFootprint,  // KV cache: {count} blocks of {count} tokens ({bytes}) per device after
                         // {bytes} of weights and {bytes} of activations
    // Why a run cannot be simulated (MessageError::message(); english = what()).
    servingNeedsDecoder,       // model '{name}' cannot be served: the serving simulator needs a
                               // decoder transformer
    servingNoKvBlock,          // model '{name}' cannot be served on '{name}' at TP {count} x PP
                               // {count}: no KV-cache block fits: each device has {bytes}, keeps
                               // {share} in reserve, and needs {bytes} for weights and {bytes}
                               // for activations
    servingCapacityNeedsSlo,   // capacity search needs a service-level objective: set
                               // serving.slo ttft_p99, tpot_p99 or e2e_p99
    trainingNotTransformer,    // model '{name}' is a {name}; the training simulator needs a
                               // transformer
    trainingTpHeads,           // tensor parallelism {count} does not divide the {count} attention
                               // heads of '{name}'
    trainingCpSequence,        // context parallelism {count} needs the sequence ({count}) to be a
                               // multiple of 2 x CP = {count} (ring attention's load-balanced
                               // chunks)
    trainingStagesLayers,      // pipeline {count} x interleave {count} = {count} virtual stages
                               // for only {count} layers of '{name}'
    trainingGlobalBatch,       // global batch {count} is not a multiple of micro batch x data
                               // parallel = {count} x {count}
    trainingInterleaveChunks,  // the interleaved schedule needs interleave >= 2
    trainingInterleavedMicroBatches,  // interleaved 1F1B needs the micro-batches per replica
                                      // ({count}) to be a multiple of pipeline parallelism
                                      // ({count})
    trainingInterleaveSchedule,       // interleave {count} needs the 1F1B schedule, not {name}
    trainingEpDense,      // expert parallelism {count} on dense model '{name}' (no experts)
    trainingEpDivide,     // expert parallelism {count} must divide the {count} experts and data
                          // parallelism {count}
    trainingSpSequence,   // sequence parallelism needs the sequence ({count}) to be a multiple of
                          // tensor x context parallelism ({count} x {count})
    trainingTooFewGpus,   // the plan needs TP x CP x PP x DP = {count} x {count} x {count} x
                          // {count} = {count} GPUs; '{name}' has {count}
    trainingFp8Hardware,  // fp8 GEMMs need fp8 tensor cores; '{name}' lists no fp8 peak
    trainingNoPlan,       // no plan of TP (within a node, dividing the {count} heads) x PP (at
                          // most the {count} layers) x DP divides {count} GPUs and the global
                          // batch of {count}
    // The workload checks of a serving scenario: the `workload: ` warning (english = "workload: "
    // then each clause and a line break); each clause is one Diagnostic (english = its format()),
    // {name} a trace file, then the row's line and column.
    warnWorkload,
    workloadRowTooShort,   // {name}: (row) (line {count}, column {count}): warning: got {name};
                           // at least {count} fields (the row has {count})
    workloadBadTokens,     // {name}: column "{name}" (line {count}, column {count}): warning: got
                           // {name}; a whole number of tokens from 0 to {count} (row skipped)
    workloadBadTimestamp,  // {name}: column "{name}" (line {count}, column {count}): warning: got
                           // {name}; a timestamp such as "2023-11-16 18:15:46.6805900" like the
                           // rows above (row skipped)
    workloadBadSeconds,    // as workloadBadTimestamp, "an arrival time in seconds >= 0 like the
                           // rows above (row skipped)"
    workloadBadArrival,    // as workloadBadTimestamp, "an arrival time in seconds, or a timestamp
                           // such as "2023-11-16 18:15:46.6805900" (row skipped)"
    workloadMoreBadRows,   // {name}: (file): warning: got {count} more bad rows; rows like the
                           // ones above (skipped; only the first {count} are listed)
    workloadFewerRows,     // {name}: (rows): warning: got {count} usable rows; {count} requests
                           // as the scenario asks (replaying all {count} rows instead)
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
        number,    // a plain number, three significant digits ("0.831", "12.3")
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
    // MessageId::phrase: the sentence, and the translation context its pattern
    // is marked with (RL_TR's first argument).
    Phrase phrase;
    std::string phraseContext;

    // A MessageId::phrase message; english = phrase.english().
    static Message fromPhrase(std::string context, Phrase p) {
        Message m;
        m.id = MessageId::phrase;
        m.english = p.english();
        m.phrase = std::move(p);
        m.phraseContext = std::move(context);
        return m;
    }
};

}  // namespace rl
