// Pipeline schedule orders and their dependency-driven execution.
#include "core/sim/training/schedule.h"

#include <algorithm>
#include <limits>
#include <string>

#include "core/result/engine_text.h"

namespace rl::training {
namespace {

// Megatron's mapping of the k-th forward (or backward) unit of a stage to a
// micro-batch and model chunk in the interleaved schedule: groups of PP
// micro-batches run through chunk 0, then chunk 1, ...; backward in reverse.
PipelineOp interleavedUnit(const TrainingPlan& plan, std::int64_t k, Pass pass) {
    const std::int64_t p = plan.pp, v = plan.chunks;
    const std::int64_t group = k / (p * v), within = k % (p * v);
    PipelineOp op;
    op.pass = pass;
    op.micro = static_cast<int>(group * p + within % p);
    const auto chunk = static_cast<int>(within / p);
    op.chunk = pass == Pass::forward ? chunk : static_cast<int>(v) - 1 - chunk;
    return op;
}

// ZB-H1 (Qi et al. 2024, "Zero Bubble Pipeline Parallelism"): 1F1B's order of
// forwards and input-gradient passes B; stage s runs each weight-gradient pass
// W s steady-state slots after its B and the deferred ones in the cool-down,
// where 1F1B idles waiting for B from the next stage. Every stage then holds p
// micro-batches (1F1B's peak on stage 0) and the bubble is (p-1)(F + B - W).
std::vector<PipelineOp> zeroBubbleOrder(const TrainingPlan& plan, int stage) {
    const std::int64_t m = plan.microBatches, p = plan.pp;
    const std::int64_t warmup = std::min(m, p - stage - 1);
    std::vector<PipelineOp> order;
    order.reserve(static_cast<std::size_t>(3 * m));
    int nextW = 0;
    auto weight = [&] { order.push_back({Pass::weight, nextW++, 0}); };
    for (std::int64_t k = 0; k < warmup; ++k)
        order.push_back({Pass::forward, static_cast<int>(k), 0});
    for (std::int64_t j = 0; j < m - warmup; ++j) {
        order.push_back({Pass::forward, static_cast<int>(warmup + j), 0});
        order.push_back({Pass::backward, static_cast<int>(j), 0});
        if (j >= stage) weight();
    }
    for (std::int64_t j = m - warmup; j < m; ++j) {
        order.push_back({Pass::backward, static_cast<int>(j), 0});
        weight();
    }
    while (nextW < m) weight();
    return order;
}

}  // namespace

std::vector<PipelineOp> stageOrder(const TrainingPlan& plan, int stage) {
    std::vector<PipelineOp> order;
    const std::int64_t m = plan.microBatches, p = plan.pp;
    if (plan.schedule == Schedule::gpipe) {
        for (int pass = 0; pass < 2; ++pass)
            for (std::int64_t i = 0; i < m; ++i)
                order.push_back(
                    {pass == 0 ? Pass::forward : Pass::backward, static_cast<int>(i), 0});
        return order;
    }
    if (plan.schedule == Schedule::zeroBubble) return zeroBubbleOrder(plan, stage);
    const bool inter = plan.schedule == Schedule::interleaved;
    const std::int64_t total = inter ? m * plan.chunks : m;
    const std::int64_t warmup =
        std::min(total, inter ? 2 * (p - stage - 1) + (plan.chunks - 1) * p : p - stage - 1);
    auto unit = [&](std::int64_t k, Pass pass) {
        return inter ? interleavedUnit(plan, k, pass) : PipelineOp{pass, static_cast<int>(k), 0};
    };
    order.reserve(static_cast<std::size_t>(2 * total));
    for (std::int64_t k = 0; k < warmup; ++k) order.push_back(unit(k, Pass::forward));
    for (std::int64_t j = 0; j < total - warmup; ++j) {
        order.push_back(unit(warmup + j, Pass::forward));
        order.push_back(unit(j, Pass::backward));
    }
    for (std::int64_t j = total - warmup; j < total; ++j) order.push_back(unit(j, Pass::backward));
    return order;
}

PipelineRun runPipeline(const TrainingPlan& plan, const PipelineCosts& costs) {
    const int p = plan.pp, v = plan.chunks;
    const int V = p * v;
    const auto m = static_cast<std::size_t>(plan.microBatches);
    constexpr double kNotYet = -1.0;
    // End times of forward / backward per (virtual stage, micro-batch).
    std::vector<double> fEnd(static_cast<std::size_t>(V) * m, kNotYet), bEnd(fEnd);
    if (plan.schedule == Schedule::zeroBubble && costs.weight.size() != static_cast<std::size_t>(V))
        throwEngineError(
            RL_TR("EngineText", "the zero-bubble schedule needs the weight-pass costs"));
    auto at = [m](int k, int i) {
        return static_cast<std::size_t>(k) * m + static_cast<std::size_t>(i);
    };

    PipelineRun run;
    run.stages.resize(static_cast<std::size_t>(p));
    run.busy.assign(static_cast<std::size_t>(p), 0.0);
    std::vector<std::vector<PipelineOp>> orders(static_cast<std::size_t>(p));
    std::vector<std::size_t> next(static_cast<std::size_t>(p), 0);
    std::vector<double> free(static_cast<std::size_t>(p), 0.0);
    std::size_t remaining = 0;
    for (int s = 0; s < p; ++s) {
        orders[static_cast<std::size_t>(s)] = stageOrder(plan, s);
        remaining += orders[static_cast<std::size_t>(s)].size();
        run.stages[static_cast<std::size_t>(s)].reserve(orders[static_cast<std::size_t>(s)].size());
    }
    while (remaining > 0) {
        bool progressed = false;
        for (int s = 0; s < p; ++s) {
            auto& order = orders[static_cast<std::size_t>(s)];
            std::size_t& n = next[static_cast<std::size_t>(s)];
            while (n < order.size()) {
                const PipelineOp op = order[n];
                const int k = op.chunk * p + s;
                double ready = 0;
                if (op.pass == Pass::weight) {
                    ready = bEnd[at(k, op.micro)];
                    if (ready == kNotYet) break;
                } else if (op.pass == Pass::forward) {
                    if (k > 0) {
                        const double prev = fEnd[at(k - 1, op.micro)];
                        if (prev == kNotYet) break;
                        ready = prev + ((k - 1) % p != s ? costs.send : 0.0);
                    }
                } else {
                    if (fEnd[at(k, op.micro)] == kNotYet) break;
                    if (k < V - 1) {
                        const double prev = bEnd[at(k + 1, op.micro)];
                        if (prev == kNotYet) break;
                        ready = prev + ((k + 1) % p != s ? costs.send : 0.0);
                    } else {
                        ready = fEnd[at(k, op.micro)];
                    }
                }
                const std::vector<double>& each = op.pass == Pass::forward    ? costs.forward
                                                  : op.pass == Pass::backward ? costs.backward
                                                                              : costs.weight;
                const double dur = each[static_cast<std::size_t>(k)];
                const double start = std::max(ready, free[static_cast<std::size_t>(s)]);
                const double end = start + dur;
                if (op.pass != Pass::weight)
                    (op.pass == Pass::forward ? fEnd : bEnd)[at(k, op.micro)] = end;
                free[static_cast<std::size_t>(s)] = end;
                run.busy[static_cast<std::size_t>(s)] += dur;
                run.stages[static_cast<std::size_t>(s)].push_back({op, start, end});
                run.makespan = std::max(run.makespan, end);
                ++n;
                --remaining;
                progressed = true;
            }
        }
        if (!progressed)
            throwEngineError({RL_TR("EngineText",
                                    "pipeline schedule %1 deadlocked with %2 "
                                    "passes left"),
                              {PhraseArg::verbatim(std::string(toString(plan.schedule))),
                               PhraseArg::integer(static_cast<std::int64_t>(remaining))}});
    }
    return run;
}

}  // namespace rl::training
