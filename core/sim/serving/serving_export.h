#pragma once
// Exporters of a ServingReport: a JSON document with units in its key names
// (like the prediction JSON, docs/prediction-json.md, "Serving report") and
// a per-request CSV. Deterministic: the same report gives the same bytes.
#include <string>

#include <nlohmann/json.hpp>

#include "core/result/prediction.h"

namespace rl {

inline constexpr int kServingReportJsonVersion = 1;

// {"format": "ridgeline.serving_report", "version": 1, "hardware": ...,
// "summary": {...}, "latency_s": {...}, "requests": [...], ...} of a
// simulateServing / searchCapacity result (p.serving must be set; throws
// std::invalid_argument otherwise). Times that never happened (rejected
// requests) are null. Iterations are left out unless asked for: a long run
// has millions of them (the Chrome trace holds them too).
nlohmann::json servingReportToJson(const Prediction& p, bool withIterations = false);

// One RFC 4180 row per request (header first): id, replicas, times in
// seconds, token counts, derived latencies, the rejection reason. A time
// that never happened is an empty cell.
std::string servingRequestsCsv(const ServingReport& report);

}  // namespace rl
