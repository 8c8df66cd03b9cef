#pragma once
// The names of the collective algorithms and NCCL protocols (toString and
// parseCollectiveAlgorithm in collectives.h and nccl_model.h read these tables).
#include "core/analytical/collectives.h"
#include "core/analytical/nccl_model.h"
#include "core/spec/enum_names.h"

namespace rl {

inline constexpr std::array<EnumName<CollectiveAlgorithm>, 6> kCollectiveAlgorithmNames{{
    {CollectiveAlgorithm::automatic, "auto"},
    {CollectiveAlgorithm::ring, "ring"},
    {CollectiveAlgorithm::tree, "tree"},
    {CollectiveAlgorithm::direct, "direct"},
    {CollectiveAlgorithm::hierarchical, "hierarchical"},
    {CollectiveAlgorithm::nvls, "nvls"},
}};

inline constexpr std::array<EnumName<NcclProtocol>, 3> kNcclProtocolNames{{
    {NcclProtocol::ll, "LL"},
    {NcclProtocol::ll128, "LL128"},
    {NcclProtocol::simple, "Simple"},
}};

}  // namespace rl
