#pragma once
// A sweep's output folder, written as points stream in and read back for
// resume, merge, the GUI and exporters:
//   points.csv       one record per point, in index order (core/result/csv_writer.h):
//                    index, <axis names>, <objective names>, <constraint names>, feasible, error
//   points.jsonl     the same points, one JSON object per line; a failed point
//                    whose reason the engine typed keeps it under "reason"
//                    (core/result/message_json.h), for the GUI to translate
//   front.csv        the Pareto-front points (same columns)
//   sensitivity.csv  axis, objective, base, low, high, at_low, at_high, min, max, ...
//   sweep.json       what the folder holds: descriptors, point count, range, counts
// Numbers are written shortest-round-trip, so outputs are byte-identical
// however the work was split. Layout: docs/explore.md.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result/sweep_result.h"
#include "core/spec/diagnostics.h"

namespace rl::explore {

inline constexpr const char* kPointsCsv = "points.csv";
inline constexpr const char* kPointsJsonl = "points.jsonl";
inline constexpr const char* kFrontCsv = "front.csv";
inline constexpr const char* kSensitivityCsv = "sensitivity.csv";
inline constexpr const char* kManifest = "sweep.json";

// The CSV header and one point's record / JSON line (no line end on the JSON),
// the line with the point's typed failure `reason` when it has one.
std::string csvHeader(const SweepResult& descriptors);
std::string csvRecord(const SweepResult& descriptors, const SweepPoint& p);
std::string jsonLine(const SweepResult& descriptors, const SweepPoint& p,
                     const Message* reason = nullptr);
// Parses a JSON line written by jsonLine; nothing when it is not one. The
// typed reason goes to `reason` when asked for (nothing on a line without
// one, an older folder's, or one this build cannot read: the English stands).
std::optional<SweepPoint> parseJsonLine(const SweepResult& descriptors, const std::string& line,
                                        std::optional<Message>* reason = nullptr);

// Reads a sweep folder: descriptors and counts from sweep.json; the points
// when `withPoints` (otherwise only the front's) with the typed reasons of
// those that failed (SweepResult::failures), the front and sensitivity.
std::optional<SweepResult> readSweepFolder(const std::string& dir, bool withPoints,
                                           Diagnostics& diag);

// Merges the folders of shards (any order) into `outDir`: the same bytes as
// one process running the whole sweep. Checks that they belong to one sweep
// and cover its points without gaps or overlaps.
std::optional<SweepResult> mergeSweepFolders(const std::vector<std::string>& dirs,
                                             const std::string& outDir, Diagnostics& diag);

}  // namespace rl::explore
