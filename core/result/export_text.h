#pragma once
// The prediction document (export.h) as text, written as it is made instead
// of built as a tree first: the same bytes as
//   predictionToJson(p).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
// in a fraction of the time and memory (a chat prediction's 0.9 MB: BENCHMARKS.md,
// "CLI start-up"). For writers of the whole document (`ridgeline-cli analyze
// --format json`).
#include <cstdio>
#include <string>

#include "core/result/prediction.h"

namespace rl {

std::string predictionJsonText(const Prediction& p);
// The same text written to `out` as it is made (no copy of it in memory).
void writePredictionJson(const Prediction& p, std::FILE* out);

}  // namespace rl
