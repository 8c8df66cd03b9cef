// The collectives table of a training report.
#include "core/sim/training/collective_rows.h"

#include <optional>
#include <stdexcept>

namespace rl::training {
namespace {

// The ranks a collective of `group` spans under the plan; none for `other`.
std::optional<RankGroup> ranksOf(CommGroup group, const TrainingPlan& p) {
    switch (group) {
        case CommGroup::tensor:
            return tensorGroup(p);
        case CommGroup::context:
            return contextGroup(p);
        case CommGroup::expert:
            return expertGroup(p);
        case CommGroup::pipeline:
            return pipelinePair(p);
        case CommGroup::data:
            return dataGroup(p);
        case CommGroup::other:
            break;
    }
    return std::nullopt;
}

}  // namespace

std::vector<CollectiveRow> collectiveRows(const Hardware& hw, const TrainingReport& r) {
    std::vector<CollectiveRow> rows;
    for (const CollectiveUse& u : r.collectives) {
        CollectiveRow row;
        row.use = u;
        const std::optional<RankGroup> group = ranksOf(u.purpose.group, r.plan);
        if (group && u.bytes > 0) {
            try {
                row.algorithm = estimateCollective(hw, u.purpose.kind, u.bytes, *group).algorithm;
                row.algorithmKnown = true;
            } catch (const std::invalid_argument&) {
                // No interconnect for the group: the algorithm stays unknown.
            }
        }
        if (u.timeEach > 0) {
            row.algbw = u.bytes / u.timeEach;
            row.busbw = row.algbw * busFactor(u.purpose.kind, u.ranks);
        }
        rows.push_back(row);
    }
    return rows;
}

}  // namespace rl::training
