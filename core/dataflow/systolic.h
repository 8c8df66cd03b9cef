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

struct SystolicArray {
    int rows = 32, cols = 32;
    SystolicDataflow dataflow = SystolicDataflow::ws;
    std::int64_t ifmapSramWords = 64 * 1024;  // per operand buffer
    std::int64_t filterSramWords = 64 * 1024;
    std::int64_t ofmapSramWords = 64 * 1024;
    double dramWordsPerCycle = 10.0;  // per operand interface; 0 = unlimited
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
};

// Throws std::overflow_error when a count does not fit 64 bits (absurd layer
// sizes or DRAM rates), never returning wrapped or negative counts.
SystolicResult simulateSystolic(const SystolicArray& array, const SystolicLayer& layer);

// The problem seen as a systolic layer (conv: N, K, C, P, Q, R, S with strides).
SystolicLayer toSystolicLayer(const DataflowProblem& p);

}  // namespace rl::dataflow
