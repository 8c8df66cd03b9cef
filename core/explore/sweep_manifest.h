#pragma once
// sweep.json, the description of a sweep output folder: format
// "ridgeline.sweep-result", the descriptors of the columns, the sweep's
// fingerprint, the range of points held, counts, the front's point indices
// and the sensitivity rows. Internal to core/explore (sweep_files.h,
// sweep_writer.h), but for the format's name, which the GUI tells files by.
#include <string>

#include "core/explore/sweep_spec.h"
#include "core/result/sweep_result.h"

namespace rl::explore {

// The "format" of a sweep output folder's sweep.json.
inline constexpr const char* kSweepResultFormat = "ridgeline.sweep-result";

// A hash of everything that decides the points and their values (not the
// name, description or where files are): shards and resumed runs must match.
std::string sweepFingerprint(const SweepSpec& spec);

// The descriptors of a result made from a spec (no points yet).
SweepResult describeSweep(const SweepSpec& spec, std::uint64_t pointCount);

Json manifestJson(const SweepResult& r);
// Reads a manifest into `out` (descriptors, counts, range, front indices into
// `frontIndices`, sensitivity). Reports at `file` what is wrong.
bool readManifest(const Json& doc, const std::string& file, SweepResult& out,
                  std::vector<std::uint64_t>& frontIndices, Diagnostics& diag);

}  // namespace rl::explore
