#include "core/learned/features.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/analytical/analyze.h"
#include "core/spec/enum_names.h"

namespace rl {

namespace {
constexpr std::array<EnumName<Feature>, kFeatureCount> kFeatureNames{{
    {Feature::log_roofline_time, "log_roofline_time"},
    {Feature::log_ideal_time, "log_ideal_time"},
    {Feature::log_flops, "log_flops"},
    {Feature::log_bytes, "log_bytes"},
    {Feature::log_intensity_ridge, "log_intensity_ridge"},
    {Feature::compute_fraction, "compute_fraction"},
    {Feature::log_m, "log_m"},
    {Feature::log_n, "log_n"},
    {Feature::log_k, "log_k"},
    {Feature::log_batch, "log_batch"},
    {Feature::log_tiles_per_unit, "log_tiles_per_unit"},
    {Feature::wave_eff_128, "wave_eff_128"},
    {Feature::wave_eff_64, "wave_eff_64"},
    {Feature::log_waves_64, "log_waves_64"},
    {Feature::log_ws_over_l2, "log_ws_over_l2"},
    {Feature::log_peak, "log_peak"},
    {Feature::log_bandwidth, "log_bandwidth"},
    {Feature::units, "units"},
    {Feature::log_clock, "log_clock"},
    {Feature::log_l2, "log_l2"},
    {Feature::log_ridge, "log_ridge"},
    {Feature::log_watts_per_tflop, "log_watts_per_tflop"},
    {Feature::log_flops_per_unit_clock, "log_flops_per_unit_clock"},
    {Feature::op_kind, "op_kind"},
    {Feature::log_launch_ratio, "log_launch_ratio"},
}};
}  // namespace

std::string_view toString(Feature f) { return nameOf(kFeatureNames, f, "?"); }

std::vector<Feature> parseFeatures(const std::vector<std::string>& names, std::string* error) {
    std::vector<Feature> out;
    for (const auto& n : names) {
        const std::optional<Feature> f = valueOf(kFeatureNames, n);
        if (!f) {
            if (error) *error = "unknown feature \"" + n + "\"";
            return {};
        }
        out.push_back(*f);
    }
    return out;
}

std::vector<Feature> defaultFeatures() {
    return {Feature::log_roofline_time,
            Feature::log_flops,
            Feature::log_bytes,
            Feature::log_intensity_ridge,
            Feature::compute_fraction,
            Feature::log_m,
            Feature::log_n,
            Feature::log_k,
            Feature::log_batch,
            Feature::log_tiles_per_unit,
            Feature::wave_eff_128,
            Feature::wave_eff_64,
            Feature::log_waves_64,
            Feature::log_ws_over_l2,
            Feature::log_ridge,
            Feature::log_watts_per_tflop,
            Feature::log_flops_per_unit_clock,
            Feature::op_kind,
            Feature::log_launch_ratio};
}

namespace {

double lg(double v) { return std::log10(std::max(v, 1e-30)); }

struct GemmView {
    double batch = 1, m = 1, n = 1, k = 1;
};

// The GEMM an operator amounts to (conv as implicit GEMM); others are 1-D.
GemmView gemmView(const Operator& op) {
    GemmView g;
    switch (op.kind) {
        case OpKind::gemm:
        case OpKind::batched_matmul:
        case OpKind::moe_router:
            g = {double(op.gemm.batch), double(op.gemm.m), double(op.gemm.n), double(op.gemm.k)};
            break;
        case OpKind::conv2d: {
            const auto& c = op.conv;
            const double groups = std::max(1, c.groups);
            g = {groups, double(c.batch) * double(c.outHeight()) * double(c.outWidth()),
                 double(c.outChannels) / groups,
                 double(c.inChannels) / groups * c.kernelH * c.kernelW};
            break;
        }
        case OpKind::attention:
        case OpKind::attention_scores:
        case OpKind::attention_values: {
            const auto& a = op.attention;
            g = {double(a.batch * a.heads), double(a.queryLen), double(a.kvLen), double(a.headDim)};
            break;
        }
        case OpKind::collective:
        case OpKind::send_recv:
            g = {1, op.collective.bytes, double(op.collective.ranks), 1};
            break;
        default:
            g = {1, double(std::max<std::int64_t>(1, op.elementwise.elements)),
                 double(std::max(1, op.elementwise.inputs)), 1};
            break;
    }
    g.batch = std::max(1.0, g.batch);
    g.m = std::max(1.0, g.m);
    g.n = std::max(1.0, g.n);
    g.k = std::max(1.0, g.k);
    return g;
}

double lastLevelCache(const Hardware& hw) {
    // The largest on-chip level that is not per-unit (L2 on GPUs, L3 on CPUs).
    double best = 0;
    for (std::size_t i = 1; i < hw.memory.size(); ++i)
        best = std::max(best, hw.memory[i].capacityBytes * (hw.memory[i].instances > 1 ? 0 : 1));
    if (best == 0 && hw.memory.size() > 1) best = hw.memory[1].totalCapacity();
    return best;
}

}  // namespace

OperatorFacts describe(const Operator& op, const Hardware& hw) {
    return describe(op, hw, evaluateOperator(op, hw));
}

OperatorFacts describe(const Operator& op, const Hardware& hw, const OpRecord& record) {
    OperatorFacts f;
    f.record = record;
    const OpRecord& r = f.record;
    const double peak = std::max(1.0, hw.compute.peak(op.mathType));
    const double bw = std::max(1.0, hw.mainMemoryBandwidth());
    const double bytes = r.traffic.empty() ? 0.0 : r.traffic[0].total();
    const double flops = r.flops;
    const double tCompute = flops / peak;
    const double tMemory = bytes / bw;
    f.idealTime = std::max(tCompute, tMemory);
    if (op.kind == OpKind::collective || op.kind == OpKind::send_recv) f.idealTime = 0;
    const double ideal = std::max(f.idealTime, 1e-9);
    const GemmView g = gemmView(op);
    const double units = std::max(1, hw.compute.units);
    auto tiles = [&](double t) { return g.batch * std::ceil(g.m / t) * std::ceil(g.n / t); };
    auto waveEff = [&](double t) {
        const double n = tiles(t);
        return n / (std::ceil(n / units) * units);
    };
    const double l2 = lastLevelCache(hw);
    const double ridge = peak / bw;
    const double intensity = bytes > 0 ? flops / bytes : 0;

    auto& x = f.features;
    auto set = [&x](Feature k, double v) { x[static_cast<int>(k)] = v; };
    set(Feature::log_roofline_time, lg(r.timeEach));
    set(Feature::log_ideal_time, lg(ideal));
    set(Feature::log_flops, lg(flops + 1));
    set(Feature::log_bytes, lg(bytes + 1));
    set(Feature::log_intensity_ridge, lg(intensity / ridge + 1e-6));
    set(Feature::compute_fraction, tCompute + tMemory > 0 ? tCompute / (tCompute + tMemory) : 0);
    set(Feature::log_m, lg(g.m));
    set(Feature::log_n, lg(g.n));
    set(Feature::log_k, lg(g.k));
    set(Feature::log_batch, lg(g.batch));
    set(Feature::log_tiles_per_unit, lg(tiles(128) / units));
    set(Feature::wave_eff_128, waveEff(128));
    set(Feature::wave_eff_64, waveEff(64));
    set(Feature::log_waves_64, lg(tiles(64) / units));
    set(Feature::log_ws_over_l2, lg((bytes + 1) / std::max(l2, 1.0)));
    set(Feature::log_peak, lg(peak));
    set(Feature::log_bandwidth, lg(bw));
    set(Feature::units, units);
    set(Feature::log_clock, lg(std::max(hw.compute.clockHz, 1.0)));
    set(Feature::log_l2, lg(std::max(l2, 1.0)));
    set(Feature::log_ridge, lg(ridge));
    set(Feature::log_watts_per_tflop, lg(std::max(hw.tdpW, 1.0) / (peak * 1e-12)));
    set(Feature::log_flops_per_unit_clock, lg(peak / (units * std::max(hw.compute.clockHz, 1e6))));
    set(Feature::op_kind, static_cast<double>(static_cast<int>(op.kind)));
    set(Feature::log_launch_ratio, lg(std::max(hw.kernelLaunchS, 1e-7) / ideal));
    return f;
}

}  // namespace rl
