#include "views/training/training_charts.h"

#include <algorithm>
#include <cmath>

#include "core/sim/training/rank_trace.h"

namespace rl {
namespace views {

std::vector<BreakdownSegment> breakdownSegments(const rl::training::StepBreakdown& b) {
    const std::pair<BreakdownPart, double> parts[] = {
        {BreakdownPart::forward, b.forward},     {BreakdownPart::backward, b.backward},
        {BreakdownPart::recompute, b.recompute}, {BreakdownPart::optimizer, b.optimizer},
        {BreakdownPart::tpExposed, b.tpExposed}, {BreakdownPart::cpExposed, b.cpExposed},
        {BreakdownPart::epExposed, b.epExposed}, {BreakdownPart::ppExposed, b.ppExposed},
        {BreakdownPart::dpExposed, b.dpExposed}, {BreakdownPart::bubble, b.bubble}};
    const double total = b.total();
    std::vector<BreakdownSegment> out;
    double at = 0;
    auto add = [&](BreakdownPart part, double s) {
        if (!(s > 0)) return;
        out.push_back({part, at, s, total > 0 ? s / total : 0});
        at += s;
    };
    for (const auto& [part, s] : parts) add(part, s);
    // A part the breakdown gained after these were listed still shows.
    if (total - at > 1e-9 * std::max(1.0, total)) add(BreakdownPart::other, total - at);
    return out;
}

int breakdownCategory(BreakdownPart part) {
    using C = rl::training::RankCategory;
    switch (part) {
        case BreakdownPart::forward:
            return static_cast<int>(C::forward);
        case BreakdownPart::backward:
            return static_cast<int>(C::backward);
        case BreakdownPart::recompute:
            return static_cast<int>(C::recompute);
        case BreakdownPart::optimizer:
            return static_cast<int>(C::optimizer);
        case BreakdownPart::tpExposed:
            return static_cast<int>(C::tpComm);
        case BreakdownPart::cpExposed:
            return static_cast<int>(C::cpComm);
        case BreakdownPart::epExposed:
            return static_cast<int>(C::epComm);
        case BreakdownPart::ppExposed:
            return static_cast<int>(C::ppComm);
        case BreakdownPart::dpExposed:
            return static_cast<int>(C::dpReduce);
        default:
            return -1;
    }
}

MemoryChart memoryChart(const rl::training::MemoryReport& m) {
    MemoryChart c;
    const std::size_t stages = m.stages.size();
    c.gib.assign(static_cast<std::size_t>(MemoryPart::count), std::vector<double>(stages, 0.0));
    c.totalGib.assign(stages, 0.0);
    double tallest = 0;
    for (std::size_t s = 0; s < stages; ++s) {
        const rl::training::StageMemory& st = m.stages[s];
        const double parts[] = {st.weights,     st.gradients,         st.optimizer,
                                st.activations, st.outputActivations, st.commBuffers};
        for (std::size_t p = 0; p < std::size(parts); ++p) c.gib[p][s] = parts[p] / kGiB;
        c.totalGib[s] = st.total() / kGiB;
        tallest = std::max(tallest, c.totalGib[s]);
    }
    c.capacityGib = m.capacity / kGiB;
    c.worstStage = m.worstStage;
    c.fits = m.fits;
    c.yMax = std::max(1.0, 1.1 * std::max(tallest, c.capacityGib));
    return c;
}

}  // namespace views
}  // namespace rl
