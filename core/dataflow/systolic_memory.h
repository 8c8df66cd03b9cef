#pragma once
// SCALE-Sim's memory system (v2/v3 as published), replayed demand row by
// demand row: double-buffered ifmap/filter SRAMs that prefetch from DRAM in
// blocks of half their size and re-fetch what leaves the working half, and an
// ofmap SRAM that writes partial results back to DRAM whenever more than half
// of it is full. The replay follows SCALE-Sim's rules including its quirks
// (a late prefetch stalls the array twice its lateness; a write-back counts
// every line but its last as full), because matching its totals is the point.
// docs/dataflow.md lists them.
#include <cstdint>

#include "core/dataflow/systolic.h"

namespace rl::dataflow {

struct SystolicMemoryInterface {
    std::int64_t words = 0;                      // words moved over the DRAM interface
    std::int64_t blocks = 0;                     // prefetch blocks (reads) or drains (writes)
    std::int64_t startCycle = 0, stopCycle = 0;  // first and last transfer
};

struct SystolicMemoryRun {
    std::int64_t totalCycles = 0;     // the last output written to SRAM
    std::int64_t stallCycles = 0;     // cycles the array waited on memory
    std::int64_t prefetchCycles = 0;  // the first SRAM fill, before cycle 0
    SystolicMemoryInterface ifmap, filter, ofmap;
    double peakReadBandwidth = 0;  // words/cycle of the fastest block fetch or drain
    std::int64_t demandRows = 0;   // rows replayed (the stall-free compute cycles + 1)
};

// The number of demand-matrix entries a replay visits: the cost of
// replaySystolicMemory, so callers can refuse a replay that would take long.
double systolicDemandEntries(const SystolicArray& a, const SystolicLayer& l);

// Replays the layer through the memory system. USER mode uses
// a.dramWordsPerCycle (rounded to a whole number of words per cycle, at least
// 1, as SCALE-Sim's buffers are a whole number of words wide); CALC mode
// never stalls reads and drains outputs at one word per array column per cycle.
SystolicMemoryRun replaySystolicMemory(const SystolicArray& a, const SystolicLayer& l);

}  // namespace rl::dataflow
