#pragma once
// Exporters of a Prediction: the stable JSON document (docs/prediction-json.md),
// a CSV of the per-operator rows, and a Chrome trace (chrome://tracing,
// Perfetto) of the timeline. Deterministic: the same Prediction gives the same bytes.
#include <string>

#include <nlohmann/json.hpp>

#include "core/result/prediction.h"

namespace rl {

inline constexpr int kPredictionJsonVersion = 2;  // 2: "trace" replaced "timeline"

// {"format": "ridgeline.prediction", "version": 1, ...}; units in key suffixes
// (_s, _j, _bytes, _flops).
nlohmann::json predictionToJson(const Prediction& p);

// One row per operator: name, phase, kind, layer, count, math type, FLOPs,
// bytes per level (total and per tensor class), network bytes, every bound,
// binding, time each, time, energy, share. RFC 4180, CRLF line ends.
std::string predictionOpsCsv(const Prediction& p);

// The Trace Event Format of Prediction::trace (empty without one): one
// process per group (process_name), one thread per track (thread_name), "X"
// events in microseconds with the category, ref and id in args, counters as
// "C" events, flows as "s"/"f" pairs.
nlohmann::json predictionChromeTrace(const Prediction& p);

}  // namespace rl
