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
        rate,  // per second
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
