#include "core/dataflow/systolic.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "core/dataflow/systolic_memory.h"
#include "core/spec/checked_number.h"
#include "core/spec/enum_names.h"

namespace rl::dataflow {
namespace {
std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

// Counts of absurd layers or arrays (a DRAM rate of 1e-300 words per cycle)
// leave 64 bits: refused, never wrapped into negative cycle counts.
[[noreturn]] void overflow(const char* what) {
    throw std::overflow_error(std::string("systolic array: the ") + what +
                              " do not fit a 64-bit count (the layer is too large or the DRAM "
                              "rate too small)");
}
std::int64_t mul(std::int64_t a, std::int64_t b, const char* what) {
    auto v = checkedMul(a, b);
    if (!v) overflow(what);
    return *v;
}
std::int64_t mul(std::int64_t a, std::int64_t b, std::int64_t c, const char* what) {
    return mul(mul(a, b, what), c, what);
}
}  // namespace

namespace {
constexpr std::array<EnumName<SystolicDataflow>, 3> kSystolicDataflowNames{{
    {SystolicDataflow::os, "os"},
    {SystolicDataflow::ws, "ws"},
    {SystolicDataflow::is, "is"},
}};

constexpr std::array<EnumName<SystolicBandwidthMode>, 2> kSystolicBandwidthModeNames{{
    {SystolicBandwidthMode::user, "user"},
    {SystolicBandwidthMode::calc, "calc"},
}};
}  // namespace

std::string_view toString(SystolicBandwidthMode m) {
    return nameOf(kSystolicBandwidthModeNames, m, "?");
}
std::optional<SystolicBandwidthMode> parseSystolicBandwidthMode(std::string_view s) {
    return valueOf(kSystolicBandwidthModeNames, s);
}

namespace {
// SCALE-Sim's buffers are a whole number of words wide and at least two words
// deep (a working and a prefetch half); other arrays get the estimate.
bool replayable(const SystolicArray& a, const SystolicLayer& l) {
    if (std::min({a.ifmapSramWords, a.filterSramWords, a.ofmapSramWords}) < 2) return false;
    if (a.bandwidthMode == SystolicBandwidthMode::user &&
        !(a.dramWordsPerCycle >= 1 && a.dramWordsPerCycle <= 1e6 &&
          a.dramWordsPerCycle == std::floor(a.dramWordsPerCycle)))
        return false;
    // The replay indexes every input and weight word: a sparse, huge input
    // (a stride as large as the image) stays with the estimate.
    const double inputWords = static_cast<double>(l.batch) * static_cast<double>(l.ifmapH) *
                              static_cast<double>(l.ifmapW) * static_cast<double>(l.channels);
    const double weightWords = static_cast<double>(l.filterH * l.filterW) *
                               static_cast<double>(l.channels) * static_cast<double>(l.filters);
    if (std::max(inputWords, weightWords) > kSystolicReplayLimit) return false;
    return systolicDemandEntries(a, l) <= kSystolicReplayLimit;
}

double perCycle(const SystolicMemoryInterface& i) {
    return i.words > 0
               ? static_cast<double>(i.words) / static_cast<double>(i.stopCycle - i.startCycle + 1)
               : 0.0;
}

// Fills the DRAM fields and stalls from a replay of SCALE-Sim's memory system.
void applyReplay(const SystolicArray& a, const SystolicLayer& l, SystolicResult& r) {
    const SystolicMemoryRun run = replaySystolicMemory(a, l);
    r.memoryReplayed = true;
    r.stallCycles = run.stallCycles;
    r.prefetchCycles = run.prefetchCycles;
    r.dramIfmapReads = run.ifmap.words;
    r.dramFilterReads = run.filter.words;
    r.dramOfmapWrites = run.ofmap.words;
    r.dramIfmapFetches = run.ifmap.blocks;
    r.dramFilterFetches = run.filter.blocks;
    r.ofmapDrains = run.ofmap.blocks;
    r.avgDramIfmapBandwidth = perCycle(run.ifmap);
    r.avgDramFilterBandwidth = perCycle(run.filter);
    r.avgDramOfmapBandwidth = perCycle(run.ofmap);
    r.peakDramBandwidth = std::max({r.avgDramIfmapBandwidth, r.avgDramFilterBandwidth,
                                    r.avgDramOfmapBandwidth, run.peakReadBandwidth});
}
// The estimate for layers not replayed: each operand interface moves its words
// at the DRAM rate; a fold waits when its share of the traffic takes longer
// than its compute.
void estimateStalls(const SystolicArray& a, SystolicResult& r) {
    const double perFold = static_cast<double>(r.cyclesPerFold);
    const double f = static_cast<double>(r.folds);
    double worst = 0;
    for (std::int64_t words : {r.dramIfmapReads, r.dramFilterReads, r.dramOfmapWrites}) {
        const double need = static_cast<double>(words) / f / a.dramWordsPerCycle;
        worst = std::max(worst, need - perFold);
    }
    // Range-checked before converting: 1e-300 words per cycle gives 1e300 cycles.
    const auto stall = toInt64(std::ceil(worst * f));
    if (worst > 0 && !stall) overflow("stall cycles");
    r.stallCycles = worst > 0 ? *stall : 0;
}
}  // namespace

std::string_view toString(SystolicDataflow d) { return nameOf(kSystolicDataflowNames, d, "?"); }

std::optional<SystolicDataflow> parseSystolicDataflow(std::string_view s) {
    return valueOf(kSystolicDataflowNames, s);
}

std::int64_t SystolicLayer::ofmapH() const { return ceilDiv(ifmapH - filterH + strideH, strideH); }
std::int64_t SystolicLayer::ofmapW() const { return ceilDiv(ifmapW - filterW + strideW, strideW); }
std::int64_t SystolicLayer::macs() const {
    return batch * ofmapH() * ofmapW() * filterH * filterW * channels * filters;
}

SystolicResult simulateSystolic(const SystolicArray& a, const SystolicLayer& l) {
    SystolicResult r;
    const std::int64_t R = a.rows, C = a.cols;
    const std::int64_t window = l.filterH * l.filterW * l.channels;
    const std::int64_t pixels = l.batch * l.ofmapH() * l.ofmapW();
    const std::int64_t filters = l.filters;
    switch (a.dataflow) {
        case SystolicDataflow::ws:
            r.sr = window, r.sc = filters, r.t = pixels;
            break;
        case SystolicDataflow::is:
            r.sr = window, r.sc = pixels, r.t = filters;
            break;
        case SystolicDataflow::os:
            r.sr = pixels, r.sc = filters, r.t = window;
            break;
    }
    r.macs = l.macs();
    r.rowFolds = ceilDiv(r.sr, R);
    r.colFolds = ceilDiv(r.sc, C);
    r.folds = mul(r.rowFolds, r.colFolds, "folds");
    bool os = a.dataflow == SystolicDataflow::os;
    // Weights (or inputs) preload over R cycles, operands stream for T
    // cycles, and the last partial sums drain through the skewed array.
    r.cyclesPerFold = (os ? R : 2 * R) + C + r.t - 2;
    r.computeCycles = mul(r.folds, r.cyclesPerFold, "compute cycles") - 1;
    // SCALE-Sim measures a fold's span for utilisation from its demand
    // matrices: for WS/IS the fold's cycles plus the C - 1 column skew, for OS
    // exactly the fold's cycles.
    const std::int64_t span = os ? r.cyclesPerFold : r.cyclesPerFold + C - 1;
    // Summed over folds, the PEs used are exactly Sr x Sc (each operand row
    // and column is mapped once), so the sums are closed-form: a loop over the
    // folds would take hours for the largest layers the CLI accepts.
    const double used = static_cast<double>(r.sr) * static_cast<double>(r.sc);
    const double mapSum = used / static_cast<double>(R * C);
    const double utilSum =
        used * static_cast<double>(r.t) / (static_cast<double>(R * C) * static_cast<double>(span));
    r.mappingEfficiency = mapSum / static_cast<double>(r.folds);
    r.computeUtilization = utilSum / static_cast<double>(r.folds);

    // SRAM traffic: the stationary operand is read once; the streamed operand
    // once per fold of the other array dimension; outputs written per fold.
    const std::int64_t ifmapWords = l.batch * l.ifmapH * l.ifmapW * l.channels;
    const std::int64_t filterWords = window * filters;
    const std::int64_t ofmapWords = pixels * filters;
    switch (a.dataflow) {
        case SystolicDataflow::ws:
            r.sramIfmapReads = mul(r.t, r.sr, r.colFolds, "SRAM reads");
            r.sramFilterReads = mul(r.sr, r.sc, "SRAM reads");
            r.sramOfmapWrites = mul(r.t, r.sc, r.rowFolds, "SRAM writes");
            break;
        case SystolicDataflow::is:
            r.sramIfmapReads = mul(r.sr, r.sc, "SRAM reads");
            r.sramFilterReads = mul(r.t, r.sr, r.colFolds, "SRAM reads");
            r.sramOfmapWrites = mul(r.t, r.sc, r.rowFolds, "SRAM writes");
            break;
        case SystolicDataflow::os:
            r.sramIfmapReads = mul(r.sr, r.t, r.colFolds, "SRAM reads");
            r.sramFilterReads = mul(r.t, r.sc, r.rowFolds, "SRAM reads");
            r.sramOfmapWrites = mul(r.sr, r.sc, "SRAM writes");
            break;
    }
    // DRAM: an operand that fits its SRAM is fetched once; otherwise once per
    // pass over it (the folds of the other array dimension). Outputs are
    // written back once (partial sums accumulate in the output buffer).
    std::int64_t ifPasses = a.dataflow == SystolicDataflow::ws   ? r.colFolds
                            : a.dataflow == SystolicDataflow::os ? r.colFolds
                                                                 : 1;
    std::int64_t fPasses = a.dataflow == SystolicDataflow::ws ? 1 : r.rowFolds;
    if (a.dataflow == SystolicDataflow::is) fPasses = r.colFolds;
    r.dramIfmapReads =
        ifmapWords <= a.ifmapSramWords ? ifmapWords : mul(ifmapWords, ifPasses, "DRAM reads");
    r.dramFilterReads =
        filterWords <= a.filterSramWords ? filterWords : mul(filterWords, fPasses, "DRAM reads");
    r.dramOfmapWrites = ofmapWords;
    r.bandwidthMode = a.bandwidthMode;
    if ((a.dramWordsPerCycle > 0 || a.bandwidthMode == SystolicBandwidthMode::calc) &&
        replayable(a, l)) {
        applyReplay(a, l, r);
    } else if (a.dramWordsPerCycle > 0 && a.bandwidthMode == SystolicBandwidthMode::user) {
        estimateStalls(a, r);
    }
    const auto total = checkedAdd(r.computeCycles, r.stallCycles);
    if (!total) overflow("total cycles");
    r.totalCycles = *total;
    r.overallUtilization = static_cast<double>(r.macs) /
                           (static_cast<double>(r.totalCycles) * static_cast<double>(R * C));
    return r;
}

SystolicLayer toSystolicLayer(const DataflowProblem& p) {
    SystolicLayer l;
    l.name = p.name;
    l.batch = p.bound(Dim::N);
    l.filterW = p.bound(Dim::R);
    l.filterH = p.bound(Dim::S);
    l.channels = p.bound(Dim::C);
    l.filters = p.kind == "depthwise" ? p.bound(Dim::C) : p.bound(Dim::K);
    l.strideW = p.strideP;
    l.strideH = p.strideQ;
    l.ifmapW = (p.bound(Dim::P) - 1) * p.strideP + (p.bound(Dim::R) - 1) * p.dilationR + 1;
    l.ifmapH = (p.bound(Dim::Q) - 1) * p.strideQ + (p.bound(Dim::S) - 1) * p.dilationS + 1;
    return l;
}

}  // namespace rl::dataflow
