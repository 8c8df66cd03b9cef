#pragma once
// Collective rows costed as the measurement was taken: NCCL's model
// (core/analytical/collectives.h) with the caller's timing (a call in a
// stream, or one timed alone as nccl-tests and VIDUR time it) and network path
// between nodes, instead of the roofline's alpha-beta ring. Other rows keep
// their roofline time.
#include "core/analytical/collectives.h"
#include "core/learned/dataset.h"
#include "core/learned/device_library.h"
#include "core/learned/feature_table.h"

namespace rl {

// The group a collective sample ran on: its ranks per node where the file gave
// them (VIDUR's devices_per_node), else packed onto its interconnect dimension.
RankGroup sampleGroup(const Hardware& hw, const Sample& sample);

// Replaces table.roofline[i] of every collective and send/recv row with
// estimateCollective(...).time under `options`. `table` must have been built
// from `data` (row i is sample i). Throws std::runtime_error when a row's
// hardware is unknown, std::invalid_argument when it has no interconnect.
void costCollectivesWithNccl(FeatureTable& table, const Dataset& data, const DeviceLibrary& library,
                             const CollectiveOptions& options);

}  // namespace rl
