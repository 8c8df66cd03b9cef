#pragma once
// Exporters of a Prediction: the stable JSON document (docs/prediction-json.md),
// a CSV of the per-operator rows, and a Chrome trace (chrome://tracing,
// Perfetto) of the timeline. Deterministic: the same Prediction gives the same bytes.
#include <string>

#include <nlohmann/json.hpp>

#include "core/result/prediction.h"

namespace rl {

inline constexpr int kPredictionJsonVersion = 1;

// {"format": "ridgeline.prediction", "version": 1, ...}; units in key suffixes
// (_s, _j, _bytes, _flops).
nlohmann::json predictionToJson(const Prediction& p);

// One row per operator: name, phase, kind, layer, count, math type, FLOPs,
// bytes per level (total and per tensor class), network bytes, every bound,
// binding, time each, time, energy, share. RFC 4180, CRLF line ends.
std::string predictionOpsCsv(const Prediction& p);

// The Trace Event Format ("X" complete events, microseconds), one thread per track.
nlohmann::json predictionChromeTrace(const Prediction& p);

}  // namespace rl
