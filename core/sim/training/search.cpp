// Enumerating and simulating training plans in parallel.
#include "core/sim/training/search.h"

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include "core/result/message_error.h"

#include <tbb/parallel_for.h>

namespace rl::training {

SearchResult searchPlans(const Hardware& hw, const ModelSpec& model, const TrainingPlan& base,
                         const SearchOptions& options) {
    const TransformerConfig& c = model.transformer;
    const int gpus = options.gpus;
    const int node = hw.interconnect.empty() ? 1 : std::max(1, hw.interconnect.front().devices);
    std::vector<TrainingPlan> plans;
    SearchResult result;
    // Expert parallelism: every divisor of the experts (dense models: 1).
    std::vector<int> eps{1};
    for (int e = 2; e <= c.experts; ++e)
        if (c.experts % e == 0) eps.push_back(e);
    auto consider = [&](const TrainingPlan& p) {
        try {
            checkPlan(model, p);
        } catch (const std::invalid_argument&) {
            return;
        }
        ++result.enumerated;
        if (!trainingMemory(model, p, hw.mainMemoryBytes()).fits) {
            ++result.tooBig;
            return;
        }
        plans.push_back(p);
    };
    for (int tp = 1; tp <= std::min(node, gpus); tp *= 2) {
        if (c.heads % tp != 0) continue;
        for (int cp : options.contexts) {
            if (cp > 1 && base.sequence / (2 * cp) < options.minContextChunk) continue;
            for (int pp = 1; pp <= c.layers && tp * cp * pp <= gpus; ++pp) {
                if (gpus % (tp * cp * pp) != 0) continue;
                const int dp = gpus / (tp * cp * pp);
                if (base.globalBatch % dp != 0) continue;
                for (int ep : eps) {
                    if (dp % ep != 0) continue;
                    for (std::int64_t mb : options.microBatches) {
                        if ((base.globalBatch / dp) % mb != 0) continue;
                        const std::int64_t m = base.globalBatch / (dp * mb);
                        for (int v : options.interleaves) {
                            if (v > 1 && (pp == 1 || m % pp != 0)) continue;
                            // v = 1: 1F1B, and ZB-H1 when there is a pipeline.
                            const int schedules = v == 1 && pp > 1 && options.zeroBubble ? 2 : 1;
                            for (int zero : options.zeroStages) {
                                if (zero > 0 && dp * cp == 1) continue;  // nothing to shard over
                                for (Recompute rc : options.recomputes) {
                                    for (int sc = 0; sc < schedules; ++sc) {
                                        TrainingPlan p = base;
                                        p.tp = tp, p.cp = cp, p.pp = pp, p.dp = dp, p.ep = ep;
                                        p.chunks = v;
                                        p.schedule = v > 1    ? Schedule::interleaved
                                                     : sc > 0 ? Schedule::zeroBubble
                                                              : Schedule::oneFOneB;
                                        p.microBatch = mb;
                                        p.microBatches = m;
                                        p.zeroStage = zero;
                                        p.recompute = rc;
                                        p.sequenceParallel = tp > 1 && p.sequence % (tp * cp) == 0;
                                        p.layers = c.layers;
                                        consider(p);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    if (result.enumerated == 0)
        throw MessageError({MessageId::trainingNoPlan,
                            {{MessageArg::Kind::count, {}, double(c.heads)},
                             {MessageArg::Kind::count, {}, double(c.layers)},
                             {MessageArg::Kind::count, {}, double(gpus)},
                             {MessageArg::Kind::count, {}, double(base.globalBatch)}},
                            {},
                            "no plan of TP (within a node, dividing the " +
                                std::to_string(c.heads) + " heads) x PP (at most the " +
                                std::to_string(c.layers) + " layers) x DP divides " +
                                std::to_string(gpus) + " GPUs and the global batch of " +
                                std::to_string(base.globalBatch)});
    result.fits.resize(plans.size());
    std::vector<char> simulated(plans.size(), 0);  // char: written from several threads
    std::atomic<std::size_t> done{0};
    tbb::parallel_for(std::size_t(0), plans.size(), [&](std::size_t i) {
        if (options.keepBestOnCancel && options.progress.cancelled()) return;
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
        simulated[i] = 1;
        const std::size_t n = ++done;
        if (n % 64 == 0 || n == plans.size())
            options.progress(static_cast<double>(n) / plans.size(), "simulating plans");
    });
    result.simulated = done.load();
    if (result.simulated < plans.size()) {
        if (!options.keepBestOnCancel) options.progress.check();
        result.partial = true;
        std::size_t kept = 0;
        for (std::size_t i = 0; i < plans.size(); ++i)
            if (simulated[i]) result.fits[kept++] = std::move(result.fits[i]);
        result.fits.resize(kept);
    }
    // Fastest first; ties broken by the plan's knobs so the order is deterministic.
    std::sort(result.fits.begin(), result.fits.end(), [](const auto& a, const auto& b) {
        if (a.iterationTime != b.iterationTime) return a.iterationTime < b.iterationTime;
        const TrainingPlan &x = a.plan, &y = b.plan;
        return std::tie(x.tp, x.cp, x.pp, x.ep, x.chunks, x.schedule, x.microBatch, x.zeroStage,
                        x.recompute) < std::tie(y.tp, y.cp, y.pp, y.ep, y.chunks, y.schedule,
                                                y.microBatch, y.zeroStage, y.recompute);
    });
    return result;
}

}  // namespace rl::training
