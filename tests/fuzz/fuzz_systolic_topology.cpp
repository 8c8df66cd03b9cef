// Fuzz target: SCALE-Sim topology CSVs (conv and GEMM forms). A bad line must
// become an error naming file, line and column, never a crash; a layer the
// reader lets through must simulate to sane counts.
#include <cstdlib>

#include "core/dataflow/systolic.h"
#include "core/dataflow/systolic_memory.h"
#include "core/dataflow/systolic_topology.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rl::dataflow;
    std::string error;
    const auto topo = parseSystolicTopology(rl::fuzz::asText(data, size), "fuzz.csv", error);
    if (!topo) {
        if (error.rfind("fuzz.csv:", 0) != 0) std::abort();  // every refusal names the file
        return 0;
    }
    if (topo->layers.empty()) std::abort();
    SystolicArray a;
    a.rows = a.cols = 8;
    a.ifmapSramWords = a.filterSramWords = a.ofmapSramWords = 256;
    a.dramWordsPerCycle = 2;
    for (std::size_t i = 0; i < topo->layers.size() && i < 4; ++i) {
        const SystolicLayer& l = topo->layers[i];
        if (l.ofmapH() < 1 || l.ofmapW() < 1) std::abort();
        if (systolicDemandEntries(a, l) > 2e5) continue;  // keep each input fast
        try {
            const SystolicResult r = simulateSystolic(a, l);
            if (r.totalCycles < r.computeCycles || r.stallCycles < 0 || r.dramIfmapReads < 0 ||
                r.dramOfmapWrites < 0)
                std::abort();
        } catch (const std::overflow_error&) {
        }
    }
    return 0;
}
