// Fuzz target: the serving trace reader (core/sim/serving/workload.cpp). The
// input is written to a file (the reader takes a path) and replayed as the
// scenario's request stream: with wall-clock or seconds arrivals (Azure-style
// columns) or, when the header names them, as lengths only (the arXiv
// summarisation columns). Rejection must come as diagnostics plus the
// documented std::invalid_argument.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

#include "core/sim/serving/workload.h"
#include "tests/fuzz/fuzz_target.h"

namespace {

std::string tracePath() {
    static const std::string path =
        "/tmp/ridgeline-fuzz-trace-" + std::to_string(::getpid()) + ".csv";
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = rl::fuzz::asText(data, size);
    {
        std::ofstream out(tracePath(), std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    rl::ServingScenario s;
    s.requests = 200;
    s.trace.resolved = tracePath();
    if (text.find("num_prefill_tokens") != std::string_view::npos) {
        s.trace.columns = {"", "num_prefill_tokens", "num_decode_tokens"};
        s.promptLength.kind = "trace";
        s.outputLength.kind = "trace";
    } else {
        s.arrival = "trace";
        s.trace.columns = {"TIMESTAMP", "ContextTokens", "GeneratedTokens"};
    }
    rl::Diagnostics diag;
    try {
        const rl::ServingWorkload w = rl::buildWorkload(s, diag);
        for (const auto& r : w.requests)
            if (!(r.arrival >= 0) || r.promptTokens < 0 || r.outputTokens < 0) std::abort();
    } catch (const std::invalid_argument&) {
        // documented: nothing usable left
    }
    return 0;
}
