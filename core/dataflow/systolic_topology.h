#pragma once
// SCALE-Sim topology CSVs as systolic layers. Two forms, told apart by the
// header line:
//   conv: "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width,
//          Channels, Num Filter, Strides[, Stride width],"
//         (a name containing "DP" is depthwise: one single-channel layer per
//         channel, as SCALE-Sim splits it);
//   GEMM: "Layer Name, M, N, K," (run as SCALE-Sim does: an M x K input,
//         a 1 x K filter, N filters).
// A trailing comma is optional. Every refusal names the file, line, column,
// value and what was expected; nothing in the text can crash the reader.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataflow/systolic.h"

namespace rl::dataflow {

struct SystolicTopology {
    bool gemm = false;
    std::vector<SystolicLayer> layers;
};

// The most layers one topology may expand to (depthwise layers included).
inline constexpr std::size_t kMaxTopologyLayers = 100000;

// Parses CSV text; `file` names it in errors. On failure returns nullopt and
// sets `error` to "<file>:<line>:<column>: ...".
std::optional<SystolicTopology> parseSystolicTopology(std::string_view text,
                                                      const std::string& file, std::string& error);

// Reads and parses a file through the guarded input reader.
std::optional<SystolicTopology> readSystolicTopology(const std::string& path, std::string& error);

// SCALE-Sim's GEMM as a layer: M x K input, 1 x K filter, N filters, stride 1.
SystolicLayer gemmSystolicLayer(std::string name, std::int64_t m, std::int64_t n, std::int64_t k);

}  // namespace rl::dataflow
