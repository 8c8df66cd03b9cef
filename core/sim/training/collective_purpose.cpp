#include "core/sim/training/collective_purpose.h"

namespace rl::training {
namespace {

// The collective as NCCL's documentation writes it, not the engine's name ("all_reduce").
const char* ncclName(CollectiveKind kind) {
    switch (kind) {
        case CollectiveKind::all_reduce:
            return "all-reduce";
        case CollectiveKind::all_gather:
            return "all-gather";
        case CollectiveKind::reduce_scatter:
            return "reduce-scatter";
        case CollectiveKind::all_to_all:
            return "all-to-all";
        case CollectiveKind::send_recv:
            return "send/recv";
    }
    return "collective";
}

const char* groupName(CommGroup group) {
    switch (group) {
        case CommGroup::tensor:
            return "TP ";
        case CommGroup::context:
            return "CP ";
        case CommGroup::expert:
            return "EP ";
        case CommGroup::pipeline:
            return "PP ";
        case CommGroup::data:
            return "DP ";
        case CommGroup::other:
            break;
    }
    return "";
}

const char* payloadName(CommPayload payload) {
    switch (payload) {
        case CommPayload::keysValues:
            return " (K, V)";
        case CommPayload::keysValuesAndGradients:
            return " (K, V and gradients)";
        case CommPayload::gradients:
            return " (gradients)";
        case CommPayload::parameters:
            return " (parameters)";
        case CommPayload::unnamed:
            break;
    }
    return "";
}

}  // namespace

std::string toString(const CollectivePurpose& p) {
    std::string s = groupName(p.group);
    if (p.pattern == CommPattern::ring) s += "ring ";
    s += ncclName(p.kind);
    if (p.pattern == CommPattern::withReduceScatter)
        s += std::string(" + ") + ncclName(CollectiveKind::reduce_scatter);
    return s + payloadName(p.payload);
}

}  // namespace rl::training
