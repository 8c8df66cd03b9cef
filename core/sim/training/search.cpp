// Enumerating and simulating training plans in parallel.
#include "core/sim/training/search.h"

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include <tbb/parallel_for.h>

namespace rl::training {

SearchResult searchPlans(const Hardware& hw, const ModelSpec& model, const TrainingPlan& base,
                         const SearchOptions& options) {
    const TransformerConfig& c = model.transformer;
    const int gpus = options.gpus;
    const int node = hw.interconnect.empty() ? 1 : std::max(1, hw.interconnect.front().devices);
    std::vector<TrainingPlan> plans;
    SearchResult result;
    for (int tp = 1; tp <= std::min(node, gpus); tp *= 2) {
        if (c.heads % tp != 0) continue;
        for (int pp = 1; pp <= c.layers && tp * pp <= gpus; ++pp) {
            if (gpus % (tp * pp) != 0) continue;
            const int dp = gpus / (tp * pp);
            if (base.globalBatch % dp != 0) continue;
            for (std::int64_t mb : options.microBatches) {
                if ((base.globalBatch / dp) % mb != 0) continue;
                const std::int64_t m = base.globalBatch / (dp * mb);
                for (int v : options.interleaves) {
                    if (v > 1 && (pp == 1 || m % pp != 0)) continue;
                    for (int zero : options.zeroStages) {
                        if (zero > 0 && dp == 1) continue;  // nothing to shard over
                        for (Recompute rc : options.recomputes) {
                            TrainingPlan p = base;
                            p.tp = tp, p.pp = pp, p.dp = dp, p.ep = 1, p.chunks = v;
                            p.schedule = v > 1 ? Schedule::interleaved : Schedule::oneFOneB;
                            p.microBatch = mb;
                            p.microBatches = m;
                            p.zeroStage = zero;
                            p.recompute = rc;
                            p.sequenceParallel = tp > 1 && p.sequence % tp == 0;
                            p.layers = c.layers;
                            try {
                                checkPlan(model, p);
                            } catch (const std::invalid_argument&) {
                                continue;
                            }
                            ++result.enumerated;
                            const MemoryReport mem = trainingMemory(model, p, hw.mainMemoryBytes());
                            if (!mem.fits) {
                                ++result.tooBig;
                                continue;
                            }
                            plans.push_back(p);
                        }
                    }
                }
            }
        }
    }
    if (result.enumerated == 0)
        throw std::invalid_argument("no plan of TP (within a node, dividing the " +
                                    std::to_string(c.heads) + " heads) x PP (at most the " +
                                    std::to_string(c.layers) + " layers) x DP divides " +
                                    std::to_string(gpus) + " GPUs and the global batch of " +
                                    std::to_string(base.globalBatch));
    result.fits.resize(plans.size());
    std::atomic<std::size_t> done{0};
    tbb::parallel_for(std::size_t(0), plans.size(), [&](std::size_t i) {
        options.progress.check();
        TrainingOptions to;
        to.refine = options.refine;
        const TrainingReport r = simulateTraining(hw, model, plans[i], to);
        SearchCandidate& out = result.fits[i];
        out.plan = plans[i];
        out.iterationTime = r.iterationTime;
        out.mfu = r.mfu;
        out.tokensPerS = r.tokensPerS;
        out.peakMemory = r.memory.stages[static_cast<std::size_t>(r.memory.worstStage)].total();
        const std::size_t n = ++done;
        if (n % 64 == 0 || n == plans.size())
            options.progress(static_cast<double>(n) / plans.size(), "simulating plans");
    });
    options.progress.check();
    // Fastest first; ties broken by the plan's knobs so the order is deterministic.
    std::sort(result.fits.begin(), result.fits.end(), [](const auto& a, const auto& b) {
        if (a.iterationTime != b.iterationTime) return a.iterationTime < b.iterationTime;
        const TrainingPlan &x = a.plan, &y = b.plan;
        return std::tie(x.tp, x.pp, x.chunks, x.microBatch, x.zeroStage, x.recompute) <
               std::tie(y.tp, y.pp, y.chunks, y.microBatch, y.zeroStage, y.recompute);
    });
    return result;
}

}  // namespace rl::training
