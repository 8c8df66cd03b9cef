#include "core/explore/metric.h"

#include "core/spec/enum_names.h"

namespace rl::explore {
namespace {

constexpr unsigned kA = bitOf(PredictorKind::analytical);
constexpr unsigned kD = bitOf(PredictorKind::dataflow);
constexpr unsigned kS = bitOf(PredictorKind::serving);
constexpr unsigned kT = bitOf(PredictorKind::training);
constexpr ObjectiveSense kMin = ObjectiveSense::minimise;
constexpr ObjectiveSense kMax = ObjectiveSense::maximise;

constexpr std::array<MetricInfo, 16> kMetrics = {{
    {Metric::time, "time", "s", kMin, kA | kD | kS | kT,
     "total predicted time: a whole request (prefill and decode), a training step, or all "
     "layers on the accelerator"},
    {Metric::throughput, "throughput", "1/s", kMax, kA | kD | kS | kT,
     "tokens per second (language models) or samples per second (CNNs)"},
    {Metric::ttft, "ttft", "s", kMin, kA | kS, "time to first token (mean when simulated)"},
    {Metric::ttft_p99, "ttft_p99", "s", kMin, kA | kS,
     "99th percentile time to first token (analytical: the one request's TTFT)"},
    {Metric::tpot, "tpot", "s", kMin, kA | kS, "time per output token (mean when simulated)"},
    {Metric::tpot_p99, "tpot_p99", "s", kMin, kA | kS,
     "99th percentile time per output token (analytical: the one request's TPOT)"},
    {Metric::energy, "energy", "J", kMin, kA | kD | kS | kT, "energy of the predicted work"},
    {Metric::cost_per_million_tokens, "cost_per_million_tokens", "USD", kMin, kA | kS,
     "hardware cost (the spec's cost per hour) of generating one million tokens"},
    {Metric::mfu, "mfu", "", kMax, kA | kS | kT,
     "model FLOPs utilisation: useful FLOP/s over the devices' peak"},
    {Metric::memory_fit, "memory_fit", "", kMax, kA | kS | kT,
     "1 when weights, activations and KV cache fit every device's memory, else 0"},
    {Metric::memory_headroom, "memory_headroom", "B", kMax, kA | kS | kT,
     "device memory left after the footprint (negative: does not fit)"},
    {Metric::die_area, "die_area", "m^2", kMin, kA | kD | kS | kT,
     "the hardware's die area (from its spec)"},
    {Metric::mapper_cycles, "mapper_cycles", "", kMin, kD,
     "cycles of the mapper's best mapping, summed over the layers"},
    {Metric::mapper_energy, "mapper_energy", "J", kMin, kD,
     "energy of the mapper's best mapping, summed over the layers"},
    {Metric::slo_met, "slo_met", "", kMax, kS, "1 when the scenario's serving SLO is met, else 0"},
    {Metric::capacity, "capacity", "1/s", kMax, kS,
     "highest request rate that meets the SLO (capacity search per point)"},
}};

constexpr std::array<EnumName<PredictorKind>, 4> kPredictorNames = {{
    {PredictorKind::analytical, "analytical"},
    {PredictorKind::dataflow, "dataflow"},
    {PredictorKind::serving, "serving"},
    {PredictorKind::training, "training"},
}};

}  // namespace

const std::array<MetricInfo, 16>& metricTable() { return kMetrics; }

const MetricInfo& info(Metric m) { return kMetrics[static_cast<std::size_t>(m)]; }

std::optional<Metric> parseMetric(std::string_view name) {
    for (const MetricInfo& i : kMetrics)
        if (i.name == name) return i.metric;
    return std::nullopt;
}

bool provides(PredictorKind k, Metric m) { return (info(m).predictors & bitOf(k)) != 0; }

std::string_view toString(PredictorKind k) { return nameOf(kPredictorNames, k); }

std::optional<PredictorKind> parsePredictorKind(std::string_view name) {
    return valueOf(kPredictorNames, name);
}

}  // namespace rl::explore
