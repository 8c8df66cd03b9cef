// Fuzz target: the measurement CSV importers (generic, NeuSight, VIDUR ops and
// collectives; the format is detected from the header, so one target covers
// all four). Bad rows must become issues naming file and line, never samples
// with impossible shapes or times, and never a crash.
#include <cmath>
#include <cstdlib>

#include "core/learned/dataset.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const rl::ImportResult r =
        rl::importCsvText(std::string(rl::fuzz::asText(data, size)), "fuzz.csv");
    // What the importer lets through is trained on: a non-finite or
    // non-positive time would poison the fit, so it is a finding too.
    for (const rl::Sample& s : r.data.samples)
        if (!std::isfinite(s.timeS) || s.timeS <= 0) std::abort();
    (void)r.data.devices();
    (void)r.data.opLabels();
    return 0;
}
