#pragma once
// Features of one (operator, device) pair, computed from the operator's shape
// and the device's hardware spec only, never from the device's identity, so an
// unseen device is described by its spec. The roofline record comes from the
// analytical engine (evaluateOperator).
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/result/prediction.h"
#include "core/spec/hardware.h"
#include "core/workload/operator.h"

namespace rl {

// Every feature Ridgeline can compute; a model uses a named subset of them.
enum class Feature : int {
    log_roofline_time,  // analytical roofline time (efficiency applied), log10 s
    log_ideal_time,     // max(FLOPs/peak, bytes/bandwidth) at datasheet values
    log_flops,
    log_bytes,            // DRAM bytes (analytical engine's traffic at memory[0])
    log_intensity_ridge,  // log10(arithmetic intensity / ridge point)
    compute_fraction,     // compute time / (compute + memory time), ideal
    log_m,
    log_n,
    log_k,
    log_batch,           // GEMM-equivalent problem (conv: implicit GEMM)
    log_tiles_per_unit,  // 128x128 output tiles per compute unit
    wave_eff_128,        // tiles / (waves x units) for 128x128 tiles
    wave_eff_64,         // same for 64x64 tiles
    log_waves_64,
    log_ws_over_l2,  // working set relative to the last-level cache
    log_peak,        // datasheet peak FLOP/s for the math type
    log_bandwidth,   // main memory B/s
    units,           // compute units (SMs, cores)
    log_clock,
    log_l2,                    // last-level cache bytes
    log_ridge,                 // peak / bandwidth
    log_watts_per_tflop,       // TDP per peak TFLOP/s: power-capped devices run below peak
    log_flops_per_unit_clock,  // peak / (units x clock): per-unit width
    op_kind,                   // OpKind as a number (trees split on it)
    log_launch_ratio,          // kernel launch overhead / ideal time
    count_
};
inline constexpr int kFeatureCount = static_cast<int>(Feature::count_);
std::string_view toString(Feature f);
std::vector<Feature> parseFeatures(const std::vector<std::string>& names, std::string* error);

using FeatureRow = std::array<double, kFeatureCount>;

// What the analytical engine and the spec say about one operator on one device.
struct OperatorFacts {
    OpRecord record;       // evaluateOperator(op, hw)
    double idealTime = 0;  // the floor no prediction may beat (datasheet roofline)
    FeatureRow features{};
};

OperatorFacts describe(const Operator& op, const Hardware& hw);
// Same, from a roofline record the caller already has.
OperatorFacts describe(const Operator& op, const Hardware& hw, const OpRecord& record);

// Default feature sets of the two learned predictors.
std::vector<Feature> defaultFeatures();

}  // namespace rl
