// The collectives table of a training report.
#include "core/sim/training/collective_rows.h"

#include <stdexcept>

namespace rl::training {
namespace {

// The report's own per-call size and time of a pass's communication.
bool isCostOf(const CollectiveUse& u, const CommCost& c) {
    return c.count > 0 && u.bytes == c.bytes / c.count && u.timeEach == c.time / c.count;
}

}  // namespace

std::vector<CollectiveRow> collectiveRows(const Hardware& hw, const TrainingReport& r) {
    const TrainingPlan& p = r.plan;
    const PassCosts& pc = r.costs;
    std::vector<CollectiveRow> rows;
    for (const CollectiveUse& u : r.collectives) {
        CollectiveRow row;
        row.use = u;
        RankGroup group;
        const bool sendRecv = u.kind == CollectiveKind::send_recv;
        if (sendRecv && u.ranks == 2 && isCostOf(u, pc.ppSend)) {
            row.group = CommGroup::pipeline, group = pipelinePair(p);
        } else if (sendRecv && u.ranks == p.cp &&
                   (isCostOf(u, pc.cpForward) || isCostOf(u, pc.cpBackward))) {
            row.group = CommGroup::context, group = contextGroup(p);
        } else if (u.kind == CollectiveKind::all_to_all && u.ranks == p.ep &&
                   isCostOf(u, pc.epForward)) {
            row.group = CommGroup::expert, group = expertGroup(p);
        } else if (u.ranks == p.tp && isCostOf(u, pc.tpForward)) {
            row.group = CommGroup::tensor, group = tensorGroup(p);
        } else if (u.ranks == dataGroup(p).ranks) {
            row.group = CommGroup::data, group = dataGroup(p);
        }
        if (row.group != CommGroup::other && u.bytes > 0) {
            try {
                row.algorithm = estimateCollective(hw, u.kind, u.bytes, group).algorithm;
                row.algorithmKnown = true;
            } catch (const std::invalid_argument&) {
                // No interconnect for the group: the algorithm stays unknown.
            }
        }
        if (u.timeEach > 0) {
            row.algbw = u.bytes / u.timeEach;
            row.busbw = row.algbw * busFactor(u.kind, u.ranks);
        }
        rows.push_back(row);
    }
    return rows;
}

}  // namespace rl::training
