#pragma once
// The request stream a serving scenario describes: arrival times and
// prompt/output lengths, sampled from the scenario's distributions with its
// seed, or replayed from a trace CSV. Deterministic for a seed.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result/message.h"
#include "core/spec/diagnostics.h"
#include "core/spec/scenario.h"

namespace rl {

struct ServingRequest {
    std::int64_t id = 0;
    double arrival = 0;  // s from the start; ignored in closed loop
    std::int64_t promptTokens = 1, outputTokens = 1;
};

struct ServingWorkload {
    std::vector<ServingRequest> requests;  // sorted by arrival (open loop)
    // closed_loop: this many requests in flight; the next request in the
    // list is sent as soon as one finishes (arrival = that time).
    std::int64_t closedLoopClients = 0;
};

// Builds the workload. Trace files are read through ServingScenario::trace
// (resolved path); problems (unreadable file, bad row, missing column) are
// reported in `diagnostics` as file:line with the value and what was expected,
// and bad rows are skipped. Throws std::invalid_argument when nothing usable is left.
// `typed`, when given, receives a typed twin (MessageId::workload*) of each warning
// added to `diagnostics`, in the same order (docs/messages.md).
ServingWorkload buildWorkload(const ServingScenario& scenario, Diagnostics& diagnostics,
                              std::vector<Message>* typed = nullptr);

}  // namespace rl
