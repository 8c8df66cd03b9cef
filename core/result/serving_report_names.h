#pragma once
// The names of the serving report's enums in its JSON export.
#include "core/result/serving_report.h"
#include "core/spec/enum_names.h"

namespace rl {

inline constexpr std::array<EnumName<ServingWhatIf::Change>, 6> kServingChangeNames{{
    {ServingWhatIf::Change::addReplica, "add_replica"},
    {ServingWhatIf::Change::chunkSize, "chunk_size"},
    {ServingWhatIf::Change::kvCacheFp8, "kv_cache_fp8"},
    {ServingWhatIf::Change::maxBatch, "max_batch"},
    {ServingWhatIf::Change::scheduler, "scheduler"},
    {ServingWhatIf::Change::rate, "rate"},
}};

}  // namespace rl
