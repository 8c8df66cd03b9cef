// FlashAttention-2 KV-cache kernel time from its tiling. Each CTA: a fixed
// chain of round trips (cache lengths and page table, Q tile, first K/V tile,
// output), the serial copy of the new keys into the cache, then its K/V tiles;
// a tile costs max(tensor cores, shared memory) + softmax on the FMA and SFU
// pipes, which FlashAttention-2 issues between the two GEMMs of the same
// warps instead of overlapping them (FlashAttention-3 is what overlaps them).
#include "core/analytical/attention_time.h"

#include <algorithm>
#include <cmath>

#include "core/analytical/sustained_clock.h"
#include "core/spec/device_kind.h"

namespace rl {

namespace {

struct DeviceFacts {
    double units = 0, clock = 0;
    double tensorPerCycle = 0;  // FLOP per SM per cycle
    double fmaLanes = 0;        // FP32 FMA lanes per SM
    double smemPerCycle = 0;    // shared-memory bytes per SM per cycle
    double smemCapacity = 0;    // per SM
    double threadsPerUnit = 0;
    double dramBw = 0, dramLatency = 0, l2Bw = 0, l2Latency = 0;
    double deviceOverhead = 0;
    int l2Level = 0;
};

// The innermost memory level with one instance per SM (shared memory / L1).
int smLocalLevel(const Hardware& hw, int levels) {
    for (int j = levels - 1; j >= 1; --j) {
        const MemoryLevel& m = hw.memory[static_cast<std::size_t>(j)];
        if (m.instances > 1 && m.kind != "regfile") return j;
    }
    return -1;
}

bool deviceFacts(const Operator& op, const RooflineDevice& dev, DeviceFacts& f) {
    if (!dev.gpu || !dev.hw || dev.levels < 2 || dev.clockHz <= 0 || dev.units <= 0) return false;
    const Hardware& hw = *dev.hw;
    const int smem = smLocalLevel(hw, dev.levels);
    if (smem < 0) return false;
    const double tensorPeak = hw.compute.peak(op.mathType);
    const double fp32Peak = hw.compute.peak(DType::fp32);
    if (!dev.hasFp32 || tensorPeak <= 0 || fp32Peak <= 0) return false;
    // What-if scaling of compute (ResourceScale) rides on the roofline's
    // effective peak; the datasheet peak is what the tiles see.
    const double eff = computeEfficiency(hw, op.mathType);
    const double effective = dev.peak[static_cast<std::size_t>(op.mathType)];
    const double scale = eff > 0 && effective > 0 ? effective / (tensorPeak * eff) : 1.0;
    f.units = dev.units;
    // Per-cycle rates from the datasheet (boost clock); cycles run at the
    // clock the power limit lets the SMs hold.
    const double perUnitCycle = f.units * dev.clockHz;
    f.clock = dev.clockHz * sustainedClockFraction(hw);
    f.tensorPerCycle = tensorPeak * scale / perUnitCycle;
    f.fmaLanes = fp32Peak * scale / (2.0 * perUnitCycle);
    f.smemPerCycle = dev.bandwidth[smem] / perUnitCycle;
    f.smemCapacity = hw.memory[static_cast<std::size_t>(smem)].capacityBytes;
    f.threadsPerUnit = dev.threadsPerUnit;
    f.dramBw = dev.bandwidth[0];
    f.dramLatency = dev.latency[0];
    // The level between DRAM and the SMs, when the spec has one.
    const int l2 = smem > 1 ? 1 : 0;
    f.l2Level = l2;
    f.l2Bw = dev.bandwidth[l2];
    f.l2Latency = dev.latency[l2];
    f.deviceOverhead = dev.deviceOverhead;
    return f.tensorPerCycle > 0 && f.fmaLanes > 0 && f.smemPerCycle > 0 && f.dramBw > 0 &&
           f.l2Bw > 0;
}

}  // namespace

bool usesFlashKvCacheKernel(const Operator& op) {
    return op.kind == OpKind::attention && op.phase != "forward";
}

FlashAttentionTime flashAttentionTime(const Operator& op, const RooflineDevice& dev) {
    FlashAttentionTime r;
    DeviceFacts f;
    if (!usesFlashKvCacheKernel(op) || !deviceFacts(op, dev, f)) return r;
    const AttentionShape& s = op.attention;
    if (s.batch <= 0 || s.heads <= 0 || s.headDim <= 0 || s.queryLen <= 0) return r;
    const double e = bytesPerElement(op.kvType);
    const FlashTiling t = flashTiling(s.batch, s.heads, s.kvHeads, s.headDim, s.queryLen, s.kvLen,
                                      s.causal, e, static_cast<int>(f.units));
    r.tiling = t;
    r.l2Level = f.l2Level;
    const double threads = t.threads;
    const double byCapacity = std::floor(f.smemCapacity / t.smemBytes);
    const double byThreads = std::floor(f.threadsPerUnit / threads);
    if (byCapacity < 1) return r;  // the tiles do not fit: not this kernel
    r.ctasPerUnit = static_cast<int>(std::max(1.0, std::min(byCapacity, byThreads)));
    r.slots = f.units * r.ctasPerUnit;
    r.applies = true;

    // One K/V tile on one SM.
    const double d = static_cast<double>(s.headDim);
    const double Br = t.blockM, Bc = t.blockN, warps = threads / 32.0;
    r.tensorCycles = 4.0 * Br * Bc * d / f.tensorPerCycle;
    // Every warp reads the whole K and V tiles and its Q rows from shared
    // memory; the tiles are written there once.
    const double smemBytes = warps * (2.0 * Bc * d * e + (Br / warps) * d * e) + 2.0 * Bc * d * e;
    r.smemCycles = smemBytes / f.smemPerCycle;
    // FP32 operations per attention score on the FMA pipe: row max, the scaled
    // subtract before exp2 (one FFMA), the row sum, and the rescale of the
    // output accumulator (one per score: d accumulators x Br rows per Bc keys).
    constexpr double kFmaOpsPerScore = 4;
    // Special-function units per SM are a quarter of the FP32 lanes on every
    // NVIDIA architecture since Volta (16 vs 64 per SM): one exp2 per score.
    constexpr double kSfuPerFp32Lane = 0.25;
    const double scores = Br * Bc;
    r.softmaxCycles =
        scores * kFmaOpsPerScore / f.fmaLanes + scores / (f.fmaLanes * kSfuPerFp32Lane);
    r.tileCycles = std::max(r.tensorCycles, r.smemCycles) + r.softmaxCycles;

    // Totals over the grid: the CTAs of one (sequence, head) repeat for each.
    const double groups = static_cast<double>(t.batch) * static_cast<double>(t.heads);
    const double n = t.ctas;
    r.waves = n / r.slots;
    // Readers of a new key that run in the first wave find it in DRAM; later
    // waves find it in L2 (the appended keys are a few MiB).
    const double firstWave = std::min(1.0, r.slots / std::max(1.0, n));
    const double copyLatency = firstWave * f.dramLatency + (1.0 - firstWave) * f.l2Latency;
    // Round trips to DRAM on every CTA's critical path besides its tiles:
    // cache length and page table, Q tile, first K tile, output write.
    constexpr double kCtaRoundTrips = 4;
    // A tile's K and V loads each wait a round trip when nothing hides them.
    constexpr double kTileRoundTrips = 2;
    const double fixed = kCtaRoundTrips * f.dramLatency;
    auto ctaSeconds = [&](const FlashCtaWork& w, double share) {
        const double tile =
            std::max(r.tileCycles * share / f.clock, kTileRoundTrips * f.dramLatency);
        return fixed + static_cast<double>(w.appendLoads) * copyLatency +
               static_cast<double>(w.tiles) * tile;
    };
    const double share = std::min<double>(r.ctasPerUnit, std::max(1.0, std::ceil(n / f.units)));
    double sum = 0, longest = 0, tiles = 0, appendRows = 0;
    std::int64_t fewest = -1, most = 0;
    FlashCtaWork first;
    for (std::int64_t m = 0; m < t.mBlocks; ++m) {
        for (int sp = 0; sp < t.splits; ++sp) {
            const FlashCtaWork w = flashCtaWork(t, m, sp, static_cast<int>(s.headDim));
            if (fewest < 0) first = w;
            const double c = ctaSeconds(w, share);
            sum += c;
            longest = std::max(longest, c);
            tiles += static_cast<double>(w.tiles);
            appendRows += static_cast<double>(w.appendRows);
            fewest = fewest < 0 ? w.tiles : std::min(fewest, w.tiles);
            most = std::max(most, w.tiles);
        }
    }
    tiles *= groups;
    appendRows *= groups;
    sum *= groups;

    // Bytes: every tile streams K and V through L2; the append reads the new
    // keys and writes them to the cache; DRAM sees the cache, Q and O once.
    const double l2Bytes = tiles * 2.0 * Bc * d * e + appendRows * d * e * 2.0 * 2.0;
    const double qo = 2.0 * static_cast<double>(s.batch) * static_cast<double>(s.heads) *
                      static_cast<double>(s.queryLen) * d * bytesPerElement(op.activationType);
    const double dramBytes = static_cast<double>(s.batch) *
                                 static_cast<double>(std::max<std::int64_t>(1, s.kvHeads)) *
                                 static_cast<double>(t.keys) * d * e * 2.0 +
                             qo;
    r.pipesS = tiles * r.tileCycles / (f.units * f.clock);
    r.l2S = l2Bytes / f.l2Bw;
    r.dramS = dramBytes / f.dramBw;

    if (fewest == most && n > 0) {
        // Equal CTAs finish together: the grid runs in waves, each bound by
        // its longest CTA or by the bytes its CTAs move together.
        const double full = std::floor(n / r.slots), rest = n - full * r.slots;
        auto wave = [&](double ctas) {
            const double sh =
                std::min<double>(r.ctasPerUnit, std::max(1.0, std::ceil(ctas / f.units)));
            const double part = ctas / n;
            return std::max({ctaSeconds(first, sh), r.l2S * part, r.dramS * part});
        };
        r.scheduleS = full * wave(r.slots) + (rest > 0 ? wave(rest) : 0.0);
    } else {
        // Unequal CTAs (the causal triangle): freed slots take the next CTA.
        r.scheduleS = std::max(sum / r.slots, longest);
    }

    r.seconds = r.scheduleS;
    r.bound = FlashBound::schedule;
    const std::pair<double, FlashBound> others[] = {
        {r.pipesS, FlashBound::pipes}, {r.l2S, FlashBound::l2}, {r.dramS, FlashBound::dram}};
    for (const auto& [v, b] : others) {
        if (v > r.seconds) {
            r.seconds = v;
            r.bound = b;
        }
    }
    if (t.splits > 1) {
        // A second kernel merges the splits' fp32 partial outputs: it reads
        // their scales, then their sums (two round trips).
        constexpr double kAccumulatorBytes = 4;
        constexpr double kCombineRoundTrips = 2;
        const double rows = static_cast<double>(s.batch) * static_cast<double>(s.heads) *
                            static_cast<double>(s.queryLen);
        const double bytes =
            t.splits * rows * d * kAccumulatorBytes + rows * d * bytesPerElement(op.activationType);
        r.combineS = f.deviceOverhead + kCombineRoundTrips * f.dramLatency + bytes / f.dramBw;
        r.seconds += r.combineS;
    }
    return r;
}

void applyFlashAttention(const Operator& op, const RooflineDevice& dev, RooflineResult& r,
                         double& worst) {
    if (!usesFlashKvCacheKernel(op)) return;
    const FlashAttentionTime fa = flashAttentionTime(op, dev);
    if (!fa.applies) return;
    r.computeTime = std::max(fa.scheduleS, fa.pipesS);
    r.occupancy = std::min(1.0, fa.waves);
    worst = fa.seconds;
    r.binding = BindingKind::compute;
    r.bindingLevel = -1;
    if (fa.bound == FlashBound::l2 || fa.bound == FlashBound::dram) {
        r.binding = BindingKind::memory;
        r.bindingLevel = fa.bound == FlashBound::dram ? 0 : fa.l2Level;
    }
}

}  // namespace rl
