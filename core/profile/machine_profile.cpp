#include "core/profile/machine_profile.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/profile/kernel_sweep.h"

namespace rl {

namespace {

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

Hardware hardwareFromMeasurements(const MachineInfo& m, int threads,
                                  const std::vector<PeakResult>& peaks,
                                  const std::vector<BandwidthPoint>& curve, double overheadS) {
    Hardware hw;
    hw.name = "This machine (" + m.cpuModel + ", " + std::to_string(threads) + " threads)";
    hw.vendor = "measured";
    hw.kind = "cpu";
    hw.aliases = {"this machine", "localhost"};
    if (!m.hostName.empty()) hw.aliases.push_back(m.hostName);
    std::string isa = peaks.empty() ? "" : peaks.front().isa;
    hw.source = "Measured by ridgeline-cli profile: peak from " + isa +
                " FMA loops on every thread; bandwidth from streaming reads over growing "
                "working sets (median of repeats); caches from Linux sysfs.";
    hw.compute.units = threads;
    hw.compute.clockHz = m.clockHz;
    for (const auto& p : peaks) {
        hw.compute.peakFlops[p.type] = p.flops;
        hw.compute.efficiency[p.type] = 1.0;  // measured peak: nothing to discount
    }
    // Aggregate capacity of each cache level available to `threads` threads.
    struct Level {
        std::string name;
        double capacity;  // per instance
        int instances;
        double aggregate;
    };
    std::vector<Level> caches;  // innermost first
    for (const auto& c : m.caches) {
        const int instances = std::max(1, (threads + c.sharedBy - 1) / c.sharedBy);
        caches.push_back(
            {"L" + std::to_string(c.level), c.sizeBytes, instances, c.sizeBytes * instances});
    }
    auto bandwidthBetween = [&](double lo, double hi) {
        std::vector<double> v;
        for (const auto& p : curve)
            if (p.workingSetBytes > lo && p.workingSetBytes <= hi) v.push_back(p.bytesPerSecond);
        return median(v);
    };
    const double llc = caches.empty() ? 0 : caches.back().aggregate;
    MemoryLevel dram;
    dram.name = "DRAM";
    dram.kind = "dram";
    dram.capacityBytes = m.memoryBytes > 0 ? m.memoryBytes : 1e9;
    dram.bandwidth = bandwidthBetween(4 * llc, 1e300);
    if (dram.bandwidth == 0 && !curve.empty()) dram.bandwidth = curve.back().bytesPerSecond;
    hw.memory.push_back(dram);
    double innerLimit = 0;
    std::vector<MemoryLevel> levels;  // innermost first, reversed below
    for (const auto& c : caches) {
        MemoryLevel l;
        l.name = c.name;
        l.kind = "cache";
        l.capacityBytes = c.capacity;
        l.instances = c.instances;
        double bw = bandwidthBetween(innerLimit * 0.5, c.aggregate * 0.5);
        if (bw == 0) bw = bandwidthBetween(0, c.aggregate);
        l.bandwidth = std::max(bw, dram.bandwidth);
        innerLimit = c.aggregate;
        levels.push_back(l);
    }
    // Bandwidth never falls going inward (a noisy median can make it look so).
    for (std::size_t i = levels.size(); i-- > 1;)
        levels[i - 1].bandwidth = std::max(levels[i - 1].bandwidth, levels[i].bandwidth);
    for (auto it = levels.rbegin(); it != levels.rend(); ++it) hw.memory.push_back(*it);
    hw.kernelLaunchS = overheadS;
    return hw;
}

MachineProfile profileMachine(const ProfileOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    MachineProfile r;
    r.machine = readMachineInfo();
    const int threads = o.threads > 0 ? o.threads : r.machine.threads;
    auto stage = [&](double from, double to) {
        Progress p = o.progress;
        const auto report = o.progress.report;
        p.report = report ? std::function<void(double, std::string_view)>(
                                [report, from, to](double f, std::string_view w) {
                                    report(from + (to - from) * f, w);
                                })
                          : nullptr;
        return p;
    };
    const double peakBudget = o.quick ? 0.05 : 0.5;
    r.peaks.push_back(measurePeakFlops(DType::fp32, threads, peakBudget, stage(0.0, 0.05)));
    r.peaks.push_back(measurePeakFlops(DType::fp64, threads, peakBudget, stage(0.05, 0.1)));
    double llc = 0;
    for (const auto& c : r.machine.caches)
        llc = std::max(llc, c.sizeBytes * std::max(1, (threads + c.sharedBy - 1) / c.sharedBy));
    // From well inside L1 to 8x the last cache (at least 256 MiB) so DRAM shows.
    const double maxBytes =
        std::clamp(8 * llc, 64.0 * (1 << 20), o.quick ? 128.0 * (1 << 20) : 512.0 * (1 << 20));
    r.bandwidth = measureBandwidth(8 * 1024.0 * threads, maxBytes, threads, o.quick ? 0.02 : 0.25,
                                   stage(0.1, o.sweep ? 0.4 : 1.0));
    const double overhead = measureParallelOverhead(threads);
    r.hardware = hardwareFromMeasurements(r.machine, threads, r.peaks, r.bandwidth, overhead);
    if (o.sweep) {
        SweepOptions s;
        s.device = r.hardware.name;
        s.threads = threads;
        s.quick = o.quick;
        s.repeats = o.quick ? 3 : 5;
        s.progress = stage(0.4, 1.0);
        r.kernels = sweepKernels(s);
        for (auto& k : r.kernels.samples) k.hardware = r.hardware.name;
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    o.progress(1.0, "done");
    return r;
}

}  // namespace rl
