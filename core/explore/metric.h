#pragma once
// The figures a sweep can optimise or constrain, one table: name, SI unit,
// the usual direction, which predictors compute it and what it means. The
// evaluators (core/explore/evaluators*.cpp) fill them; the spec reader checks
// that the chosen predictor provides every metric a sweep names.
#include <array>
#include <optional>
#include <string_view>

#include "core/result/sweep_result.h"

namespace rl::explore {

enum class Metric {
    time,        // s: the prediction's total (request: prefill + decode; training: step)
    throughput,  // 1/s: tokens per second (LLMs) or samples per second (CNNs)
    ttft,        // s: time to first token (mean when simulated)
    ttft_p99,    // s: 99th percentile TTFT (serving simulator; analytical = ttft)
    tpot,        // s: time per output token (mean when simulated)
    tpot_p99,    // s: 99th percentile TPOT
    energy,      // J: energy of the predicted work
    cost_per_million_tokens,  // USD per 1e6 generated tokens (hardware cost per hour)
    mfu,                      // ratio: model FLOPs utilisation
    memory_fit,               // 1 when the footprint fits every device's memory, else 0
    memory_headroom,          // B: device memory capacity minus footprint (negative: does not fit)
    die_area,                 // m^2: the hardware's die area
    mapper_cycles,            // cycles: dataflow mapper's best mapping, summed over layers
    mapper_energy,            // J: dataflow mapper's best mapping energy, summed over layers
    slo_met,                  // 1 when the serving SLO is met, else 0
    capacity,                 // 1/s: highest request rate meeting the SLO (serving capacity search)
};

enum class PredictorKind { analytical, dataflow, serving, training };

struct MetricInfo {
    Metric metric;
    std::string_view name;  // as written in sweep files and column headers
    std::string_view unit;  // SI unit; "" for ratios and flags
    ObjectiveSense usual;   // the direction a designer usually wants
    // Which predictors compute it (bit i = PredictorKind i).
    unsigned predictors;
    std::string_view meaning;  // one line for docs and tooltips
};

inline constexpr unsigned bitOf(PredictorKind k) { return 1u << static_cast<unsigned>(k); }

// Every metric, in enum order.
const std::array<MetricInfo, 16>& metricTable();
const MetricInfo& info(Metric m);
std::optional<Metric> parseMetric(std::string_view name);
bool provides(PredictorKind k, Metric m);

std::string_view toString(PredictorKind k);
std::optional<PredictorKind> parsePredictorKind(std::string_view name);

}  // namespace rl::explore
