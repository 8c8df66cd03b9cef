#pragma once
// Closed-form systolic-array model (SCALE-Sim's counting rules) for output-,
// weight- and input-stationary dataflows. A layer is seen as a GEMM: Sr x Sc
// operands are mapped onto the R x C array and T is the temporal extent per
// fold. WS: Sr = window (R*S*C), Sc = filters, T = output pixels; IS: Sr =
// window, Sc = output pixels, T = filters; OS: Sr = output pixels, Sc =
// filters, T = window. Cycles per fold: 2R + C + T - 2 (WS, IS) or
// R + C + T - 2 (OS); total = folds x that - 1 plus DRAM stalls.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/spec/accelerator_spec.h"

namespace rl::dataflow {

enum class SystolicDataflow { os, ws, is };
std::string_view toString(SystolicDataflow d);
std::optional<SystolicDataflow> parseSystolicDataflow(std::string_view s);

// SCALE-Sim's InterfaceBandwidth: USER stalls the array on the given DRAM
// rate; CALC runs stall-free and reports the DRAM rate that would need.
enum class SystolicBandwidthMode { user, calc };
std::string_view toString(SystolicBandwidthMode m);
std::optional<SystolicBandwidthMode> parseSystolicBandwidthMode(std::string_view s);

struct SystolicArray {
    int rows = 32, cols = 32;
    SystolicDataflow dataflow = SystolicDataflow::ws;
    std::int64_t ifmapSramWords = 64 * 1024;  // per operand buffer
    std::int64_t filterSramWords = 64 * 1024;
    std::int64_t ofmapSramWords = 64 * 1024;
    double dramWordsPerCycle = 10.0;  // per operand interface; 0 = unlimited
    SystolicBandwidthMode bandwidthMode = SystolicBandwidthMode::user;
};

struct SystolicLayer {
    std::string name;
    std::int64_t ifmapH = 0, ifmapW = 0, filterH = 1, filterW = 1, channels = 1, filters = 1;
    int strideH = 1, strideW = 1;
    std::int64_t batch = 1;
    // Output size as SCALE-Sim computes it: ceil((in - filter + stride) / stride).
    std::int64_t ofmapH() const;
    std::int64_t ofmapW() const;
    std::int64_t macs() const;
};

struct SystolicResult {
    std::int64_t sr = 0, sc = 0, t = 0;
    std::int64_t rowFolds = 0, colFolds = 0, folds = 0;
    std::int64_t cyclesPerFold = 0;
    std::int64_t computeCycles = 0;  // folds x cyclesPerFold - 1
    std::int64_t stallCycles = 0;
    std::int64_t totalCycles = 0;
    double overallUtilization = 0;  // MACs / (total cycles x PEs)
    double mappingEfficiency = 0;   // mean over folds of used PEs / PEs
    double computeUtilization = 0;  // mean over folds of used MAC-cycles / (PEs x fold span)
    std::int64_t sramIfmapReads = 0, sramFilterReads = 0, sramOfmapWrites = 0;
    std::int64_t dramIfmapReads = 0, dramFilterReads = 0, dramOfmapWrites = 0;
    std::int64_t macs = 0;
    // SCALE-Sim's memory system (issue 15). The dram*Reads/Writes above count
    // every word moved, re-fetches of operands that do not fit the working
    // half of their double-buffered SRAM included.
    SystolicBandwidthMode bandwidthMode = SystolicBandwidthMode::user;
    std::int64_t prefetchCycles = 0;  // SRAM fill before cycle 0: not in totalCycles
    std::int64_t dramIfmapFetches = 0, dramFilterFetches = 0;  // block fetches, first fill included
    std::int64_t ofmapDrains = 0;                              // output write-back bursts
    // Words per cycle over each interface's busy span (SCALE-Sim's
    // BANDWIDTH_REPORT); in CALC mode, the rate each interface would need.
    double avgDramIfmapBandwidth = 0, avgDramFilterBandwidth = 0, avgDramOfmapBandwidth = 0;
    double peakDramBandwidth = 0;  // the highest rate any one interface was asked for
    // True when the stalls come from replaying SCALE-Sim's memory system row by
    // row; false when the layer was too large to replay (or the DRAM rate not a
    // whole number of words per cycle) and they are the per-fold estimate.
    bool memoryReplayed = false;
};

// Layers whose demand matrices have more entries than this are not replayed
// (a replay visits each once, 10-35 ns apiece, so at most about 2 s a layer):
// their stalls are estimated.
inline constexpr double kSystolicReplayLimit = 5e7;

// Throws std::overflow_error when a count does not fit 64 bits (absurd layer
// sizes or DRAM rates), never returning wrapped or negative counts.
SystolicResult simulateSystolic(const SystolicArray& array, const SystolicLayer& layer);

// The problem seen as a systolic layer (conv: N, K, C, P, Q, R, S with strides).
SystolicLayer toSystolicLayer(const DataflowProblem& p);

}  // namespace rl::dataflow
